// Bridges the pure Point lists of shapes.ts to Phaser Graphics, which wants Vector2 arrays.
import Phaser from 'phaser';
import type { Point } from './shapes.ts';

type G = Phaser.GameObjects.Graphics;

const vec = (points: readonly Point[]): Phaser.Math.Vector2[] => points.map((p) => new Phaser.Math.Vector2(p.x, p.y));

export function fillPoly(g: G, points: readonly Point[], close = true): void {
  g.fillPoints(vec(points), close);
}

export function strokePoly(g: G, points: readonly Point[], close = false): void {
  g.strokePoints(vec(points), close);
}
