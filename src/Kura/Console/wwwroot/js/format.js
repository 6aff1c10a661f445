// Number, size and date formatting in the chosen language.

import { locale, t } from './i18n.js';

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** A byte count as "12.3 MiB". */
export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) {
    return '—';
  }

  let value = Number(bytes);
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }

  const digits = unit === 0 || value >= 100 ? 0 : 1;
  return `${value.toLocaleString(locale(), { maximumFractionDigits: digits })} ${UNITS[unit]}`;
}

/** A duration in milliseconds, one decimal below 10 ms. */
export function formatDuration(milliseconds) {
  const value = Number(milliseconds ?? 0);
  const digits = value < 10 ? 1 : 0;
  return `${value.toLocaleString(locale(), { maximumFractionDigits: digits })} ms`;
}

/** A whole number with grouping. */
export function formatNumber(value) {
  return Number(value ?? 0).toLocaleString(locale());
}

/** A date and time, medium length. */
export function formatDate(iso) {
  if (!iso) {
    return '—';
  }

  const date = new Date(iso);
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A time of day with seconds, for the inspector. */
export function formatTime(iso) {
  const date = new Date(iso);
  const time = new Intl.DateTimeFormat(locale(), {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
  }).format(date);
  return `${time}.${String(date.getMilliseconds()).padStart(3, '0')}`;
}

/** "in 3 hours" style text for an expiry. */
export function formatFromNow(iso) {
  const seconds = Math.round((new Date(iso).getTime() - Date.now()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' });
  const steps = [[86400, 'day'], [3600, 'hour'], [60, 'minute']];
  for (const [size, unit] of steps) {
    if (Math.abs(seconds) >= size) {
      return format.format(Math.round(seconds / size), unit);
    }
  }

  return format.format(seconds, 'second');
}

/** The last path segment of a key, keeping a trailing slash for folders. */
export function baseName(key) {
  const trimmed = key.endsWith('/') ? key.slice(0, -1) : key;
  const name = trimmed.slice(trimmed.lastIndexOf('/') + 1);
  return key.endsWith('/') ? `${name}/` : name;
}

/** Text for an unknown value. */
export function orDash(value) {
  return value === null || value === undefined || value === '' ? '—' : value;
}

/** "Read only" or "Read and write". */
export function accessText(readOnly) {
  return readOnly ? t('keys.readOnly') : t('keys.readWrite');
}
