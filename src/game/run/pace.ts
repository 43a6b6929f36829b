// How fast the customer's lines appear: at a speaking pace, or all at once for trainees who ask
// the system for reduced motion and for tests (?pace=instant).
export type Pace = 'speaking' | 'instant';

export function paceOf(search: string, reducedMotion: boolean): Pace {
  const asked = new URLSearchParams(search).get('pace');
  if (asked === 'instant' || asked === 'speaking') return asked;
  return reducedMotion ? 'instant' : 'speaking';
}
