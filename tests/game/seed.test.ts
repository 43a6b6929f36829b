import { describe, expect, it } from 'vitest';
import { cryptoSeed, parseSeed } from '../../src/game/run/seed.ts';
import { ReplayInputs } from '../../src/core/schemas/replay-inputs.ts';

describe('cryptoSeed', () => {
  it('turns any 32-bit random value into a seed that replay inputs accept', () => {
    for (const value of [0, 1, 0x7fffffff, 0x80000000, 0xffffffff]) {
      const seed = cryptoSeed((b) => { b[0] = value; return b; })();
      expect(ReplayInputs.shape.seed.safeParse(seed).success, String(value)).toBe(true);
    }
  });
});

describe('parseSeed', () => {
  it('accepts whole numbers in range and nothing else', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('2147483647')).toBe(2147483647);
    expect(parseSeed('2147483648')).toBeNull();
    expect(parseSeed('-1')).toBeNull();
    expect(parseSeed('1.5')).toBeNull();
    expect(parseSeed(null)).toBeNull();
  });
});
