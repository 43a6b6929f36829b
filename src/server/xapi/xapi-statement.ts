// An xAPI 1.0.3 statement for one verified exam attempt: the trainee as actor (an account on
// this server), passed/completed as verb (abandoned for an exam left before its ending), the
// scenario as activity, the verified result with the red lines crossed as a result extension.
import type { Scores } from '../../core/schemas/score.ts';

export const VERB = {
  passed: { id: 'http://adlnet.gov/expapi/verbs/passed', display: { 'en-US': 'passed', 'zh-CN': '通过' } },
  completed: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', 'zh-CN': '完成' } },
  /** The ADL verb cmi5 uses for a session left without completing it. */
  abandoned: { id: 'https://w3id.org/xapi/adl/verbs/abandoned', display: { 'en-US': 'abandoned', 'zh-CN': '放弃' } },
} as const;

export const SIMULATION = 'http://adlnet.gov/expapi/activities/simulation';

export interface StatementInput {
  statementId: string;
  publicUrl: string;
  cohortId: string;
  cohortName: string;
  traineeId: string;
  displayName: string;
  attemptId: string;
  scenarioId: string;
  title: string;
  language: string;
  contentHash: string;
  rubricVersion: string;
  outcome: string | null;
  overall: number;
  scores: Scores;
  passMark: number;
  simulatedSeconds: number;
  submittedAt: string;
  status: 'finished' | 'abandoned';
  /** Red-line fault ids committed, first committed first. */
  redLines: readonly string[];
}

/** ISO-8601 duration with whole hours and minutes and seconds to 0.01 s, e.g. "PT3M12.5S". */
export function isoDuration(seconds: number): string {
  const centis = Math.round(Math.max(0, seconds) * 100);
  const h = Math.floor(centis / 360_000);
  const m = Math.floor((centis % 360_000) / 6000);
  const s = (centis % 6000) / 100;
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s > 0 || (h === 0 && m === 0) ? `${s}S` : ''}`;
}

export const extensionIri = (publicUrl: string, name: string): string => `${publicUrl}/xapi/extensions/${name}`;

export function buildStatement(a: StatementInput): Record<string, unknown> {
  const abandoned = a.status === 'abandoned';
  const success = !abandoned && a.overall >= a.passMark;
  const extensions = {
    [extensionIri(a.publicUrl, 'dimension-scores')]: a.scores,
    [extensionIri(a.publicUrl, 'outcome')]: a.outcome,
    [extensionIri(a.publicUrl, 'red-lines')]: [...a.redLines],
  };
  // An abandoned exam neither passes nor fails, and its score "as it stood" is no result: the
  // statement records the leaving, how long the call ran and what was crossed on the way.
  const result = abandoned
    ? { completion: false, duration: isoDuration(a.simulatedSeconds), extensions }
    : {
      score: { scaled: a.overall / 100, raw: a.overall, min: 0, max: 100 },
      success,
      completion: a.outcome !== null,
      duration: isoDuration(a.simulatedSeconds),
      extensions,
    };
  return {
    id: a.statementId,
    actor: { objectType: 'Agent', name: a.displayName, account: { homePage: a.publicUrl, name: a.traineeId } },
    verb: abandoned ? VERB.abandoned : success ? VERB.passed : VERB.completed,
    object: {
      objectType: 'Activity',
      id: `${a.publicUrl}/scenarios/${a.scenarioId}`,
      definition: { type: SIMULATION, name: { [a.language]: a.title } },
    },
    result,
    context: {
      platform: 'sales-roleplay',
      language: a.language,
      contextActivities: {
        grouping: [{ objectType: 'Activity', id: `${a.publicUrl}/cohorts/${a.cohortId}`, definition: { name: { und: a.cohortName } } }],
      },
      extensions: {
        [extensionIri(a.publicUrl, 'attempt-id')]: a.attemptId,
        [extensionIri(a.publicUrl, 'content-hash')]: a.contentHash,
        [extensionIri(a.publicUrl, 'rubric-version')]: a.rubricVersion,
        [extensionIri(a.publicUrl, 'pass-mark')]: a.passMark,
      },
    },
    timestamp: a.submittedAt,
  };
}
