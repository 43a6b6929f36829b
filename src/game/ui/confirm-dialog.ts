// A yes-or-no question asked before something that cannot be undone (leaving a conversation).
// Built on the native modal <dialog>: the browser makes the page behind it inert, keeps focus
// inside it and closes it on Escape, which counts as the safe answer. The safe answer also has
// the focus when it opens, so Enter pressed out of habit never confirms.
import { h, uid } from '../../ui-kit/dom.ts';

export interface ConfirmText {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}

export interface ConfirmDialog {
  /** The dialog itself: put it in the screen it belongs to, so it goes when the screen goes. */
  element: HTMLDialogElement;
  /** Opens the dialog; settles with true for the confirm button, false for cancel or Escape. */
  ask: () => Promise<boolean>;
  /** Closes it as cancelled, if open (the screen is going away). */
  dismiss: () => void;
  readonly isOpen: boolean;
}

export function confirmDialog(text: ConfirmText, action: string): ConfirmDialog {
  const titleId = uid('confirm-title');
  const bodyId = uid('confirm-body');
  const cancel = h('button', { type: 'submit', value: 'cancel', class: 'button button--ghost', 'data-action': 'cancel', autofocus: true }, text.cancel);
  const element = h('dialog', { class: 'dialog', 'aria-labelledby': titleId, 'aria-describedby': bodyId, 'data-dialog': action },
    h('form', { method: 'dialog' },
      h('h2', { id: titleId }, text.title),
      h('p', { id: bodyId }, text.body),
      h('div', { class: 'actions actions--end' },
        cancel,
        h('button', { type: 'submit', value: 'confirm', class: 'button button--danger', 'data-action': `confirm-${action}` }, text.confirm))));
  let settle: ((confirmed: boolean) => void) | null = null;
  element.addEventListener('close', () => {
    const done = settle;
    settle = null;
    done?.(element.returnValue === 'confirm');
  });
  return {
    element,
    ask: () => {
      if (element.open) return Promise.resolve(false);
      element.returnValue = '';
      return new Promise<boolean>((resolve) => {
        settle = resolve;
        element.showModal();
        cancel.focus();
      });
    },
    dismiss: () => {
      if (!element.open) return;
      element.returnValue = '';
      element.close();
    },
    get isOpen() {
      return element.open;
    },
  };
}
