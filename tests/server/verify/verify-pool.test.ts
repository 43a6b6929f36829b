import { afterAll, describe, expect, it } from 'vitest';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { replay } from '../../../src/core/session/replay.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { seededRandom } from '../../../src/core/util/seeded-random.ts';
import { sha256Hex } from '../../../src/core/util/sha256.ts';
import { summarise, verifyAttempt } from '../../../src/server/attempts/verify-attempt.ts';
import { InProcessVerifier } from '../../../src/server/verify/verifier.ts';
import { VerifyPool } from '../../../src/server/verify/verify-pool.ts';
import { PRINTING_LOOP, SILENT_LOOP } from '../../helpers/hostile-stories.ts';
import { scenarioSource } from '../../helpers/scenario-source.ts';
import { randomAttempt, shippedBundles, uncheckedBundle } from './unchecked-bundles.ts';

const library = shippedBundles();
const random = seededRandom(11);
// Many attempts per scenario, shuffled, so each worker's cached stories are reused across
// scenarios, seeds and lengths in between.
const attempts = library
  .flatMap((bundle) => Array.from({ length: 8 }, () => ({ bundle, inputs: randomAttempt(bundle, Math.floor(random() * 2 ** 31), random) })))
  .sort(() => random() - 0.5);

const hostile = (source: string): ScenarioBundle => uncheckedBundle('stories/hostile/en.ink', source);

/** A hundred very long lines a turn, and a choice that asks for more: each turn replayed keeps megabytes more. */
const HOG = hostile(scenarioSource(`
Hello, who is this? # speaker: customer
* [Good morning, this is Li from the phone company. #opening: +2]
  -> hog

=== hog ===
~ temp n = 0
- (again)
~ n = n + 1
${'Let me tell you about every single plan I have ever had, one by one, in great detail. '.repeat(300)}{n} # speaker: customer
{n < 100: -> again}
+ [Go on.] -> hog
`, { id: 'hostile-memory-hog', title: 'Memory hog' }));

/** A story whose parsed form alone takes far more than 32 MB: 300,000 lines in a knot no path reaches. */
const HUGE = ((): ScenarioBundle => {
  const base = hostile(SILENT_LOOP);
  const json = JSON.parse(base.storyJson) as { root: unknown[] };
  const named = (json.root.at(-1) ?? {}) as Record<string, unknown>;
  json.root[json.root.length - 1] = { ...named, padding: [...Array<string>(300_000).fill('^Padding line of text'), null] };
  const storyJson = JSON.stringify(json);
  return { ...base, storyJson, contentHash: sha256Hex(storyJson) };
})();

