import { describe, expect, it } from 'vitest';
import { JOIN_CODE, normaliseJoinCode } from '../../src/contract/join-code.ts';
import { hashSecret, newJoinCode, newSecret, secretKind } from '../../src/server/secrets.ts';

describe('secrets', () => {
  it('makes distinct prefixed secrets and hashes them with sha256', () => {
    const a = newSecret('trainer');
    const b = newSecret('trainee');
    expect(secretKind(a)).toBe('trainer');
    expect(secretKind(b)).toBe('trainee');
    expect(secretKind('xyz')).toBeNull();
    expect(hashSecret('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(new Set(Array.from({ length: 50 }, () => newSecret('trainee'))).size).toBe(50);
  });

  it('makes join codes people can read aloud, and accepts them as typed', () => {
    for (let i = 0; i < 50; i++) expect(newJoinCode()).toMatch(JOIN_CODE);
    expect(normaliseJoinCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normaliseJoinCode(' ab cd ef gh ')).toBe('ABCDEFGH');
  });
});
