// Building blocks the trainer page's cards share: card frames, selects, segmented toggles,
// loading and error states, and chips.
import { errorText } from '../i18n/error-text.ts';
import type { Translator } from '../i18n/translate.ts';
import type { LoadState } from './loadable.ts';
import { h, uid, type Child } from '../../ui-kit/dom.ts';
import { icon, type IconName } from './icons.ts';

export function cardFrame(options: { title: string; sub?: string; icon?: IconName; tools?: Child[]; className?: string }, ...body: Child[]): HTMLElement {
  const titleId = uid('card-title');
  return h('section', { class: `card-block ${options.className ?? ''}`.trim(), 'aria-labelledby': titleId },
    h('header', { class: 'card-head' },
      h('div', { class: 'card-heading' },
        // Focusable from script, so focus can rest on the card when the row it was on is gone.
        h('h2', { id: titleId, tabindex: -1, 'data-focus-key': `card:${options.className ?? options.title}` }, options.icon ? icon(options.icon) : null, options.title),
        options.sub ? h('p', { class: 'card-sub' }, options.sub) : null),
      options.tools && options.tools.length > 0 ? h('div', { class: 'card-tools' }, ...options.tools) : null),
    ...body);
}

export interface Option {
  value: string;
  label: string;
}

export function selectField(label: string, options: Option[], value: string, onChange: (value: string) => void, name?: string): HTMLElement {
  const id = uid('field');
  const select = h('select', { id, class: 'select', ...(name ? { 'data-filter': name } : {}) },
    ...options.map((o) => h('option', { value: o.value, selected: o.value === value }, o.label)));
  select.addEventListener('change', () => onChange(select.value));
  return h('div', { class: 'field field--inline' }, h('label', { for: id }, label), select);
}

/** A group of toggle buttons of which exactly one is pressed. */
export function segmented(label: string, options: Option[], value: string, onChange: (value: string) => void): HTMLElement {
  return h('div', { class: 'segmented', role: 'group', 'aria-label': label },
    ...options.map((o) => h('button', {
      type: 'button', class: 'segment', 'aria-pressed': String(o.value === value), 'data-value': o.value,
      onclick: () => { if (o.value !== value) onChange(o.value); },
    }, o.label)));
}

export function loadingState(t: Translator): HTMLElement {
  return h('div', { class: 'state state--loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), t('loading'));
}

export function errorState(t: Translator, error: unknown, retry: () => void): HTMLElement {
  return h('div', { class: 'state state--error', role: 'alert' },
    icon('alert'),
    h('span', { class: 'state-text' }, errorText(t, error)),
    h('button', { type: 'button', class: 'button button--ghost button--small', onclick: retry }, icon('refresh'), t('retry')));
}

export function emptyState(text: string, iconName: IconName = 'list'): HTMLElement {
  return h('div', { class: 'state state--empty' }, icon(iconName), h('span', {}, text));
}

/**
 * The body for a load: the content once ready (still shown, dimmed, while a newer load runs),
 * a spinner the first time, an error with a retry button.
 */
export function stateBody<T>(t: Translator, state: LoadState<T>, retry: () => void, content: (value: T) => HTMLElement): HTMLElement {
  if (state.status === 'ready') return content(state.value);
  if (state.status === 'error') {
    return h('div', {}, errorState(t, state.error, retry), state.previous === null ? null : content(state.previous));
  }
  if (state.status === 'loading' && state.previous !== null) {
    return h('div', { class: 'is-refreshing', 'aria-busy': 'true' }, content(state.previous));
  }
  return loadingState(t);
}

export function chip(text: string, tone = ''): HTMLElement {
  return h('span', { class: `chip ${tone ? `chip--${tone}` : ''}`.trim() }, text);
}
