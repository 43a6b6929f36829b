// The check cache answers from disk only when nothing that decides the check has changed: the
// story's Ink, the rubric (its version too) and the engine, inkjs and the checking code.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { checkFileCached } from '../../src/node/check-cache.ts';
import { installedEngine, sourceKey } from '../../src/node/scenario-fingerprint.ts';
import { makeStoriesDir } from '../server/helpers/test-stories.ts';

const storiesDir = makeStoriesDir();
const file = join(storiesDir, 'duel', 'en.ink');
const cacheDir = mkdtempSync(join(tmpdir(), 'check-cache-'));
afterAll(() => rmSync(cacheDir, { recursive: true, force: true }));

describe('the check cache', () => {
  const engine = installedEngine();

  it('fingerprints the installed inkjs and the code of the core and the toolchain', () => {
    expect(engine.inkjsVersion).toMatch(/^\d+\.\d+\.\d+/);
    expect(engine.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('answers a second check of the same file from disk', () => {
    const first = checkFileCached(file, storiesDir, courseRubric, cacheDir, engine);
    expect(first).toMatchObject({ fromCache: false, bundle: expect.objectContaining({ rubricVersion: courseRubric.version }) });
    const again = checkFileCached(file, storiesDir, courseRubric, cacheDir, engine);
    expect(again.fromCache).toBe(true);
    expect(again.bundle).toEqual(first.bundle);
  });

  it('misses once the inkjs version changes', () => {
    const otherInk = { ...engine, inkjsVersion: `${engine.inkjsVersion}-next` };
    expect(sourceKey(file, storiesDir, courseRubric, otherInk)).not.toBe(sourceKey(file, storiesDir, courseRubric, engine));
    expect(checkFileCached(file, storiesDir, courseRubric, cacheDir, otherInk).fromCache).toBe(false);
  });

  it('misses once the rubric version changes, even with the same content', () => {
    const renumbered = { ...courseRubric, version: `${courseRubric.version}-next` };
    expect(sourceKey(file, storiesDir, renumbered, engine)).not.toBe(sourceKey(file, storiesDir, courseRubric, engine));
    const checked = checkFileCached(file, storiesDir, renumbered, cacheDir, engine);
    expect(checked.fromCache).toBe(false);
    expect(checked.bundle?.rubricVersion).toBe(renumbered.version);
  });

  it('misses once the checking code changes', () => {
    const otherCode = { ...engine, codeHash: '0'.repeat(64) };
    expect(checkFileCached(file, storiesDir, courseRubric, cacheDir, otherCode).fromCache).toBe(false);
  });
});
