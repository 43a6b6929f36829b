// npm run play: the terminal way to play any scenario file, as a small text game or as one JSON
// state per line, with the same shown order and scores as the game.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { checkFile } from '../../src/node/check-file.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { Session } from '../../src/core/session/session.ts';
import { sessionOptions } from '../../src/core/session/scenario-bundle.ts';

interface State {
  step: number;
  lines: Array<{ speaker: string; text: string }>;
  offered: Array<{ index: number; text: string }>;
  ended: boolean;
  outcome: string | null;
  overall: number | null;
  scores: Record<string, number> | null;
  redLines: string[];
  inputs?: { choices: number[]; seed: number; rubricVersion: string };
  coach?: unknown;
  error?: string;
}

function playCli(input: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/play.ts', ...args], { encoding: 'utf8', input });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
const states = (out: string): State[] => out.trim().split('\n').map((l) => JSON.parse(l) as State);
const TINY = 'tests/fixtures/ink/tiny/en.ink';

/** Positions (1-based, in shown order) that pick these Ink indices, found by playing. */
function positionsFor(indices: number[], seed: number): string {
  const picked: number[] = [];
  for (let n = 0; n < indices.length; n++) {
    const run = states(playCli(picked.map(String).join('\n') + '\n', TINY, '--seed', String(seed), '--json').out);
    const last = run[run.length - 1]!;
    picked.push(last.offered.findIndex((c) => c.index === indices[n]) + 1);
  }
  return picked.join('\n') + '\n';
}

describe('npm run play', () => {
  it('prints one JSON state after the start and after every input line, replies in shown order', () => {
    const r = playCli('1\n', TINY, '--seed', '5', '--json');
    const [start, after] = states(r.out);
    expect(Object.keys(start!)).toEqual(expect.arrayContaining(['step', 'lines', 'offered', 'ended', 'outcome', 'overall', 'scores', 'redLines']));
    expect(start!.step).toBe(0);
    expect(start!.lines).toEqual([{ speaker: 'customer', text: 'Hello?' }]);
    expect(start!.offered.map((c) => c.index).sort()).toEqual([0, 1]);
    expect(after!.step).toBe(1);
    // Position 1 is whichever reply was shown first, and the trainee's line says it.
    expect(after!.lines[0]).toEqual({ speaker: 'trainee', text: start!.offered[0]!.text });
  });

  it('answers anything but a listed position with an error line and the same offer again', () => {
    const r = playCli('hello\n0\n3\n', TINY, '--json');
    const lines = states(r.out);
    expect(lines.map((l) => l.error ?? 'state')).toEqual(['state', expect.stringContaining('"hello" is not a reply'), 'state', expect.stringContaining('"0"'), 'state', expect.stringContaining('"3"'), 'state']);
    for (const l of lines.filter((x) => !x.error)) expect(l.offered).toEqual(lines[0]!.offered);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/input ended before the conversation did/);
  });

  it('ends with the outcome, scores, red lines and the replay inputs in Ink indices', () => {
    const seed = 9;
    const r = playCli(positionsFor([0, 1, 0], seed), TINY, '--seed', String(seed), '--json', '--mode', 'exam');
    const last = states(r.out).at(-1)!;
    expect(r.code).toBe(0);
    expect(last.ended).toBe(true);
    expect(last.outcome).toBe('sale');
    expect(last.overall).toBeGreaterThan(50);
    expect(last.redLines).toEqual([]);
    expect(last.inputs).toMatchObject({ choices: [0, 1, 0], seed, rubricVersion: '2.0.0' });
    // An exam shows no coaching as it goes.
    expect(states(r.out).every((s) => s.coach === undefined)).toBe(true);
  });

  it('shows the same order the core computes, and a different one for another seed', () => {
    const { bundle } = checkFile(TINY, courseRubric);
    const core = (seed: number) => {
      const session = new Session(sessionOptions(bundle!, courseRubric, seed));
      session.start();
      return session.choices.map((c) => c.index);
    };
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const a = seeds.find((x) => core(x).join() !== core(1).join())!;
    expect(a).toBeDefined();
    for (const seed of [1, a]) {
      expect(states(playCli('', TINY, '--seed', String(seed), '--json').out)[0]!.offered.map((c) => c.index)).toEqual(core(seed));
    }
  });

  it('plays as a small text game for people', () => {
    const r = playCli('1\n', TINY, '--seed', '2');
    expect(r.out).toMatch(/Test Customer: Hello\?/);
    expect(r.out).toMatch(/ {2}1\. /);
    expect(r.out).toMatch(/ {2}2\. /);
    expect(r.out).toMatch(/You: /);
  });

  it('refuses a bad option with a clear message', () => {
    expect(playCli('', TINY, '--mode', 'quiz').err).toMatch(/--mode is coach or exam/);
    expect(playCli('', 'nope.ink').err).toMatch(/no such file/);
  });
});
