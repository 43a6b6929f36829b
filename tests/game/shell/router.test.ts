import { describe, expect, it } from 'vitest';
import { languageLocked, sectionOf, showAgain, type Routes } from '../../../src/game/shell/router.ts';

function recordingRoutes(): { routes: Routes; calls: string[] } {
  const calls: string[] = [];
  const routes: Routes = {
    list: () => calls.push('list'),
    briefing: () => calls.push('briefing'),
    call: async () => { calls.push('call'); },
    debrief: () => calls.push('debrief'),
    progress: async () => { calls.push('progress'); },
    replay: async () => { calls.push('replay'); },
    data: async () => { calls.push('data'); },
    extension: (name, arg) => calls.push(`extension:${name}:${String(arg)}`),
  };
  return { routes, calls };
}

describe('the game\'s screens', () => {
  it('puts each screen in its section, an extension\'s under Practice', () => {
    expect(['list', 'briefing', 'call', 'debrief'].map(sectionOf)).toEqual(['practice', 'practice', 'practice', 'practice']);
    expect(['progress', 'replay', 'data'].map(sectionOf)).toEqual(['progress', 'progress', 'data']);
    expect(sectionOf('leaderboard')).toBe('practice');
  });

  it('fixes the language on the screens that show scenario text or a run', () => {
    expect(['briefing', 'call', 'debrief', 'replay'].every(languageLocked)).toBe(true);
    expect(['list', 'progress', 'data', 'cohort'].some(languageLocked)).toBe(false);
  });

  it('shows the open screen again after the language changed: an extension\'s as last shown, others on the list', async () => {
    const cases: Array<[string, string]> = [['progress', 'progress'], ['data', 'data'], ['leaderboard', 'extension:leaderboard:undefined'], ['list', 'list']];
    for (const [screen, shown] of cases) {
      const { routes, calls } = recordingRoutes();
      await showAgain(screen, routes);
      expect(calls, screen).toEqual([shown]);
    }
  });
});
