// A modal question before a step that cannot be undone from the page (sign out, remove a member,
// remove an assignment): what will happen in words, Cancel first and focused, and the action. When
// the action is a request, the dialog stays open while it runs (the button busy, Escape ignored)
// and shows the server's reason if it fails; it closes on success. Focus goes back where it was,
// or where `returnFocus` says once the thing it was on has gone.
import { errorText } from '../i18n/error-text.ts';
import type { Translator } from '../i18n/translate.ts';
import { h, uid, type Child } from '../../ui-kit/dom.ts';
import { icon, type IconName } from './icons.ts';

export interface ConfirmSpec {
  title: string;
  body: Child[];
  confirmLabel: string;
  busyLabel: string;
  icon?: IconName;
  /** data-action of the confirm button, for tests and styles. */
  action: string;
  /** The request; rejecting keeps the dialog open with the reason. */
  run(): Promise<void>;
  /** Where focus goes after success (the opener may be gone); the opener after Cancel. */
  returnFocus?(): HTMLElement | null;
}

export function confirmDialog(t: Translator, spec: ConfirmSpec): HTMLDialogElement {
  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  // A card rebuilt while the dialog was open has a new button in the opener's place.
  const openerKey = opener?.dataset.focusKey;
  const openerNow = (): HTMLElement | null => (opener?.isConnected ? opener
    : openerKey === undefined ? null : document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(openerKey)}"]`));
  const titleId = uid('confirm-title');
  const bodyId = uid('confirm-body');
  const error = h('div', { class: 'dialog-error', 'aria-live': 'assertive' });
  const label = h('span', {}, spec.confirmLabel);
  const mark = h('span', { class: 'dialog-mark' }, spec.icon ? icon(spec.icon) : null);
  const cancel = h('button', { type: 'button', class: 'button button--ghost', autofocus: true }, t('cancel'));
  const confirm = h('button', { type: 'submit', class: 'button button--danger', 'data-action': spec.action }, mark, label);
  let busy = false;
  let done = false;
  const dialog = h('dialog', { class: 'dialog', 'aria-labelledby': titleId, 'aria-describedby': bodyId },
    h('form', { method: 'dialog' },
      h('h2', { id: titleId }, spec.title),
      h('div', { id: bodyId, class: 'dialog-body' }, ...spec.body),
      error,
      h('div', { class: 'actions actions--end' }, cancel, confirm)));
  const setBusy = (on: boolean) => {
    busy = on;
    cancel.disabled = on;
    confirm.setAttribute('aria-busy', String(on));
    confirm.setAttribute('aria-disabled', String(on));
    label.textContent = on ? spec.busyLabel : spec.confirmLabel;
    mark.replaceChildren(on ? h('span', { class: 'spinner spinner--small spinner--light', 'aria-hidden': 'true' }) : spec.icon ? icon(spec.icon) : '');
  };
  cancel.addEventListener('click', () => dialog.close());
  dialog.addEventListener('cancel', (event) => {
    if (busy) event.preventDefault();
  });
  dialog.querySelector('form')?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    error.replaceChildren();
    spec.run().then(() => {
      done = true;
      dialog.close();
    }, (reason: unknown) => {
      setBusy(false);
      error.replaceChildren(h('p', { class: 'form-error', role: 'alert' }, icon('alert'), errorText(t, reason)));
      confirm.focus();
    });
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    const target = done ? spec.returnFocus?.() ?? openerNow() : openerNow();
    target?.focus();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}
