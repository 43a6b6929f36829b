import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PRINTING_LOOP, SILENT_LOOP, SILENT_LOOP_AT_START, TUNNEL_RECURSION } from '../helpers/hostile-stories.ts';

// A hang would block the suite; spawnSync's timeout turns it into a failure (status null).
const BOUND_MS = 60_000;

function cli(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], { encoding: 'utf8', timeout: BOUND_MS, input: '1\n' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Writes the hostile stories as a scenario library of their own, with the real shared _lib. */
function library(): { dir: string; file: (source: string) => string } {
  const dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  mkdirSync(join(dir, '_lib'));
  copyFileSync('stories/_lib/customer.ink', join(dir, '_lib', 'customer.ink'));
  const file = (source: string): string => {
    const id = /^# id: (.+)$/m.exec(source)![1]!;
    mkdirSync(join(dir, id), { recursive: true });
    writeFileSync(join(dir, id, 'en.ink'), source);
    return join(dir, id, 'en.ink');
  };
  for (const s of [SILENT_LOOP, PRINTING_LOOP, TUNNEL_RECURSION, SILENT_LOOP_AT_START]) file(s);
  return { dir, file };
}

describe('the CLIs on a story that runs away', () => {
  const lib = library();

  it('stories:check refuses each hostile story with the reason at its knot and exits non-zero', () => {
    const r = cli('stories-check', lib.dir);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/hostile-silent-loop\/en\.ink:\d+: error: the story ran 200,000 steps in knot "spin" without reaching a choice or an end/);
    expect(r.out).toMatch(/hostile-printing-loop\/en\.ink:\d+: error: the story printed more than 2,000 lines in knot "chatter"/);
    expect(r.out).toMatch(/hostile-tunnel-recursion\/en\.ink:\d+: error: tunnels or functions nested more than 100 deep in knot "deeper"/);
    expect(r.out).toMatch(/hostile-loop-at-start\/en\.ink:\d+: error: .*knot "spin".*before the first choice/);
    expect(r.out).toMatch(/4 scenario file\(s\) checked in [\d.]+ s: 4 error\(s\)/);
  });

  it('stories:check --json reports the runaway as an error diagnostic', () => {
    const r = cli('stories-check', lib.file(TUNNEL_RECURSION), '--json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { errors: Array<{ code: string; line: number | null }> };
    expect(report.errors).toContainEqual(expect.objectContaining({ code: 'runaway-story', line: expect.any(Number) }));
  });

  it('play refuses to start the game and says why', () => {
    const r = cli('play', lib.file(SILENT_LOOP), '--json');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error: the story ran 200,000 steps in knot "spin"/);
    expect(r.err).toMatch(/cannot be played until the errors above are fixed/);
  });

  it('replay refuses the attempt and says why', () => {
    const r = cli('replay', lib.file(PRINTING_LOOP), '--choices', '0');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/error: the story printed more than 2,000 lines in knot "chatter"/);
  });
});
