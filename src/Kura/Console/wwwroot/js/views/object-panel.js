// The detail pane of one object: preview, metadata and checksum, download, share, delete.

import { api, paths } from '../api.js';
import { h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { baseName, formatBytes, formatDate, formatNumber, orDash } from '../format.js';
import { button, confirmDialog, emptyState, errorText, iconButton, toast } from '../ui.js';
import { openShareDialog } from './share-dialog.js';

const TEXT_PREVIEW_LIMIT = 2 * 1024 * 1024;
const IMAGE_EXTENSIONS = /\.(png|jpe?g|gif|webp|avif|bmp|ico)$/i;
const TEXT_EXTENSIONS = /\.(txt|md|markdown|csv|tsv|log|ya?ml|xml|html?|css|js|mjs|ts|rb|py|go|rs|cs|java|sh|ini|toml|conf|env|sql|svg)$/i;
const TEXT_TYPES = /^(text\/|application\/(xml|javascript|x-yaml|yaml|x-sh|sql|toml))/;

/** Fills host with the pane for bucket/key and loads its details. */
export function openObjectPanel(host, { bucket, key, writable, onClose, onDeleted }) {
  const preview = h('div', { class: 'preview', 'data-testid': 'preview' }, h('div', { class: 'preview-loading' }, h('span', { class: 'spinner' })));
  const details = h('div', { class: 'details' });
  const download = h('a', { class: 'btn btn-plain', href: paths.download(bucket, key), download: baseName(key), 'data-testid': 'download' }, icon('download'), h('span', null, t('objects.download')));
  const share = button(t('share.button'), { iconName: 'link', testid: 'share', onclick: () => openShareDialog(bucket, key) });
  const remove = writable ? button(t('objects.delete'), { kind: 'danger', iconName: 'trash', testid: 'delete-object', onclick: () => removeObject() }) : null;
  replace(
    host,
    h('div', { class: 'detail-head' },
      icon('file', 'icon icon-file'),
      h('h2', { class: 'detail-title', title: key, 'data-testid': 'detail-title' }, baseName(key)),
      iconButton('close', t('common.close'), onClose, 'detail-close')),
    h('div', { class: 'detail-actions' }, download, share, remove),
    preview,
    details,
  );

  let cancelled = false;
  api.get(paths.objectInfo(bucket, key)).then((info) => {
    if (!cancelled) {
      renderPreview(preview, bucket, key, info);
      renderDetails(details, info);
    }
  }, (error) => {
    replace(preview, emptyState('alert', t('detail.loadFailed'), errorText(error)));
  });
  host.addEventListener('kura:close', () => {
    cancelled = true;
  }, { once: true });

  async function removeObject() {
    const confirmed = await confirmDialog({
      title: t('delete.title'),
      message: t('delete.message', { count: 1 }),
      detail: h('code', null, key),
      confirmLabel: t('delete.confirm'),
      danger: true,
    });
    if (!confirmed) {
      return;
    }

    try {
      const answer = await api.post(paths.deleteObjects(bucket), { keys: [key] });
      if (answer.errors?.length) {
        toast(answer.errors[0].message || answer.errors[0].error, 'error');
        return;
      }

      toast(t('delete.done', { count: 1 }), 'success');
      onDeleted();
    } catch (error) {
      toast(errorText(error), 'error');
    }
  }
}

function previewKind(key, contentType) {
  const type = (contentType || '').split(';')[0].trim().toLowerCase();
  if (type === 'image/svg+xml' || /\.svg$/i.test(key)) {
    return 'text';
  }

  if (type.startsWith('image/') || IMAGE_EXTENSIONS.test(key)) {
    return 'image';
  }

  if (type === 'application/pdf' || /\.pdf$/i.test(key)) {
    return 'pdf';
  }

  if (type.endsWith('json') || type.endsWith('+json') || /\.json$/i.test(key)) {
    return 'json';
  }

  return TEXT_TYPES.test(type) || TEXT_EXTENSIONS.test(key) ? 'text' : null;
}

async function renderPreview(preview, bucket, key, info) {
  const kind = previewKind(key, info.contentType);
  const url = paths.object(bucket, key);
  preview.dataset.kind = kind ?? 'none';
  if (kind === 'image') {
    const image = h('img', { class: 'preview-image', src: url, alt: baseName(key), 'data-testid': 'preview-image' });
    replace(preview, h('div', { class: 'preview-canvas' }, image));
    return;
  }

  if (kind === 'pdf') {
    replace(preview, h('iframe', { class: 'preview-pdf', src: url, title: baseName(key), 'data-testid': 'preview-pdf' }));
    return;
  }

  if (!kind) {
    replace(preview, emptyState('file', t('detail.noPreview'), t('detail.noPreviewHint', { type: info.contentType || '?' })));
    return;
  }

  if (info.size > TEXT_PREVIEW_LIMIT) {
    replace(preview, emptyState('file', t('detail.tooLarge'), t('detail.tooLargeHint', { size: formatBytes(TEXT_PREVIEW_LIMIT) })));
    return;
  }

  try {
    const response = await fetch(url, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`HTTP ${response.status}`);
    }

    let text = await response.text();
    let label = t('detail.text');
    if (kind === 'json') {
      try {
        text = JSON.stringify(JSON.parse(text), null, 2);
        label = t('detail.json');
      } catch {
        label = t('detail.jsonInvalid');
      }
    }

    replace(preview, h('div', { class: 'preview-text-wrap' }, h('div', { class: 'preview-label' }, label), h('pre', { class: 'preview-text', 'data-testid': 'preview-text' }, text)));
  } catch (error) {
    replace(preview, emptyState('alert', t('detail.loadFailed'), error.message));
  }
}

function row(label, value, mono = false) {
  return [h('dt', null, label), h('dd', { class: mono ? 'mono' : null }, orDash(value))];
}

function renderDetails(details, info) {
  const checksum = info.checksum
    ? h('span', { class: 'checksum' }, h('span', { class: 'pill pill-neutral' }, info.checksum.algorithm), ' ', h('span', { class: 'mono' }, info.checksum.value), info.checksum.type ? h('span', { class: 'muted' }, ` (${info.checksum.type})`) : null)
    : null;
  const sections = [
    h('h3', null, t('detail.properties')),
    h('dl', { class: 'props', 'data-testid': 'properties' },
      row(t('detail.key'), info.key, true),
      row(t('detail.size'), `${formatBytes(info.size)} (${formatNumber(info.size)} ${t('detail.bytes')})`),
      row(t('detail.contentType'), info.contentType, true),
      row(t('detail.modified'), formatDate(info.lastModified)),
      row(t('detail.etag'), info.etag, true),
      [h('dt', null, t('detail.checksum')), h('dd', { 'data-testid': 'checksum' }, checksum ?? t('detail.noChecksum'))],
      info.parts > 1 ? row(t('detail.parts'), formatNumber(info.parts)) : null),
  ];
  const pairs = (title, values, testid) => {
    const entries = Object.entries(values ?? {});
    return [
      h('h3', null, title),
      entries.length === 0
        ? h('p', { class: 'muted small' }, t('detail.none'))
        : h('dl', { class: 'props', 'data-testid': testid }, entries.map(([name, value]) => row(name, value, true))),
    ];
  };
  sections.push(pairs(t('detail.metadata'), info.metadata, 'metadata'), pairs(t('detail.headers'), info.headers, 'headers'));
  replace(details, sections);
}
