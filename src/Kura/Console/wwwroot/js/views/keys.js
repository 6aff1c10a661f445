// Access keys (root only): list, create with an optional bucket/prefix/read-only limit,
// the secret shown once, disable/enable and delete.

import { api, paths } from '../api.js';
import { h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { accessText, formatDate, orDash } from '../format.js';
import { button, confirmDialog, copyField, emptyState, errorText, field, formDialog, iconButton, loadingRow, openDialog, toast } from '../ui.js';

const COLUMNS = 7;

/** Renders the access-key screen into main. */
export function renderKeys(main, context) {
  if (!context.session.isRoot) {
    replace(main, h('div', { class: 'page' }, emptyState('key', t('keys.rootOnly'), t('keys.rootOnlyHint'))));
    return null;
  }

  const tbody = h('tbody', null, loadingRow(COLUMNS));
  replace(main, h('div', { class: 'page' },
    h('div', { class: 'page-head' },
      h('div', null, h('h1', null, t('keys.title')), h('p', { class: 'page-sub' }, t('keys.subtitle'))),
      h('div', { class: 'page-actions' }, button(t('keys.create'), { kind: 'primary', iconName: 'plus', testid: 'create-key', onclick: () => openCreate(context, load) }))),
    h('div', { class: 'card' }, h('div', { class: 'table-wrap' }, h('table', { class: 'table', 'data-testid': 'key-table' },
      h('thead', null, h('tr', null,
        h('th', null, t('keys.accessKey')),
        h('th', { class: 'hide-sm' }, t('keys.description')),
        h('th', null, t('keys.scope')),
        h('th', { class: 'hide-sm' }, t('keys.access')),
        h('th', null, t('keys.status')),
        h('th', { class: 'hide-md' }, t('keys.created')),
        h('th', { class: 'actions' }, h('span', { class: 'sr-only' }, t('common.actions'))))),
      tbody)))));

  async function load() {
    try {
      const keys = await api.get(paths.keys);
      replace(tbody, keys.length === 0
        ? h('tr', null, h('td', { colspan: COLUMNS }, emptyState('key', t('keys.emptyTitle'), t('keys.emptyHint'))))
        : keys.map((key) => keyRow(key, load)));
    } catch (error) {
      replace(tbody, h('tr', null, h('td', { colspan: COLUMNS }, emptyState('alert', t('keys.loadFailed'), errorText(error)))));
    }
  }

  load();
  return null;
}

function scopeText(key) {
  if (!key.bucket) {
    return t('keys.allBuckets');
  }

  return key.prefix ? `${key.bucket}/${key.prefix}` : key.bucket;
}

function keyRow(key, reload) {
  const toggle = button(key.enabled ? t('keys.disable') : t('keys.enable'), {
    kind: 'ghost',
    testid: 'toggle-key',
    onclick: async () => {
      try {
        await api.patch(paths.key(key.accessKey), { enabled: !key.enabled });
        toast(key.enabled ? t('keys.disabled', { key: key.accessKey }) : t('keys.enabled', { key: key.accessKey }), 'success');
        reload();
      } catch (error) {
        toast(errorText(error), 'error');
      }
    },
  });
  const remove = iconButton('trash', t('keys.delete'), async () => {
    const confirmed = await confirmDialog({ title: t('keys.deleteTitle'), message: t('keys.deleteMessage'), detail: h('code', null, key.accessKey), confirmLabel: t('keys.delete'), danger: true });
    if (!confirmed) {
      return;
    }

    try {
      await api.del(paths.key(key.accessKey));
      toast(t('keys.deleted', { key: key.accessKey }), 'success');
      reload();
    } catch (error) {
      toast(errorText(error), 'error');
    }
  }, 'delete-key');
  return h('tr', { dataset: { accessKey: key.accessKey }, 'data-testid': 'key-row' },
    h('td', null, h('span', { class: 'name-cell' }, icon('key', 'icon icon-key'), h('span', { class: 'mono name-text' }, key.accessKey))),
    h('td', { class: 'hide-sm' }, orDash(key.description)),
    h('td', null, h('span', { class: ['scope', !key.bucket && 'muted'] }, scopeText(key))),
    h('td', { class: 'hide-sm' }, h('span', { class: ['pill', key.readOnly ? 'pill-info' : 'pill-neutral'] }, accessText(key.readOnly))),
    h('td', null, h('span', { class: ['pill', key.enabled ? 'pill-ok' : 'pill-off'] }, key.enabled ? t('keys.statusEnabled') : t('keys.statusDisabled'))),
    h('td', { class: 'hide-md muted nowrap' }, formatDate(key.created)),
    h('td', { class: 'actions nowrap' }, toggle, remove));
}

function openCreate(context, reload) {
  const description = h('input', { class: 'input', name: 'description', autocomplete: 'off', placeholder: t('keys.descriptionPlaceholder'), 'data-testid': 'key-description' });
  const bucket = h('select', { class: 'select', name: 'bucket', 'data-testid': 'key-bucket' },
    h('option', { value: '' }, t('keys.allBuckets')),
    context.buckets().map((item) => h('option', { value: item.name }, item.name)));
  const prefix = h('input', { class: 'input mono', name: 'prefix', autocomplete: 'off', spellcheck: 'false', placeholder: 'uploads/', disabled: true, 'data-testid': 'key-prefix' });
  const readOnly = h('input', { type: 'checkbox', class: 'check', name: 'readOnly', 'data-testid': 'key-readonly' });
  bucket.addEventListener('change', () => {
    prefix.disabled = !bucket.value;
  });
  formDialog({
    title: t('keys.createTitle'),
    testid: 'create-key-dialog',
    fields: [
      field(t('keys.description'), description),
      field(t('keys.bucket'), bucket, t('keys.bucketHint')),
      field(t('keys.prefix'), prefix, t('keys.prefixHint')),
      h('label', { class: 'check-line' }, readOnly, h('span', null, t('keys.readOnlyLabel'))),
    ],
    submitLabel: t('keys.createSubmit'),
    submit: async () => {
      const created = await api.post(paths.keys, {
        description: description.value.trim(),
        bucket: bucket.value || null,
        prefix: bucket.value && prefix.value.trim() ? prefix.value.trim() : null,
        readOnly: readOnly.checked,
      });
      showSecret(created);
      reload();
    },
  });
}

function showSecret(created) {
  const body = h('div', { class: 'stack' },
    h('div', { class: 'callout callout-warn' }, icon('alert'), h('span', null, t('keys.secretOnce'))),
    h('div', { class: 'field' }, h('label', null, t('keys.accessKey')), copyField(created.accessKey, 'new-access-key')),
    h('div', { class: 'field' }, h('label', null, t('keys.secretKey')), copyField(created.secretKey, 'new-secret-key')));
  const handle = openDialog({ title: t('keys.createdTitle'), body, actions: [button(t('keys.secretSaved'), { kind: 'primary', testid: 'secret-done', onclick: () => handle.close() })], testid: 'secret-dialog' });
}
