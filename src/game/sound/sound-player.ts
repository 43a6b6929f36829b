// Plays tone schedules through one lazily created AudioContext, only while the trainee has sound
// on. Browsers allow audio after a user gesture; every sound here follows a click or key press.
import type { Tone } from './tones.ts';

export interface SoundPlayer {
  enabled: boolean;
  play(tones: readonly Tone[]): void;
}

export function webAudioPlayer(enabled: boolean): SoundPlayer {
  let context: AudioContext | null = null;
  const player: SoundPlayer = {
    enabled,
    play(tones) {
      if (!player.enabled || tones.length === 0 || typeof AudioContext !== 'function') return;
      try {
        context ??= new AudioContext();
        if (context.state === 'suspended') void context.resume();
        const t0 = context.currentTime + 0.02;
        for (const tone of tones) {
          const osc = context.createOscillator();
          const gain = context.createGain();
          osc.type = tone.wave;
          osc.frequency.value = tone.frequency;
          // A short attack and an exponential release, so no tone clicks on or off.
          const start = t0 + tone.start;
          const end = start + tone.duration;
          gain.gain.setValueAtTime(0.0001, start);
          gain.gain.exponentialRampToValueAtTime(tone.gain, start + 0.02);
          gain.gain.exponentialRampToValueAtTime(0.0001, end);
          osc.connect(gain).connect(context.destination);
          osc.start(start);
          osc.stop(end + 0.05);
        }
      } catch {
        // No audio device or a refused context: the game is silent, never broken.
      }
    },
  };
  return player;
}
