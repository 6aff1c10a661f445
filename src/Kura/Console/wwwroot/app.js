// Kura console: sign-in, the shell (top bar and sidebar) and hash routing to the screens.

import { api, onUnauthorized, paths } from './js/api.js';
import { h, replace } from './js/dom.js';
import { icon } from './js/icons.js';
import { initialLanguage, language, setLanguage, t } from './js/i18n.js';
import { formatNumber } from './js/format.js';
import { errorText, iconButton, toast } from './js/ui.js';
import { renderSignIn } from './js/views/signin.js';
import { renderBuckets } from './js/views/buckets.js';
import { renderObjects } from './js/views/objects.js';
import { renderCors } from './js/views/cors.js';
import { renderSnapshots } from './js/views/snapshots.js';
import { renderKeys } from './js/views/keys.js';
import { renderInspector } from './js/views/inspector.js';

const root = document.getElementById('app');
const state = { session: null, buckets: [], disposeView: null };

/** Parses "#/b/name/cors?prefix=x" into segments and query. */
function currentRoute() {
  const hash = location.hash.slice(1) || '/';
  const [path, query = ''] = hash.split('?');
  const segments = path.split('/').filter(Boolean).map((part) => decodeURIComponent(part));
  return { segments, query: new URLSearchParams(query) };
}

/** Moves to a route; the hashchange listener renders it. */
export function navigate(segments, query) {
  const path = `#/${segments.map((part) => encodeURIComponent(part)).join('/')}`;
  const params = new URLSearchParams(query ?? {});
  const search = params.toString() ? `?${params}` : '';
  const target = path + search;
  if (location.hash === target) {
    renderRoute();
    return;
  }

  location.hash = target;
}

function languageSwitch() {
  const select = h(
    'select',
    { class: 'select select-compact', 'aria-label': t('app.language'), 'data-testid': 'language' },
    h('option', { value: 'ja', selected: language() === 'ja' }, '日本語'),
    h('option', { value: 'en', selected: language() === 'en' }, 'English'),
  );
  select.addEventListener('change', async () => {
    await setLanguage(select.value);
    render();
  });
  return h('label', { class: 'language' }, icon('globe'), select);
}

async function refreshBuckets() {
  try {
    state.buckets = await api.get(paths.buckets);
  } catch (error) {
    if (error.status !== 401) {
      toast(errorText(error), 'error');
    }
  }

  renderSidebarBuckets();
  return state.buckets;
}

function sidebarLink(label, iconName, href, active, extra, testid) {
  return h(
    'a',
    { class: ['nav-link', active && 'active'], href, 'data-testid': testid, 'aria-current': active ? 'page' : null },
    icon(iconName),
    h('span', { class: 'nav-label' }, label),
    extra,
  );
}

function renderSidebarBuckets() {
  const list = document.getElementById('sidebar-buckets');
  if (!list) {
    return;
  }

  const { segments } = currentRoute();
  const activeBucket = segments[0] === 'b' ? segments[1] : null;
  replace(
    list,
    state.buckets.length === 0 ? h('div', { class: 'nav-empty' }, t('sidebar.noBuckets')) : null,
    state.buckets.map((bucket) =>
      sidebarLink(
        bucket.name,
        'bucket',
        `#/b/${encodeURIComponent(bucket.name)}`,
        bucket.name === activeBucket,
        h('span', { class: 'nav-count' }, formatNumber(bucket.objects)),
        'sidebar-bucket',
      ),
    ),
  );
}

