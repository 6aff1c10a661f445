// The sign-in screen: access key and secret, answered by POST /api/session.

import { api, paths } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { button, field } from '../ui.js';

/** Renders the sign-in card into root; onSignedIn receives the session body. */
export function renderSignIn(root, { languageSwitch, onSignedIn }) {
  const accessKey = h('input', { class: 'input', name: 'accessKey', autocomplete: 'username', required: true, spellcheck: 'false', 'data-testid': 'signin-access-key' });
  const secretKey = h('input', { class: 'input', name: 'secretKey', type: 'password', autocomplete: 'current-password', required: true, 'data-testid': 'signin-secret-key' });
  const errorBox = h('div', { class: 'form-error', role: 'alert', hidden: true, 'data-testid': 'signin-error' });
  const submit = button(t('signin.submit'), { kind: 'primary', type: 'submit', testid: 'signin-submit' });
  submit.classList.add('btn-block');
  const form = h(
    'form',
    { class: 'stack', novalidate: true },
    field(t('signin.accessKey'), accessKey),
    field(t('signin.secretKey'), secretKey),
    errorBox,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!accessKey.value || !secretKey.value) {
      errorBox.textContent = t('signin.missing');
      errorBox.hidden = false;
      return;
    }

    submit.disabled = true;
    submit.classList.add('busy');
    errorBox.hidden = true;
    try {
      const session = await api.post(paths.session, { accessKey: accessKey.value.trim(), secretKey: secretKey.value });
      await onSignedIn(session);
    } catch (error) {
      errorBox.textContent = error.status === 401 ? t('signin.invalid') : t('signin.failed', { code: error.code ?? '' });
      errorBox.hidden = false;
      secretKey.select();
    } finally {
      submit.disabled = false;
      submit.classList.remove('busy');
    }
  });

  replace(
    root,
    h(
      'div',
      { class: 'signin-page' },
      h('div', { class: 'signin-language' }, languageSwitch()),
      h(
        'div',
        { class: 'signin-card', 'data-testid': 'signin' },
        h('img', { class: 'signin-logo', src: 'logo.svg', alt: '', width: 56, height: 56 }),
        h('h1', null, t('signin.title')),
        h('p', { class: 'muted' }, t('signin.subtitle')),
        form,
      ),
      h('p', { class: 'signin-foot muted' }, t('signin.hint')),
    ),
  );
  accessKey.focus();
}
