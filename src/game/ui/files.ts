// Files in and out of the page: a download made from text, and a visually plain button that
// opens the browser's file picker (a real <input type=file> stays in the page for tests).
import { h } from '../../ui-kit/dom.ts';

export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h('a', { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