describe('the verification pool', () => {
  const pools: VerifyPool[] = [];
  const pool = (options: ConstructorParameters<typeof VerifyPool>[0]): VerifyPool => {
    const made = new VerifyPool(options);
    pools.push(made);
    return made;
  };
  afterAll(() => Promise.all(pools.map((p) => p.close())));

  it(`verifies ${attempts.length} random attempts on the shipped library exactly as the event loop and the core replay do`, async () => {
    const workers = pool({ workers: 2 });
    const inProcess = new InProcessVerifier();
    const answers = await Promise.all(attempts.map(({ bundle, inputs }) => workers.verify(bundle, courseRubric, inputs)));
    for (const [i, { bundle, inputs }] of attempts.entries()) {
      const fresh = verifyAttempt(bundle, courseRubric, inputs); // parses the story afresh
      expect(answers[i]).toEqual({ ok: true, summary: summarise(fresh) });
      expect(await inProcess.verify(bundle, courseRubric, inputs)).toEqual(answers[i]);
      const reference = replay(bundle, courseRubric, inputs);
      const answer = answers[i]!;
      const summary = answer.ok ? answer.summary : null;
      expect(summary).toMatchObject({
        outcome: reference.outcome, overall: reference.overall, scores: reference.scores, redLines: reference.redLines,
        outOfReach: reference.outOfReach, notAssessed: reference.notAssessed, ended: true,
      });
      expect(summary?.decisions.map((d) => d.index)).toEqual(inputs.choices);
    }
  });

  it('refuses a choice the story does not offer with the core replay\'s message', async () => {
    const { bundle, inputs } = attempts[0]!;
    const answer = await pool({ workers: 1 }).verify(bundle, courseRubric, { ...inputs, choices: [...inputs.choices, 9] });
    expect(answer).toEqual({ ok: false, kind: 'mismatch', message: expect.stringMatching(/^step \d+: choice 9 is not offered/) });
  });

  it('answers a story that runs past its budget with the place it was stopped, and goes on verifying', async () => {
    const workers = pool({ workers: 1 });
    const inputs = (bundle: ScenarioBundle) => ({ scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0] });
    for (const [source, knot] of [[SILENT_LOOP, 'spin'], [PRINTING_LOOP, 'chatter']] as const) {
      const bundle = hostile(source);
      for (let round = 0; round < 2; round++) {
        // Twice: the stopped story is thrown away, and the next replay of it stops the same way.
        expect(await workers.verify(bundle, courseRubric, inputs(bundle))).toEqual({
          ok: false, kind: 'budget', message: expect.stringContaining(`knot "${knot}"`),
        });
      }
    }
    const { bundle, inputs: valid } = attempts[1]!;
    expect(await workers.verify(bundle, courseRubric, valid)).toMatchObject({ ok: true });
  });

  it('runs an attempt again on a new worker when its worker is lost mid-replay', async () => {
    const workers = pool({ workers: 1 });
    // Two turns of the hog take about a second to replay: long enough to end the thread inside it.
    const inputs = { scenarioId: HOG.meta.id, contentHash: HOG.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [0, 0] };
    const warm = attempts[2]!;
    await workers.verify(warm.bundle, courseRubric, warm.inputs); // started and ready
    const [first] = workers.threads();
    const answer = workers.verify(HOG, courseRubric, inputs);
    await new Promise((resolve) => setTimeout(resolve, 150));
    await first!.terminate();
    expect(await answer).toEqual({ ok: true, summary: summarise(verifyAttempt(HOG, courseRubric, inputs)) });
    expect(workers.threads()).toHaveLength(1);
    expect(workers.threads()[0]).not.toBe(first);
  });

  it('answers 503 for an attempt that ran two workers out of memory, and verifies the next one', async () => {
    const workers = pool({ workers: 1, heapMb: 32 });
    const inputs = { scenarioId: HUGE.meta.id, contentHash: HUGE.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: [] };
    await expect(workers.verify(HUGE, courseRubric, inputs)).rejects.toMatchObject({
      status: 503,
      message: 'the verification worker stopped twice while replaying this attempt (out of memory at its heap limit of 32 MB): it was not stored',
    });
    const { bundle, inputs: valid } = attempts[3]!;
    expect(await workers.verify(bundle, courseRubric, valid)).toMatchObject({ ok: true });
  });

  it('answers 503 for an attempt that runs past the time limit, and verifies the next one', async () => {
    const workers = pool({ workers: 1, timeLimitMs: 300 });
    const long = { scenarioId: HOG.meta.id, contentHash: HOG.contentHash, rubricVersion: courseRubric.version, seed: 0, choices: Array<number>(1000).fill(0) };
    await expect(workers.verify(HOG, courseRubric, long)).rejects.toMatchObject({
      status: 503, message: 'replaying the attempt took longer than 0.3 s: it was not stored',
    });
    const { bundle, inputs } = attempts[5]!;
    expect(await workers.verify(bundle, courseRubric, inputs)).toMatchObject({ ok: true });
  });

  it('answers 503 once closed', async () => {
    const workers = new VerifyPool({ workers: 1 });
    const { bundle, inputs } = attempts[4]!;
    await workers.verify(bundle, courseRubric, inputs);
    await workers.close();
    await expect(workers.verify(bundle, courseRubric, inputs)).rejects.toMatchObject({ status: 503 });
    expect(workers.threads()).toHaveLength(0);
  });
});
