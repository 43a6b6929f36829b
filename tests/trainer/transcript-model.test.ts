import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { replay } from '../../src/core/session/replay.ts';
import { CohortAttempt, type AttemptTranscript } from '../../src/contract/attempts.ts';
import { attemptKind, transcriptModel } from '../../src/trainer/dashboard/transcript-model.ts';
import { formatReplyTime } from '../../src/trainer/dashboard/transcript-view.ts';
import { translator } from '../../src/trainer/i18n/translate.ts';
import { aBundle, aLine, anEvidence } from '../game/builders.ts';

function anAttempt(over: Partial<CohortAttempt> = {}): CohortAttempt {
  return CohortAttempt.parse({
    attemptId: 'a-1', idempotencyKey: 'key-00001', traineeId: 't-1', scenarioId: 'sample', contentHash: 'a'.repeat(64), language: 'en',
    rubricVersion: courseRubric.version, seed: 3, choices: [], mode: 'exam', ranked: true, outcome: null, overall: 50, scores: {},
    notAssessed: [], techniques: [], faults: [], simulatedSeconds: 60, submittedAt: '2026-12-02T10:00:00.000Z', displayName: 'Ana',
    playedOn: 'server', examId: 'e-1', wallSeconds: 95, timeLimit: 120, overTime: false, ...over,
  });
}

/** The server's answer for a real replay of the test bundle along `choices`. */
function replayed(choices: number[], turnTimesMs: Array<number | null>, over: Partial<CohortAttempt> = {}): AttemptTranscript {
  const { bundle } = aBundle();
  const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 3, choices };
  const result = replay(bundle, courseRubric, inputs);
  return {
    attempt: anAttempt({ ...inputs, outcome: result.outcome, overall: result.overall, ...over }),
    transcript: result.transcript, evidence: result.evidence, events: result.events, turnTimesMs,
  };
}

describe('an attempt\'s transcript as the trainer reads it', () => {
  it('numbers the trainee\'s replies and gives each the time the server took for it, in order', () => {
    const model = transcriptModel(replayed([0, 0, 0], [4200, 12_500, 800]));
    const replies = model.rows.filter((r) => r.reply !== null);
    expect(replies.map((r) => r.line.text)).toEqual([
      'Ask how the family uses the internet', 'Show what the plan does for them', 'Ask whether today or tomorrow suits',
    ]);
    expect(replies.map((r) => [r.reply?.number, r.reply?.timeMs])).toEqual([[1, 4200], [2, 12_500], [3, 800]]);
    expect(replies.map((r) => r.reply?.slowest)).toEqual([false, true, false]);
    expect(model.rows.filter((r) => r.reply === null).every((r) => r.speaker !== 'trainee' || r.line.choice === undefined)).toBe(true);
    expect(model.timing).toMatchObject({ replies: 3, timed: 3, wallSeconds: 95, timeLimit: 120, overTime: false, overBy: null });
  });

  it('groups the evidence a reply drew under it, the customer\'s revealed need included, with its tips', () => {
    const model = transcriptModel(replayed([0, 0, 0], [1000, 1000, 1000]));
    const first = model.rows.find((r) => r.reply?.number === 1);
    expect(first?.notes?.evidence.map((e) => e.reason)).toEqual(expect.arrayContaining(['technique', 'need-revealed']));
    expect(first?.notes?.tips).toEqual(['Ask before you pitch']);
    expect(first?.notes?.faults).toEqual([]);
    // The customer's line that revealed the need owns nothing itself: it is under the reply.
    const reveal = model.rows.find((r) => r.line.text.startsWith('We run out of data'));
    expect(reveal?.notes).toBeNull();
    expect(model.faultCount).toBe(0);
  });

  it('lists a fault under the reply that committed it, and marks a red line as one', () => {
    const pitched = transcriptModel(replayed([1], [2000]));
    const reply = pitched.rows.find((r) => r.reply?.number === 1);
    expect(reply?.notes?.faults.map((f) => [f.item, f.redLine])).toEqual([['premature-pitch', false]]);
    expect(pitched.faultCount).toBe(1);

    const transcript = [
      aLine({ turn: 0, text: 'Can you get it cheaper?' }),
      aLine({ turn: 1, speaker: 'trainee', text: 'Sign now or lose the offer', choice: 0 }),
      aLine({ turn: 1, text: 'That feels pushy.' }),
    ];
    const model = transcriptModel({
      attempt: anAttempt({ redLines: ['pressure'] }), transcript, events: [], turnTimesMs: [3000],
      evidence: [anEvidence({ dimension: 'conduct', points: -6, reason: 'fault', item: 'pressure', entry: 2 })],
    });
    const pushy = model.rows[1];
    expect(pushy?.notes?.faults.map((f) => [f.item, f.redLine])).toEqual([['pressure', true]]);
    expect(model.rows[2]?.notes).toBeNull();
  });

  it('shows "not timed" for replies the server did not time, and no wall time for a browser run', () => {
    const model = transcriptModel(replayed([0, 0], [], { mode: 'coach', playedOn: 'browser', wallSeconds: null, timeLimit: null }));
    expect(model.kind).toBe('practice');
    expect(model.rows.filter((r) => r.reply).map((r) => r.reply?.timeMs)).toEqual([null, null]);
    expect(model.rows.some((r) => r.reply?.slowest)).toBe(false);
    expect(model.timing).toMatchObject({ replies: 2, timed: 0, wallSeconds: null, overTime: false, overBy: null });
  });

  it('reports a server-played exam past its time limit by how much', () => {
    const model = transcriptModel(replayed([0, 0, 0], [30_000, 40_000, 90_000], { wallSeconds: 160.4, timeLimit: 120, overTime: true }));
    expect(model.timing.overTime).toBe(true);
    expect(model.timing.overBy).toBeCloseTo(40.4);
  });

  it('tells exams played on the server from shared practice and from browser exams of before', () => {
    expect(attemptKind({ mode: 'exam', playedOn: 'server' })).toBe('exam');
    expect(attemptKind({ mode: 'coach', playedOn: 'browser' })).toBe('practice');
    expect(attemptKind({ mode: 'exam', playedOn: 'browser' })).toBe('browser-exam');
  });
});

describe('the time over one reply, as the transcript words it', () => {
  it('reads tenths of a second under a minute, minutes and seconds beyond, in either language', () => {
    expect(formatReplyTime(translator('en'), 4240)).toBe('4.2 s');
    expect(formatReplyTime(translator('zh-CN'), 12_500)).toBe('12.5 秒');
    expect(formatReplyTime(translator('en'), 40)).toBe('under 0.1 s');
    expect(formatReplyTime(translator('en'), 95_000)).toBe('1:35');
  });
});
