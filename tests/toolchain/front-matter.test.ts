import { describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/toolchain/front-matter.ts';

const base = [
  'id: broadband-upgrade', 'title: Gigabit broadband', 'channel: outbound-call', 'product: gigabit broadband',
  'difficulty: 2', 'time-limit: 420', 'persona: Li Wei', 'persona-age: 38', 'persona-role: freelance designer',
  'persona-style: analytical',
];

describe('front matter', () => {
  it('reads the contract example into typed metadata', () => {
    const result = readFrontMatter([
      ...base,
      'need: upload, Uploads large design files every evening',
      'objection: contract, contract, Is tied to a competitor, for four more months',
    ]);
    expect(result.ok).toBe(true);
    expect(result.meta).toMatchObject({ id: 'broadband-upgrade', difficulty: 2, timeLimit: 420, personaAge: 38 });
    expect(result.meta?.needs).toEqual([{ id: 'upload', description: 'Uploads large design files every evening' }]);
    expect(result.meta?.objections).toEqual([{ id: 'contract', class: 'contract', description: 'Is tied to a competitor, for four more months' }]);
  });

  it('splits a need on its first comma only', () => {
    const result = readFrontMatter([...base, 'need: family, Two children, both gamers, stream at once']);
    expect(result.meta?.needs[0]?.description).toBe('Two children, both gamers, stream at once');
  });

  it('reports an unknown key instead of ignoring it', () => {
    const result = readFrontMatter([...base, 'persona-styel: driver']);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual({ tagIndex: base.length, message: expect.stringContaining('unknown front-matter key "persona-styel"') });
  });

  it('reports a missing required key by name', () => {
    const result = readFrontMatter(base.filter((t) => !t.startsWith('channel')));
    expect(result.problems.map((p) => p.message)).toContain('missing front-matter key "channel"');
  });

  it('refuses an objection class outside the contract', () => {
    const result = readFrontMatter([...base, 'objection: cost, expensive, Too dear']);
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.message).toMatch(/objections/);
  });

  it('refuses a need declared twice', () => {
    const result = readFrontMatter([...base, 'need: a, one', 'need: a, two']);
    expect(result.problems.map((p) => p.message).join()).toMatch(/need "a" is declared twice/);
  });
});
