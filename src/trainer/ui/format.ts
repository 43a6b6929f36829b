// What reads only on the trainer page: short hashes, call lengths and score bands (dates and
// numbers are in src/ui-kit/locale-format.ts).
import { formatClock } from '../../ui-kit/duration.ts';

/** The first 10 hex digits: enough to tell versions apart at a glance. */
export const shortHash = (hash: string): string => hash.slice(0, 10);

/** An average call length to the nearest second: 142.5 → "2:23". */
export const formatCallLength = (seconds: number): string => formatClock(seconds, { round: true });

/** The band a 0–100 score falls in, for colour (never the only cue: the number is always shown). */
export function scoreTone(score: number): 'high' | 'mid' | 'low' | 'poor' {
  return score >= 80 ? 'high' : score >= 60 ? 'mid' : score >= 40 ? 'low' : 'poor';
}
