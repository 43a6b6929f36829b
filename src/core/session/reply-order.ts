// The order replies are shown in at one decision: a pure function of the attempt's seed, the step
// and the replies on offer, so the game, the CLIs and the server agree on it, and pressing "1"
// every time is a guess rather than a strategy. Ink's own indices stay the replay inputs.

import { seededRandom } from '../util/seeded-random.ts';

export interface OfferedReply {
  /** Ink's choice index. */
  index: number;
  /** The choice's path in the compiled story: the same in both languages of a scenario. */
  sourcePath: string;
}

/** FNV-1a over UTF-16 code units: small, fast and identical on every JavaScript engine. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Ink indices of the offered replies in the order the trainee sees them. */
export function shownOrder(seed: number, step: number, offered: readonly OfferedReply[]): number[] {
  const indices = offered.map((c) => c.index);
  if (indices.length < 2) return indices;
  const key = `${seed}\u0000${step}\u0000${offered.map((c) => `${c.index}:${c.sourcePath}`).join('\u0001')}`;
  const next = seededRandom(fnv1a(key));
  for (let i = indices.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [indices[i], indices[j]] = [indices[j]!, indices[i]!];
  }
  return indices;
}
