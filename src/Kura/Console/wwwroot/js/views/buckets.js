// The bucket list: counts and sizes, create, and delete (the server refuses non-empty ones).

import { api, paths } from '../api.js';
import { h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { formatBytes, formatDate, formatNumber } from '../format.js';
import { button, confirmDialog, emptyState, errorText, field, formDialog, iconButton, loadingRow, toast } from '../ui.js';

/** Renders the buckets screen into main. */
export function renderBuckets(main, context) {
  const canCreate = !context.session.bucket && !context.session.readOnly;
  const tbody = h('tbody', null, loadingRow(5));
  const summary = h('p', { class: 'page-sub' });
  const create = canCreate ? button(t('buckets.create'), { kind: 'primary', iconName: 'plus', testid: 'create-bucket', onclick: () => openCreate(context, load) }) : null;
  replace(
    main,
    h(
      'div',
      { class: 'page' },
      h('div', { class: 'page-head' }, h('div', null, h('h1', null, t('buckets.title')), summary), h('div', { class: 'page-actions' }, create)),
      h(
        'div',
        { class: 'card' },
        h(
          'div',
          { class: 'table-wrap' },
          h(
            'table',
            { class: 'table', 'data-testid': 'bucket-table' },
            h('thead', null, h('tr', null,
              h('th', null, t('buckets.name')),
              h('th', { class: 'num' }, t('buckets.objects')),
              h('th', { class: 'num' }, t('buckets.size')),
              h('th', { class: 'hide-sm' }, t('buckets.created')),
              h('th', { class: 'actions' }, h('span', { class: 'sr-only' }, t('common.actions'))))),
            tbody,
          ),
        ),
      ),
    ),
  );

  async function load() {
    const buckets = await context.refreshBuckets();
    const totalSize = buckets.reduce((sum, bucket) => sum + Number(bucket.size ?? 0), 0);
    summary.textContent = t('buckets.summary', { count: formatNumber(buckets.length), size: formatBytes(totalSize) });
    if (buckets.length === 0) {
      replace(tbody, h('tr', null, h('td', { colspan: 5 }, emptyState('bucket', t('buckets.emptyTitle'), t('buckets.emptyHint'), null))));
      return;
    }

    replace(tbody, buckets.map((bucket) => bucketRow(bucket, context, load)));
  }

  load();
}

function bucketRow(bucket, context, reload) {
  const open = () => context.navigate(['b', bucket.name]);
  const remove = iconButton('trash', t('buckets.delete'), (event) => {
    event.stopPropagation();
    deleteBucket(bucket, reload);
  }, 'delete-bucket');
  return h(
    'tr',
    { class: 'row-link', onclick: open, dataset: { bucket: bucket.name } },
    h('td', null, h('a', { class: 'name-cell', href: `#/b/${encodeURIComponent(bucket.name)}`, onclick: (event) => event.stopPropagation() }, icon('bucket', 'icon icon-bucket'), h('span', { class: 'name-text' }, bucket.name))),
    h('td', { class: 'num' }, formatNumber(bucket.objects)),
    h('td', { class: 'num' }, formatBytes(bucket.size)),
    h('td', { class: 'hide-sm muted' }, formatDate(bucket.created)),
    h('td', { class: 'actions' }, !context.session.bucket && !context.session.readOnly ? remove : null),
  );
}

function openCreate(context, reload) {
  const name = h('input', { class: 'input', name: 'name', required: true, spellcheck: 'false', autocomplete: 'off', placeholder: 'my-app-files', 'data-testid': 'bucket-name' });
  formDialog({
    title: t('buckets.createTitle'),
    testid: 'create-bucket-dialog',
    fields: [field(t('buckets.name'), name, t('buckets.nameRule'))],
    submitLabel: t('buckets.createSubmit'),
    submit: async () => {
      await api.post(paths.buckets, { name: name.value.trim() });
      toast(t('buckets.createdToast', { name: name.value.trim() }), 'success');
      await reload();
    },
  });
}

async function deleteBucket(bucket, reload) {
  const confirmed = await confirmDialog({
    title: t('buckets.deleteTitle'),
    message: t('buckets.deleteMessage'),
    detail: h('code', null, bucket.name),
    confirmLabel: t('buckets.delete'),
    danger: true,
  });
  if (!confirmed) {
    return;
  }

  try {
    await api.del(paths.bucket(bucket.name));
    toast(t('buckets.deleted', { name: bucket.name }), 'success');
    await reload();
  } catch (error) {
    toast(error.code === 'BucketNotEmpty' ? errorText(error) : t('buckets.deleteFailed', { reason: errorText(error) }), 'error');
  }
}
