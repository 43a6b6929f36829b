// The one element builder of every page (game, Studio, dashboard): attributes, event handlers
// and children in one call, without a framework. Text always goes in as text nodes and attributes
// through setAttribute, never as markup, so scenario and trainee text can never inject HTML.
// `onclick`, `onkeydown`… attach listeners, typed by event; `null`, `undefined` and `false` leave
// an attribute or a child out, and `true` sets an empty attribute.
type AttrValue = string | number | boolean | null | undefined;
// Method syntax, so a handler typed for a narrower event (KeyboardEvent) is accepted here.
type AnyHandler = { handle(event: never): void }['handle'];
type Handlers = { [K in keyof HTMLElementEventMap as `on${K}`]?: (event: HTMLElementEventMap[K]) => void };
export type Attrs = Handlers & Record<string, AttrValue | AnyHandler>;
export type Child = Node | string | number | null | undefined | false;

function apply(el: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') el.addEventListener(name.slice(2).toLowerCase(), value as EventListener);
    else el.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(el: Element, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'object' ? child : String(child));
  }
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function s<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  apply(el, attrs);
  append(el, children);
  return el;
}

let nextId = 0;
/** A document-unique id for aria-labelledby and friends. */
export function uid(prefix: string): string {
  nextId += 1;
  return `${prefix}-${nextId}`;
}

/** Replaces an element's children. */
export function fillWith(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** A bar's filled part at `percent` (0–100); set through the CSSOM, which no CSP forbids. */
export function barFill(percent: number, className = 'bar-fill'): HTMLSpanElement {
  const fill = h('span', { class: className });
  fill.style.width = `${Math.max(0, Math.min(100, percent))}%`;
  return fill;
}
