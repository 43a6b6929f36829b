// The game's few sounds as tone schedules synthesised with WebAudio (no audio files): a phone
// ring or a shop-door chime when a conversation starts, and a soft rising chime at a sale.
import type { Channel } from '../../core/schemas/scenario-meta.ts';
import { settingOf } from '../stage/stage-view.ts';

export interface Tone {
  frequency: number;
  /** Seconds from the start of the sound. */
  start: number;
  duration: number;
  /** Peak gain, 0–1; kept low so the sounds never startle. */
  gain: number;
  wave: 'sine' | 'triangle';
}

/** A double ring as on a landline: two 0.4 s bursts of 400 + 450 Hz, 0.2 s apart. */
export function ringTones(rings = 1): Tone[] {
  const tones: Tone[] = [];
  for (let r = 0; r < rings; r += 1) {
    for (const burst of [0, 0.6]) {
      const start = r * 2 + burst;
      tones.push({ frequency: 400, start, duration: 0.4, gain: 0.08, wave: 'sine' }, { frequency: 450, start, duration: 0.4, gain: 0.08, wave: 'sine' });
    }
  }
  return tones;
}

/** A shop door's two-note "ding-dong", for conversations held in person. */
export function doorTones(): Tone[] {
  return [
    { frequency: 659.25, start: 0, duration: 0.7, gain: 0.1, wave: 'triangle' },
    { frequency: 523.25, start: 0.45, duration: 0.9, gain: 0.1, wave: 'triangle' },
  ];
}

/** A soft rising major arpeggio (C5 E5 G5 C6) for a won conversation. */
export function chimeTones(): Tone[] {
  return [523.25, 659.25, 783.99, 1046.5].map((frequency, i) => ({ frequency, start: i * 0.12, duration: 0.9 - i * 0.1, gain: 0.07, wave: 'sine' as const }));
}

export function callStartTones(channel: Channel): Tone[] {
  return settingOf(channel) === 'phone' ? ringTones() : doorTones();
}
