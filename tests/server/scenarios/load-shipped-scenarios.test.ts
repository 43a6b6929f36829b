// The server's start checks the stories folder in the checking worker: a hostile file dropped
// there is reported and skipped within the limits, and every other scenario still loads.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../../src/server/config.ts';
import { SILENT_LOOP, stateExplosion } from '../../helpers/hostile-stories.ts';
import { duelSource } from '../helpers/test-stories.ts';
import { createTestApp } from '../helpers/test-app.ts';
import { describeEachDatabase } from '../helpers/test-databases.ts';

describeEachDatabase('loading the stories folder at start', (ctx) => {
  let root: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'srv-stories-'));
    cpSync('stories/_lib', join(root, '_lib'), { recursive: true });
    const files = {
      'duel/en.ink': duelSource(),
      'hostile-silent-loop/en.ink': SILENT_LOOP,
      'hostile-state-explosion/en.ink': stateExplosion(24),
    };
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('reports and skips a file that loops or explodes, and loads the rest', async () => {
    const started = performance.now();
    const app = await createTestApp(ctx.db(), {
      storiesDir: root, checking: { ...DEFAULT_CONFIG.checking, shippedTimeLimitMs: 5_000 },
    });
    try {
      expect(performance.now() - started).toBeLessThan(60_000);
      expect(app.shipped.loaded.map((v) => v.scenarioId)).toEqual(['duel']);
      const rejected = Object.fromEntries(app.shipped.rejected.map((r) => [r.file.split('/').slice(-2, -1)[0], r.errors.join('\n')]));
      expect(Object.keys(rejected).sort()).toEqual(['hostile-silent-loop', 'hostile-state-explosion']);
      expect(rejected['hostile-silent-loop']).toMatch(/knot "spin"/);
      expect(rejected['hostile-state-explosion']).toMatch(/checking took longer than 5 s|more than \d+ (distinct )?states/);
      expect((await app.call('GET', '/api/health')).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
