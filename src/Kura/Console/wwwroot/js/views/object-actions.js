// Creating folders and deleting a selection of objects and folders.

import { api, paths } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { confirmDialog, errorText, field, formDialog, toast } from '../ui.js';

const DELETE_BATCH = 1000;

/** Asks for a folder name and creates the zero-byte "name/" object under the prefix. */
export function createFolder(bucket, prefix, context) {
  const name = h('input', { class: 'input', name: 'folder', required: true, autocomplete: 'off', spellcheck: 'false', 'data-testid': 'folder-name' });
  formDialog({
    title: t('folder.title'),
    testid: 'folder-dialog',
    fields: [field(t('folder.name'), name, t('folder.hint', { location: `${bucket}/${prefix}` }))],
    submitLabel: t('folder.create'),
    submit: async () => {
      const clean = name.value.trim().replace(/^\/+|\/+$/g, '');
      if (!clean) {
        throw new Error(t('folder.empty'));
      }

      const key = `${prefix}${clean}/`;
      await api.post(paths.folder(bucket, key));
      toast(t('folder.created', { name: clean }), 'success');
      context.navigate(['b', bucket], { prefix: key });
    },
  });
}

/**
 * Confirms and deletes the selected keys; a selected folder takes every key under it,
 * found by listing without a delimiter. Resolves true when something was deleted.
 */
export async function deleteSelection(bucket, selected) {
  if (selected.length === 0) {
    return false;
  }

  const folders = selected.filter((key) => key.endsWith('/'));
  const preview = h('ul', { class: 'key-list' }, selected.slice(0, 8).map((key) => h('li', null, key)), selected.length > 8 ? h('li', { class: 'muted' }, t('delete.more', { count: selected.length - 8 })) : null);
  const confirmed = await confirmDialog({
    title: t('delete.title'),
    message: folders.length > 0 ? t('delete.messageFolders', { count: selected.length }) : t('delete.message', { count: selected.length }),
    detail: preview,
    confirmLabel: t('delete.confirm'),
    danger: true,
  });
  if (!confirmed) {
    return false;
  }

  try {
    const keys = selected.filter((key) => !key.endsWith('/'));
    for (const folder of folders) {
      keys.push(...(await keysUnder(bucket, folder)));
    }

    let deleted = 0;
    const errors = [];
    for (let start = 0; start < keys.length; start += DELETE_BATCH) {
      const answer = await api.post(paths.deleteObjects(bucket), { keys: keys.slice(start, start + DELETE_BATCH) });
      deleted += answer.deleted?.length ?? 0;
      errors.push(...(answer.errors ?? []));
    }

    if (errors.length > 0) {
      toast(t('delete.partial', { deleted, failed: errors.length, reason: errors[0].message || errors[0].error }), 'error');
    } else {
      toast(t('delete.done', { count: deleted }), 'success');
    }
  } catch (error) {
    toast(errorText(error), 'error');
  }

  return true;
}

async function keysUnder(bucket, folder) {
  const keys = [];
  let after = null;
  do {
    const query = { prefix: folder, limit: '1000' };
    if (after) {
      query.after = after;
    }

    const page = await api.get(paths.objects(bucket, query));
    keys.push(...(page.objects ?? []).map((object) => object.key));
    after = page.next ?? null;
  } while (after);
  return keys;
}
