// The head shared by a bucket's screens: breadcrumbs through the prefix and the tabs.

import { h } from '../dom.js';
import { icon } from '../icons.js';
import { t } from '../i18n.js';

/** Link to a bucket screen, with the prefix for the object browser. */
export function bucketHref(bucket, tab, prefix) {
  const base = `#/b/${encodeURIComponent(bucket)}${tab && tab !== 'objects' ? `/${tab}` : ''}`;
  return prefix ? `${base}?${new URLSearchParams({ prefix })}` : base;
}

/** Breadcrumbs: bucket / folder / folder, each a link to that prefix. */
export function breadcrumbs(bucket, prefix) {
  const parts = prefix.split('/').filter(Boolean);
  const crumbs = [h('a', { class: 'crumb crumb-root', href: bucketHref(bucket, 'objects', '') }, icon('bucket'), h('span', null, bucket))];
  let path = '';
  parts.forEach((part, index) => {
    path += `${part}/`;
    crumbs.push(h('span', { class: 'crumb-sep', 'aria-hidden': 'true' }, icon('chevron')));
    const last = index === parts.length - 1;
    crumbs.push(last
      ? h('span', { class: 'crumb crumb-current', 'aria-current': 'page' }, part)
      : h('a', { class: 'crumb', href: bucketHref(bucket, 'objects', path) }, part));
  });
  return h('nav', { class: 'breadcrumbs', 'aria-label': t('objects.location'), 'data-testid': 'breadcrumbs' }, crumbs);
}

/** The page head with breadcrumbs and the Objects / CORS / Snapshots tabs. */
export function bucketHeader(context, activeTab, prefix = '') {
  const tabs = [
    ['objects', t('tabs.objects'), 'folder'],
    ['cors', t('tabs.cors'), 'shield'],
    ['snapshots', t('tabs.snapshots'), 'camera'],
  ];
  return h(
    'div',
    { class: 'bucket-head' },
    breadcrumbs(context.bucket, activeTab === 'objects' ? prefix : ''),
    h(
      'div',
      { class: 'tabs', role: 'tablist' },
      tabs.map(([tab, label, iconName]) =>
        h('a', { class: ['tab', tab === activeTab && 'active'], role: 'tab', 'aria-selected': String(tab === activeTab), href: bucketHref(context.bucket, tab, ''), 'data-testid': `tab-${tab}` }, icon(iconName), h('span', null, label))),
    ),
  );
}
