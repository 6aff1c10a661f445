// Japanese and English strings, chosen from localStorage or the browser's language.

const STORAGE_KEY = 'kura.language';
const SUPPORTED = ['ja', 'en'];
let strings = {};
let current = 'en';

/** The language to start with: the remembered choice, else the browser's. */
export function initialLanguage() {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (SUPPORTED.includes(saved)) {
    return saved;
  }

  const browser = (navigator.language || 'en').toLowerCase();
  return browser.startsWith('ja') ? 'ja' : 'en';
}

/** Loads a language's strings and remembers the choice. */
export async function setLanguage(language) {
  const code = SUPPORTED.includes(language) ? language : 'en';
  const response = await fetch(`i18n/${code}.json`, { credentials: 'same-origin' });
  strings = await response.json();
  current = code;
  localStorage.setItem(STORAGE_KEY, code);
  document.documentElement.lang = code;
  document.title = t('app.title');
}

/** The current language code, "ja" or "en". */
export function language() {
  return current;
}

/** The BCP 47 locale for number and date formatting. */
export function locale() {
  return current === 'ja' ? 'ja-JP' : 'en-US';
}

/** A translated string; {name} placeholders are filled from params as plain text. */
export function t(key, params) {
  // English needs a singular form for a count of one; Japanese has none, so it falls back.
  const singular = params && String(params.count) === '1' ? strings[`${key}.one`] : undefined;
  const text = singular ?? strings[key] ?? key;
  if (!params) {
    return text;
  }

  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
