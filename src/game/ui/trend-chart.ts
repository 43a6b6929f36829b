// One rubric dimension's scores over the trainee's attempts as a small SVG line chart: grid lines
// at 0, 50 and 100, one dot per attempt (its date and score in a tooltip), the latest labelled.
import type { TrendPoint } from '../../core/progress/progress-summary.ts';
import { linePath, placePoints, type ChartBox } from '../progress/trend-geometry.ts';
import { h, s } from '../../ui-kit/dom.ts';

const BOX: ChartBox = { width: 300, height: 130, left: 30, right: 14, top: 14, bottom: 22 };

export interface TrendChartText {
  title: string;
  /** The whole chart in one sentence, for screen readers. */
  summary: string;
  empty: string;
  average: string | null;
  date: (iso: string) => string;
}

export function trendChart(dimension: string, points: readonly TrendPoint[], text: TrendChartText): HTMLElement {
  const svg = s('svg', { class: 'trend', viewBox: `0 0 ${BOX.width} ${BOX.height}`, role: 'img', 'aria-label': text.summary });
  svg.append(s('title', {}, text.summary));
  const bottom = BOX.height - BOX.bottom;
  for (const level of [0, 50, 100]) {
    const y = BOX.top + (BOX.height - BOX.top - BOX.bottom) * (1 - level / 100);
    svg.append(s('line', { class: level === 0 ? 'trend-grid trend-grid--base' : 'trend-grid', x1: BOX.left, x2: BOX.width - BOX.right, y1: y, y2: y }));
    svg.append(s('text', { class: 'trend-axis', x: BOX.left - 6, y: y + 4, 'text-anchor': 'end' }, String(level)));
  }
  const placed = placePoints(points, BOX);
  if (placed.length === 0) {
    svg.append(s('text', { class: 'trend-empty', x: (BOX.left + BOX.width - BOX.right) / 2, y: BOX.height / 2 + 2, 'text-anchor': 'middle' }, text.empty));
  } else {
    const first = placed[0]!;
    const last = placed[placed.length - 1]!;
    if (placed.length > 1) {
      svg.append(s('path', { class: 'trend-area', d: `${linePath(placed)} L${last.x.toFixed(1)} ${bottom} L${first.x.toFixed(1)} ${bottom} Z` }));
      svg.append(s('path', { class: 'trend-line', d: linePath(placed) }));
    }
    placed.forEach((p, i) => {
      const point = points[i]!;
      svg.append(s('circle', { class: p === last ? 'trend-dot trend-dot--last' : 'trend-dot', cx: p.x, cy: p.y, r: p === last ? 5 : 3.5, 'data-attempt-id': p.attemptId, 'data-score': p.score },
        s('title', {}, `${text.date(point.at)}: ${p.score}`)));
    });
    const labelY = last.y < BOX.top + 14 ? last.y + 18 : last.y - 9;
    svg.append(s('text', { class: 'trend-value', x: Math.min(last.x, BOX.width - BOX.right - 2), y: labelY, 'text-anchor': placed.length === 1 ? 'middle' : 'end' }, String(last.score)));
    svg.append(s('text', { class: 'trend-axis', x: placed.length === 1 ? first.x : BOX.left, y: BOX.height - 5, 'text-anchor': placed.length === 1 ? 'middle' : 'start' }, text.date(points[0]!.at)));
    if (placed.length > 1) svg.append(s('text', { class: 'trend-axis', x: BOX.width - BOX.right, y: BOX.height - 5, 'text-anchor': 'end' }, text.date(points[points.length - 1]!.at)));
  }
  return h('figure', { class: points.length === 0 ? 'trend-figure trend-figure--empty' : 'trend-figure', 'data-dimension': dimension, 'data-points': points.length },
    h('figcaption', { class: 'trend-caption' },
      h('span', { class: 'trend-title' }, text.title),
      text.average === null ? null : h('span', { class: 'trend-average' }, text.average)),
    svg);
}
