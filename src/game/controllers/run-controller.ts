// A run from start to end: a new run of a scenario (or the saved one resumed at startup), the
// conversation screen, the run in progress saved after every step, the attempt stored when it
// ends, and leaving (an exam left early is stored as abandoned; a coach run is dropped).
import { isoNow, type Clock } from '../../core/clock.ts';
import type { RunInProgress } from '../../core/schemas/records.ts';
import { errorText } from '../data/trainee-data.ts';
import { resumeRun } from '../run/resume-run.ts';
import { startRun, type Run } from '../run/run.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import type { SeedSource } from '../run/seed.ts';
import { renderConversation } from '../ui/conversation-view.ts';
import type { GameParts } from './game-parts.ts';

export interface RunDeps {
  seed: SeedSource;
  newId: () => string;
  clock: Clock;
}

export class RunController {
  constructor(private readonly parts: GameParts, private readonly deps: RunDeps) {}

  /** A new run of the scenario; back to its briefing, saying why, if its story will not load. */
  async start(entry: ScenarioEntry): Promise<void> {
    const { settings, routes } = this.parts;
    let run: Run;
    try {
      run = await startRun(entry, { id: this.deps.newId(), seed: this.deps.seed(), mode: settings.settings.mode, startedAt: isoNow(this.deps.clock) });
    } catch (error) {
      routes.briefing(entry, settings.t('error.load', { message: errorText(error) }));
      return;
    }
    this.show(run, false);
  }

  /**
   * The run saved when the page was last left, where it stood, in its own language; true when it
   * could be resumed. One that cannot (its scenario changed or is gone) is dropped, saying why.
   */
  async resume(saved: RunInProgress): Promise<boolean> {
    const { data, settings, shell } = this.parts;
    const resumed = await resumeRun(saved, data.catalog);
    if (resumed.ok) {
      settings.show(resumed.run.entry.language);
      this.show(resumed.run, true);
      shell.notify('ok', (t) => t('resume.restored'), false);
      return true;
    }
    await data.queue(() => data.store.clearRun());
    const { title, reason } = resumed;
    shell.notify('error', (t) => t('resume.failed', { title, reason: t(`resume.${reason}`) }), true);
    return false;
  }

  private show(run: Run, resumed: boolean): void {
    const { data, shell, routes } = this.parts;
    let saved: Promise<string | null> | null = null;
    const finished = (): Promise<string | null> => {
      saved ??= data.finishRun(run);
      return saved;
    };
    void shell.show('call', renderConversation(this.parts.screenContext(), run, {
      stepped: () => data.saveRun(run),
      finished: () => void finished(),
      end: () => routes.debrief(run, finished()),
      leave: () => void this.leave(run, finished),
      // A story that stopped with an error: nothing to score, and nothing worth resuming.
      abandon: () => {
        data.clearRun();
        routes.list();
      },
    }, resumed));
  }

  /**
   * After the trainee confirmed Leave. An exam is stored as abandoned, scored as it stood; a coach
   * run is dropped, as before. A conversation that had already ended is stored as finished.
   */
  private async leave(run: Run, finished: () => Promise<string | null>): Promise<void> {
    const { data, shell, routes } = this.parts;
    if (run.session.ended) {
      await finished();
    } else if (run.mode === 'exam') {
      const problem = await data.finishRun(run, true);
      const title = run.entry.meta.title;
      routes.list();
      if (problem === null) shell.notify('ok', (t) => t('leave.saved', { title }), false);
      return;
    } else {
      data.clearRun();
    }
    routes.list();
  }
}
