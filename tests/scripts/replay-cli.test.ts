import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scenarioSource } from '../helpers/scenario-source.ts';

function replayCli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/replay.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run replay', () => {
  it('prints one JSON object with outcome, scores, overall, events and transcript', () => {
    const r = replayCli('tests/fixtures/ink/tiny/en.ink', '--choices', '0,1,0', '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out) as Record<string, unknown>;
    expect(Object.keys(report)).toEqual(expect.arrayContaining(['outcome', 'scores', 'overall', 'events', 'transcript']));
    expect(report.outcome).toBe('sale');
    expect(report.scores).toMatchObject({ discovery: 100, closing: 100 });
  });

  it('prints the transcript and scores for people', () => {
    const r = replayCli('tests/fixtures/ink/tiny/en.ink', '--choices', '0,1,0');
    expect(r.out).toMatch(/Test Customer: Hello\?/);
    expect(r.out).toMatch(/outcome: sale/);
    expect(r.out).toMatch(/overall/);
  });

  it('rejects an index that is not offered with a clear error', () => {
    const r = replayCli('tests/fixtures/ink/tiny/en.ink', '--choices', '0,7');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/step 2: choice 7 is not offered: choose 0 to 1/);
  });

  it('plays a scenario file that lives outside the project', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    mkdirSync(join(dir, '_lib'));
    writeFileSync(join(dir, '_lib', 'customer.ink'), 'VAR trust = 50\nVAR patience = 50\nVAR interest = 50\n');
    mkdirSync(join(dir, 'test-customer'));
    const file = join(dir, 'test-customer', 'en.ink');
    writeFileSync(file, scenarioSource('Hi.\n* [Ask #discovery: +1]\n  Yes. # outcome: sale\n  -> END'));
    const r = replayCli(file, '--choices', '0', '--json');
    expect(r.err).toBe('');
    expect(JSON.parse(r.out).outcome).toBe('sale');
  });

  it('shows the file and line of an Ink error instead of playing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'replay-'));
    const file = join(dir, 'broken.ink');
    writeFileSync(file, scenarioSource('Hi.\n* [Ask]\n  {oops\n  -> END').replace('INCLUDE ../_lib/customer.ink', 'VAR trust = 1'));
    const r = replayCli(file, '--choices', '0');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/broken\.ink:\d+: error: /);
  });
});
