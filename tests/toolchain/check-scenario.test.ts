import { describe, expect, it } from 'vitest';
import { check, play, scenarioSource } from '../helpers/scenario-source.ts';
import type { Diagnostic } from '../../src/core/schemas/diagnostic.ts';

const lineOf = (body: string, needle: string): number =>
  scenarioSource(body).split('\n').findIndex((l) => l.includes(needle)) + 1;

function only(list: Diagnostic[], code: string): Diagnostic {
  const found = list.filter((d) => d.code === code);
  expect(found, JSON.stringify(list)).toHaveLength(1);
  return found[0]!;
}

const sound = `
Hello. # reveals: data
* [Ask #discovery: +1]
  My kids stream. # reveals: family
  Too dear though. # raises: cost
  -> deal
= deal
* [Split the cost by day #technique: price-daily-split]
  Fine. # resolved: cost
  Tied up, though. # raises: locked
  * * [Offer to cover the exit fee]
      Great. # resolved: locked
      # signal: verbal
      * * * [Close #close: close-direct]
            Deal. # outcome: sale
            -> END
* [Give up]
  Bye. # outcome: no-sale
  -> END
`;

describe('the scenario checker', () => {
  it('passes a sound scenario with no errors or warnings', () => {
    const { report } = check(scenarioSource(sound));
    expect(report.errors).toEqual([]);
    // A two-reply toy is guessable by design; the guessability check has tests of its own.
    expect(report.warnings.filter((w) => w.code !== 'guessable')).toEqual([]);
    expect(report.endings).toEqual(['no-sale', 'sale']);
  });

  it('reports an Ink syntax error with its line', () => {
    const body = sound.replace('Fine. # resolved: cost', '{broken');
    const d = only(check(scenarioSource(body)).report.errors, 'ink-syntax');
    expect(d).toMatchObject({ file: 'stories/test-customer/en.ink', line: lineOf(body, '{broken') });
  });

  it('reports an unknown tag with its line', () => {
    const body = sound.replace('# reveals: family', '# revels: family');
    const d = only(check(scenarioSource(body)).report.errors, 'unknown-tag');
    expect(d.line).toBe(lineOf(body, 'revels'));
    expect(d.message).toMatch(/unknown tag "# revels: family"/);
  });

  it('reports a need the front matter does not declare, with its line', () => {
    const body = sound.replace('# reveals: family', '# reveals: budget');
    const d = only(check(scenarioSource(body)).report.errors, 'bad-tag');
    expect(d.line).toBe(lineOf(body, 'budget'));
    expect(d.message).toMatch(/need the front matter does not declare/);
  });

  it('reports a scoring tag written after the choice\'s "]", with its line', () => {
    const body = sound.replace('* [Give up]', '* [Give up] #conduct: +1');
    const d = only(check(scenarioSource(body)).report.errors, 'misplaced-tag');
    expect(d.line).toBe(lineOf(body, 'Give up'));
  });

  it('reports an unknown front-matter key with its line', () => {
    const source = scenarioSource(sound, { 'persona-mood': 'grumpy' });
    const d = only(check(source).report.errors, 'front-matter');
    expect(d.line).toBe(source.split('\n').findIndex((l) => l.includes('persona-mood')) + 1);
  });

  it('reports an unreachable knot with its line', () => {
    const body = `${sound}\n=== forgotten ===\nNobody comes here. # outcome: sale\n-> END\n`;
    const d = only(check(scenarioSource(body)).report.warnings, 'unreachable-knot');
    expect(d.line).toBe(lineOf(body, '=== forgotten'));
  });

  it('reports a path that ends without an outcome, at the choice that leads there', () => {
    const body = sound.replace('  Bye. # outcome: no-sale', '  Bye.');
    const d = only(check(scenarioSource(body)).report.errors, 'dead-end');
    expect(d.line).toBe(lineOf(body, '[Give up]'));
  });

  it('reports a choice that no path offers, with its line', () => {
    const body = sound.replace('* [Give up]', '* {false} [Give up]');
    const d = only(check(scenarioSource(body)).report.warnings, 'unreachable-choice');
    expect(d.line).toBe(lineOf(body, '[Give up]'));
  });

  it('reports which needs and objections can be revealed, raised and resolved', () => {
    const { report } = check(scenarioSource(sound));
    expect(report.needs).toEqual({ data: { revealed: true }, family: { revealed: true } });
    expect(report.objections).toEqual({ cost: { raised: true, resolved: true }, locked: { raised: true, resolved: true } });
  });

  it('finds a best path whose replay reaches the reported best overall', () => {
    const source = scenarioSource(sound);
    const { report } = check(source);
    const run = play(source, report.bestPath);
    expect(run.overall).toBe(report.bestOverall);
    expect(run.outcome).toBe('sale');
  });

  it('requires the customer variables', () => {
    const source = scenarioSource(sound).replace('INCLUDE ../_lib/customer.ink', 'VAR trust = 50');
    expect(check(source).report.errors.map((d) => d.code)).toContain('missing-variable');
  });

  it('requires the id to match the scenario folder', () => {
    const { report } = check(scenarioSource(sound), 'stories/other-name/en.ink');
    expect(report.errors.map((d) => d.message).join()).toMatch(/folder name "other-name"/);
  });
});
