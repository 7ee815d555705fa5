'use strict';

// The client's chat page over the web-chat JSON API. Bot and client text is only ever put in as text
// nodes; links are built with DOM APIs, never innerHTML.
(() => {
  const STRINGS = {
    ru: {
      title: 'Техподдержка',
      newChat: 'Новый разговор',
      confirmNew: 'Начать новый разговор? Эта переписка исчезнет со страницы.',
      forgetMe: 'Удалить мои данные',
      logLabel: 'Переписка',
      inputLabel: 'Сообщение',
      placeholder: 'Напишите сообщение…',
      send: 'Отправить',
      attach: 'Прикрепить файл',
      choices: 'Варианты ответа',
      bot: 'Поддержка:',
      you: 'Вы:',
      file: 'файл',
      connecting: 'Подключаемся…',
      uploading: 'Загружаем файл «{file}»…',
      refused: 'Файл не принят',
      offline: 'Нет связи с сервером. Проверьте интернет и попробуйте ещё раз.',
      failed: 'Не получилось отправить. Попробуйте ещё раз.',
      expired: 'Прежний разговор устарел — начали новый.',
      other: 'en',
      otherName: 'English',
    },
    en: {
      title: 'Technical support',
      newChat: 'New conversation',
      confirmNew: 'Start a new conversation? This one will disappear from the page.',
      forgetMe: 'Delete my data',
      logLabel: 'Conversation',
      inputLabel: 'Message',
      placeholder: 'Type a message…',
      send: 'Send',
      attach: 'Attach a file',
      choices: 'Answer options',
      bot: 'Support:',
      you: 'You:',
      file: 'file',
      connecting: 'Connecting…',
      uploading: 'Uploading “{file}”…',
      refused: 'File not accepted',
      offline: 'Cannot reach the server. Check your connection and try again.',
      failed: 'Could not send. Please try again.',
      expired: 'The previous conversation had expired, so a new one has started.',
      other: 'ru',
      otherName: 'Русский',
    },
  };
  const API = '/api/chat/sessions';
  const POLL_MS = 3000;
  const SEND_ATTEMPTS = 3;
  const LINK = /https?:\/\/[^\s<>"«»]+/g;
  /** The buttons that are a step's main action, shown above the others. */
  const PRIMARY = new Set(['summary:confirm']);

  const $ = (id) => document.getElementById(id);
  const log = $('log');
  const form = $('composer');
  const input = $('text');
  const fileInput = $('file');
  const attach = $('attach');
  const send = $('send');
  const status = $('status');
  const newChat = $('new-chat');
  const forgetMe = $('forget-me');

  // localStorage may be unavailable (private modes); the chat then works without surviving a reload.
  const store = {
    get(key) { try { return JSON.parse(localStorage.getItem(key)); } catch { return null; } },
    set(key, value) { try { localStorage.setItem(key, JSON.stringify(value)); } catch { /* not kept */ } },
    remove(key) { try { localStorage.removeItem(key); } catch { /* nothing kept */ } },
  };
  const LAST_LANG = 'helpline.lang';
  const sessionKey = (lang) => `helpline.session.${lang}`;
  const ownKey = (id) => `helpline.own.${id}`;

  const lang = chooseLanguage();
  const t = STRINGS[lang];

  let session = null;  // the session id, once the server has given or confirmed one
  let lastSeq = 0;     // the newest bot message shown
  let own = [];        // the client's own lines: {after: seq shown before it, text, button?, file?, refused?}
  let busy = false;    // a message or file is on its way
  let retry = null;    // {key, id} of a send that failed: sending the same again reuses its id
  let connecting = null;
  let syncing = false;

  /** ?lang= wins; else the language of the conversation already going on; else the browser's. */
  function chooseLanguage() {
    const asked = new URLSearchParams(location.search).get('lang');
    if (Object.hasOwn(STRINGS, asked)) return asked;
    const last = store.get(LAST_LANG);
    if (Object.hasOwn(STRINGS, last) && store.get(sessionKey(last))) return last;
    return (navigator.language || '').toLowerCase().startsWith('en') ? 'en' : 'ru';
  }

  function applyChrome() {
    document.documentElement.lang = lang;
    document.title = t.title;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t[el.dataset.i18n]; });
    document.querySelectorAll('[data-i18n-label]').forEach((el) => el.setAttribute('aria-label', t[el.dataset.i18nLabel]));
    input.placeholder = t.placeholder;
    const other = $('lang-switch');
    other.href = `?lang=${t.other}`;
    other.hreflang = t.other;
    other.lang = t.other;
    other.textContent = t.otherName;
  }

  // ---- talking to the server

  /** One request; a lost connection or a busy conversation (503) is tried up to `attempts` times in all. */
  async function call(method, path, body, attempts = 1) {
    const headers = { 'Accept-Language': lang };
    if (body && !(body instanceof FormData)) headers['Content-Type'] = 'application/json';
    const payload = body instanceof FormData ? body : body && JSON.stringify(body);
    for (let attempt = 1; ; attempt++) {
      try {
        const response = await fetch(path, { method, headers, body: payload });
        const data = await response.json().catch(() => ({}));
        if (response.status !== 503 || attempt >= attempts) return { status: response.status, ok: response.ok, data };
      } catch {
        if (attempt >= attempts) return { status: 0, ok: false, data: { message: t.offline } };
      }
      await new Promise((resolve) => setTimeout(resolve, attempt * 1000));
    }
  }

  function randomId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  /** Resumes the stored conversation or starts one; concurrent callers share the attempt. */
  function connect() {
    connecting ??= (async () => {
      const stored = store.get(sessionKey(lang));
      if (stored) await resume(stored); else await start();
    })().finally(() => { connecting = null; });
    return connecting;
  }

  async function start(notice = '') {
    say(t.connecting);
    const res = await call('POST', API, { lang });
    if (!res.ok) return fail(res);
    session = res.data.sessionId;
    store.set(sessionKey(lang), session);
    store.set(LAST_LANG, lang);
    own = [];
    lastSeq = 0;
    retry = null;
    log.replaceChildren();
    showMessages(res.data.messages);
    say(notice);
  }

  async function resume(id) {
    say(t.connecting);
    const res = await call('GET', `${API}/${id}/messages?after=0`);
    if (res.status === 404 || res.status === 400) {
      forget(id);
      return start();
    }
    if (!res.ok) return fail(res);
    session = id;
    store.set(LAST_LANG, lang);
    own = store.get(ownKey(id)) || [];
    showTranscript(res.data.messages);
    say('');
  }

  function forget(id) {
    store.remove(sessionKey(lang));
    store.remove(ownKey(id));
    session = null;
  }

  /** The conversation vanished on the server (expired): say so and start a new one. */
  function expired() {
    forget(session);
    return start(t.expired);
  }

  /** Fetches what the client did not cause, e.g. an engineer's reply. */
  async function sync() {
    if (syncing || !session) return;
    syncing = true;
    try {
      const res = await call('GET', `${API}/${session}/messages?after=${lastSeq}`);
      if (res.status === 0) say(t.offline, true);
      else if (status.textContent === t.offline) say('');
      if (res.ok) showMessages(res.data.messages);
      else if (res.status === 404) await expired();
    } finally {
      syncing = false;
    }
  }

  function tick() {
    if (document.hidden) return;
    if (!session) connect(); else sync();
  }

  /**
   * Sends a text or a button press; false when it did not reach the bot, 'refused' when the bot did not take
   * the text (too long, no words…), so that it can be corrected rather than typed again, else true.
   */
  async function post(body, line) {
    const key = JSON.stringify(body);
    const clientMessageId = retry?.key === key ? retry.id : randomId();
    retry = { key, id: clientMessageId };
    line.after = lastSeq;
    const row = ownRow(line, true);
    log.append(row);
    scrollDown();
    setBusy(true);
    say('');
    const res = await call('POST', `${API}/${session}/messages`, { ...body, clientMessageId }, SEND_ATTEMPTS);
    setBusy(false);
    if (!res.ok) {
      row.remove();
      return res.status === 404 ? expired().then(() => false) : fail(res);
    }
    retry = null;
    keepOwn(row, line);
    showMessages(res.data.messages);
    return res.data.textRefused ? 'refused' : true;
  }

  async function upload(file) {
    const line = { after: lastSeq, text: file.name, file: true };
    const row = ownRow(line, true);
    log.append(row);
    scrollDown();
    setBusy(true);
    say(t.uploading.replace('{file}', file.name));
    const data = new FormData();
    data.append('file', file);
    const res = await call('POST', `${API}/${session}/attachments`, data);
    setBusy(false);
    if (!res.data.messages) {
      row.remove();
      return res.status === 404 ? expired() : fail(res);
    }
    // A refused file is explained by the bot in the transcript; the client's line shows it was not taken.
    line.refused = !res.ok;
    keepOwn(row, line);
    showMessages(res.data.messages);
    say('');
  }

  // ---- showing the conversation

  function say(text, error = false) {
    status.setAttribute('aria-live', error ? 'assertive' : 'polite');
    status.classList.toggle('error', error);
    status.textContent = text;
  }

  function fail(res) {
    say(res.data?.message || t.failed, true);
    return false;
  }

  function setBusy(value) {
    busy = value;
    send.disabled = value;
    attach.disabled = value;
    log.setAttribute('aria-busy', String(value));
    log.querySelectorAll('.choices button').forEach((button) => { button.disabled = value; });
  }

  function scrollDown() {
    log.scrollTop = log.scrollHeight;
  }

  /** Text with its http(s) addresses as links. */
  function withLinks(text) {
    const fragment = document.createDocumentFragment();
    let at = 0;
    for (const match of text.matchAll(LINK)) {
      const url = match[0].replace(/[.,;:!?)\]]+$/, '');
      const link = document.createElement('a');
      link.href = url;
      link.textContent = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      fragment.append(text.slice(at, match.index), link);
      at = match.index + url.length;
    }
    fragment.append(text.slice(at));
    return fragment;
  }

  function hiddenText(text) {
    const span = document.createElement('span');
    span.className = 'visually-hidden';
    span.textContent = `${text} `;
    return span;
  }

  function row(kind, who, text) {
    const item = document.createElement('div');
    item.className = `msg ${kind}`;
    const bubble = document.createElement('div');
    bubble.className = 'bubble';
    const body = document.createElement('span');
    body.className = 'text';
    body.append(withLinks(text));
    bubble.append(hiddenText(who), body);
    item.append(bubble);
    return item;
  }

  function botRow(message) {
    const item = row('bot', t.bot, message.text);
    if (message.buttons?.length) {
      const choices = document.createElement('div');
      choices.className = 'choices';
      choices.setAttribute('role', 'group');
      choices.setAttribute('aria-label', t.choices);
      choices.dataset.seq = message.seq;
      for (const choice of message.buttons) {
        const button = document.createElement('button');
        button.type = 'button';
        button.textContent = choice.label;
        button.classList.toggle('primary', PRIMARY.has(choice.value));
        button.addEventListener('click', () => press(choice));
        choices.append(button);
      }
      item.append(choices);
    }
    return item;
  }

  function ownRow(line, pending = false) {
    const item = row('own', t.you, line.text);
    item.classList.toggle('pending', pending);
    if (line.file) {
      // The attach button's paperclip marks a file; emoji fonts are missing on some systems.
      item.querySelector('.text').before(attach.querySelector('svg').cloneNode(true), hiddenText(t.file));
    }
    if (line.refused) {
      item.classList.add('refused');
      const note = document.createElement('div');
      note.className = 'note';
      note.textContent = t.refused;
      item.append(note);
    }
    return item;
  }

  /** A sent line the server took: shown for good and kept for a reload. */
  function keepOwn(pendingRow, line) {
    pendingRow.replaceWith(ownRow(line));
    own.push(line);
    store.set(ownKey(session), own);
  }

  /** New bot messages in order; ones already shown are skipped, and a gap is filled from the transcript. */
  function showMessages(messages) {
    const fresh = messages.filter((message) => message.seq > lastSeq);
    if (fresh.length && fresh[0].seq !== lastSeq + 1) {
      sync();
      return;
    }
    for (const message of fresh) {
      log.append(botRow(message));
      lastSeq = message.seq;
    }
    refreshChoices();
    scrollDown();
  }

  /** The whole transcript after a reload, with the client's own lines put back where they were. */
  function showTranscript(messages) {
    log.replaceChildren();
    lastSeq = 0;
    let next = 0;
    for (const message of messages) {
      while (next < own.length && own[next].after < message.seq) log.append(ownRow(own[next++]));
      log.append(botRow(message));
      lastSeq = message.seq;
    }
    while (next < own.length) log.append(ownRow(own[next++]));
    refreshChoices();
    scrollDown();
  }

  /** Only the newest set of buttons is offered, until one of them has been pressed. */
  function refreshChoices() {
    const groups = [...log.querySelectorAll('.choices')];
    const latest = groups.at(-1);
    const answered = latest && own.some((line) => line.button && line.after >= Number(latest.dataset.seq));
    groups.forEach((group) => { group.hidden = group !== latest || answered; });
  }

  function visibleChoice() {
    return log.querySelector('.choices:not([hidden]) button');
  }

  async function press(choice) {
    if (busy || !session) return;
    await post({ action: choice.value }, { text: choice.label, button: true });
    (visibleChoice() || input).focus({ preventScroll: true });
  }

  // ---- the input bar

  function grow() {
    input.style.height = 'auto';
    input.style.height = `${input.scrollHeight + 2}px`;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text || busy || !session) return;
    input.value = '';
    grow();
    const sent = await post({ text }, { text });
    if (sent !== true && !input.value) {
      input.value = text;
      grow();
    }
    input.focus({ preventScroll: true });
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  input.addEventListener('input', grow);

  attach.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    fileInput.value = '';
    if (file && session && !busy) {
      await upload(file);
      (visibleChoice() || attach).focus({ preventScroll: true });
    }
  });

  newChat.addEventListener('click', async () => {
    if (busy || (own.length && !confirm(t.confirmNew))) return;
    if (session) forget(session);
    await start();
    input.focus({ preventScroll: true });
  });

  // The bot asks to confirm with buttons of its own before anything is erased.
  forgetMe.addEventListener('click', () => press({ value: 'command:forget_me', label: t.forgetMe }));

  document.addEventListener('visibilitychange', tick);
  window.addEventListener('resize', scrollDown);

  applyChrome();
  connect();
  setInterval(tick, POLL_MS);
})();
