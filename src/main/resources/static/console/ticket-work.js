'use strict';

// The ticket page's further actions: release, reassign, escalate, change the priority (with the reason), internal
// notes, the canned replies editors keep, who else has the ticket open, and the client's other tickets.
(() => {
  const { $, t, el, call, every, timeLeft, statusName, priorityName } = window.HelplineConsole;
  const { api, act, started, POLL_MS } = window.HelplineTicket;
  let canned = new Map();

  function otherTicket(item) {
    return el('li', { class: `ticket priority-${item.priority.toLowerCase()}`, 'data-number': item.number },
      el('a', { href: `/console/tickets/${encodeURIComponent(item.number)}` },
        el('span', { class: 'number', text: item.number }),
        el('span', { class: 'badge status', text: statusName(item.status) }),
        el('span', { class: 'summary', text: item.summary }),
        item.status === 'CLOSED' ? null : el('span', { class: 'due', text: timeLeft(item) })));
  }

  async function around() {
    const now = await call('GET', `${api}/around`);
    $('also-here').hidden = !now.alsoHere.length;
    $('also-here').textContent = now.alsoHere.length ? t('work.also_here', { names: now.alsoHere.join(', ') }) : '';
    $('other-tickets').replaceChildren(...(now.otherTickets.length ? now.otherTickets.map(otherTicket)
      : [el('li', { class: 'count', text: t('work.no_other_tickets') })]));
  }

  async function loadChoices() {
    const [engineers, replies] = await Promise.all([call('GET', '/console/api/engineers'), call('GET', `${api}/canned-replies`)]);
    $('reassign-to').append(...engineers.map((e) => el('option', { value: e.login, text: e.name })));
    canned = new Map(replies.map((reply) => [reply.id, reply.text]));
    $('canned').append(...replies.map((reply) => el('option', { value: reply.id, text: reply.title })));
    if (!replies.length) $('canned').replaceChildren(el('option', { value: '', text: t('work.canned_none') }));
  }

  /** Puts the canned reply where the cursor is in the reply box, so a greeting can go before what was typed. */
  function insertCanned() {
    const text = canned.get($('canned').value);
    if (!text) return;
    const box = $('reply-text');
    const at = box.selectionStart ?? box.value.length;
    box.value = `${box.value.slice(0, at)}${text}${box.value.slice(box.selectionEnd ?? at)}`;
    box.focus();
    box.selectionStart = box.selectionEnd = at + text.length;
  }

  /** Sends a form's action; the fields are cleared once it is done. */
  function onSubmit(form, button, path, body, done, fields) {
    $(form).addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await act($(button), path, body(), done)) fields.forEach((id) => { $(id).value = ''; });
    });
  }

  started.then(() => {
    every(POLL_MS, around, $('ticket-notice'));
    loadChoices().catch((e) => { $('result').textContent = e.message; });
    $('canned-insert').addEventListener('click', insertCanned);
    $('release').addEventListener('click', () => act($('release'), 'release', undefined, 'work.released'));
    onSubmit('note-form', 'add-note', 'notes', () => ({ text: $('note-text').value.trim() }), 'work.noted', ['note-text']);
    onSubmit('reassign-form', 'reassign', 'reassign', () => ({ login: $('reassign-to').value }),
      (page) => t('work.reassigned', { engineer: page.ticket.assignee }), []);
    onSubmit('escalate-form', 'escalate', 'escalate', () => ({ reason: $('escalate-reason').value.trim() }),
      (page) => t('work.escalated', { tier: page.ticket.tier }), ['escalate-reason']);
    onSubmit('priority-form', 'change-priority', 'priority',
      () => ({ priority: $('priority-to').value, reason: $('priority-reason').value.trim() }),
      (page) => t('work.priority_changed', { priority: priorityName(page.ticket.priority) }), ['priority-reason']);
  });
})();
