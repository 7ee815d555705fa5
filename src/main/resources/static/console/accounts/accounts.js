'use strict';

// The admins' accounts: the list with each one's state, and create, disable/enable, unlock, reset a password.
// Every answer is the account as it is now; a refusal's message comes from the server in the admin's language.
(() => {
  const { $, t, el, call, start, dateTime } = window.HelplineConsole;
  const notice = () => $('accounts-notice');

  function state(account) {
    if (account.disabled) return t('accounts.disabled');
    if (account.lockedUntil) return t('accounts.locked_until', { time: dateTime(account.lockedUntil) });
    return t('accounts.active');
  }

  /** Runs an account action, then says what happened and redraws the list. */
  async function act(path, body, done) {
    try {
      const account = await call('POST', path, body);
      notice().textContent = t(done, { login: account.login });
      await load();
      return true;
    } catch (e) {
      notice().textContent = e.message;
      return false;
    }
  }

  function row(account) {
    const path = `/console/api/accounts/${encodeURIComponent(account.login)}`;
    const button = (name, action, done) => {
      const node = el('button', { type: 'button', class: name, text: t(`accounts.${name}`) });
      node.addEventListener('click', () => act(`${path}/${action}`, undefined, done));
      return node;
    };
    // The password is typed in the one form below the list, made ready for this account.
    const resetButton = el('button', { type: 'button', class: 'reset-password secondary', 'aria-controls': 'password-form',
      text: t('accounts.reset_password') });
    resetButton.addEventListener('click', () => {
      $('password-login').value = account.login;
      $('password-form').hidden = false;
      $('reset-password').focus();
    });
    const linkButton = el('button', { type: 'button', class: 'link secondary', 'aria-controls': 'link-form',
      text: t('accounts.link_heading') });
    linkButton.addEventListener('click', () => {
      $('link-login').value = account.login;
      $('telegram-id').value = account.telegramId || '';
      $('discord-id').value = account.discordId || '';
      $('link-form').hidden = false;
      $('telegram-id').focus();
    });
    const linked = t('accounts.linked_ids', { telegram: account.telegramId || t('accounts.not_linked'),
      discord: account.discordId || t('accounts.not_linked') });
    return el('tr', { 'data-login': account.login },
      el('td', { text: account.login }), el('td', {}, account.name, el('br'), el('small', { class: 'linked', text: linked })),
      el('td', { text: t(`accounts.roles.${account.role}`) }), el('td', { class: 'state', text: state(account) }),
      el('td', { class: 'account-actions' },
        account.disabled ? button('enable', 'enable', 'accounts.enabled') : button('disable', 'disable', 'accounts.disabled_done'),
        account.lockedUntil ? button('unlock', 'unlock', 'accounts.unlocked') : null,
        resetButton, linkButton));
  }

  async function load() {
    const all = await call('GET', '/console/api/accounts');
    $('accounts').replaceChildren(...all.map(row));
    for (const id of ['password-login', 'link-login']) {
      const chosen = $(id).value;
      $(id).replaceChildren(...all.map((account) => el('option', { value: account.login, text: account.login })));
      if (chosen) $(id).value = chosen;
    }
  }

  // Listening before anything is loaded: a form sent early is never sent by the browser itself.
  $('create-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const created = await act('/console/api/accounts', { login: $('new-login').value, name: $('new-name').value,
      role: $('new-role').value, password: $('new-password').value }, 'accounts.created');
    if (created) $('create-form').reset();
  });

  $('password-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const login = $('password-login').value;
    const saved = await act(`/console/api/accounts/${encodeURIComponent(login)}/password`, { password: $('reset-password').value },
      'accounts.password_saved');
    if (saved) $('reset-password').value = '';
  });

  $('link-form').addEventListener('submit', (event) => {
    event.preventDefault();
    act(`/console/api/accounts/${encodeURIComponent($('link-login').value)}/identities`,
      { telegramId: $('telegram-id').value, discordId: $('discord-id').value }, 'accounts.linked');
  });

  start('accounts').then(load).catch((e) => { notice().textContent = e.message; });
})();
