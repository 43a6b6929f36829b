// Exams played on the server, turn by turn: what the exam routes call. The server picks the seed,
// keeps every turn in exam_sessions (exam-session-store.ts) and rebuilds the exam from its inputs
// on every request (exam-player.ts), so any process on the database — or this one after a crash —
// continues it at the same line. When the story ends, the attempt is stored, scored by the
// server's replay and ranked, in the same transaction as the last turn; an abandoned exam is
// stored as it stood and never ranked.
import { randomInt } from 'node:crypto';
import type { Attempt } from '../../contract/attempts.ts';
import type { ExamState, ExamTurnInput } from '../../contract/exams.ts';
import type { Clock } from '../../core/clock.ts';
import type { ReplayInputs } from '../../core/schemas/replay-inputs.ts';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { rubricOfAttempt } from '../attempts/attempt-rubric.ts';
import { storeAttempts } from '../attempts/attempt-store.ts';
import { attemptView, type AttemptRow } from '../attempts/attempt-view.ts';
import type { VerifiedSummary } from '../attempts/verify-attempt.ts';
import { playable } from '../attempts/playable-versions.ts';
import { scoredBundle } from '../attempts/scored-bundle.ts';
import type { Database, Queryable } from '../db/database.ts';
import { conflict, notFound, unprocessable } from '../http/api-error.ts';
import type { TraineeCaller } from '../http/auth.ts';
import type { ScenarioStore } from '../scenarios/scenario-store.ts';
import { newId } from '../secrets.ts';
import { enqueueAttemptStatement, type XapiTarget } from '../xapi/attempt-statement.ts';
import { examAttempt } from './exam-attempt.ts';
import { checkAssignment } from './exam-assignment.ts';
import { ExamPlayer, NotOfferedError, UnplayableError, type PlayedExam } from './exam-player.ts';
import {
  appendTurn, closeExam, findOpenExam, insertExam, linkAttempt, loadExam, openOrCreateExam, type ExamSessionRow,
} from './exam-session-store.ts';
import { examState } from './exam-state.ts';

export interface ExamDeps {
  db: Database;
  clock: Clock;
  /** The server's current rubric: new exams are scored under it, open ones under the one they started with. */
  rubric: Rubric;
  scenarios: ScenarioStore;
  weekOffsetMinutes: number;
  xapi: XapiTarget | null;
}

/** Every seed ReplayInputs allows (and an int4 column holds). */
const SEED_LIMIT = 2 ** 31;

interface Version {
  bundle: ScenarioBundle;
  rubric: Rubric;
}

interface Ended {
  session: ExamSessionRow;
  attempt: AttemptRow;
}

const inputsOf = (s: ExamSessionRow, choices: number[] = s.choices): ReplayInputs =>
  ({ scenarioId: s.scenario_id, contentHash: s.content_hash, rubricVersion: s.rubric_version, seed: s.seed, choices });

/** The player's refusals as the API's: a reply not on offer, a story past its run budget. */
function playing<T>(play: () => T): T {
  try {
    return play();
  } catch (error) {
    if (error instanceof NotOfferedError) throw unprocessable(error.message);
    if (error instanceof UnplayableError) throw unprocessable(`this scenario version cannot be played: ${error.message}`);
    throw error;
  }
}

export class ExamService {
  private readonly player = new ExamPlayer();

  constructor(private readonly deps: ExamDeps) {}

