import { describe, expect, it } from 'vitest';
import { BACKUP_FORMAT } from '../../src/core/schemas/backup.ts';
import { PACK_FORMAT } from '../../src/core/schemas/scenario-pack.ts';
import { memoryTraineeStore } from '../../src/game/data/memory-trainee-store.ts';
import { translator } from '../../src/game/i18n/translate.ts';
import { backupProblem, packProblem, sizeProblem } from '../../src/game/library/file-checks.ts';
import { paceOf } from '../../src/game/run/pace.ts';
import { callStartTones, chimeTones, doorTones, ringTones } from '../../src/game/sound/tones.ts';
import { anAttempt } from './builders.ts';

describe('paceOf', () => {
  it('plays lines at once for ?pace=instant and for trainees who ask for reduced motion', () => {
    expect(paceOf('?pace=instant', false)).toBe('instant');
    expect(paceOf('', true)).toBe('instant');
    expect(paceOf('?seed=0', false)).toBe('speaking');
    expect(paceOf('?pace=speaking', true)).toBe('speaking');
    expect(paceOf('?pace=warp', false)).toBe('speaking');
  });
});

describe('the synthesised sounds', () => {
  it('ring on a phone call and chime at a shop door, quietly', () => {
    expect(callStartTones('outbound-call')).toEqual(ringTones());
    expect(callStartTones('store')).toEqual(doorTones());
    for (const tone of [...ringTones(2), ...doorTones(), ...chimeTones()]) {
      expect(tone.gain).toBeGreaterThan(0);
      expect(tone.gain).toBeLessThanOrEqual(0.15);
      expect(tone.duration).toBeGreaterThan(0);
    }
  });

  it('rings twice per ring and rises at a sale', () => {
    expect(new Set(ringTones(2).map((t) => t.start))).toEqual(new Set([0, 0.6, 2, 2.6]));
    const chime = chimeTones().map((t) => t.frequency);
    expect([...chime].sort((a, b) => a - b)).toEqual(chime);
  });
});

describe('file checks', () => {
  it('says why a file is not a backup, in terms the game can translate', () => {
    expect(backupProblem('{ nope')).toEqual({ kind: 'not-json' });
    expect(backupProblem(JSON.stringify({ format: PACK_FORMAT }))).toMatchObject({ kind: 'wrong-format', detail: expect.stringMatching(/^format:/) });
    expect(backupProblem(JSON.stringify({ format: BACKUP_FORMAT, version: 1, exportedAt: '2026-11-23T10:00:00.000Z', profile: null, settings: { language: 'en', mode: 'coach', sound: true }, attempts: [] }))).toBeNull();
  });

  it('says why a file is not a scenario pack, and refuses one that is too large before reading it', () => {
    expect(packProblem('[]')).toMatchObject({ kind: 'wrong-format' });
    expect(sizeProblem(6 * 1024 * 1024, 5 * 1024 * 1024)).toEqual({ kind: 'too-large', megabytes: '6.0', limit: 5 });
    expect(sizeProblem(1024, 5 * 1024 * 1024)).toBeNull();
  });
});

describe('t.count', () => {
  it('words exactly one differently from other counts, in both languages', () => {
    expect(translator('en').count('data.attempts-stored', 1)).toBe('1 attempt stored.');
    expect(translator('en').count('data.attempts-stored', 3)).toBe('3 attempts stored.');
    expect(translator('zh-CN').count('list.attempts', 2)).toBe('已练 2 次');
    expect(translator('en').count('data.exported', 2, { file: 'x.json' })).toBe('Saved x.json with 2 attempts.');
  });
});

describe('memoryTraineeStore', () => {
  it('keeps progress for the visit, exports it, and merges a backup without duplicates', async () => {
    const store = memoryTraineeStore({ now: () => Date.parse('2026-11-23T10:00:00.000Z') });
    expect(store.persistent).toBe(false);
    const one = anAttempt();
    await store.putRun({ ...one, startedAt: one.startedAt, updatedAt: one.startedAt });
    await store.finishRun(one);
    expect(await store.getRun()).toBeNull();
    const text = await store.exportBackup();
    expect(backupProblem(text)).toBeNull();

    const other = memoryTraineeStore({ now: () => Date.parse('2026-11-24T10:00:00.000Z') });
    await other.finishRun(anAttempt());
    expect(await other.importBackup(text)).toEqual({ added: 1, alreadyThere: 0, rejected: [] });
    expect(await other.importBackup(text)).toEqual({ added: 0, alreadyThere: 1, rejected: [] });
    expect(await other.listAttempts()).toHaveLength(2);
    await expect(other.importBackup('nope')).rejects.toThrow(/not valid JSON/);
  });
});
