'use strict';

// A ticket: the conversation with its screenshots, the history, and take / reply / resolve. Ctrl+Enter in the
// reply sends it. The page refreshes itself, so what the client writes meanwhile appears.
(() => {
  const { $, t, el, call, start, every, timeLeft, dateTime, statusName, priorityName } = window.HelplineConsole;
  const POLL_MS = 4000;
  const number = decodeURIComponent(location.pathname.split('/').pop());
  const api = `/console/api/tickets/${encodeURIComponent(number)}`;
  let shown = '';
  // How many history entries the page shows: a reply sent says so, so one crossing another's is held back.
  let seen = 0;

  function file(f) {
    const href = `${api}/attachments/${encodeURIComponent(f.id)}`;
    if (f.image) {
      return el('a', { class: 'file image', href, target: '_blank', rel: 'noopener' },
        el('img', { src: href, alt: `${t('ticket.file')}: ${f.filename}`, loading: 'lazy' }));
    }
    return el('a', { class: 'file', href, download: f.filename, text: `${t('ticket.file')}: ${f.filename}` });
  }

  function message(m) {
    const who = m.from === 'client' ? t('ticket.from_client') : m.from === 'note' ? t('ticket.note') : t('ticket.from_engineer');
    return el('li', { class: `msg ${m.from}` },
      el('p', { class: 'meta' }, el('strong', { text: `${who}${m.actor ? ` · ${m.actor}` : ''}` }), ` · ${dateTime(m.at)}`),
      m.text ? el('p', { class: 'text', text: m.text }) : null,
      ...m.files.map(file));
  }

  function historyLine(h) {
    return el('li', {}, el('time', { datetime: h.at, text: dateTime(h.at) }), ' ',
      el('strong', { text: t(`history.${h.event}`) }), ` · ${h.actor}${h.detail ? ` · ${h.detail}` : ''}`);
  }

  function clientCard(c) {
    const rows = [['ticket.client', c.name], ['ticket.contract', c.contract], ['ticket.contact', c.phone || c.email],
      ['ticket.channel', c.channel]];
    return rows.filter(([, value]) => value).flatMap(([key, value]) => [el('dt', { text: t(key) }), el('dd', { text: value })]);
  }

  function render(page) {
    const item = page.ticket;
    document.title = `${item.number} · ${t('title')}`;
    $('number').textContent = item.number;
    $('badges').replaceChildren(el('span', {},
      el('span', { class: 'badge priority', text: priorityName(item.priority) }), ' ',
      el('span', { class: 'badge status', id: 'status', text: statusName(item.status) }), ' ',
      el('span', { class: 'badge', text: `${t('ticket.tier')} ${item.tier}` }), ' ',
      item.breached ? el('span', { class: 'badge breached-mark', text: t('queue.breached') }) : null),
      el('span', { class: 'assignee', text: `${t('queue.assignee')}: ${item.assignee || t('queue.nobody')}` }));
    $('due').textContent = timeLeft(item);
    $('due').classList.toggle('breached', item.breached);
    $('client').replaceChildren(...clientCard(page.client || {}));
    $('take').hidden = !page.canTake;
    $('release').hidden = !page.canRelease;
    $('work').hidden = !page.canReply;
    $('reply-form').hidden = !page.canReply;
    $('resolve-form').hidden = !page.canResolve;
    // Only redrawn when something was added, so reading or selecting in it is not disturbed.
    const fingerprint = JSON.stringify([page.conversation.length, page.history.length]);
    if (fingerprint !== shown) {
      shown = fingerprint;
      $('conversation').replaceChildren(...page.conversation.map(message));
      $('history').replaceChildren(...page.history.map(historyLine));
    }
    seen = page.history.length;
    $('ticket').hidden = false;
  }

  async function act(button, path, body, done) {
    button.disabled = true;
    try {
      const page = await call('POST', `${api}/${path}`, body);
      render(page);
      $('result').textContent = typeof done === 'function' ? done(page) : t(done);
      return true;
    } catch (e) {
      $('result').textContent = e.message;
      return false;
    } finally {
      button.disabled = false;
    }
  }

  /** Sends the reply; one that would cross another engineer's answer is held back and shown first. */
  async function sendReply(crossing = false) {
    const text = $('reply-text').value.trim();
    if (!text) {
      $('result').textContent = t('ticket.empty_reply');
      $('reply-text').focus();
      return;
    }
    $('send').disabled = true;
    try {
      render(await call('POST', `${api}/replies`, { text, seen, crossing }));
      $('reply-text').value = '';
      $('crossed').hidden = true;
      $('result').textContent = t('ticket.sent');
    } catch (e) {
      if (e.code === 'reply_crossed') {
        $('crossed-text').textContent = e.message;
        $('crossed').hidden = false;
        refresh();
        $('crossed-send').focus();
      } else {
        $('result').textContent = e.message;
      }
    } finally {
      $('send').disabled = false;
    }
  }

  let refresh = () => {};
  const started = start('ticket');
  window.HelplineTicket = { api, act, started, POLL_MS };

  started.then(() => {
    refresh = every(POLL_MS, async () => render(await call('GET', api)), $('ticket-notice'));
    $('crossed-send').addEventListener('click', () => sendReply(true));
    $('crossed-cancel').addEventListener('click', () => {
      $('crossed').hidden = true;
      $('result').textContent = t('work.crossed_cancelled');
      $('reply-text').focus();
    });
    $('take').addEventListener('click', () => act($('take'), 'take', undefined, 'ticket.taken'));
    $('reply-form').addEventListener('submit', (event) => { event.preventDefault(); sendReply(); });
    $('reply-text').addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        sendReply();
      }
    });
    $('resolve-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      if (await act($('resolve'), 'resolve', { comment: $('resolve-comment').value.trim() }, 'ticket.resolved')) {
        $('resolve-comment').value = '';
      }
    });
  }).catch((e) => { $('ticket-notice').textContent = e.message; });
})();