  /** A new exam on the version, or the trainee's open one on it (resumed, `created` false). */
  async start(trainee: TraineeCaller, contentHash: string, assignmentId: string | null): Promise<{ created: boolean; state: ExamState }> {
    const { db, clock, scenarios } = this.deps;
    const open = await findOpenExam(db, trainee.traineeId, contentHash);
    if (open) return { created: false, state: await this.stateOf(open) };
    // Unknown hashes and other cohorts' versions get the same answer: no probing across cohorts.
    // An exam open before a version was retired or hidden was resumed above: it may be finished.
    const scored = await playable(scenarios, trainee.cohortId, contentHash) ? await scoredBundle(scenarios, contentHash, this.deps.rubric) : null;
    if (!scored) throw unprocessable(`unknown scenario version ${contentHash.slice(0, 12)} for this cohort (or retired, or hidden by its trainer)`);
    if (!scored.ok) throw unprocessable(scored.reason);
    const version: Version = { bundle: scored.bundle, rubric: this.deps.rubric };
    const { meta, language } = version.bundle;
    if (assignmentId !== null) await checkAssignment(db, trainee.cohortId, assignmentId, version.bundle);

    const now = clock.now();
    const at = new Date(now).toISOString();
    const fresh: ExamSessionRow = {
      id: newId(), cohort_id: trainee.cohortId, trainee_id: trainee.traineeId, content_hash: contentHash, scenario_id: meta.id,
      language, rubric_version: version.rubric.version, seed: randomInt(0, SEED_LIMIT), choices: [], turn_times: [],
      status: 'open', assignment_id: assignmentId, attempt_id: null, started_at: at, updated_at: at,
    };
    const played = playing(() => this.player.play(version.bundle, version.rubric, inputsOf(fresh)));
    // A story may end at its opening: then the exam is over as it starts.
    const summary = played.ended ? this.summary(version, inputsOf(fresh)) : null;
    const { created, row } = await openOrCreateExam(db, trainee.traineeId, contentHash, async (tx) => {
      const inserted = await insertExam(tx, fresh);
      if (!summary) return inserted;
      const closed = await closeExam(tx, inserted.id, 0, 'finished', at);
      return (await this.storeEnding(tx, trainee, closed!, version, summary, now)).session;
    });
    if (!created || summary) {
      if (summary) this.deps.xapi?.outbox.kick();
      return { created, state: await this.stateOf(row) };
    }
    return { created, state: examState(row, meta, played, null) };
  }

  /** The exam as it stands, to resume it. */
  async get(trainee: TraineeCaller, examId: string): Promise<ExamState> {
    return this.stateOf(await this.load(trainee, examId));
  }

  /** Takes reply `index` as turn `turn`; a retry of a turn already taken answers the exam as it stands. */
  async turn(trainee: TraineeCaller, examId: string, input: ExamTurnInput): Promise<ExamState> {
    const { turn, index } = input;
    const session = await this.load(trainee, examId);
    const taken = session.choices.length;
    if (turn < taken) {
      if (session.choices[turn] === index) return this.stateOf(session);
      throw conflict(`turn ${turn} was already taken with another reply: the exam is at turn ${taken}`);
    }
    if (session.status !== 'open') throw conflict(`the exam is ${session.status} at turn ${taken}: it takes no more replies`);
    if (turn > taken) throw conflict(`turn ${turn} is not the current one: the exam is at turn ${taken}`);

    const version = await this.versionOf(session);
    const choices = [...session.choices, index];
    const played = playing(() => this.player.playOn(version.bundle, version.rubric, inputsOf(session), index));
    const summary = played.ended ? this.summary(version, inputsOf(session, choices)) : null;
    const now = this.deps.clock.now();
    const written = await this.deps.db.transaction(async (tx): Promise<{ session: ExamSessionRow; attempt: AttemptRow | null } | null> => {
      const next = await appendTurn(tx, session.id, turn, index, new Date(now).toISOString(), summary !== null);
      if (!next || !summary) return next && { session: next, attempt: null };
      return this.storeEnding(tx, trainee, next, version, summary, now);
    });
    if (written === null) {
      // Another request took this turn first: the same reply is a retry, another one a conflict.
      const current = await this.load(trainee, examId);
      if (current.choices[turn] === index) return this.stateOf(current);
      throw conflict(`turn ${turn} was taken by another request meanwhile: the exam is ${current.status} at turn ${current.choices.length}`);
    }
    if (written.attempt) this.deps.xapi?.outbox.kick();
    return examState(written.session, version.bundle.meta, played, written.attempt && attemptView(written.attempt));
  }

