// The object browser: folders by prefix, prefix search, sorting of the loaded rows, "load
// more" through the API's next token, selection, drag-and-drop upload and the detail pane.

import { api, paths } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { baseName, formatBytes, formatDate, formatNumber } from '../format.js';
import { button, emptyState, errorText, iconButton, loadingRow } from '../ui.js';
import { enqueueUploads, filesFromDrop } from '../uploads.js';
import { bucketHeader } from './bucket-header.js';
import { openObjectPanel } from './object-panel.js';
import { createFolder, deleteSelection } from './object-actions.js';

const PAGE_SIZE = 100;
const COLUMNS = 5;

/** Renders the object browser for context.bucket at context.prefix. */
export function renderObjects(main, context) {
  const { bucket, prefix, session } = context;
  const writable = !session.readOnly;
  const state = { folders: [], objects: [], next: null, search: '', sortField: 'name', sortDir: 1, selected: new Set(), active: null, token: 0, loading: false };

  const tbody = h('tbody');
  const footer = h('div', { class: 'table-foot' });
  const selectAll = h('input', { type: 'checkbox', class: 'check', 'aria-label': t('objects.selectAll'), 'data-testid': 'select-all' });
  const deleteButton = button(t('objects.delete'), { kind: 'danger', iconName: 'trash', testid: 'delete-selected', onclick: () => removeSelected() });
  const fileInput = h('input', { type: 'file', multiple: true, class: 'file-input', 'data-testid': 'file-input', tabindex: '-1' });
  const search = h('input', { class: 'input search-input', type: 'search', placeholder: t('objects.searchPlaceholder'), 'aria-label': t('objects.search'), spellcheck: 'false', 'data-testid': 'search' });
  const panelHost = h('aside', { class: 'detail', hidden: true, 'data-testid': 'detail' });
  const dropOverlay = h('div', { class: 'drop-overlay' }, icon('upload', 'drop-icon'), h('strong', null, t('objects.dropHere')), h('span', null, `${bucket}/${prefix}`));
  const tableCard = h('div', { class: 'card browser-card', 'data-testid': 'dropzone' });

  fileInput.addEventListener('change', () => {
    upload([...fileInput.files].map((file) => ({ file, path: '' })));
    fileInput.value = '';
  });
  search.addEventListener('input', debounce(() => {
    state.search = search.value;
    load(true);
  }, 250));
  selectAll.addEventListener('change', () => {
    state.selected = selectAll.checked ? new Set(rows().map((row) => row.key)) : new Set();
    renderRows();
  });

  const toolbar = h(
    'div',
    { class: 'toolbar' },
    h('div', { class: 'search' }, icon('search'), search),
    h('div', { class: 'toolbar-spacer' }),
    writable ? deleteButton : null,
    writable ? button(t('objects.newFolder'), { iconName: 'folderPlus', testid: 'new-folder', onclick: () => createFolder(bucket, prefix, context) }) : null,
    iconButton('refresh', t('common.refresh'), () => load(true), 'refresh'),
    writable ? button(t('objects.upload'), { kind: 'primary', iconName: 'upload', testid: 'upload', onclick: () => fileInput.click() }) : null,
    fileInput,
  );

  const headCell = (field, label, extra) => {
    const active = state.sortField === field;
    const arrow = active ? (state.sortDir > 0 ? '↑' : '↓') : '';
    return h('th', { class: [extra, 'sortable', active && 'sorted'], 'aria-sort': active ? (state.sortDir > 0 ? 'ascending' : 'descending') : 'none' },
      h('button', { type: 'button', class: 'sort', onclick: () => sortBy(field), 'data-testid': `sort-${field}` }, label, h('span', { class: 'sort-arrow' }, arrow)));
  };
  const thead = h('thead');
  const renderHead = () => replace(thead, h('tr', null,
    h('th', { class: 'check-cell' }, selectAll),
    headCell('name', t('objects.name')),
    headCell('size', t('objects.size'), 'num'),
    headCell('date', t('objects.modified'), 'hide-sm'),
    h('th', { class: 'actions' }, h('span', { class: 'sr-only' }, t('common.actions')))));

  tableCard.append(h('div', { class: 'table-wrap' }, h('table', { class: 'table', 'data-testid': 'object-table' }, thead, tbody)), footer, dropOverlay);
  replace(main, h('div', { class: 'page page-wide' },
    bucketHeader(context, 'objects', prefix),
    toolbar,
    h('div', { class: 'browser' }, tableCard, panelHost)));

  wireDrop();
  renderHead();
  const onUploaded = debounce(() => {
    load(true);
    context.refreshBuckets();
  }, 400);
  const uploadedListener = (event) => {
    if (event.detail.bucket === bucket && event.detail.key.startsWith(prefix)) {
      onUploaded();
    }
  };
  window.addEventListener('kura:uploaded', uploadedListener);
  load(true);

  function upload(entries) {
    if (entries.length === 0) {
      return;
    }

    enqueueUploads(bucket, prefix, entries);
  }

  function wireDrop() {
    if (!writable) {
      return;
    }

    let depth = 0;
    const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
    tableCard.addEventListener('dragenter', (event) => {
      if (!hasFiles(event)) {
        return;
      }

      event.preventDefault();
      depth += 1;
      tableCard.classList.add('dragging');
    });
    tableCard.addEventListener('dragover', (event) => {
      if (hasFiles(event)) {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }
    });
    tableCard.addEventListener('dragleave', () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) {
        tableCard.classList.remove('dragging');
      }
    });
    tableCard.addEventListener('drop', async (event) => {
      event.preventDefault();
      depth = 0;
      tableCard.classList.remove('dragging');
      upload(await filesFromDrop(event.dataTransfer));
    });
  }

  async function load(reset) {
    const token = ++state.token;
    if (reset) {
      state.folders = [];
      state.objects = [];
      state.next = null;
      state.selected.clear();
      replace(tbody, loadingRow(COLUMNS));
      replace(footer);
    }

    state.loading = true;
    renderFooter();
    try {
      const query = { prefix: prefix + state.search, delimiter: '/', limit: String(PAGE_SIZE) };
      if (!reset && state.next) {
        query.after = state.next;
      }

      const page = await api.get(paths.objects(bucket, query));
      if (token !== state.token) {
        return;
      }

      state.folders.push(...(page.folders ?? []));
      state.objects.push(...(page.objects ?? []).filter((object) => object.key !== prefix));
      state.next = page.next ?? null;
    } catch (error) {
      if (token !== state.token) {
        return;
      }

      replace(tbody, h('tr', null, h('td', { colspan: COLUMNS }, emptyState('alert', t('objects.loadFailed'), errorText(error)))));
      state.loading = false;
      renderFooter();
      return;
    }

    state.loading = false;
    renderRows();
    renderFooter();
  }

  function rows() {
    const folders = state.folders.map((key) => ({ key, folder: true, name: key.slice(prefix.length) }));
    const objects = state.objects.map((object) => ({ ...object, folder: false, name: object.key.slice(prefix.length) }));
    const compareName = (a, b) => a.name.localeCompare(b.name, undefined, { numeric: true });
    const compare = {
      name: compareName,
      size: (a, b) => (a.size - b.size) || compareName(a, b),
      date: (a, b) => (new Date(a.lastModified) - new Date(b.lastModified)) || compareName(a, b),
    }[state.sortField];
    folders.sort((a, b) => compareName(a, b) * (state.sortField === 'name' ? state.sortDir : 1));
    objects.sort((a, b) => compare(a, b) * state.sortDir);
    return [...folders, ...objects];
  }

  function sortBy(field) {
    state.sortDir = state.sortField === field ? -state.sortDir : 1;
    state.sortField = field;
    renderHead();
    renderRows();
  }

  function renderRows() {
    const list = rows();
    if (list.length === 0) {
      const hint = state.search ? t('objects.noMatchHint', { search: state.search }) : writable ? t('objects.emptyHint') : null;
      const action = !state.search && writable ? button(t('objects.chooseFiles'), { kind: 'primary', iconName: 'upload', onclick: () => fileInput.click() }) : null;
      replace(tbody, h('tr', null, h('td', { colspan: COLUMNS, class: 'empty-cell' }, emptyState(state.search ? 'search' : 'folder', state.search ? t('objects.noMatch') : t('objects.emptyTitle'), hint, action))));
    } else {
      replace(tbody, list.map(renderRow));
    }

    const count = state.selected.size;
    selectAll.checked = count > 0 && count === list.length;
    selectAll.indeterminate = count > 0 && count < list.length;
    deleteButton.disabled = count === 0;
    replace(deleteButton.querySelector('span') ?? deleteButton, count > 0 ? t('objects.deleteCount', { count }) : t('objects.delete'));
  }

  function renderRow(row) {
    const checkbox = h('input', { type: 'checkbox', class: 'check', checked: state.selected.has(row.key), 'aria-label': t('objects.select', { name: row.name }) });
    checkbox.addEventListener('click', (event) => event.stopPropagation());
    checkbox.addEventListener('change', () => {
      if (checkbox.checked) {
        state.selected.add(row.key);
      } else {
        state.selected.delete(row.key);
      }

      renderRows();
    });
    const open = () => (row.folder ? context.navigate(['b', bucket], { prefix: row.key }) : showDetail(row.key));
    const name = h('button', { type: 'button', class: 'name-cell', onclick: (event) => { event.stopPropagation(); open(); }, title: row.key },
      icon(row.folder ? 'folder' : fileIcon(row.key), row.folder ? 'icon icon-folder' : 'icon icon-file'),
      h('span', { class: 'name-text' }, row.name));
    const actions = row.folder ? null : h('a', { class: 'btn btn-icon', href: paths.download(bucket, row.key), download: baseName(row.key), title: t('objects.download'), 'aria-label': t('objects.download'), onclick: (event) => event.stopPropagation() }, icon('download'));
    return h(
      'tr',
      { class: ['row-link', state.selected.has(row.key) && 'selected', state.active === row.key && 'active'], onclick: open, dataset: { key: row.key }, 'data-testid': row.folder ? 'folder-row' : 'object-row' },
      h('td', { class: 'check-cell' }, writable ? checkbox : null),
      h('td', { class: 'name-col' }, name),
      h('td', { class: 'num' }, row.folder ? '—' : formatBytes(row.size)),
      h('td', { class: 'hide-sm muted nowrap' }, row.folder ? '—' : formatDate(row.lastModified)),
      h('td', { class: 'actions' }, actions),
    );
  }

  function renderFooter() {
    const shown = state.folders.length + state.objects.length;
    const more = state.next ? button(t('objects.loadMore'), { iconName: 'chevronDown', testid: 'load-more', onclick: () => load(false) }) : null;
    if (more && state.loading) {
      more.disabled = true;
      more.classList.add('busy');
    }

    replace(footer,
      h('span', { class: 'muted' }, state.next ? t('objects.shownMore', { count: formatNumber(shown) }) : t('objects.shown', { count: formatNumber(shown) })),
      more);
  }

  function showDetail(key) {
    state.active = key;
    renderRows();
    panelHost.hidden = false;
    openObjectPanel(panelHost, {
      bucket,
      key,
      writable,
      onClose: () => {
        state.active = null;
        panelHost.hidden = true;
        replace(panelHost);
        renderRows();
      },
      onDeleted: () => {
        state.active = null;
        panelHost.hidden = true;
        replace(panelHost);
        load(true);
        context.refreshBuckets();
      },
    });
  }

  async function removeSelected() {
    const done = await deleteSelection(bucket, [...state.selected]);
    if (done) {
      load(true);
      context.refreshBuckets();
    }
  }

  return {
    dispose() {
      window.removeEventListener('kura:uploaded', uploadedListener);
      state.token += 1;
    },
  };
}

function fileIcon(key) {
  return /\.(png|jpe?g|gif|webp|avif|bmp|ico)$/i.test(key) ? 'image' : 'file';
}
