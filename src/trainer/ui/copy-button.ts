// A button that copies a value and says so in place (and to screen readers).
import type { Translator } from '../i18n/translate.ts';
import { h } from '../../ui-kit/dom.ts';
import { icon } from './icons.ts';
import { copyText } from './copy-text.ts';

export function copyButton(t: Translator, value: () => string, options: { label?: string; className?: string } = {}): HTMLButtonElement {
  const text = h('span', {}, options.label ?? t('copy'));
  const button = h('button', { type: 'button', class: options.className ?? 'button button--ghost button--small' }, icon('copy'), text);
  button.addEventListener('click', () => {
    void copyText(value()).then((ok) => {
      text.textContent = ok ? t('copied') : t('copy.failed');
      button.classList.toggle('is-copied', ok);
      setTimeout(() => {
        text.textContent = options.label ?? t('copy');
        button.classList.remove('is-copied');
      }, ok ? 2000 : 5000);
    });
  });
  return button;
}