  /** Leaves the exam: scored as it stands, stored as abandoned, never ranked. Abandoning again answers it as it stands. */
  async abandon(trainee: TraineeCaller, examId: string): Promise<ExamState> {
    for (;;) {
      const session = await this.load(trainee, examId);
      if (session.status === 'abandoned') return this.stateOf(session);
      if (session.status === 'finished') throw conflict(`the exam has finished (turn ${session.choices.length}): there is nothing to abandon`);
      const version = await this.versionOf(session);
      const played = playing(() => this.player.play(version.bundle, version.rubric, inputsOf(session)));
      const summary = this.summary(version, inputsOf(session));
      const now = this.deps.clock.now();
      const ended = await this.deps.db.transaction(async (tx) => {
        const closed = await closeExam(tx, session.id, session.choices.length, 'abandoned', new Date(now).toISOString());
        return closed && this.storeEnding(tx, trainee, closed, version, summary, now);
      });
      // A turn taken meanwhile moved the exam on: abandon it as it now stands (or find it finished).
      if (ended === null) continue;
      this.deps.xapi?.outbox.kick();
      return examState(ended.session, version.bundle.meta, played, attemptView(ended.attempt));
    }
  }

  private async load(trainee: TraineeCaller, examId: string): Promise<ExamSessionRow> {
    const session = await loadExam(this.deps.db, examId, trainee.traineeId);
    // Another trainee's exam is answered as an unknown one: no probing of ids.
    if (!session) throw notFound(`no exam ${examId} for this trainee`);
    return session;
  }

  /** The version and rubric the exam is played under: the rubric it started with, even after an upgrade. */
  private async versionOf(session: ExamSessionRow): Promise<Version> {
    const rubric = rubricOfAttempt(session.rubric_version, this.deps.rubric);
    if (!rubric) throw new Error(`exam ${session.id} was started under rubric ${session.rubric_version}, which this server does not know`);
    const scored = await scoredBundle(this.deps.scenarios, session.content_hash, rubric);
    if (!scored) throw new Error(`exam ${session.id} names version ${session.content_hash}, which is not stored`);
    if (!scored.ok) throw unprocessable(scored.reason);
    return { bundle: scored.bundle, rubric };
  }

  private summary(version: Version, inputs: ReplayInputs): VerifiedSummary {
    return playing(() => this.player.summary(version.bundle, version.rubric, inputs));
  }

  private async stateOf(session: ExamSessionRow): Promise<ExamState> {
    const version = await this.versionOf(session);
    const played: PlayedExam = playing(() => this.player.play(version.bundle, version.rubric, inputsOf(session)));
    return examState(session, version.bundle.meta, played, await this.attemptOf(session));
  }

  private async attemptOf(session: ExamSessionRow): Promise<Attempt | null> {
    if (session.attempt_id === null) return null;
    const [row] = await this.deps.db.query<AttemptRow>('SELECT * FROM attempts WHERE id = $1', [session.attempt_id]);
    return row ? attemptView(row) : null;
  }

  /** In the transaction that ended the exam: its attempt (with decisions and bests), the link to it, and its xAPI statement. */
  private async storeEnding(tx: Queryable, trainee: TraineeCaller, session: ExamSessionRow, version: Version, summary: VerifiedSummary, now: number): Promise<Ended> {
    const status = session.status === 'abandoned' ? 'abandoned' : 'finished';
    const [attempt] = await storeAttempts(tx, [examAttempt(session, version.bundle.meta, summary, status, now, this.deps.weekOffsetMinutes)]);
    // The key names the exam and the exam was open until this transaction: it cannot be taken.
    if (!attempt) throw new Error(`the attempt of exam ${session.id} was stored already`);
    const linked = await linkAttempt(tx, session.id, attempt.id);
    if (this.deps.xapi) await enqueueAttemptStatement(tx, this.deps.xapi, attempt, trainee, version.bundle.meta.title);
    return { session: linked, attempt };
  }
}
