// What every screen hands back to the app, and what the app lends every screen.
import type { Timers } from '../../core/clock.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import type { PlayMode } from '../../core/schemas/records.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { Translate } from '../i18n/translate.ts';
import type { ScenarioStats } from '../progress/scenario-stats.ts';
import type { Pace } from '../run/pace.ts';
import type { SoundPlayer } from '../sound/sound-player.ts';
import type { Stage } from '../stage/stage-view.ts';

export interface Screen {
  element: HTMLElement;
  /** Shown in the browser tab before the app's name. */
  title?: string;
  /** Receives focus when the screen appears (its heading, or its main action). */
  focus?: HTMLElement;
  /** Where the stage canvas goes, for screens that show it. */
  stageSlot?: HTMLElement;
  dispose?: () => void;
}

export interface ScreenContext {
  language: Language;
  t: Translate;
  /** Shipped and local scenarios in every language. */
  catalog: readonly ScenarioEntry[];
  stage: () => Promise<Stage>;
  mode: PlayMode;
  setMode: (mode: PlayMode) => void;
  pace: Pace;
  /** What a screen waits on (the conversation's pacing); the page's main.ts builds it. */
  timers: Timers;
  sound: SoundPlayer;
  stats: ScenarioStats;
}
