// The trainee's data as the game's screens read it: the catalog (shipped plus local scenarios, as
// the extensions shape it), the stored attempts and their per-scenario stats; and every write,
// run one after another so a late save never undoes a later clear. The first write that fails is
// reported once.
import { isoNow, type Clock } from '../../core/clock.ts';
import { courseRubric } from '../../core/rubric/course-rubric.ts';
import type { AttemptRecord, RunInProgress } from '../../core/schemas/records.ts';
import { localCatalogEntries } from '../../authoring/library/local-catalog.ts';
import { scenarioStats, type ScenarioStats } from '../progress/scenario-stats.ts';
import { examRunInProgress, type ExamRun } from '../run/exam-run.ts';
import { attemptOf, runInProgressOf, type Run } from '../run/run.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import type { TraineeStore } from './trainee-store.ts';

export interface TraineeDataDeps {
  store: TraineeStore;
  /** The shipped scenarios; local ones are read from the store. */
  shipped: readonly ScenarioEntry[];
  clock: Clock;
  /** Starts the checking worker (the Ink compiler), for re-checking local scenarios. */
  startCheckWorker: () => Worker;
  /** Told once the attempt is stored (the game's extensions, such as the cohort). */
  attemptStored: (attempt: AttemptRecord) => void;
  /** The first failed write (later ones would only repeat it). */
  saveFailed: (message: string) => void;
  /** What the extensions make of the catalog (the cohort adds its versions and withdraws what it hides). */
  shapeCatalog?: (entries: readonly ScenarioEntry[]) => ScenarioEntry[];
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class TraineeData {
  catalog: ScenarioEntry[];
  /** Shipped and local entries, before the extensions shape them. */
  private own: ScenarioEntry[];
  attempts: AttemptRecord[] = [];
  stats: ScenarioStats = new Map();
  private writes: Promise<unknown> = Promise.resolve();
  private failed = false;

  constructor(private readonly deps: TraineeDataDeps) {
    this.own = [...deps.shipped];
    this.catalog = this.shaped();
  }

  get store(): TraineeStore {
    return this.deps.store;
  }

  /** Runs a store write after the ones before it. */
  queue<T>(job: () => Promise<T>): Promise<T> {
    const result = this.writes.then(job);
    this.writes = result.catch(() => undefined);
    return result;
  }

  async reloadCatalog(): Promise<void> {
    const { store } = this.deps;
    let local: ScenarioEntry[] = [];
    try {
      let records = await store.localScenarios();
      // Bounds found under another rubric would mis-score every run: check those again first.
      const stale = records.filter((r) => r.bundle !== null && r.bundle.rubricVersion !== courseRubric.version);
      if (stale.length > 0) {
        try {
          const { recheckLocalScenarios } = await import('../library/recheck-local.ts');
          await recheckLocalScenarios(stale, store, this.deps.clock, this.deps.startCheckWorker);
          records = await store.localScenarios();
        } catch {
          // Could not re-check (no worker): leave the stale ones out rather than score them wrongly.
        }
        records = records.filter((r) => r.bundle === null || r.bundle.rubricVersion === courseRubric.version);
      }
      local = localCatalogEntries(records);
    } catch {
      // Unreadable local scenarios: the shipped ones still play.
    }
    this.own = [...this.deps.shipped, ...local];
    this.catalog = this.shaped();
  }

  /** The extensions' part of the catalog changed: shaped again, nothing read anew. */
  reshapeCatalog(): void {
    this.catalog = this.shaped();
  }

  private shaped(): ScenarioEntry[] {
    return this.deps.shapeCatalog ? this.deps.shapeCatalog(this.own) : [...this.own];
  }

  async reloadAttempts(): Promise<void> {
    this.attempts = await this.deps.store.listAttempts();
    this.stats = scenarioStats(this.attempts);
  }

  /** After every step: the run in progress, so a reload resumes it. */
  saveRun(run: Run): void {
    this.putRun(runInProgressOf(run, isoNow(this.deps.clock)));
  }

  /** After every step of a cohort exam: its id, so a reload resumes it from the server. */
  saveExamRun(run: ExamRun): void {
    this.putRun(examRunInProgress(run, isoNow(this.deps.clock)));
  }

  private putRun(record: RunInProgress): void {
    void this.queue(() => this.deps.store.putRun(record)).catch((error: unknown) => this.reportFailure(error));
  }

  /** Drops the run in progress (left, or it could not be played); a failure here costs nothing. */
  clearRun(): void {
    void this.queue(() => this.deps.store.clearRun()).catch(() => undefined);
  }

  /**
   * Stores the attempt a run became, finished or (an exam left before its ending) abandoned; both
   * take this one path, to the store and on to the extensions. Settles with null, or with why it
   * could not be stored.
   */
  finishRun(run: Run, abandoned = false): Promise<string | null> {
    return this.queue(async () => {
      const attempt = attemptOf(run, isoNow(this.deps.clock), abandoned);
      await this.deps.store.finishRun(attempt);
      this.deps.attemptStored(attempt);
      await this.reloadAttempts();
      return null;
    }).catch((error: unknown) => {
      this.reportFailure(error);
      return errorText(error);
    });
  }

  /** Another tab took the database over: the save errors that follow are not reported. */
  stopReporting(): void {
    this.failed = true;
  }

  private reportFailure(error: unknown): void {
    if (this.failed) return;
    this.failed = true;
    this.deps.saveFailed(errorText(error));
  }
}
