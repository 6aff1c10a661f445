// The share-link dialog: pick an expiry, get a presigned GET URL, copy it.

import { api, paths } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { formatDate, formatFromNow } from '../format.js';
import { button, copyField, errorText, field, openDialog } from '../ui.js';

const EXPIRIES = [
  [900, 'share.minutes15'],
  [3600, 'share.hour1'],
  [43200, 'share.hours12'],
  [86400, 'share.day1'],
  [604800, 'share.days7'],
];

/** Opens the dialog for one object. */
export function openShareDialog(bucket, key) {
  const expiry = h('select', { class: 'select', 'data-testid': 'share-expiry' }, EXPIRIES.map(([seconds, label]) => h('option', { value: String(seconds), selected: seconds === 3600 }, t(label))));
  const result = h('div', { class: 'share-result', 'data-testid': 'share-result' });
  const create = button(t('share.create'), { kind: 'primary', iconName: 'link', testid: 'share-create' });
  const body = h('div', { class: 'stack' },
    h('p', { class: 'muted' }, t('share.explain')),
    h('div', { class: 'share-key mono' }, key),
    field(t('share.expiry'), expiry),
    result);
  const handle = openDialog({ title: t('share.title'), body, actions: [button(t('common.close'), { onclick: () => handle.close() }), create], testid: 'share-dialog' });

  create.addEventListener('click', async () => {
    create.disabled = true;
    create.classList.add('busy');
    try {
      const answer = await api.post(paths.share(bucket), { key, expiresSeconds: Number(expiry.value) });
      replace(result,
        h('div', { class: 'field' }, h('label', null, t('share.url')), copyField(answer.url, 'share-url')),
        h('p', { class: 'hint' }, t('share.expires', { date: formatDate(answer.expires), relative: formatFromNow(answer.expires) })));
    } catch (error) {
      replace(result, h('div', { class: 'form-error', role: 'alert' }, errorText(error)));
    } finally {
      create.disabled = false;
      create.classList.remove('busy');
    }
  });
}
