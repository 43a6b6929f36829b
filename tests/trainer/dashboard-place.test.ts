import { describe, expect, it } from 'vitest';
import { placeFragment, readPlace, TAB_KEYS } from '../../src/trainer/screens/dashboard-place.ts';

describe('where the trainer is on the dashboard, kept in the address', () => {
  it('reads back every section and an open transcript it wrote', () => {
    for (const tab of TAB_KEYS) {
      expect(readPlace(placeFragment({ tab, attemptId: null }))).toEqual({ tab, attemptId: null });
      const id = '0b6c5a3e-2f4d-4c1a-9d7e-3b2a1c0f9e8d';
      expect(readPlace(placeFragment({ tab, attemptId: id }))).toEqual({ tab, attemptId: id });
    }
  });

  it('opens the overview for anything else, and takes nothing but an id from the address', () => {
    expect(readPlace('')).toEqual({ tab: 'overview', attemptId: null });
    expect(readPlace('#main')).toEqual({ tab: 'overview', attemptId: null });
    expect(readPlace('#trainees/attempt/<script>')).toEqual({ tab: 'trainees', attemptId: null });
    expect(readPlace('#trainees/member/abc')).toEqual({ tab: 'trainees', attemptId: null });
  });
});
