// The notices in the bar under the header: worded when shown, so they follow the language; sticky
// ones stay across screens until dismissed, the others go with the screen they came with.
import { h } from '../../ui-kit/dom.ts';
import type { Translate } from '../i18n/translate.ts';
import { messageBlock, type Message } from '../ui/notice.ts';

interface Notice {
  id: number;
  tone: Message['tone'];
  text: (t: Translate) => string;
  sticky: boolean;
}

export class Notices {
  readonly element = h('div', { class: 'notices', 'data-testid': 'notices' });
  private list: Notice[] = [];
  private next = 1;
  private shown = '';

  /** `words`: the shell's current language and wording; `dismissed`: where the focus goes after ×. */
  constructor(private readonly words: () => { language: string; t: Translate }, private readonly dismissed: () => void) {}

  add(tone: Message['tone'], text: (t: Translate) => string, sticky: boolean): void {
    this.list.push({ id: this.next++, tone, text, sticky });
    this.render();
  }

  /** A new screen: only the sticky notices stay. */
  screenChanged(): void {
    this.list = this.list.filter((n) => n.sticky);
  }

  render(): void {
    const { language, t } = this.words();
    // Unchanged notices stay in place, so screen readers do not hear them again on every screen.
    const shown = `${language}:${this.list.map((n) => n.id).join(',')}`;
    if (shown === this.shown) return;
    this.shown = shown;
    this.element.replaceChildren(...this.list.map((n) => {
      const block = messageBlock({ tone: n.tone, title: n.text(t) }, 'notice');
      block.classList.add('notice');
      block.append(h('button', {
        type: 'button', class: 'notice-close', 'aria-label': t('notice.dismiss'), title: t('notice.dismiss'),
        onclick: () => {
          this.list = this.list.filter((x) => x.id !== n.id);
          this.render();
          this.dismissed();
        },
      }, '×'));
      return block;
    }));
  }
}
