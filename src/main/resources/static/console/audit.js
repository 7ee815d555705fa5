'use strict';

// The admins' audit: who looked at which ticket's personal data, and when, newest first.
(() => {
  const { $, t, el, call, start, dateTime } = window.HelplineConsole;

  function row(entry) {
    // An admin's change to an account names no ticket.
    const ticket = entry.ticket ? el('a', { href: `/console/tickets/${encodeURIComponent(entry.ticket)}`, text: entry.ticket }) : null;
    return el('tr', {}, el('td', {}, el('time', { datetime: entry.at, text: dateTime(entry.at) })),
      el('td', { text: entry.login }),
      el('td', { text: `${t(`audit.${entry.action}`)}${entry.detail ? ` (${entry.detail})` : ''}` }),
      el('td', {}, ticket));
  }

  start('audit').then(async () => {
    const entries = await call('GET', '/console/api/audit');
    $('audit').replaceChildren(...entries.map(row));
    if (!entries.length) $('audit-notice').textContent = t('audit.empty');
  }).catch((e) => { $('audit-notice').textContent = e.message; });
})();
