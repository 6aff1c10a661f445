// The live request inspector: the latest S3 requests, then each new one as it completes,
// through EventSource. Filters go to the server; pausing holds new rows back until resumed.

import { api, paths } from '../api.js';
import { debounce, h, replace } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';
import { formatBytes, formatDuration, formatNumber, formatTime, orDash } from '../format.js';
import { button, emptyState, errorText } from '../ui.js';

const MAX_ROWS = 500;
const COLUMNS = 9;

/** Renders the inspector into main; dispose closes the stream. */
export function renderInspector(main, context) {
  const state = { entries: [], seen: new Set(), pending: [], paused: false, source: null, generation: 0 };
  const bucket = h('select', { class: 'select', 'aria-label': t('inspector.bucket'), 'data-testid': 'filter-bucket' },
    h('option', { value: '' }, t('inspector.allBuckets')),
    context.buckets().map((item) => h('option', { value: item.name }, item.name)));
  const accessKey = h('input', { class: 'input', placeholder: t('inspector.accessKey'), 'aria-label': t('inspector.accessKey'), spellcheck: 'false', 'data-testid': 'filter-access-key' });
  const status = h('select', { class: 'select', 'aria-label': t('inspector.status'), 'data-testid': 'filter-status' },
    [['', t('inspector.allStatuses')], ['2xx', '2xx'], ['3xx', '3xx'], ['4xx', '4xx'], ['5xx', '5xx']].map(([value, label]) => h('option', { value }, label)));
  const operation = h('input', { class: 'input', placeholder: t('inspector.operation'), 'aria-label': t('inspector.operation'), spellcheck: 'false', 'data-testid': 'filter-operation' });
  const live = h('span', { class: 'live', 'data-testid': 'live-state' });
  const pauseButton = button(t('inspector.pause'), { iconName: 'pause', testid: 'inspector-pause', onclick: () => togglePause() });
  const clearButton = button(t('inspector.clear'), { kind: 'ghost', iconName: 'eraser', onclick: () => clear() });
  const tbody = h('tbody');
  const count = h('span', { class: 'muted' });

  const query = context.query;
  bucket.value = query?.get('bucket') ?? '';
  const reconnect = debounce(() => connect(), 300);
  for (const control of [bucket, status]) {
    control.addEventListener('change', () => connect());
  }

  for (const control of [accessKey, operation]) {
    control.addEventListener('input', reconnect);
  }

  replace(main, h('div', { class: 'page page-wide' },
    h('div', { class: 'page-head' },
      h('div', null, h('h1', null, t('inspector.title')), h('p', { class: 'page-sub' }, t('inspector.subtitle'))),
      h('div', { class: 'page-actions' }, live, pauseButton, clearButton)),
    h('div', { class: 'toolbar filters' }, icon('search'), bucket, accessKey, status, operation, h('span', { class: 'toolbar-spacer' }), count),
    h('div', { class: 'card' }, h('div', { class: 'table-wrap' }, h('table', { class: 'table table-dense', 'data-testid': 'inspector-table' },
      h('thead', null, h('tr', null,
        h('th', null, t('inspector.time')),
        h('th', null, t('inspector.request')),
        h('th', null, t('inspector.target')),
        h('th', null, t('inspector.status')),
        h('th', { class: 'num' }, t('inspector.duration')),
        h('th', { class: 'num hide-sm' }, t('inspector.bytesIn')),
        h('th', { class: 'num hide-sm' }, t('inspector.bytesOut')),
        h('th', { class: 'hide-md' }, t('inspector.accessKey')),
        h('th', { class: 'hide-sm' }, t('inspector.error')))),
      tbody)))));

  function filters() {
    const values = { bucket: bucket.value, accessKey: accessKey.value.trim(), status: status.value, operation: operation.value.trim() };
    return Object.fromEntries(Object.entries(values).filter(([, value]) => value));
  }

  async function connect() {
    const generation = ++state.generation;
    state.source?.close();
    state.entries = [];
    state.seen.clear();
    state.pending = [];
    setLive('connecting');
    try {
      const latest = await api.get(paths.inspector({ limit: '200', ...filters() }));
      if (generation !== state.generation) {
        return;
      }

      latest.forEach((entry) => remember(entry));
      renderAll();
    } catch (error) {
      replace(tbody, h('tr', null, h('td', { colspan: COLUMNS }, emptyState('alert', t('inspector.loadFailed'), errorText(error)))));
    }

    const source = new EventSource(paths.inspectorStream(filters()), { withCredentials: true });
    state.source = source;
    source.onopen = () => setLive(state.paused ? 'paused' : 'live');
    source.onerror = () => setLive(source.readyState === EventSource.CLOSED ? 'offline' : 'connecting');
    source.onmessage = (event) => {
      const entry = JSON.parse(event.data);
      if (state.paused) {
        state.pending.push(entry);
        updateCount();
        return;
      }

      if (remember(entry)) {
        addRow(entry);
      }
    };
  }

  function remember(entry) {
    if (state.seen.has(entry.id)) {
      return false;
    }

    state.seen.add(entry.id);
    state.entries.unshift(entry);
    if (state.entries.length > MAX_ROWS) {
      state.seen.delete(state.entries.pop().id);
    }

    return true;
  }

  function renderAll() {
    replace(tbody, state.entries.length === 0
      ? h('tr', { class: 'placeholder' }, h('td', { colspan: COLUMNS }, emptyState('pulse', t('inspector.emptyTitle'), t('inspector.emptyHint'))))
      : state.entries.map((entry) => row(entry, false)));
    updateCount();
  }

  function addRow(entry) {
    tbody.querySelector('.placeholder')?.remove();
    tbody.prepend(row(entry, true));
    while (tbody.rows.length > MAX_ROWS) {
      tbody.lastElementChild.remove();
    }

    updateCount();
  }

  function row(entry, fresh) {
    const statusClass = entry.status >= 500 ? 'pill-bad' : entry.status >= 400 ? 'pill-warn' : entry.status >= 300 ? 'pill-info' : 'pill-ok';
    const target = entry.bucket ? `${entry.bucket}${entry.key ? `/${entry.key}` : ''}` : '—';
    return h('tr', { class: fresh ? 'fresh' : null, 'data-testid': 'inspector-row' },
      h('td', { class: 'mono nowrap muted' }, formatTime(entry.time)),
      h('td', { class: 'nowrap' }, h('span', { class: `method method-${String(entry.method).toLowerCase()}` }, entry.method), ' ', h('span', { class: 'operation' }, orDash(entry.operation))),
      h('td', { class: 'target', title: target }, h('span', { class: 'mono' }, target)),
      h('td', null, h('span', { class: ['pill', statusClass] }, entry.status)),
      h('td', { class: 'num nowrap' }, formatDuration(entry.durationMs)),
      h('td', { class: 'num hide-sm nowrap' }, formatBytes(entry.bytesIn)),
      h('td', { class: 'num hide-sm nowrap' }, formatBytes(entry.bytesOut)),
      h('td', { class: 'hide-md mono small nowrap' }, orDash(entry.accessKey)),
      h('td', { class: 'hide-sm' }, entry.errorCode ? h('span', { class: 'error-code' }, entry.errorCode) : ''));
  }

  function togglePause() {
    state.paused = !state.paused;
    replace(pauseButton, icon(state.paused ? 'play' : 'pause'), h('span', null, state.paused ? t('inspector.resume') : t('inspector.pause')));
    pauseButton.classList.toggle('btn-active', state.paused);
    if (!state.paused) {
      const waiting = state.pending;
      state.pending = [];
      waiting.forEach((entry) => {
        if (remember(entry)) {
          addRow(entry);
        }
      });
    }

    setLive(state.paused ? 'paused' : 'live');
    updateCount();
  }

  function clear() {
    state.entries = [];
    state.pending = [];
    renderAll();
  }

  function setLive(value) {
    live.dataset.state = value;
    replace(live, h('span', { class: 'live-dot' }), t(`inspector.state.${value}`));
  }

  function updateCount() {
    const text = t('inspector.count', { count: formatNumber(state.entries.length) });
    replace(count, state.pending.length ? `${text} · ${t('inspector.held', { count: formatNumber(state.pending.length) })}` : text);
  }

  connect();
  return {
    dispose() {
      state.generation += 1;
      state.source?.close();
    },
  };
}
