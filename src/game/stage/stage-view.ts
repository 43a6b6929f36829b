// What the stage shows: a snapshot of session state prepared by the DOM side. The stage only
// draws it; it never reads the Session or handles input itself.
import type { CustomerState, Expression } from '../../core/persona/customer-state.ts';
import type { Channel, Language } from '../../core/schemas/scenario-meta.ts';
import type { PersonaLook } from '../portrait/persona-look.ts';

export type StagePhase = 'briefing' | 'call' | 'ended';
export type Setting = 'phone' | 'store' | 'office';

export interface StageView {
  language: Language;
  channel: Channel;
  name: string;
  /** Role and age, as one short line under the name. */
  detail: string;
  look: PersonaLook;
  phase: StagePhase;
  /** null before the conversation starts: the meters show no value yet. */
  customer: CustomerState | null;
  /**
   * Whether the trust/patience/interest meters are drawn. Off in exam mode: the customer's face
   * still follows their state, as a real customer's would, but no number gives it away.
   */
  meters: boolean;
  expression: Expression;
  /** Simulated conversation seconds (session.seconds), not wall-clock time. */
  seconds: number;
  timeLimit: number | null;
  speaking: 'customer' | 'trainee' | 'other' | null;
  /** The name of another party (a receptionist, a colleague) while they are speaking. */
  voice: string | null;
}

export interface Stage {
  /** Puts the stage into `parent` and resumes drawing. */
  attach(parent: HTMLElement): void;
  /** Stops drawing; the host element stays where it is until attached elsewhere. */
  detach(): void;
  show(view: StageView): void;
}

export function settingOf(channel: Channel): Setting {
  if (channel === 'store' || channel === 'social-channel') return 'store';
  if (channel === 'key-account') return 'office';
  return 'phone';
}
