// @vitest-environment happy-dom
// The one element builder: text is always text, attributes always attributes, so scenario and
// trainee text can never become markup.
import { describe, expect, it } from 'vitest';
import { fillWith, h, s } from '../../src/ui-kit/dom.ts';

const HOSTILE = '<img src=x onerror="window.pwned = 1">Café';

describe('h', () => {
  it('puts text in as text, never as markup', () => {
    const el = h('p', { class: 'line' }, HOSTILE, ' · ', 3);
    expect(el.children).toHaveLength(0);
    expect(el.textContent).toBe(`${HOSTILE} · 3`);
    expect(el.className).toBe('line');
  });

  it('sets attributes as given, an empty one for true, none for false, null or undefined', () => {
    const el = h('input', { type: 'checkbox', title: HOSTILE, checked: true, disabled: false, 'aria-label': null, tabindex: 0, 'data-x': undefined });
    expect(el.getAttribute('title')).toBe(HOSTILE);
    expect(el.getAttribute('checked')).toBe('');
    expect(el.hasAttribute('disabled')).toBe(false);
    expect(el.hasAttribute('aria-label')).toBe(false);
    expect(el.hasAttribute('data-x')).toBe(false);
    expect(el.getAttribute('tabindex')).toBe('0');
  });

  it('attaches on… handlers as listeners, typed by event', () => {
    const keys: string[] = [];
    const el = h('button', { type: 'button', onkeydown: (event) => keys.push(event.key), onclick: () => keys.push('click') }, 'Go');
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
    el.click();
    expect(keys).toEqual(['Enter', 'click']);
    expect(el.hasAttribute('onclick')).toBe(false);
  });

  it('leaves out children that are null, undefined or false', () => {
    const el = h('ul', {}, h('li', {}, 'a'), null, undefined, false, h('li', {}, 'b'));
    expect([...el.children].map((c) => c.textContent)).toEqual(['a', 'b']);
  });
});

describe('s and fillWith', () => {
  it('builds SVG elements in the SVG namespace, text as text', () => {
    const el = s('text', { x: 12, y: 22 }, HOSTILE);
    expect(el.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(el.getAttribute('x')).toBe('12');
    expect(el.textContent).toBe(HOSTILE);
  });

  it('replaces an element\'s children', () => {
    const el = h('div', {}, 'old');
    fillWith(el, h('span', {}, 'new'), 'text');
    expect(el.textContent).toBe('newtext');
    expect(el.children).toHaveLength(1);
  });
});
