// Accessible tabs (WAI-ARIA tabs pattern): arrow keys, Home and End move between tabs, and
// only the selected tab is in the Tab order. Selecting shows its panel; `onSelect` is told after.
import { h, uid } from '../../ui-kit/dom.ts';

export interface TabSpec<K extends string> {
  key: K;
  label: string;
  icon?: SVGElement;
  panel: HTMLElement;
}

export function tabs<K extends string>(label: string, specs: Array<TabSpec<K>>, selected: K, onSelect: (key: K) => void): HTMLElement {
  const ids = specs.map(() => ({ tab: uid('tab'), panel: uid('tabpanel') }));
  const buttons = specs.map((spec, i) => h('button', {
    type: 'button', role: 'tab', id: ids[i]!.tab, class: 'tab', 'data-tab': spec.key,
    'aria-selected': String(spec.key === selected), 'aria-controls': ids[i]!.panel,
    tabindex: spec.key === selected ? 0 : -1,
  }, spec.icon ?? null, spec.label));
  const panels: HTMLElement[] = [];
  let current = selected;
  const select = (i: number, focus: boolean): void => {
    const spec = specs[i];
    if (!spec) return;
    buttons.forEach((button, j) => {
      button.setAttribute('aria-selected', String(j === i));
      button.tabIndex = j === i ? 0 : -1;
      panels[j]!.hidden = j !== i;
    });
    if (focus) buttons[i]?.focus();
    if (spec.key !== current) {
      current = spec.key;
      onSelect(spec.key);
    }
  };
  buttons.forEach((button, i) => {
    button.addEventListener('click', () => select(i, false));
    button.addEventListener('keydown', (event) => {
      const n = specs.length;
      const target = event.key === 'ArrowRight' ? (i + 1) % n : event.key === 'ArrowLeft' ? (i - 1 + n) % n
        : event.key === 'Home' ? 0 : event.key === 'End' ? n - 1 : null;
      if (target === null) return;
      event.preventDefault();
      select(target, true);
    });
  });
  const list = h('div', { role: 'tablist', 'aria-label': label, class: 'tablist' }, ...buttons);
  specs.forEach((spec, i) => {
    spec.panel.id = ids[i]!.panel;
    spec.panel.setAttribute('role', 'tabpanel');
    spec.panel.setAttribute('aria-labelledby', ids[i]!.tab);
    spec.panel.hidden = spec.key !== selected;
    panels.push(spec.panel);
  });
  return h('div', { class: 'tabs' }, list, ...panels);
}
