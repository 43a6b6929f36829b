import { describe, expect, it } from 'vitest';
import { EXPRESSIONS } from '../../src/core/persona/customer-state.ts';
import { faceOf } from '../../src/game/portrait/face-geometry.ts';

describe('faceOf', () => {
  it('gives every pair of expressions a visibly different mouth, brows or eyes', () => {
    for (const a of EXPRESSIONS) {
      for (const b of EXPRESSIONS) {
        if (a === b) continue;
        const fa = faceOf(a);
        const fb = faceOf(b);
        const mouth = fa.mouthCurve !== fb.mouthCurve || fa.mouthOpen !== fb.mouthOpen || fa.mouthSkew !== fb.mouthSkew;
        const brows = JSON.stringify([fa.browLeft, fa.browRight]) !== JSON.stringify([fb.browLeft, fb.browRight]);
        const eyes = fa.eyeOpen !== fb.eyeOpen || fa.eyeSmile !== fb.eyeSmile;
        expect(mouth && (brows || eyes), `${a} vs ${b}`).toBe(true);
      }
    }
  });

  it('smiles when pleased and frowns when annoyed', () => {
    expect(faceOf('delighted').mouthCurve).toBeGreaterThan(faceOf('interested').mouthCurve);
    expect(faceOf('interested').mouthCurve).toBeGreaterThan(faceOf('neutral').mouthCurve);
    expect(faceOf('irritated').mouthCurve).toBeLessThan(faceOf('neutral').mouthCurve);
    expect(faceOf('angry').mouthCurve).toBeLessThan(faceOf('irritated').mouthCurve);
    expect(faceOf('angry').browLeft.tilt).toBeGreaterThan(faceOf('irritated').browLeft.tilt);
  });

  it('raises one brow only when doubtful', () => {
    for (const e of EXPRESSIONS) {
      const f = faceOf(e);
      expect(f.browLeft.lift !== f.browRight.lift, e).toBe(e === 'doubtful');
    }
  });
});
