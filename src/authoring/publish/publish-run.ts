// One "Publish to cohort" from the Studio, as data: every language file is checked first by the
// Studio's own checker (errors block publishing, warnings need the trainer's confirmation), then
// each goes to the cohort in turn (POST /api/trainer/scenarios, the source as written), and each
// answer becomes what the trainer is told: published, published before and unchanged, refused
// with the server's reason (a 422 names the knot), busy (try again after Retry-After), the key
// no longer accepted, or no answer at all. Nothing is lost on a failure: the files stay here and
// "try again" sends only those not yet published. The dialog (publish-view.ts) draws this.
import type { Diagnostic } from '../../core/schemas/diagnostic.ts';
import type { Language } from '../../core/schemas/scenario-meta.ts';
import type { PublishedScenario, PublishScenarioInput } from '../../contract/scenarios.ts';
import { isApiError } from '../../net/api-error.ts';
import type { LanguageFile } from './scenario-files.ts';

/** The Studio's checker on one file (its worker in the page): the report's problems. */
export type CheckFile = (
  source: string, language: Language, onProgress: (states: number) => void,
) => Promise<{ errors: Diagnostic[]; warnings: Diagnostic[] }>;

/** What publishing needs of the cohort API client, holding the cohort's trainer key. */
export interface ScenarioPublisher {
  publishScenario(input: PublishScenarioInput): Promise<{ created: boolean; scenario: PublishedScenario }>;
}

export type CheckState =
  | { phase: 'waiting' }
  | { phase: 'checking'; states: number }
  | { phase: 'checked'; errors: Diagnostic[]; warnings: Diagnostic[] }
  | { phase: 'failed'; message: string };

export type SendState =
  | { phase: 'waiting' }
  | { phase: 'sending' }
  /** created false: this exact version was published to the cohort before. */
  | { phase: 'published'; created: boolean; scenario: PublishedScenario }
  /** The server's checker refused it (422): its reason names the knot, with the diagnostics. */
  | { phase: 'refused'; reason: string; diagnostics: Diagnostic[] }
  /** 503 (checking workers busy) or 429: worth sending again, after `retryAfterSeconds` when known. */
  | { phase: 'busy'; retryAfterSeconds: number | null }
  /** 401 or 403: the server no longer takes this trainer key. */
  | { phase: 'key-refused'; reason: string }
  /** No answer (offline, refused connection, time limit). */
  | { phase: 'unreachable' }
  | { phase: 'failed'; reason: string };

export interface FileRun {
  readonly file: LanguageFile;
  check: CheckState;
  send: SendState;
}

/** checking: not all checked yet; blocked: an error or a checker that stopped; else clean or with warnings. */
export type Verdict = 'checking' | 'blocked' | 'warnings' | 'clean';

/** What one failed publish call means for the trainer. */
export function sendFailure(error: unknown): Exclude<SendState, { phase: 'waiting' | 'sending' | 'published' }> {
  if (!isApiError(error)) return { phase: 'failed', reason: error instanceof Error ? error.message : String(error) };
  if (error.kind === 'network' || error.kind === 'timeout') return { phase: 'unreachable' };
  if (error.status === 422) return { phase: 'refused', reason: error.reason, diagnostics: error.diagnostics };
  if (error.status === 503 || error.status === 429) return { phase: 'busy', retryAfterSeconds: error.retryAfterSeconds };
  if (error.unauthorized || error.forbidden) return { phase: 'key-refused', reason: error.reason };
  return { phase: 'failed', reason: error.reason };
}

/** Failures the next file would meet too: the rest wait for "try again" instead. */
const STOPS: ReadonlyArray<SendState['phase']> = ['busy', 'unreachable', 'key-refused'];

export class PublishRun {
  readonly files: FileRun[];
  private sendingNow = false;
  private stopped = false;

  /** `changed` is called after every step, for the dialog to draw it again. */
  constructor(files: readonly LanguageFile[], private readonly changed: () => void) {
    this.files = files.map((file) => ({ file, check: { phase: 'waiting' }, send: { phase: 'waiting' } }));
  }

  /** Checks every file, one after another (the checker holds one worker), until stopped. */
  async check(checkFile: CheckFile): Promise<void> {
    for (const run of this.files) {
      if (this.stopped) return;
      run.check = { phase: 'checking', states: 0 };
      this.changed();
      try {
        const { errors, warnings } = await checkFile(run.file.source, run.file.language, (states) => {
          run.check = { phase: 'checking', states };
          this.changed();
        });
        run.check = { phase: 'checked', errors, warnings };
      } catch (error) {
        if (this.stopped) return;
        run.check = { phase: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
      this.changed();
    }
  }

  /** The dialog closed: no further file is checked (a publish under way still finishes). */
  stop(): void {
    this.stopped = true;
  }

  verdict(): Verdict {
    if (this.files.some((r) => r.check.phase === 'failed' || (r.check.phase === 'checked' && r.check.errors.length > 0))) return 'blocked';
    if (this.files.some((r) => r.check.phase !== 'checked')) return 'checking';
    return this.warnings() > 0 ? 'warnings' : 'clean';
  }

  /** The checker's warnings over every file: publishing with them needs the trainer's confirmation. */
  warnings(): number {
    return this.files.reduce((n, r) => n + (r.check.phase === 'checked' ? r.check.warnings.length : 0), 0);
  }

  /** Some file is still to be checked. */
  get checking(): boolean {
    return !this.stopped && this.files.some((r) => r.check.phase === 'waiting' || r.check.phase === 'checking');
  }

  get sending(): boolean {
    return this.sendingNow;
  }

  /** Every file is on the cohort. */
  get published(): boolean {
    return this.files.length > 0 && this.files.every((r) => r.send.phase === 'published');
  }

  /** After an answer, some file is not published for a reason other than its own content: sending again may cure it. */
  get retryable(): boolean {
    return this.answered && this.files.some((r) => r.send.phase !== 'published' && r.send.phase !== 'refused');
  }

  /** Some file has an answer (published or not): the result can be shown. */
  get answered(): boolean {
    return this.files.some((r) => r.send.phase !== 'waiting' && r.send.phase !== 'sending');
  }

  /**
   * Sends each file not yet published, one after another (the server checks each in its own
   * bounded worker pool). Refused outright while the check is running or has found an error.
   */
  async publish(publisher: ScenarioPublisher): Promise<void> {
    const verdict = this.verdict();
    if (this.sendingNow || verdict === 'checking' || verdict === 'blocked') return;
    this.sendingNow = true;
    const pending = this.files.filter((r) => r.send.phase !== 'published');
    for (const run of pending) run.send = { phase: 'waiting' };
    try {
      for (const run of pending) {
        run.send = { phase: 'sending' };
        this.changed();
        try {
          const { created, scenario } = await publisher.publishScenario({ language: run.file.language, source: run.file.source });
          run.send = { phase: 'published', created, scenario };
        } catch (error) {
          run.send = sendFailure(error);
          if (STOPS.includes(run.send.phase)) break;
        }
      }
    } finally {
      this.sendingNow = false;
      this.changed();
    }
  }
}
