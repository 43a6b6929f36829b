// The skill profile as an SVG radar chart: one axis per rubric dimension, rings every 25
// points, the trainee's scores as a filled shape. Dimensions not assessed get a grey axis.
import { s } from '../../ui-kit/dom.ts';

export interface RadarAxis {
  label: string;
  /** 0–100, or null when the dimension is not assessed (or out of reach on this ending). */
  score: number | null;
  /** What a null score says instead of the chart's general "not assessed". */
  note?: string;
}

const VIEW = { w: 600, h: 400 } as const;
const CX = VIEW.w / 2;
const CY = 206;
const R = 114;

function at(i: number, n: number, radius: number): { x: number; y: number } {
  const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
  return { x: CX + radius * Math.cos(a), y: CY + radius * Math.sin(a) };
}

const pts = (list: { x: number; y: number }[]): string => list.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

export function radarChart(axes: readonly RadarAxis[], title: string, notAssessed: string): SVGSVGElement {
  const n = axes.length;
  const svg = s('svg', { class: 'radar', viewBox: `0 0 ${VIEW.w} ${VIEW.h}`, role: 'img', 'aria-label': title });
  svg.append(s('title', {}, title));
  for (const ring of [25, 50, 75, 100]) {
    svg.append(s('polygon', { class: ring === 100 ? 'radar-ring radar-ring--outer' : 'radar-ring', points: pts(axes.map((_, i) => at(i, n, (R * ring) / 100))) }));
  }
  axes.forEach((axis, i) => {
    const end = at(i, n, R);
    svg.append(s('line', { class: axis.score === null ? 'radar-axis radar-axis--na' : 'radar-axis', x1: CX, y1: CY, x2: end.x, y2: end.y }));
  });
  const scored = axes.map((axis, i) => ({ axis, i })).filter(({ axis }) => axis.score !== null);
  const shape = scored.map(({ axis, i }) => at(i, n, (R * (axis.score ?? 0)) / 100));
  if (shape.length >= 3) svg.append(s('polygon', { class: 'radar-shape', points: pts(shape) }));
  else if (shape.length === 2) svg.append(s('polyline', { class: 'radar-shape', points: pts(shape) }));
  for (const p of shape) svg.append(s('circle', { class: 'radar-dot', cx: p.x, cy: p.y, r: 4.5 }));
  axes.forEach((axis, i) => {
    const p = at(i, n, R + 20);
    const dx = p.x - CX;
    const anchor = Math.abs(dx) < 8 ? 'middle' : dx > 0 ? 'start' : 'end';
    const dy = p.y < CY - R * 0.9 ? -6 : p.y > CY + R * 0.5 ? 14 : 4;
    svg.append(s('text', { class: axis.score === null ? 'radar-label radar-label--na' : 'radar-label', x: p.x, y: p.y + dy, 'text-anchor': anchor },
      axis.label,
      s('tspan', { class: 'radar-value', dx: 6 }, axis.score === null ? axis.note ?? notAssessed : String(axis.score))));
  });
  return svg;
}

/** The overall score as a ring gauge. */
export function scoreRing(score: number): SVGSVGElement {
  const r = 54;
  const c = 2 * Math.PI * r;
  const svg = s('svg', { class: 'ring', viewBox: '0 0 132 132', 'aria-hidden': 'true' });
  svg.append(s('circle', { class: 'ring-track', cx: 66, cy: 66, r }));
  if (score <= 0) return svg;
  svg.append(s('circle', {
    class: 'ring-value', cx: 66, cy: 66, r,
    'stroke-dasharray': `${((c * Math.max(0, Math.min(100, score))) / 100).toFixed(1)} ${c.toFixed(1)}`,
    transform: 'rotate(-90 66 66)',
  }));
  return svg;
}
