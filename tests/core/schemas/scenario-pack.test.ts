import { describe, expect, it } from 'vitest';
import { MAX_PACK_BYTES, PACK_FORMAT, parseScenarioPack } from '../../../src/core/schemas/scenario-pack.ts';

const pack = (scenarios: unknown[]): string => JSON.stringify({ format: PACK_FORMAT, version: 1, exportedAt: '2026-11-23T10:00:00.000Z', scenarios });

describe('reading a scenario pack', () => {
  it('accepts a well-formed pack', () => {
    const r = parseScenarioPack(pack([{ id: 'a-b', language: 'en', title: 'A', source: '# id: a-b' }]));
    expect(r.ok).toBe(true);
  });

  it('refuses text that is not JSON', () => {
    expect(parseScenarioPack('{oops')).toEqual({ ok: false, error: expect.stringMatching(/not valid JSON/) });
  });

  it('refuses JSON of the wrong shape, naming the field', () => {
    const r = parseScenarioPack(pack([{ id: 'Bad Id', language: 'en', title: 'A', source: 'x' }]));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/scenarios\.0\.id/) });
  });

  it('refuses a file over the size limit before parsing it', () => {
    const r = parseScenarioPack(' '.repeat(MAX_PACK_BYTES + 1));
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/at most 5 MB/) });
  });

  it('refuses an empty pack', () => {
    expect(parseScenarioPack(pack([])).ok).toBe(false);
  });
});
