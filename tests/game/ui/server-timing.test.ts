// The debrief's time taken for an exam the server timed: said as minutes and seconds in both
// languages, against the scenario's limit, and how far over it went.
import { describe, expect, it } from 'vitest';
import { translator } from '../../../src/game/i18n/translate.ts';
import { serverTimingWords, spokenDuration } from '../../../src/game/ui/server-timing.ts';

const en = translator('en');
const zh = translator('zh-CN');

describe('the time the server took', () => {
  it('is said as minutes and seconds', () => {
    expect(spokenDuration(en, 372)).toBe('6 min 12 s');
    expect(spokenDuration(en, 420)).toBe('7 min');
    expect(spokenDuration(en, 44.6)).toBe('45 s');
    expect(spokenDuration(zh, 372)).toBe('6 分 12 秒');
  });

  it('is shown against the limit, over it, or alone when the scenario has none', () => {
    expect(serverTimingWords(en, { wallSeconds: 372, timeLimit: 420, overTime: false }))
      .toEqual({ value: '6 min 12 s', note: 'of 7 min, timed by the server', overTime: false });
    expect(serverTimingWords(en, { wallSeconds: 483, timeLimit: 420, overTime: true }))
      .toEqual({ value: '8 min 3 s', note: '1 min 3 s over the 7 min limit, timed by the server', overTime: true });
    expect(serverTimingWords(zh, { wallSeconds: 483, timeLimit: 420, overTime: true })?.note).toBe('超出限时 7 分钟，多用了 1 分 3 秒，由服务器计时');
    expect(serverTimingWords(en, { wallSeconds: 95, timeLimit: null, overTime: false })).toEqual({ value: '1 min 35 s', note: 'timed by the server', overTime: false });
    expect(serverTimingWords(en, { wallSeconds: null, timeLimit: 420, overTime: false })).toBeNull();
  });
});
