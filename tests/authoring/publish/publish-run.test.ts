// "Publish to cohort" as the Studio runs it, with the Studio's own checker (the code its worker
// runs) and the real cohort server: a scenario from a template goes out in both languages and a
// trainee of the cohort then sees both; publishing it again says it was unchanged; an error in
// one language blocks everything; warnings need confirming; the server's refusal, an unreachable
// server and a busy one are each told apart, and nothing already published is sent twice.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkSource } from '../../../src/authoring/check/check-in-worker.ts';
import { PublishRun, sendFailure, type CheckFile } from '../../../src/authoring/publish/publish-run.ts';
import type { LanguageFile } from '../../../src/authoring/publish/scenario-files.ts';
import { scenarioFile } from '../../../src/authoring/check/source-fields.ts';
import { templateFor, withId } from '../../../src/authoring/templates/templates.ts';
import type { Language } from '../../../src/core/schemas/scenario-meta.ts';
import { ApiError } from '../../../src/net/api-error.ts';
import { CohortClient } from '../../../src/net/cohort-client.ts';
import { stateExplosion } from '../../helpers/hostile-stories.ts';
import { startCohortServer, type CohortServer } from '../../net/helpers/cohort-server.ts';

/** The server explores at most this many states; the Studio's checker explores far more. */
const SERVER_STATE_CAP = 100;
const ID = 'outbound-call-draft';

const checkFile: CheckFile = async (source, language, onProgress) => checkSource(source, language, onProgress).report;

const file = (source: string, language: Language, open = true): LanguageFile => ({ language, source, file: scenarioFile(source, language), open });
const template = (language: Language, id = ID): LanguageFile => file(withId(templateFor('outbound-call', language).source, id), language, language === 'en');

let srv: CohortServer;
let trainer: CohortClient;
let trainee: CohortClient;

beforeAll(async () => {
  srv = await startCohortServer({ maxExploreStates: SERVER_STATE_CAP });
  const anyone = new CohortClient({ baseUrl: srv.url });
  const cohort = await anyone.createCohort({ name: 'North team' });
  trainer = anyone.withToken(cohort.trainerKey);
  const joined = await anyone.joinCohort({ code: cohort.joinCode, displayName: 'Ana' });
  trainee = anyone.withToken(joined.token);
}, 120_000);

afterAll(() => srv?.stop());

