// The upload queue and its floating panel. Files above 16 MiB go through the multipart
// calls in 8 MiB parts; every file has its own progress bar. Uploads keep running while the
// user moves between screens; each finished file is announced with a "kura:uploaded" event.

import { api, paths, request, sendWithProgress } from './api.js';
import { h, replace } from './dom.js';
import { icon } from './icons.js';
import { t } from './i18n.js';
import { formatBytes } from './format.js';
import { errorText } from './ui.js';

const MULTIPART_THRESHOLD = 16 * 1024 * 1024;
const PART_SIZE = 8 * 1024 * 1024;
const CONCURRENCY = 2;

const items = [];
const waiting = [];
let running = 0;
let panel;
let list;
let summary;

/** Queues files (with optional relative paths from a dropped folder) under a prefix. */
export function enqueueUploads(bucket, prefix, entries) {
  ensurePanel();
  for (const { file, path } of entries) {
    const item = { bucket, key: prefix + (path || file.name), file, loaded: 0, status: 'queued', error: '', controller: new AbortController() };
    item.row = renderRow(item);
    items.push(item);
    waiting.push(item);
    list.prepend(item.row.element);
  }

  panel.hidden = false;
  panel.classList.remove('collapsed');
  updateSummary();
  pump();
}

function pump() {
  while (running < CONCURRENCY && waiting.length > 0) {
    const item = waiting.shift();
    running += 1;
    run(item).finally(() => {
      running -= 1;
      updateSummary();
      pump();
    });
  }
}

async function run(item) {
  if (item.status === 'cancelled') {
    return;
  }

  item.status = 'uploading';
  update(item);
  try {
    const contentType = item.file.type || 'application/octet-stream';
    const result = item.file.size > MULTIPART_THRESHOLD ? await multipart(item, contentType) : await single(item, contentType);
    item.status = 'done';
    item.loaded = item.file.size;
    window.dispatchEvent(new CustomEvent('kura:uploaded', { detail: { bucket: item.bucket, key: item.key, etag: result?.etag } }));
  } catch (error) {
    item.status = error?.name === 'AbortError' ? 'cancelled' : 'failed';
    item.error = item.status === 'failed' ? errorText(error) : '';
  }

  update(item);
}

function single(item, contentType) {
  const progress = (loaded) => {
    item.loaded = loaded;
    update(item);
  };
  return sendWithProgress('PUT', paths.object(item.bucket, item.key), item.file, contentType, progress, item.controller.signal);
}

async function multipart(item, contentType) {
  const { bucket, key, file } = item;
  const { uploadId } = await request('POST', paths.uploads(bucket, key), { contentType });
  try {
    const parts = [];
    let done = 0;
    for (let offset = 0, number = 1; offset < file.size; offset += PART_SIZE, number += 1) {
      const blob = file.slice(offset, Math.min(offset + PART_SIZE, file.size));
      const progress = (loaded) => {
        item.loaded = done + loaded;
        update(item);
      };
      const answer = await sendWithProgress('PUT', paths.part(bucket, uploadId, number, key), blob, 'application/octet-stream', progress, item.controller.signal);
      parts.push({ partNumber: number, etag: answer.etag });
      done += blob.size;
    }

    return await api.post(paths.complete(bucket, uploadId, key), { parts });
  } catch (error) {
    // Leaves no half-finished upload holding parts on the server.
    api.del(paths.upload(bucket, uploadId, key)).catch(() => {});
    throw error;
  }
}

function ensurePanel() {
  if (panel) {
    return;
  }

  summary = h('span', { class: 'uploads-summary' });
  list = h('ul', { class: 'uploads-list' });
  const collapse = h('button', { class: 'btn btn-icon', type: 'button', 'aria-label': t('uploads.collapse'), onclick: () => panel.classList.toggle('collapsed') }, icon('chevronDown'));
  const close = h('button', { class: 'btn btn-icon', type: 'button', 'aria-label': t('uploads.clear'), title: t('uploads.clear'), onclick: clearFinished }, icon('close'));
  panel = h(
    'section',
    { class: 'uploads', 'aria-label': t('uploads.title'), 'data-testid': 'uploads' },
    h('div', { class: 'uploads-head' }, icon('upload'), h('strong', null, t('uploads.title')), summary, h('span', { class: 'topbar-spacer' }), collapse, close),
    list,
  );
  document.body.append(panel);
}

function clearFinished() {
  for (let index = items.length - 1; index >= 0; index -= 1) {
    const item = items[index];
    if (item.status !== 'uploading' && item.status !== 'queued') {
      item.row.element.remove();
      items.splice(index, 1);
    }
  }

  if (items.length === 0) {
    panel.hidden = true;
  }

  updateSummary();
}

function renderRow(item) {
  const bar = h('div', { class: 'progress-bar' });
  const status = h('span', { class: 'upload-status' });
  const cancel = h('button', { class: 'btn btn-icon btn-small', type: 'button', 'aria-label': t('uploads.cancel'), title: t('uploads.cancel'), onclick: () => cancelItem(item) }, icon('close'));
  const element = h(
    'li',
    { class: 'upload', 'data-testid': 'upload-item' },
    h('div', { class: 'upload-line' }, icon('file'), h('span', { class: 'upload-name', title: item.key }, item.key.slice(item.key.lastIndexOf('/') + 1)), cancel),
    h('div', { class: 'progress', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100' }, bar),
    status,
  );
  return { element, bar, status, cancel };
}

function cancelItem(item) {
  if (item.status === 'queued') {
    item.status = 'cancelled';
    update(item);
    updateSummary();
  }

  item.controller.abort();
}

function update(item) {
  const { element, bar, status, cancel } = item.row;
  const percent = item.file.size === 0 ? (item.status === 'done' ? 100 : 0) : Math.floor((item.loaded / item.file.size) * 100);
  bar.style.setProperty('width', `${percent}%`);
  element.querySelector('.progress').setAttribute('aria-valuenow', String(percent));
  element.dataset.status = item.status;
  cancel.hidden = item.status !== 'uploading' && item.status !== 'queued';
  const size = formatBytes(item.file.size);
  const texts = {
    queued: t('uploads.queued', { size }),
    uploading: t('uploads.progress', { percent, loaded: formatBytes(item.loaded), size }),
    done: t('uploads.done', { size }),
    cancelled: t('uploads.cancelled'),
    failed: t('uploads.failed', { reason: item.error }),
  };
  replace(status, texts[item.status]);
}

function updateSummary() {
  const done = items.filter((item) => item.status === 'done').length;
  replace(summary, t('uploads.summary', { done, total: items.length }));
}

/**
 * Files from a drop, walking into dropped folders so their files keep relative paths.
 * Falls back to the flat file list where the entry API is missing.
 */
export async function filesFromDrop(dataTransfer) {
  const entries = [...(dataTransfer.items ?? [])].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (entries.length === 0) {
    return [...dataTransfer.files].map((file) => ({ file, path: '' }));
  }

  const found = [];
  await Promise.all(entries.map((entry) => walk(entry, '', found)));
  return found;
}

async function walk(entry, parent, found) {
  if (entry.isFile) {
    const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
    found.push({ file, path: parent + entry.name });
    return;
  }

  const reader = entry.createReader();
  for (;;) {
    const batch = await new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) {
      return;
    }

    await Promise.all(batch.map((child) => walk(child, `${parent}${entry.name}/`, found)));
  }
}
