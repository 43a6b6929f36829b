// Files into the page: a visually plain button that opens the browser's file picker (a real
// <input type=file> stays in the page for tests). Downloads are src/ui-kit/download.ts.
import { h } from '../../ui-kit/dom.ts';

export function filePicker(label: Array<Node | string>, className: string, testId: string, accept: string, chosen: (file: File) => void): HTMLElement {
  const input = h('input', { type: 'file', accept, class: 'sr-only', tabindex: '-1', 'aria-hidden': 'true', 'data-testid': testId });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) chosen(file);
  });
  const button = h('button', { type: 'button', class: className, 'data-action': testId, onclick: () => input.click() }, ...label);
  return h('span', { class: 'file-pick' }, button, input);
}
