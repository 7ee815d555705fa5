'use strict';

// What the console's pages share: who is logged in, the texts (from the dialog files, via /console/api/me),
// calls that carry the CSRF token, and how due times read. Text from tickets only ever goes in as text nodes.
window.HelplineConsole = (() => {
  const LANG_KEY = 'helpline.console.lang';
  const store = {
    get() { try { return localStorage.getItem(LANG_KEY); } catch { return null; } },
    set(value) { try { localStorage.setItem(LANG_KEY, value); } catch { /* not kept */ } },
  };
  let me = null;

  const $ = (id) => document.getElementById(id);

  /** The text for key, with {name} placeholders filled from args. */
  function t(key, args = {}) {
    const text = (me && me.texts[key]) || key;
    return text.replace(/\{(\w+)\}/g, (whole, name) => (name in args ? String(args[name]) : whole));
  }

  /** An element with attributes and children (strings become text nodes). */
  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'class') node.className = value;
      else if (name === 'text') node.textContent = value;
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children) {
      if (child !== null && child !== undefined) node.append(child);
    }
    return node;
  }

  function toLogin() {
    location.href = `/console/login?lang=${encodeURIComponent(me ? me.lang : 'ru')}`;
  }

  /** A call to the console API; a refused one throws an Error with the server's message when it sent one. */
  async function call(method, path, body) {
    const headers = { Accept: 'application/json', 'Accept-Language': me ? me.lang : navigator.language };
    if (method !== 'GET' && me) headers[me.csrfHeader] = me.csrfToken;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin', redirect: 'manual' });
    if (res.status === 401 || res.type === 'opaqueredirect') {
      toLogin();
      throw new Error(t('session_ended'));
    }
    const data = await res.json().catch(() => null);
    if (!res.ok) {
      const refused = new Error((data && data.message) || t('failed'));
      refused.code = data && data.error;
      throw refused;
    }
    return data;
  }

  /** A duration in seconds as the page says it: "2 ч 5 мин", "40 мин". */
  function duration(seconds) {
    const minutes = Math.max(1, Math.round(Math.abs(seconds) / 60));
    const days = Math.floor(minutes / 1440);
    const hours = Math.floor((minutes % 1440) / 60);
    if (days > 0) return t('time.days', { days, hrs: hours });
    if (hours > 0) return t('time.hours', { hrs: hours, mins: minutes % 60 });
    return t('time.minutes', { mins: minutes });
  }

  /** How much time the ticket has to its due time, or how long ago it passed. */
  function timeLeft(item) {
    const time = duration(item.secondsLeft);
    const text = item.breached ? t('queue.overdue', { time }) : item.paused ? t('queue.paused', { time }) : t('queue.left', { time });
    return `${t(`queue.${item.target}`)}: ${text}`;
  }

  function dateTime(instant) {
    return new Date(instant).toLocaleString(me.lang, { dateStyle: 'short', timeStyle: 'short' });
  }

  const statusName = (status) => t(`status.${status.toLowerCase()}`);
  const priorityName = (priority) => t(`priority.${priority.toLowerCase()}`);

  /** The same header on every page: who is logged in, the admins' audit, the other language, log out. */
  function header() {
    const csrf = el('input', { type: 'hidden', name: '_csrf', value: me.csrfToken });
    $('top').replaceChildren(
      el('h1', {}, el('a', { href: '/console/', text: t('title') })),
      el('p', { id: 'who', class: 'who', text: t('signed_in_as', { name: me.name }) }),
      el('nav', { class: 'actions' },
        me.role === 'admin' ? el('a', { id: 'accounts-link', href: '/console/accounts', text: t('accounts.heading') }) : null,
        me.role === 'admin' ? el('a', { id: 'audit-link', href: '/console/audit', text: t('audit.heading') }) : null,
        ['editor', 'admin'].includes(me.role) ? el('a', { id: 'editing-link', href: '/console/editing/', text: t('editing.heading') }) : null,
        el('a', { id: 'lang-switch', class: 'lang', href: `?lang=${me.otherLang}`, hreflang: me.otherLang, lang: me.otherLang,
          text: t('other_language') }),
        el('form', { method: 'post', action: '/console/logout', class: 'logout' }, csrf,
          el('button', { type: 'submit', id: 'logout', text: t('logout') }))));
  }

  /** Which view the address names: a ticket, the audit, an editors' page, or the queue. */
  const EDITING = { '/console/editing': 'articles', '/console/editing/': 'articles', '/console/editing/texts': 'texts',
    '/console/editing/history': 'edits' };
  const view = location.pathname.startsWith('/console/tickets/') ? 'ticket'
    : location.pathname === '/console/audit' ? 'audit' : EDITING[location.pathname] || 'queue';

  /**
   * For the view named (else never): fills the page's fixed words and the header, shows the view, and
   * resolves to who is logged in.
   */
  async function start(name) {
    // A page of its own (the accounts, the charts) names its view on its body.
    const shown = document.body.dataset.view || view;
    if (name !== shown) return new Promise(() => {});
    const asked = new URLSearchParams(location.search).get('lang');
    if (asked) store.set(asked);
    const lang = asked || store.get() || '';
    me = await call('GET', `/console/api/me${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`);
    document.documentElement.lang = me.lang;
    document.querySelectorAll('[data-t]').forEach((node) => { node.textContent = t(node.dataset.t); });
    document.querySelectorAll('[data-t-label]').forEach((node) => node.setAttribute('aria-label', t(node.dataset.tLabel)));
    document.querySelectorAll('[data-t-placeholder]').forEach((node) => { node.placeholder = t(node.dataset.tPlaceholder); });
    header();
    $(`${shown}-view`).hidden = false;
    return me;
  }

  /** Calls load now and every few seconds; a failed round shows a notice and the next one tries again. */
  function every(ms, load, notice) {
    let timer = null;
    const round = async () => {
      clearTimeout(timer);
      try {
        await load();
        notice.textContent = '';
      } catch (e) {
        notice.textContent = e instanceof TypeError ? t('offline') : e.message;
      }
      timer = setTimeout(round, ms);
    };
    round();
    return round;
  }

  return { $, t, el, call, start, every, timeLeft, dateTime, statusName, priorityName };
})();
