// A run from start to end: a new run of a scenario (or the saved one resumed at startup), the
// conversation screen, the run in progress saved after every step, the attempt stored when it
// ends, and leaving (an exam left early is stored as abandoned; a coach run is dropped).
// In a cohort, an exam of a scenario the server knows is played on the server (the extension's
// ExamService): it needs the connection to start, is resumed from the server after a reload,
// and its story is loaded only once it is over, to replay the server's attempt for the debrief.
import { isoNow, type Clock } from '../../core/clock.ts';
import type { RunInProgress } from '../../core/schemas/records.ts';
import { errorText } from '../data/trainee-data.ts';
import { ExamCallError, type ExamService } from '../run/exam-port.ts';
import { replayExam } from '../run/exam-replay.ts';
import { openExam, resumeExam, type ExamOpening, type ExamRun } from '../run/exam-run.ts';
import { resumeRun } from '../run/resume-run.ts';
import { startRun, type Run } from '../run/run.ts';
import type { ScenarioEntry } from '../run/scenario-entry.ts';
import type { SeedSource } from '../run/seed.ts';
import { renderConversation } from '../ui/conversation-view.ts';
import { examServiceOf, type GameParts } from './game-parts.ts';

export interface RunDeps {
  seed: SeedSource;
  newId: () => string;
  clock: Clock;
}

/** A finished exam replayed here, and its local record being stored. */
interface StoredExam {
  run: Run;
  saved: Promise<string | null>;
}

export class RunController {
  constructor(private readonly parts: GameParts, private readonly deps: RunDeps) {}

  private get exams(): ExamService | null {
    return examServiceOf(this.parts);
  }

  /** A new run of the scenario; back to its briefing, saying why, if its story will not load. */
  async start(entry: ScenarioEntry): Promise<void> {
    const { settings, routes } = this.parts;
    const exams = this.exams;
    if (exams && settings.settings.mode === 'exam' && exams.serves(entry)) return this.startExam(entry, exams);
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
    if (saved.examId !== undefined) return this.resumeExam(saved, saved.examId);
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

  private async startExam(entry: ScenarioEntry, exams: ExamService): Promise<void> {
    const { routes, shell } = this.parts;
    const opening = await openExam(exams, entry);
    if (!opening.ok) {
      routes.briefing(entry, this.examProblem(opening));
      return;
    }
    this.showExam(opening.run, opening.resumed);
    if (opening.resumed) shell.notify('ok', (t) => t('exam.continued'), false);
  }

  private examProblem(opening: Extract<ExamOpening, { ok: false }>): string {
    const t = this.parts.settings.t;
    if (opening.problem === 'offline') return t('exam.offline');
    if (opening.problem === 'no-cohort') return t('exam.no-cohort');
    return t('exam.refused', { reason: opening.reason });
  }

  /** A cohort exam saved as under way: as the server has it now, or dropped here saying why (the server keeps it). */
  private async resumeExam(saved: RunInProgress, examId: string): Promise<boolean> {
    const { data, settings, shell } = this.parts;
    const entry = data.catalog.find((e) => !e.local && e.contentHash === saved.contentHash) ?? null;
    const exams = this.exams;
    const opening = entry && exams ? await resumeExam(exams, examId, entry) : null;
    if (entry && opening?.ok) {
      settings.show(entry.language);
      this.showExam(opening.run, true);
      shell.notify('ok', (t) => t('resume.restored'), false);
      return true;
    }
    await data.queue(() => data.store.clearRun());
    const title = entry?.meta.title ?? saved.scenarioId;
    const problem = opening && !opening.ok ? opening : null;
    shell.notify('error', (t) => t('exam.resume-failed', {
      title,
      reason: entry === null ? t('resume.missing')
        : problem === null || problem.problem === 'no-cohort' ? t('exam.resume-no-cohort')
          : problem.problem === 'offline' ? t('exam.resume-offline') : problem.reason,
    }), true);
    return false;
  }

  private showExam(run: ExamRun, resumed: boolean): void {
    const { data, shell, routes } = this.parts;
    let stored: Promise<StoredExam | null> | null = null;
    // Once, when the trainee goes on from the ending (or leaves): the story loads only then.
    const store = (): Promise<StoredExam | null> => (stored ??= this.storeExam(run));
    void shell.show('call', renderConversation(this.parts.screenContext(), { entry: run.entry, mode: run.mode, conversation: run.exam }, {
      stepped: () => data.saveExamRun(run),
      // The server stored the attempt with the last reply; this device stores its copy on the way on.
      finished: () => undefined,
      end: () => void store().then((done) => (done ? routes.debrief(done.run, done.saved) : routes.list())),
      leave: () => void this.leaveExam(run, store),
      // The server stopped taking replies (the reason is on screen): the exam is not resumed from here.
      abandon: () => {
        data.clearRun();
        routes.list();
      },
    }, resumed));
  }

  /** Replays the server's attempt with the entry's story and stores it on this device. */
  private async storeExam(run: ExamRun): Promise<StoredExam | null> {
    const { data, shell } = this.parts;
    const title = run.entry.meta.title;
    const attempt = run.exam.attempt;
    const replayed = attempt ? await replayExam(run, attempt) : { ok: false as const, detail: 'the server sent no attempt' };
    if (!replayed.ok) {
      data.clearRun();
      const { detail } = replayed;
      shell.notify('error', (t) => t('exam.debrief-failed', { title, detail }), true);
      return null;
    }
    return { run: replayed.run, saved: data.finishRun(replayed.run, attempt?.status === 'abandoned') };
  }

  /**
   * After the trainee confirmed Leave: the server stores the exam as abandoned, scored as it
   * stood, and so does this device. Without the server it stays open there, and starting it
   * again continues it.
   */
  private async leaveExam(run: ExamRun, store: () => Promise<StoredExam | null>): Promise<void> {
    const { data, shell, routes } = this.parts;
    const title = run.entry.meta.title;
    if (!run.exam.ended) {
      try {
        await run.exam.abandon();
      } catch (error) {
        data.clearRun();
        routes.list();
        const reason = error instanceof ExamCallError ? error.reason : errorText(error);
        shell.notify('error', (t) => t('exam.leave-failed', { title, reason }), true);
        return;
      }
    }
    const abandoned = run.exam.attempt?.status === 'abandoned';
    const done = await store();
    const problem = done ? await done.saved : 'not stored';
    routes.list();
    if (abandoned && problem === null) shell.notify('ok', (t) => t('leave.saved', { title }), false);
  }

  private show(run: Run, resumed: boolean): void {
    const { data, shell, routes } = this.parts;
    let saved: Promise<string | null> | null = null;
    const finished = (): Promise<string | null> => {
      saved ??= data.finishRun(run);
      return saved;
    };
    void shell.show('call', renderConversation(this.parts.screenContext(), { entry: run.entry, mode: run.mode, conversation: run.session }, {
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
