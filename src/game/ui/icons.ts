// Line icons drawn for this game (24×24 SVG): channels, the brand mark and small glyphs.
import type { Channel } from '../../core/schemas/scenario-meta.ts';
import { s } from '../../ui-kit/dom.ts';

type Glyph = 'brand' | 'clock' | 'user' | 'target' | 'arrow' | 'replay' | 'list' | 'bulb' | 'upload' | 'download' | 'chart' | 'database'
  | 'sound-on' | 'sound-off' | 'prev' | 'next' | 'check' | 'flag' | 'offline' | 'practice';

const PATHS: Record<Channel | Glyph, string[]> = {
  'outbound-call': ['M5 3h3l2 5-2.5 1.5a11 11 0 0 0 7 7L16 14l5 2v3a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z', 'M15 3a6 6 0 0 1 6 6', 'M15 7a2 2 0 0 1 2 2'],
  retention: ['M5 3h3l2 5-2.5 1.5a11 11 0 0 0 7 7L16 14l5 2v3a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z', 'M17 2.5c2.5 0 4 1.8 4 3.6 0 2.6-4 5.4-4 5.4s-4-2.8-4-5.4c0-1.8 1.5-3.6 4-3.6z'],
  prospecting: ['M5 3h3l2 5-2.5 1.5a11 11 0 0 0 7 7L16 14l5 2v3a2 2 0 0 1-2 2A17 17 0 0 1 3 5a2 2 0 0 1 2-2z', 'M18 2v6', 'M15 5h6'],
  store: ['M3 9l2-5h14l2 5', 'M3 9h18v2a3 3 0 0 1-6 0 3 3 0 0 1-6 0 3 3 0 0 1-6 0z', 'M5 13v8h14v-8', 'M10 21v-5h4v5'],
  'social-channel': ['M3 9l2-5h14l2 5', 'M3 9h18v2a3 3 0 0 1-6 0 3 3 0 0 1-6 0 3 3 0 0 1-6 0z', 'M5 13v8h14v-8', 'M9 17h6'],
  'key-account': ['M4 21V5a2 2 0 0 1 2-2h8a2 2 0 0 1 2 2v16', 'M16 9h3a1 1 0 0 1 1 1v11', 'M2 21h20', 'M8 7h2', 'M8 11h2', 'M8 15h2', 'M12 7h0.01', 'M12 11h0.01'],
  brand: ['M6 18a8 8 0 0 1 0-12', 'M9.5 15a4 4 0 0 1 0-6', 'M18 18a8 8 0 0 0 0-12', 'M14.5 15a4 4 0 0 0 0-6', 'M12 12h.01'],
  clock: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 7v5l3 2'],
  user: ['M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M4 21a8 8 0 0 1 16 0'],
  target: ['M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z', 'M12 16a4 4 0 1 0 0-8 4 4 0 0 0 0 8z', 'M12 12h.01'],
  arrow: ['M5 12h14', 'M13 6l6 6-6 6'],
  replay: ['M4 12a8 8 0 1 0 2.3-5.6', 'M4 4v4h4'],
  list: ['M8 6h13', 'M8 12h13', 'M8 18h13', 'M3 6h.01', 'M3 12h.01', 'M3 18h.01'],
  bulb: ['M9 18h6', 'M10 21h4', 'M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3z'],
  upload: ['M12 15V4', 'M7 9l5-5 5 5', 'M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4'],
  download: ['M12 4v11', 'M7 10l5 5 5-5', 'M4 15v4a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-4'],
  chart: ['M4 20V4', 'M4 20h16', 'M7 15l4-4 3 3 5-6'],
  database: ['M12 9c4.4 0 8-1.3 8-3s-3.6-3-8-3-8 1.3-8 3 3.6 3 8 3z', 'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6', 'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3'],
  'sound-on': ['M4 9h4l5-4v14l-5-4H4z', 'M16 9a4 4 0 0 1 0 6', 'M18.5 6.5a8 8 0 0 1 0 11'],
  'sound-off': ['M4 9h4l5-4v14l-5-4H4z', 'M17 10l4 4', 'M21 10l-4 4'],
  prev: ['M15 6l-6 6 6 6'],
  next: ['M9 6l6 6-6 6'],
  check: ['M5 12l5 5 9-10'],
  flag: ['M5 21V4', 'M5 4h11l-2 4 2 4H5'],
  offline: ['M2 8.5a15 15 0 0 1 5-3', 'M10.5 4.6A15 15 0 0 1 22 8.5', 'M5 12a10 10 0 0 1 4-2.2', 'M15 10.3a10 10 0 0 1 4 1.7', 'M8.5 15.5a5 5 0 0 1 7 0', 'M12 19h.01', 'M3 3l18 18'],
  practice: ['M4 5a2 2 0 0 1 2-2h12a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4z', 'M8 8h8', 'M8 12h5'],
};

export type IconName = keyof typeof PATHS;

export function icon(name: IconName, className = 'icon'): SVGSVGElement {
  return s('svg', { class: className, viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' },
    ...PATHS[name].map((d) => s('path', { d })));
}
