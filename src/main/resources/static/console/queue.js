'use strict';

// The queue: tickets not closed, the least time left on top, refreshed every few seconds so new tickets and
// changes appear without a reload.
(() => {
  const { $, t, el, call, start, every, timeLeft, statusName, priorityName } = window.HelplineConsole;
  const POLL_MS = 4000;
  const list = $('queue');

  function line(item) {
    const classes = ['ticket', `priority-${item.priority.toLowerCase()}`];
    if (item.breached) classes.push('breached');
    return el('li', { class: classes.join(' '), 'data-number': item.number },
      el('a', { href: `/console/tickets/${encodeURIComponent(item.number)}` },
        el('span', { class: 'number', text: item.number }),
        el('span', { class: 'badge priority', text: priorityName(item.priority) }),
        el('span', { class: 'badge status', text: statusName(item.status) }),
        item.breached ? el('span', { class: 'badge breached-mark', text: t('queue.breached') }) : null,
        el('span', { class: 'client', text: item.client || '' }),
        el('span', { class: 'summary', text: item.summary }),
        el('span', { class: 'due', text: timeLeft(item) }),
        el('span', { class: 'assignee', text: `${t('queue.assignee')}: ${item.assignee || t('queue.nobody')}` })));
  }

  async function load() {
    const params = new URLSearchParams();
    if ($('status-filter').value) params.set('status', $('status-filter').value);
    if ($('priority-filter').value) params.set('priority', $('priority-filter').value);
    if ($('tier-filter').value) params.set('tier', $('tier-filter').value);
    if ($('engineer-filter').value) params.set('engineer', $('engineer-filter').value);
    const queue = await call('GET', `/console/api/queue?${params}`);
    // Redrawn every round: keep the keyboard's place on the ticket it was on.
    const focused = document.activeElement && document.activeElement.closest('li[data-number]');
    list.replaceChildren(...queue.tickets.map(line));
    const again = focused && list.querySelector(`li[data-number="${focused.dataset.number}"] a`);
    if (again) again.focus();
    $('count').textContent = queue.tickets.length ? t('queue.count', { count: queue.tickets.length }) : t('queue.empty');
  }

  /** The engineer filter offers every account that works tickets. */
  async function engineers() {
    const all = await call('GET', '/console/api/engineers');
    $('engineer-filter').append(...all.map((e) => el('option', { value: e.login, text: e.name })));
  }

  start('queue').then(() => {
    engineers().catch((e) => { $('queue-notice').textContent = e.message; });
    const refresh = every(POLL_MS, load, $('queue-notice'));
    $('filters').addEventListener('change', refresh);
    $('filters').addEventListener('submit', (event) => event.preventDefault());
  }).catch((e) => { $('queue-notice').textContent = e.message; });
})();
