// The shape of each facial expression as numbers the portrait drawer reads: brows, eyes, mouth
// and colour. Kept apart from Phaser so the differences between expressions can be tested.
import type { Expression } from '../../core/persona/customer-state.ts';

export interface BrowShape {
  /** Pixels the whole brow moves up (negative: down). */
  lift: number;
  /** Pixels the inner end drops below the outer end (negative: raised inner end, a worried look). */
  tilt: number;
}

export interface FaceGeometry {
  browLeft: BrowShape;
  browRight: BrowShape;
  /** 1 = fully open, 0 = shut. */
  eyeOpen: number;
  /** Eyes drawn as smiling arcs. */
  eyeSmile: boolean;
  /** −1 deep frown … +1 broad smile. */
  mouthCurve: number;
  /** 0 closed … 1 wide open. */
  mouthOpen: number;
  mouthWidth: number;
  /** Pixels the right corner of the mouth sits above the left (a sceptical twist). */
  mouthSkew: number;
  teeth: boolean;
  /** Pink cheeks of pleasure. */
  blush: number;
  /** Red flush of anger. */
  flush: number;
}

const both = (lift: number, tilt: number): Pick<FaceGeometry, 'browLeft' | 'browRight'> => ({
  browLeft: { lift, tilt },
  browRight: { lift, tilt },
});

export const FACES: Record<Expression, FaceGeometry> = {
  delighted: { ...both(7, -2), eyeOpen: 0.8, eyeSmile: true, mouthCurve: 1, mouthOpen: 0.7, mouthWidth: 44, mouthSkew: 0, teeth: true, blush: 0.75, flush: 0 },
  interested: { ...both(4, -1), eyeOpen: 1, eyeSmile: false, mouthCurve: 0.55, mouthOpen: 0, mouthWidth: 34, mouthSkew: 0, teeth: false, blush: 0.3, flush: 0 },
  neutral: { ...both(0, 0), eyeOpen: 0.85, eyeSmile: false, mouthCurve: 0, mouthOpen: 0, mouthWidth: 28, mouthSkew: 0, teeth: false, blush: 0, flush: 0 },
  doubtful: { browLeft: { lift: 9, tilt: -3 }, browRight: { lift: -2, tilt: 2 }, eyeOpen: 0.6, eyeSmile: false, mouthCurve: -0.25, mouthOpen: 0, mouthWidth: 24, mouthSkew: 6, teeth: false, blush: 0, flush: 0 },
  irritated: { ...both(-3, 6), eyeOpen: 0.55, eyeSmile: false, mouthCurve: -0.55, mouthOpen: 0, mouthWidth: 30, mouthSkew: 0, teeth: false, blush: 0, flush: 0.25 },
  angry: { ...both(-6, 11), eyeOpen: 0.5, eyeSmile: false, mouthCurve: -0.9, mouthOpen: 0.45, mouthWidth: 36, mouthSkew: 0, teeth: true, blush: 0, flush: 0.6 },
};

export function faceOf(expression: Expression): FaceGeometry {
  return FACES[expression];
}