function renderShell() {
  const { segments } = currentRoute();
  const session = state.session;
  const userChip = h(
    'div',
    { class: 'user-chip', title: session.accessKey },
    h('span', { class: 'avatar' }, session.accessKey.slice(0, 1).toUpperCase()),
    h(
      'span',
      { class: 'user-text' },
      h('span', { class: 'user-key' }, session.accessKey),
      h('span', { class: 'user-role' }, session.isRoot ? t('app.root') : session.readOnly ? t('app.limitedReadOnly') : t('app.limited')),
    ),
  );
  const signOut = iconButton('logout', t('app.signOut'), async () => {
    try {
      await api.del(paths.session);
    } finally {
      state.session = null;
      render();
    }
  }, 'sign-out');
  const toggleMenu = () => document.body.classList.toggle('menu-open');
  const header = h(
    'header',
    { class: 'topbar' },
    h('button', { class: 'btn btn-icon menu-button', type: 'button', 'aria-label': t('app.menu'), onclick: toggleMenu }, icon('menu')),
    h('a', { class: 'brand', href: '#/' }, h('img', { src: 'logo.svg', alt: '', width: 28, height: 28 }), h('span', { class: 'brand-name' }, 'Kura'), h('span', { class: 'brand-sub' }, t('app.console'))),
    h('div', { class: 'topbar-spacer' }),
    languageSwitch(),
    userChip,
    signOut,
  );
  const admin = [
    session.isRoot ? sidebarLink(t('nav.keys'), 'key', '#/keys', segments[0] === 'keys', null, 'nav-keys') : null,
    sidebarLink(t('nav.inspector'), 'pulse', '#/inspector', segments[0] === 'inspector', null, 'nav-inspector'),
  ];
  const sidebar = h(
    'aside',
    { class: 'sidebar', onclick: (event) => event.target.closest('a') && document.body.classList.remove('menu-open') },
    h('nav', { 'aria-label': t('nav.main') },
      sidebarLink(t('nav.buckets'), 'grid', '#/', segments.length === 0 || segments[0] === 'buckets', null, 'nav-buckets'),
      h('div', { class: 'nav-section' }, t('nav.yourBuckets')),
      h('div', { id: 'sidebar-buckets', class: 'nav-buckets' }),
      h('div', { class: 'nav-section' }, t('nav.tools')),
      admin,
    ),
    h('div', { class: 'sidebar-foot' }, t('app.footer')),
  );
  const main = h('main', { class: 'main', id: 'main' });
  const scrim = h('div', { class: 'scrim', onclick: toggleMenu });
  replace(root, h('div', { class: 'shell' }, header, sidebar, scrim, main));
  renderSidebarBuckets();
  return main;
}

function renderRoute() {
  state.disposeView?.();
  state.disposeView = null;
  const main = renderShell();
  const { segments, query } = currentRoute();
  const context = { session: state.session, navigate, refreshBuckets, buckets: () => state.buckets };
  let view;
  if (segments[0] === 'b' && segments[1]) {
    const bucket = segments[1];
    const tab = segments[2] ?? 'objects';
    const renderers = { objects: renderObjects, cors: renderCors, snapshots: renderSnapshots };
    view = (renderers[tab] ?? renderObjects)(main, { ...context, bucket, prefix: query.get('prefix') ?? '' });
  } else if (segments[0] === 'keys') {
    view = renderKeys(main, context);
  } else if (segments[0] === 'inspector') {
    view = renderInspector(main, { ...context, query });
  } else {
    view = renderBuckets(main, context);
  }

  state.disposeView = view?.dispose ?? null;
  main.focus({ preventScroll: true });
}

function render() {
  root.classList.remove('boot');
  if (!state.session) {
    state.disposeView?.();
    state.disposeView = null;
    renderSignIn(root, {
      languageSwitch,
      onSignedIn: async (session) => {
        state.session = session;
        await refreshBuckets();
        renderRoute();
      },
    });
    return;
  }

  renderRoute();
}

async function start() {
  await setLanguage(initialLanguage());
  onUnauthorized(() => {
    if (state.session) {
      state.session = null;
      toast(t('signin.expired'), 'info');
      render();
    }
  });
  try {
    state.session = await api.get(paths.session);
    await refreshBuckets();
  } catch {
    state.session = null;
  }

  window.addEventListener('hashchange', () => {
    if (state.session) {
      renderRoute();
    }
  });
  render();
}

start();
