// Shared pieces of the interface: buttons, toasts, modal dialogs and copying to the clipboard.

import { h } from './dom.js';
import { icon } from './icons.js';
import { t } from './i18n.js';

/** A button with an optional icon; kind is primary, danger, ghost or plain. */
export function button(label, { kind = 'plain', iconName, onclick, testid, type = 'button', title } = {}) {
  return h(
    'button',
    { class: `btn btn-${kind}`, type, onclick, 'data-testid': testid, title },
    iconName ? icon(iconName) : null,
    label ? h('span', null, label) : null,
  );
}

/** A square button that shows only an icon; the label is read by screen readers. */
export function iconButton(iconName, label, onclick, testid) {
  return h(
    'button',
    { class: 'btn btn-icon', type: 'button', title: label, 'aria-label': label, onclick, 'data-testid': testid },
    icon(iconName),
  );
}

/** The text to show for a failed call: the server's message when it gave one. */
export function errorText(error) {
  if (error?.serverMessage) {
    return error.serverMessage;
  }

  if (error && !error.code && error.message) {
    return error.message;
  }

  if (error?.code === 'NetworkError') {
    return t('error.network');
  }

  return error?.code ? t('error.withCode', { code: error.code }) : t('error.generic');
}

let toastHost;

/** Shows a short message in the corner; errors stay longer. */
export function toast(message, kind = 'info') {
  toastHost ??= document.body.appendChild(h('div', { class: 'toasts', role: 'status', 'aria-live': 'polite' }));
  const iconName = { success: 'check', error: 'alert', info: 'info' }[kind] ?? 'info';
  const item = h(
    'div',
    { class: `toast toast-${kind}`, 'data-testid': `toast-${kind}` },
    icon(iconName),
    h('div', { class: 'toast-text' }, message),
  );
  const close = () => {
    item.classList.add('leaving');
    setTimeout(() => item.remove(), 200);
  };
  item.append(h('button', { class: 'toast-close', type: 'button', 'aria-label': t('common.close'), onclick: close }, icon('close')));
  toastHost.append(item);
  setTimeout(close, kind === 'error' ? 8000 : 4000);
}

/**
 * Opens a modal dialog. body is a node; actions are buttons built by the caller, which
 * close the dialog through the returned close function.
 */
export function openDialog({ title, body, actions = [], wide = false, testid, onclose }) {
  const dialog = h('dialog', { class: ['dialog', wide && 'dialog-wide'], 'data-testid': testid });
  const close = () => {
    if (dialog.open) {
      dialog.close();
    }
  };
  dialog.addEventListener('close', () => {
    dialog.remove();
    onclose?.();
  });
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) {
      close();
    }
  });
  dialog.append(
    h(
      'div',
      { class: 'dialog-head' },
      h('h2', null, title),
      h('button', { class: 'btn btn-icon', type: 'button', 'aria-label': t('common.close'), onclick: close }, icon('close')),
    ),
    h('div', { class: 'dialog-body' }, body),
    actions.length ? h('div', { class: 'dialog-actions' }, actions) : null,
  );
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, close };
}

/** Asks for a yes/no decision; resolves true when confirmed. */
export function confirmDialog({ title, message, detail, confirmLabel, danger = false }) {
  return new Promise((resolve) => {
    let confirmed = false;
    const body = h('div', { class: 'stack' }, h('p', null, message), detail ? h('div', { class: 'confirm-detail' }, detail) : null);
    const ok = button(confirmLabel, {
      kind: danger ? 'danger' : 'primary',
      testid: 'confirm',
      onclick: () => {
        confirmed = true;
        dialogHandle.close();
      },
    });
    const cancel = button(t('common.cancel'), { onclick: () => dialogHandle.close() });
    const dialogHandle = openDialog({ title, body, actions: [cancel, ok], onclose: () => resolve(confirmed), testid: 'confirm-dialog' });
    ok.focus();
  });
}

/**
 * A dialog with a form. submit receives the form and returns a promise; while it runs the
 * button is busy, and a thrown error is shown inside the dialog.
 */
export function formDialog({ title, fields, submitLabel, submit, testid, danger = false }) {
  const errorBox = h('div', { class: 'form-error', role: 'alert', hidden: true });
  const form = h('form', { class: 'stack', novalidate: true }, fields, errorBox);
  const submitButton = button(submitLabel, { kind: danger ? 'danger' : 'primary', type: 'submit', testid: 'dialog-submit' });
  form.id = `form-${Math.random().toString(36).slice(2, 9)}`;
  submitButton.setAttribute('form', form.id);
  const cancel = button(t('common.cancel'), { onclick: () => handle.close() });
  const handle = openDialog({ title, body: form, actions: [cancel, submitButton], testid });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    errorBox.hidden = true;
    submitButton.disabled = true;
    submitButton.classList.add('busy');
    try {
      await submit(form);
      handle.close();
    } catch (error) {
      errorBox.textContent = errorText(error);
      errorBox.hidden = false;
    } finally {
      submitButton.disabled = false;
      submitButton.classList.remove('busy');
    }
  });
  form.querySelector('input, select, textarea')?.focus();
  return handle;
}

/** A labelled form field around an input. */
export function field(label, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2, 9)}`;
  input.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), input, hint ? h('div', { class: 'hint' }, hint) : null);
}

/**
 * Copies text. The Clipboard API needs a secure context (HTTPS or localhost); over plain
 * HTTP inside a cluster the older selection-based copy is the only way.
 */
export async function copyText(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused; try the fallback below.
  }

  const area = h('textarea', { class: 'offscreen', readonly: true });
  area.value = text;
  document.body.append(area);
  area.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }

  area.remove();
  return copied;
}

/** A read-only value with a copy button, for secrets and links. */
export function copyField(value, testid) {
  const input = h('input', { class: 'input mono', readonly: true, value, 'data-testid': testid });
  input.addEventListener('focus', () => input.select());
  const copy = button(t('common.copy'), {
    iconName: 'copy',
    testid: testid ? `${testid}-copy` : undefined,
    onclick: async () => {
      const copied = await copyText(value);
      toast(copied ? t('common.copied') : t('common.copyFailed'), copied ? 'success' : 'error');
      if (!copied) {
        input.select();
      }
    },
  });
  return h('div', { class: 'copy-field' }, input, copy);
}

/** An empty-state block with an icon, a title and a hint. */
export function emptyState(iconName, title, hint, action) {
  return h('div', { class: 'empty' }, icon(iconName, 'icon empty-icon'), h('h3', null, title), hint ? h('p', null, hint) : null, action);
}

/** A spinner row while something loads. */
export function loadingRow(columns) {
  return h('tr', { class: 'loading-row' }, h('td', { colspan: columns }, h('span', { class: 'spinner' }), t('common.loading')));
}
