// The CORS editor of a bucket: rules as a form or as JSON, saved with one PUT.

import { api, paths } from '../api.js';
import { h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { button, emptyState, errorText, iconButton, toast } from '../ui.js';
import { bucketHeader } from './bucket-header.js';

const METHODS = ['GET', 'PUT', 'POST', 'DELETE', 'HEAD'];
const EXAMPLE_RULE = {
  allowedOrigins: ['http://localhost:3000'],
  allowedMethods: ['GET', 'PUT'],
  allowedHeaders: ['*'],
  exposeHeaders: ['ETag'],
  maxAgeSeconds: 3000,
};

/** Renders the CORS tab of context.bucket. */
export function renderCors(main, context) {
  const { bucket } = context;
  const canWrite = !context.session.readOnly;
  let rules = [];
  let mode = 'form';
  const editor = h('div', { class: 'cors-editor' });
  const errorBox = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'cors-error' });
  const modeSwitch = h('div', { class: 'segmented', role: 'tablist' });
  const saveButton = button(t('cors.save'), { kind: 'primary', iconName: 'check', testid: 'cors-save', onclick: () => save() });
  saveButton.disabled = !canWrite;

  replace(main, h('div', { class: 'page page-wide' },
    bucketHeader(context, 'cors'),
    h('div', { class: 'section-head' },
      h('div', null, h('h2', null, t('cors.title')), h('p', { class: 'page-sub' }, t('cors.subtitle'))),
      modeSwitch),
    editor,
    errorBox,
    h('div', { class: 'form-actions' },
      canWrite ? button(t('cors.addRule'), { iconName: 'plus', testid: 'cors-add', onclick: () => addRule({ allowedOrigins: [], allowedMethods: ['GET'], allowedHeaders: [], exposeHeaders: [], maxAgeSeconds: 3000 }) }) : null,
      canWrite ? button(t('cors.addExample'), { kind: 'ghost', iconName: 'code', onclick: () => addRule(structuredClone(EXAMPLE_RULE)) }) : null,
      h('span', { class: 'toolbar-spacer' }),
      button(t('cors.reset'), { kind: 'ghost', onclick: () => load() }),
      saveButton)));

  function renderModeSwitch() {
    const option = (value, label, iconName) => h('button', {
      type: 'button',
      class: ['segment', mode === value && 'active'],
      'aria-pressed': String(mode === value),
      'data-testid': `cors-mode-${value}`,
      onclick: () => switchMode(value),
    }, icon(iconName), h('span', null, label));
    replace(modeSwitch, option('form', t('cors.modeForm'), 'list'), option('json', t('cors.modeJson'), 'code'));
  }

  function switchMode(value) {
    if (value === mode) {
      return;
    }

    if (!collect()) {
      return;
    }

    mode = value;
    renderModeSwitch();
    renderEditor();
  }

  function addRule(rule) {
    if (!collect()) {
      return;
    }

    rules.push(rule);
    renderEditor();
  }

  function renderEditor() {
    errorBox.hidden = true;
    if (mode === 'json') {
      const area = h('textarea', { class: 'input code-area', spellcheck: 'false', rows: 18, 'data-testid': 'cors-json', readonly: !canWrite });
      area.value = JSON.stringify({ rules }, null, 2);
      replace(editor, area);
      return;
    }

    if (rules.length === 0) {
      replace(editor, h('div', { class: 'card' }, emptyState('shield', t('cors.emptyTitle'), t('cors.emptyHint'))));
      return;
    }

    replace(editor, rules.map((rule, index) => ruleCard(rule, index)));
  }

  function lines(values) {
    return (values ?? []).join('\n');
  }

  function ruleCard(rule, index) {
    const textarea = (name, values, placeholder) => {
      const area = h('textarea', { class: 'input mono', rows: 3, name, placeholder, spellcheck: 'false', readonly: !canWrite });
      area.value = lines(values);
      return area;
    };
    const methodBoxes = METHODS.map((method) =>
      h('label', { class: 'check-chip' }, h('input', { type: 'checkbox', name: 'method', value: method, checked: (rule.allowedMethods ?? []).includes(method), disabled: !canWrite }), h('span', null, method)));
    const maxAge = h('input', { class: 'input', type: 'number', min: '0', name: 'maxAgeSeconds', value: String(rule.maxAgeSeconds ?? ''), readonly: !canWrite });
    const remove = canWrite ? iconButton('trash', t('cors.removeRule'), () => {
      if (collect()) {
        rules.splice(index, 1);
        renderEditor();
      }
    }) : null;
    const labelled = (label, control, hint) => h('div', { class: 'field' }, h('label', null, label), control, hint ? h('div', { class: 'hint' }, hint) : null);
    return h('div', { class: 'card rule-card', 'data-testid': 'cors-rule' },
      h('div', { class: 'rule-head' }, h('h3', null, t('cors.rule', { number: index + 1 })), remove),
      h('div', { class: 'rule-grid' },
        labelled(t('cors.origins'), textarea('allowedOrigins', rule.allowedOrigins, 'https://app.example.com'), t('cors.onePerLine')),
        labelled(t('cors.methods'), h('div', { class: 'chips' }, methodBoxes)),
        labelled(t('cors.allowedHeaders'), textarea('allowedHeaders', rule.allowedHeaders, '*'), t('cors.onePerLine')),
        labelled(t('cors.exposeHeaders'), textarea('exposeHeaders', rule.exposeHeaders, 'ETag'), t('cors.onePerLine')),
        labelled(t('cors.maxAge'), maxAge)));
  }

  /** Reads the editor back into rules; false (with a message) when the JSON is broken. */
  function collect() {
    if (mode === 'json') {
      const area = editor.querySelector('textarea');
      try {
        const parsed = JSON.parse(area.value);
        if (!Array.isArray(parsed.rules)) {
          throw new Error(t('cors.jsonShape'));
        }

        rules = parsed.rules;
        return true;
      } catch (error) {
        errorBox.textContent = t('cors.jsonInvalid', { reason: error.message });
        errorBox.hidden = false;
        return false;
      }
    }

    const split = (value) => value.split('\n').map((line) => line.trim()).filter(Boolean);
    rules = [...editor.querySelectorAll('.rule-card')].map((card) => {
      const maxAge = card.querySelector('[name=maxAgeSeconds]').value;
      return {
        allowedOrigins: split(card.querySelector('[name=allowedOrigins]').value),
        allowedMethods: [...card.querySelectorAll('[name=method]:checked')].map((box) => box.value),
        allowedHeaders: split(card.querySelector('[name=allowedHeaders]').value),
        exposeHeaders: split(card.querySelector('[name=exposeHeaders]').value),
        maxAgeSeconds: maxAge === '' ? null : Number(maxAge),
      };
    });
    return true;
  }

  async function save() {
    if (!collect()) {
      return;
    }

    saveButton.disabled = true;
    saveButton.classList.add('busy');
    errorBox.hidden = true;
    try {
      await api.put(paths.cors(bucket), { rules });
      toast(t('cors.saved', { count: rules.length }), 'success');
    } catch (error) {
      errorBox.textContent = errorText(error);
      errorBox.hidden = false;
    } finally {
      saveButton.disabled = false;
      saveButton.classList.remove('busy');
    }
  }

  async function load() {
    replace(editor, h('div', { class: 'card' }, h('div', { class: 'preview-loading' }, h('span', { class: 'spinner' }))));
    try {
      const answer = await api.get(paths.cors(bucket));
      rules = answer?.rules ?? [];
      renderEditor();
    } catch (error) {
      replace(editor, h('div', { class: 'card' }, emptyState('alert', t('cors.loadFailed'), errorText(error))));
    }
  }

  renderModeSwitch();
  load();
  return null;
}