describe('publishing a scenario from the Studio', () => {
  it('checks every language, publishes each, and the cohort\'s trainees then see both', async () => {
    const steps: string[] = [];
    const run = new PublishRun([template('en'), template('zh-CN')], () => steps.push(run.files.map((r) => `${r.check.phase}/${r.send.phase}`).join(' ')));
    expect(run.verdict()).toBe('checking');
    await run.check(checkFile);
    expect(run.files.map((r) => r.check)).toEqual([
      { phase: 'checked', errors: [], warnings: [] },
      { phase: 'checked', errors: [], warnings: [] },
    ]);
    expect(run.verdict()).toBe('clean');

    await run.publish(trainer);
    expect(run.published).toBe(true);
    expect(run.files.map((r) => r.send.phase === 'published' && [r.send.created, r.send.scenario.scenarioId, r.send.scenario.language]))
      .toEqual([[true, ID, 'en'], [true, ID, 'zh-CN']]);
    // Progress per language: each one sending while the other waits or is done.
    expect(steps).toContain('checked/sending checked/waiting');
    expect(steps).toContain('checked/published checked/sending');

    const listed = (await trainee.scenarios()).scenarios.filter((s) => s.scenarioId === ID);
    expect(listed.map((s) => [s.language, s.source]).sort()).toEqual([['en', 'cohort'], ['zh-CN', 'cohort']]);
  });

  it('says a scenario published before and unchanged is unchanged', async () => {
    const run = new PublishRun([template('en')], () => {});
    await run.check(checkFile);
    await run.publish(trainer);
    expect(run.files[0]!.send).toMatchObject({ phase: 'published', created: false });
  });

  it('sends nothing while a language has an error, and shows where', async () => {
    const broken = template('zh-CN', 'blocked-draft');
    const withError = file(broken.source.replace('#technique:', '#tecnique:'), 'zh-CN');
    const run = new PublishRun([template('en', 'blocked-draft'), withError], () => {});
    await run.check(checkFile);
    expect(run.verdict()).toBe('blocked');
    const check = run.files[1]!.check;
    expect(check.phase === 'checked' && check.errors[0]).toMatchObject({ file: 'stories/blocked-draft/zh-CN.ink', code: 'unknown-tag' });
    expect(check.phase === 'checked' && check.errors[0]?.line).toBeGreaterThan(0);

    await run.publish(trainer);
    expect(run.files.map((r) => r.send.phase)).toEqual(['waiting', 'waiting']);
    expect((await trainer.publishedScenarios()).some((s) => s.scenarioId === 'blocked-draft')).toBe(false);
  });

  it('counts the checker\'s warnings for the trainer to confirm, then gives the server\'s reason per file', async () => {
    // Past the server's state cap but not the Studio's: checked here with warnings, refused there.
    const large = file(stateExplosion(7), 'en');
    const run = new PublishRun([large, template('en', 'beside-large')], () => {});
    await run.check(checkFile);
    expect(run.verdict()).toBe('warnings');
    expect(run.warnings()).toBeGreaterThan(0);

    await run.publish(trainer);
    const [refused, published] = run.files.map((r) => r.send);
    expect(refused).toMatchObject({ phase: 'refused', reason: expect.stringContaining(`more than ${SERVER_STATE_CAP} distinct states`) });
    expect(published).toMatchObject({ phase: 'published', created: true });
    expect(run.published).toBe(false);
    // Its own content keeps it out: trying again would change nothing.
    expect(run.retryable).toBe(false);

    // Sent again anyway, the published file is not sent twice (it would answer "unchanged").
    await run.publish(trainer);
    expect(run.files[1]!.send).toMatchObject({ phase: 'published', created: true });
    expect(run.files[0]!.send.phase).toBe('refused');
  });

  it('keeps everything when the server cannot be reached, and sends it all on "try again"', async () => {
    const offline = new CohortClient({ baseUrl: 'http://127.0.0.1:1', token: trainer.token });
    const run = new PublishRun([template('en', 'offline-draft'), template('zh-CN', 'offline-draft')], () => {});
    await run.check(checkFile);
    await run.publish(offline);
    // The first failure stops the run: the second file was never sent into the same dead end.
    expect(run.files.map((r) => r.send.phase)).toEqual(['unreachable', 'waiting']);
    expect(run.retryable).toBe(true);

    await run.publish(trainer);
    expect(run.published).toBe(true);
    expect(run.files.map((r) => r.send.phase === 'published' && r.send.created)).toEqual([true, true]);
  });

  it('tells the trainer when the server no longer takes the key', async () => {
    const revoked = new CohortClient({ baseUrl: srv.url, token: `trk_${'x'.repeat(43)}` });
    const run = new PublishRun([template('en', 'unknown-key-draft')], () => {});
    await run.check(checkFile);
    await run.publish(revoked);
    expect(run.files[0]!.send).toMatchObject({ phase: 'key-refused', reason: expect.any(String) });
    expect(run.retryable).toBe(true);
  });
});

describe('closing the dialog while checking', () => {
  it('checks no further file once stopped, and counts as no longer checking', async () => {
    const checked: Language[] = [];
    const run = new PublishRun([template('en', 'closed-draft'), template('zh-CN', 'closed-draft')], () => {});
    await run.check(async (source, language, onProgress) => {
      checked.push(language);
      run.stop();
      return checkFile(source, language, onProgress);
    });
    expect(checked).toEqual(['en']);
    expect(run.files[1]!.check.phase).toBe('waiting');
    expect(run.checking).toBe(false);
  });
});

describe('what a failed publish means for the trainer', () => {
  const http = (status: number, reason: string, retryAfterSeconds: number | null = null) => new ApiError({ kind: 'http', status, reason, retryAfterSeconds });

  it('waits as long as a busy server asks, or says "in a moment" when it does not say', () => {
    expect(sendFailure(http(503, 'the checking workers are busy', 12))).toEqual({ phase: 'busy', retryAfterSeconds: 12 });
    expect(sendFailure(http(429, 'Rate limit exceeded'))).toEqual({ phase: 'busy', retryAfterSeconds: null });
  });

  it('tells a refusal of the scenario from a refusal of the key and from a fault', () => {
    const diagnostics = [{ severity: 'error' as const, file: 'stories/x/en.ink', line: 12, message: 'knot "spin" loops', code: 'runaway-story' }];
    expect(sendFailure(new ApiError({ kind: 'http', status: 422, reason: 'the scenario has errors: knot "spin" loops', diagnostics })))
      .toEqual({ phase: 'refused', reason: 'the scenario has errors: knot "spin" loops', diagnostics });
    expect(sendFailure(http(403, 'this needs the cohort\'s trainer key'))).toEqual({ phase: 'key-refused', reason: 'this needs the cohort\'s trainer key' });
    expect(sendFailure(http(500, 'internal error'))).toEqual({ phase: 'failed', reason: 'internal error' });
    expect(sendFailure(new ApiError({ kind: 'timeout', reason: 'no answer in 120 s' }))).toEqual({ phase: 'unreachable' });
    expect(sendFailure(new Error('boom'))).toEqual({ phase: 'failed', reason: 'boom' });
  });
});
