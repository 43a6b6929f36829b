// Line icons for the trainer page (24×24 SVG), drawn in the game's style.
import { s } from '../../ui-kit/dom.ts';

const PATHS = {
  brand: ['M16 20v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 18.5V20', 'M10 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z', 'M17 11l2 2 3.5-4'],
  users: ['M16 20v-1.5a3.5 3.5 0 0 0-3.5-3.5h-5A3.5 3.5 0 0 0 4 18.5V20', 'M10 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7z', 'M20 20v-1.5a3.5 3.5 0 0 0-2.5-3.35', 'M15.5 4.15a3.5 3.5 0 0 1 0 6.7'],
  key: ['M8 15a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M11.5 11H21', 'M18 11v3', 'M15 11v2'],
  copy: ['M9 9h10a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H9a1 1 0 0 1-1-1V10a1 1 0 0 1 1-1z', 'M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1'],
  check: ['M5 12l5 5 9-10'],
  download: ['M12 4v11', 'M7 10l5 5 5-5', 'M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4'],
  upload: ['M12 15V4', 'M7 9l5-5 5 5', 'M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4'],
  refresh: ['M20 12a8 8 0 1 1-2.3-5.6', 'M20 4v4h-4'],
  logout: ['M9 21H5a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2h4', 'M16 17l5-5-5-5', 'M21 12H9'],
  warning: ['M12 3l10 18H2z', 'M12 10v5', 'M12 18h.01'],
  chart: ['M4 20V4', 'M4 20h16', 'M8 16v-5', 'M12 16V8', 'M16 16v-3'],
  trophy: ['M8 4h8v5a4 4 0 0 1-8 0z', 'M8 6H5a2 2 0 0 0 0 4h3', 'M16 6h3a2 2 0 0 1 0 4h-3', 'M12 13v4', 'M8 21h8', 'M10 17h4v4h-4z'],
  split: ['M6 3v6a6 6 0 0 0 6 6h0a6 6 0 0 1 6 6', 'M18 3v6a6 6 0 0 1-6 6', 'M3 6l3-3 3 3', 'M15 6l3-3 3 3'],
  file: ['M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z', 'M14 3v5h5', 'M9 13h6', 'M9 17h4'],
  list: ['M8 6h13', 'M8 12h13', 'M8 18h13', 'M3 6h.01', 'M3 12h.01', 'M3 18h.01'],
  book: ['M4 5a2 2 0 0 1 2-2h13v16H6a2 2 0 0 0-2 2z', 'M4 19V5', 'M8 7h7'],
  play: ['M7 4v16l13-8z'],
  plus: ['M12 5v14', 'M5 12h14'],
  alert: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 8v5', 'M12 16h.01'],
  offline: ['M2 8.5a15 15 0 0 1 5-3', 'M10.5 4.6A15 15 0 0 1 22 8.5', 'M5 12a10 10 0 0 1 4-2.2', 'M15 10.3a10 10 0 0 1 4 1.7', 'M8.5 15.5a5 5 0 0 1 7 0', 'M12 19h.01', 'M3 3l18 18'],
} as const;

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  return s('svg', { class: className, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    ...PATHS[name].map((d) => s('path', { d })));
}
