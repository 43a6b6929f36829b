// The shared contract's spellings and the checker's help with mistyped ids.
import { describe, expect, it } from 'vitest';
import { check, play, scenarioSource } from '../../helpers/scenario-source.ts';
import { closestId } from '../../../src/core/util/did-you-mean.ts';

const withTag = (tag: string) => `
Hello. # raises: cost
* [I hear you, it is a lot of money. ${tag}]
  Thanks. # resolved: cost
  # outcome: no-sale
  -> END
`;

describe('tag spellings and suggestions', () => {
  it('accepts lscpa-empathise as the LSCPA share step, alongside lscpa-share', () => {
    for (const id of ['lscpa-empathise', 'lscpa-share']) {
      const { report } = check(scenarioSource(withTag(`#technique: ${id}`)));
      expect(report.errors, id).toEqual([]);
      const run = play(scenarioSource(withTag(`#technique: ${id}`)), [0]);
      expect(run.evidence.find((e) => e.reason === 'technique')?.item).toBe('lscpa-share');
    }
  });

  it('suggests the nearest technique or fault for an unknown id', () => {
    const technique = check(scenarioSource(withTag('#technique: lscpa-empathize'))).report.errors.map((e) => e.message);
    expect(technique.join()).toContain('did you mean "lscpa-empathise"?');
    const fault = check(scenarioSource(withTag('#fault: false-promis'))).report.errors.map((e) => e.message);
    expect(fault.join()).toContain('did you mean "false-promise"?');
    const key = check(scenarioSource(withTag('#tecnique: fabe'))).report.errors.map((e) => e.message);
    expect(key.join()).toContain('did you mean "technique"?');
  });

  it('makes no suggestion for a word nothing resembles', () => {
    expect(closestId('banana-split', ['fabe', 'close-direct'])).toBeNull();
  });

  it('says so when a choice tag stands on its own line before the choice\'s "*"', () => {
    const body = `
Hello.
# discovery: +2
* [Ask how they use the line]
  Fine. # outcome: no-sale
  -> END
`;
    const errors = check(scenarioSource(body)).report.errors;
    const d = errors.find((e) => e.code === 'misplaced-tag');
    expect(d?.message).toContain('before the choice\'s "*"');
    expect(d?.line).toBe(scenarioSource(body).split('\n').findIndex((l) => l === '# discovery: +2') + 1);
  });
});
