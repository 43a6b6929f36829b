// A message block for results and problems: a headline, optional detail lines, announced to
// screen readers (alerts for problems, status for the rest).
import { h } from '../../ui-kit/dom.ts';

export interface Message {
  tone: 'info' | 'ok' | 'error';
  title: string;
  details?: string[];
}

export function messageBlock(message: Message, testId: string): HTMLElement {
  const details = message.details ?? [];
  return h('div', { class: `message message--${message.tone}`, role: message.tone === 'error' ? 'alert' : 'status', 'data-testid': testId },
    h('p', { class: 'message-title' }, message.title),
    details.length === 0 ? null : h('ul', { class: 'message-details' }, ...details.slice(0, 20).map((d) => h('li', {}, d))),
    details.length > 20 ? h('p', { class: 'message-more' }, `… +${details.length - 20}`) : null);
}
