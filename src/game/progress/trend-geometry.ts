// Where a dimension's trend points sit in its chart: attempts evenly spaced left to right in the
// order they were finished (days between practice sessions vary too much for a time axis), and
// scores 0–100 from the bottom up.
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface PlacedPoint {
  x: number;
  y: number;
  score: number;
  attemptId: string;
}

export function placePoints(points: ReadonlyArray<{ score: number; attemptId: string }>, box: ChartBox): PlacedPoint[] {
  const innerW = box.width - box.left - box.right;
  const innerH = box.height - box.top - box.bottom;
  const n = points.length;
  return points.map((p, i) => ({
    x: box.left + (n === 1 ? innerW / 2 : (innerW * i) / (n - 1)),
    y: box.top + innerH * (1 - Math.max(0, Math.min(100, p.score)) / 100),
    score: p.score,
    attemptId: p.attemptId,
  }));
}

/** The SVG path through the points, in order. */
export function linePath(points: readonly PlacedPoint[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
}
