// Geometry helpers for drawing with Phaser Graphics: sampled curves and colour shading. Pure.
export interface Point {
  x: number;
  y: number;
}

/** Points along a quadratic Bézier from p0 to p1 bent towards c (p0 excluded unless asked). */
export function quad(p0: Point, c: Point, p1: Point, segments = 12, includeStart = false): Point[] {
  const out: Point[] = includeStart ? [{ ...p0 }] : [];
  for (let i = 1; i <= segments; i += 1) {
    const t = i / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const d = t * t;
    out.push({ x: a * p0.x + b * c.x + d * p1.x, y: a * p0.y + b * c.y + d * p1.y });
  }
  return out;
}

/** Points on an ellipse from angle a0 to a1 (radians, clockwise on screen). */
export function arcPoints(cx: number, cy: number, rx: number, ry: number, a0: number, a1: number, segments = 24): Point[] {
  const out: Point[] = [];
  for (let i = 0; i <= segments; i += 1) {
    const a = a0 + ((a1 - a0) * i) / segments;
    out.push({ x: cx + rx * Math.cos(a), y: cy + ry * Math.sin(a) });
  }
  return out;
}

export function mirror(points: readonly Point[]): Point[] {
  return points.map((p) => ({ x: -p.x, y: p.y }));
}

/** Multiplies each channel by `factor` (below 1 darkens, above 1 lightens), clamped. */
export function shade(color: number, factor: number): number {
  const ch = (shift: number): number => Math.max(0, Math.min(255, Math.round(((color >> shift) & 0xff) * factor)));
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}

/** Linear blend of two colours; t = 0 gives a, t = 1 gives b. */
export function mix(a: number, b: number, t: number): number {
  const ch = (shift: number): number => Math.round(((a >> shift) & 0xff) * (1 - t) + ((b >> shift) & 0xff) * t);
  return (ch(16) << 16) | (ch(8) << 8) | ch(0);
}
