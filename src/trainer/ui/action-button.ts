// A card's button that runs one request through PendingActions: busy (spinner, busy wording,
// aria-busy) while it runs, however often the card is rebuilt meanwhile; the server's reason
// beside it when it failed; and focus kept on it across the rebuild. It stays focusable while
// busy (aria-disabled, not disabled), so a keyboard user is not thrown back to the page's top.
import { errorText } from '../i18n/error-text.ts';
import type { Translator } from '../i18n/translate.ts';
import { h } from '../../ui-kit/dom.ts';
import { icon, type IconName } from './icons.ts';
import type { PendingActions } from './pending-actions.ts';

export interface ActionButtonSpec {
  /** The PendingActions key, also what keeps focus on this button across rebuilds. */
  key: string;
  label: string;
  busyLabel: string;
  /** What a screen reader hears instead of `label`, naming what it acts on ("Remove Ana"). */
  name?: string;
  icon?: IconName;
  tone?: 'ghost' | 'danger' | 'primary';
  attrs?: Record<string, string>;
  onClick(button: HTMLButtonElement): void;
}

export function actionButton(pending: PendingActions, spec: ActionButtonSpec): HTMLButtonElement {
  const busy = pending.isBusy(spec.key);
  const button = h('button', {
    type: 'button', class: `button button--${spec.tone ?? 'ghost'} button--small`, 'data-focus-key': spec.key,
    // The visible words stay part of the name (WCAG 2.5.3), busy or not.
    'aria-label': spec.name ? (busy ? `${spec.busyLabel} (${spec.name})` : spec.name) : null,
    'aria-busy': busy ? 'true' : null, 'aria-disabled': busy ? 'true' : null,
    ...spec.attrs,
  },
  busy ? h('span', { class: `spinner spinner--small${spec.tone === 'danger' || spec.tone === 'primary' ? ' spinner--light' : ''}`, 'aria-hidden': 'true' })
    : spec.icon ? icon(spec.icon) : null,
  busy ? spec.busyLabel : spec.label);
  button.addEventListener('click', () => {
    if (!pending.isBusy(spec.key)) spec.onClick(button);
  });
  return button;
}

/** The reason the last request under `key` failed, to show next to its button; null when it did not. */
export function actionError(t: Translator, pending: PendingActions, key: string): HTMLElement | null {
  if (!pending.hasError(key)) return null;
  return h('p', { class: 'action-error', role: 'alert', 'data-error-for': key }, icon('alert', 'icon icon--inline'), errorText(t, pending.errorOf(key)));
}

/** Rebuilds `el` with `rebuild` and puts focus back on the element that had it, matched by data-focus-key. */
export function keepingFocus(el: HTMLElement, rebuild: () => void): void {
  const active = document.activeElement;
  const key = active instanceof HTMLElement && el.contains(active) ? active.dataset.focusKey : undefined;
  rebuild();
  if (key === undefined) return;
  const again = [...el.querySelectorAll<HTMLElement>('[data-focus-key]')].find((x) => x.dataset.focusKey === key);
  again?.focus();
}
