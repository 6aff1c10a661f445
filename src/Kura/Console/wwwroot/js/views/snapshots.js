// Snapshots of a bucket: list, save under a name, restore (after a confirmation), delete.

import { api, paths } from '../api.js';
import { h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { formatBytes, formatDate, formatNumber } from '../format.js';
import { button, confirmDialog, emptyState, errorText, field, formDialog, iconButton, loadingRow, toast } from '../ui.js';
import { bucketHeader } from './bucket-header.js';

const COLUMNS = 5;
const NAME_RULE = /^[A-Za-z0-9._-]+$/;

/** Renders the snapshots tab of context.bucket. */
export function renderSnapshots(main, context) {
  const { bucket } = context;
  const tbody = h('tbody', null, loadingRow(COLUMNS));
  const canWrite = !context.session.readOnly;
  replace(main, h('div', { class: 'page page-wide' },
    bucketHeader(context, 'snapshots'),
    h('div', { class: 'section-head' },
      h('div', null, h('h2', null, t('snapshots.title')), h('p', { class: 'page-sub' }, t('snapshots.subtitle'))),
      canWrite ? button(t('snapshots.save'), { kind: 'primary', iconName: 'camera', testid: 'save-snapshot', onclick: () => save() }) : null),
    h('div', { class: 'card' }, h('div', { class: 'table-wrap' }, h('table', { class: 'table', 'data-testid': 'snapshot-table' },
      h('thead', null, h('tr', null,
        h('th', null, t('snapshots.name')),
        h('th', { class: 'hide-sm' }, t('snapshots.created')),
        h('th', { class: 'num' }, t('snapshots.objects')),
        h('th', { class: 'num hide-sm' }, t('snapshots.size')),
        h('th', { class: 'actions' }, h('span', { class: 'sr-only' }, t('common.actions'))))),
      tbody)))));

  async function load() {
    try {
      const snapshots = await api.get(paths.snapshots(bucket));
      replace(tbody, snapshots.length === 0
        ? h('tr', null, h('td', { colspan: COLUMNS }, emptyState('camera', t('snapshots.emptyTitle'), t('snapshots.emptyHint'))))
        : snapshots.map(snapshotRow));
    } catch (error) {
      replace(tbody, h('tr', null, h('td', { colspan: COLUMNS }, emptyState('alert', t('snapshots.loadFailed'), errorText(error)))));
    }
  }

  function snapshotRow(snapshot) {
    return h('tr', { dataset: { snapshot: snapshot.name }, 'data-testid': 'snapshot-row' },
      h('td', null, h('span', { class: 'name-cell' }, icon('camera', 'icon icon-snapshot'), h('span', { class: 'name-text mono' }, snapshot.name))),
      h('td', { class: 'hide-sm muted' }, formatDate(snapshot.created)),
      h('td', { class: 'num' }, formatNumber(snapshot.objects)),
      h('td', { class: 'num hide-sm' }, formatBytes(snapshot.size)),
      h('td', { class: 'actions nowrap' },
        canWrite ? button(t('snapshots.restore'), { kind: 'ghost', iconName: 'restore', testid: 'restore-snapshot', onclick: () => restore(snapshot) }) : null,
        canWrite ? iconButton('trash', t('snapshots.delete'), () => remove(snapshot), 'delete-snapshot') : null));
  }

  function save() {
    const name = h('input', { class: 'input mono', name: 'name', required: true, autocomplete: 'off', spellcheck: 'false', placeholder: 'before-demo', 'data-testid': 'snapshot-name' });
    formDialog({
      title: t('snapshots.saveTitle'),
      testid: 'snapshot-dialog',
      fields: [field(t('snapshots.name'), name, t('snapshots.nameRule'))],
      submitLabel: t('snapshots.saveSubmit'),
      submit: async () => {
        const value = name.value.trim();
        if (!NAME_RULE.test(value)) {
          throw new Error(t('snapshots.nameRule'));
        }

        await api.post(paths.snapshots(bucket), { name: value });
        toast(t('snapshots.saved', { name: value }), 'success');
        load();
      },
    });
  }

  async function restore(snapshot) {
    const confirmed = await confirmDialog({
      title: t('snapshots.restoreTitle'),
      message: t('snapshots.restoreMessage', { bucket, name: snapshot.name }),
      detail: h('div', { class: 'callout callout-warn' }, icon('alert'), h('span', null, t('snapshots.restoreWarning'))),
      confirmLabel: t('snapshots.restore'),
      danger: true,
    });
    if (!confirmed) {
      return;
    }

    try {
      const answer = await api.post(`${paths.snapshot(bucket, snapshot.name)}/restore`);
      toast(t('snapshots.restored', { restored: formatNumber(answer?.restored ?? 0), removed: formatNumber(answer?.removed ?? 0) }), 'success');
      context.refreshBuckets();
    } catch (error) {
      toast(errorText(error), 'error');
    }
  }

  async function remove(snapshot) {
    const confirmed = await confirmDialog({ title: t('snapshots.deleteTitle'), message: t('snapshots.deleteMessage'), detail: h('code', null, snapshot.name), confirmLabel: t('snapshots.delete'), danger: true });
    if (!confirmed) {
      return;
    }

    try {
      await api.del(paths.snapshot(bucket, snapshot.name));
      toast(t('snapshots.deleted', { name: snapshot.name }), 'success');
      load();
    } catch (error) {
      toast(errorText(error), 'error');
    }
  }

  load();
  return null;
}
