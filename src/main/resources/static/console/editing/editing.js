'use strict';

// The editors' pages: the articles (with their statistics, a live preview and "try a question"), the bot's and
// the console's texts, and the history of saves with undo. Article HTML comes sanitised from the server's renderer.
(() => {
  const { $, t, el, call, start, dateTime } = window.HelplineConsole;

  // --- Articles -------------------------------------------------------------------------------------------------
  let open = null; // { lang, id } of the article in the editor
  let previewTimer = null;

  async function loadArticles() {
    const list = await call('GET', '/console/api/editing/articles');
    $('articles').replaceChildren(...list.articles.map((article) => {
      const name = el('button', { type: 'button', class: 'link', 'data-article': `${article.lang}/${article.id}`,
        text: article.title || article.id });
      name.addEventListener('click', () => edit(article.lang, article.id));
      return el('tr', { 'data-article': `${article.lang}/${article.id}` }, el('td', { text: article.lang }),
        el('td', {}, name, article.broken ? el('p', { class: 'notice error', text: t('editing.articles.broken', { error: article.broken }) }) : null),
        el('td', { text: String(article.shown) }), el('td', { text: String(article.helped) }),
        el('td', { text: String(article.notHelped) }));
    }));
    $('unanswered').replaceChildren(...(list.unanswered.length
      ? list.unanswered.map((query) => el('li', { text: `${query.query} (${query.count})` }))
      : [el('li', { text: t('editing.articles.unanswered_empty') })]));
  }

  async function edit(lang, id, template) {
    open = { lang, id };
    $('editor').hidden = false;
    $('editor-heading').textContent = `${lang}/${id}.md`;
    $('article-result').textContent = '';
    $('article-text').value = template !== undefined ? template
      : (await call('GET', `/console/api/editing/articles/${lang}/${encodeURIComponent(id)}`)).content;
    $('retire-article').hidden = template !== undefined;
    preview();
    $('article-text').focus();
  }

  async function preview() {
    try {
      const shown = await call('POST', '/console/api/editing/articles/preview', { ...open, content: $('article-text').value });
      const html = new DOMParser().parseFromString(shown.html, 'text/html').body.childNodes;
      $('preview').replaceChildren(el('h4', { text: shown.title }), ...html);
    } catch (e) {
      $('preview').replaceChildren(el('p', { class: 'notice error', role: 'alert', text: e.message }));
    }
  }

  async function saveArticle() {
    try {
      await call('PUT', `/console/api/editing/articles/${open.lang}/${encodeURIComponent(open.id)}`,
        { ...open, content: $('article-text').value });
      $('article-result').textContent = t('editing.articles.saved');
      $('retire-article').hidden = false;
      await loadArticles();
    } catch (e) {
      $('article-result').textContent = e.message;
    }
  }

  async function retireArticle() {
    if (!window.confirm(t('editing.articles.retire_confirm'))) return;
    try {
      await call('DELETE', `/console/api/editing/articles/${open.lang}/${encodeURIComponent(open.id)}`);
      $('article-result').textContent = t('editing.articles.retired');
      await loadArticles();
    } catch (e) {
      $('article-result').textContent = e.message;
    }
  }

  async function tryQuestion(event) {
    event.preventDefault();
    const q = $('try-text').value;
    const found = await call('GET', `/api/kb/suggest?lang=${encodeURIComponent($('new-lang').value)}&q=${encodeURIComponent(q)}`);
    $('try-results').replaceChildren(...(found.results.length
      ? found.results.map((result) => el('li', {}, el('strong', { text: result.title }), ` — ${result.snippet}`))
      : [el('li', { text: t('editing.articles.try_none') })]));
  }

  start('articles').then(async () => {
    $('article-text').addEventListener('input', () => { clearTimeout(previewTimer); previewTimer = setTimeout(preview, 300); });
    $('save-article').addEventListener('click', saveArticle);
    $('retire-article').addEventListener('click', retireArticle);
    $('try-form').addEventListener('submit', tryQuestion);
    $('new-article').addEventListener('submit', (event) => {
      event.preventDefault();
      const id = $('new-id').value.trim();
      edit($('new-lang').value, id, `---\nid: ${id}\ntitle: \nquestions:\n  - \n---\n`);
    });
    await loadArticles();
  }).catch((e) => { $('articles-notice').textContent = e.message; });

  // --- Texts ----------------------------------------------------------------------------------------------------
  let textsLang = null;

  function textRow(key, text) {
    const id = `text-${key.replaceAll('.', '-')}`;
    const area = el('textarea', { id, rows: Math.min(8, text.split('\n').length + 1), 'data-key': key });
    area.value = text;
    const result = el('p', { class: 'result', role: 'status', 'aria-live': 'polite' });
    const names = text.match(/\{\w+\}/g);
    const save = el('button', { type: 'button', 'data-save': key, text: t('editing.texts.save') });
    save.addEventListener('click', async () => {
      try {
        await call('PUT', '/console/api/editing/texts', { lang: textsLang, key, text: area.value });
        result.textContent = t('editing.texts.saved');
      } catch (e) {
        result.textContent = e.message;
      }
    });
    return el('li', { 'data-key': key }, el('label', { for: id, text: key }), area,
      names ? el('p', { class: 'hint', text: t('editing.texts.placeholders', { names: names.join(' ') }) }) : null,
      save, result);
  }

  async function loadTexts(lang) {
    const list = await call('GET', `/console/api/editing/texts?lang=${encodeURIComponent(lang)}`);
    textsLang = list.lang;
    $('texts-lang').replaceChildren(...list.languages.map((code) => el('option', { value: code, text: code, selected: code === list.lang })));
    $('texts').replaceChildren(...Object.entries(list.texts).map(([key, text]) => textRow(key, text)));
    filterTexts();
  }

  function filterTexts() {
    const wanted = $('texts-filter').value.trim().toLowerCase();
    $('texts').querySelectorAll('li').forEach((row) => {
      row.hidden = wanted !== '' && !`${row.dataset.key} ${row.querySelector('textarea').value}`.toLowerCase().includes(wanted);
    });
  }

  start('texts').then(async (me) => {
    $('texts-lang').addEventListener('change', () => loadTexts($('texts-lang').value));
    $('texts-filter').addEventListener('input', filterTexts);
    await loadTexts(me.lang);
  }).catch((e) => { $('texts-notice').textContent = e.message; });

  // --- History --------------------------------------------------------------------------------------------------
  function editRow(edit) {
    const what = `${t(`editing.history.${edit.action === 'undone' ? 'undone_action' : edit.action}`)}: ${edit.lang}/${edit.target}`;
    const change = el('td', { class: 'change' }, el('del', { text: edit.before || '—' }), ' → ', el('ins', { text: edit.after || '—' }));
    let undo = null;
    if (edit.undoneBy) {
      undo = el('span', { text: t('editing.history.undone_by') });
    } else {
      undo = el('button', { type: 'button', 'data-undo': edit.id, text: t('editing.history.undo') });
      undo.addEventListener('click', async () => {
        try {
          await call('POST', `/console/api/editing/history/${encodeURIComponent(edit.id)}/undo`);
          $('edits-notice').textContent = t('editing.history.undone');
          await loadEdits();
        } catch (e) {
          $('edits-notice').textContent = e.message;
        }
      });
    }
    return el('tr', { 'data-edit': edit.id }, el('td', {}, el('time', { datetime: edit.at, text: dateTime(edit.at) })),
      el('td', { text: edit.login }), el('td', { text: what }), change, el('td', {}, undo));
  }

  async function loadEdits() {
    const edits = await call('GET', '/console/api/editing/history');
    $('edits').replaceChildren(...edits.map(editRow));
    if (!edits.length) $('edits-notice').textContent = t('editing.history.empty');
  }

  start('edits').then(loadEdits).catch((e) => { $('edits-notice').textContent = e.message; });
})();
