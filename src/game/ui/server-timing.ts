// The debrief's "time taken" of a cohort exam: the wall-clock time the server timed from the
// exam's start to the last reply, against the scenario's time limit ("6 min 12 s of 7 min, timed
// by the server", or how far over it went). The limit is reported, never scored.
import type { Attempt } from '../../contract/attempts.ts';
import { h } from '../../ui-kit/dom.ts';
import type { Translate } from '../i18n/translate.ts';

/** A length of time as it is said: "6 min 12 s", "45 s", "7 min". */
export function spokenDuration(t: Translate, seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const m = Math.floor(total / 60);
  const s = total % 60;
  if (m === 0) return t('exam.duration-s', { s });
  if (s === 0) return t('exam.duration-m', { m });
  return t('exam.duration-ms', { m, s });
}

export interface ServerTimingWords {
  /** The wall time, e.g. "6 min 12 s". */
  value: string;
  /** Against the limit: "of 7 min, timed by the server", or how far over it went. */
  note: string;
  overTime: boolean;
}

/** What the stat says; null when the server did not time the exam. */
export function serverTimingWords(t: Translate, attempt: Pick<Attempt, 'wallSeconds' | 'timeLimit' | 'overTime'>): ServerTimingWords | null {
  const { wallSeconds, timeLimit } = attempt;
  if (wallSeconds === null) return null;
  const over = timeLimit === null ? 0 : Math.max(0, Math.ceil(wallSeconds - timeLimit));
  const overTime = timeLimit !== null && (attempt.overTime || over > 0);
  const note = timeLimit === null ? t('exam.timed')
    : overTime ? t('exam.timed-over', { over: spokenDuration(t, Math.max(1, over)), limit: spokenDuration(t, timeLimit) })
      : t('exam.timed-within', { limit: spokenDuration(t, timeLimit) });
  return { value: spokenDuration(t, wallSeconds), note, overTime };
}

/** The stat, shaped like the debrief's others; null when the server did not time the exam. */
export function serverTiming(t: Translate, attempt: Pick<Attempt, 'wallSeconds' | 'timeLimit' | 'overTime'>): HTMLElement | null {
  const words = serverTimingWords(t, attempt);
  if (!words || attempt.wallSeconds === null) return null;
  return h('div', { class: 'stat', 'data-stat': 'server-time', 'data-wall-seconds': Math.round(attempt.wallSeconds), 'data-over-time': String(words.overTime) },
    h('span', { class: 'stat-label' }, t('exam.server-time')),
    h('span', { class: 'stat-value' }, words.value),
    h('span', { class: words.overTime ? 'stat-note stat-note--over' : 'stat-note' }, words.note));
}
