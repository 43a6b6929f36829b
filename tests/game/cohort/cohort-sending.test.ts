import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { CohortFeature } from '../../../src/game/cohort/cohort-feature.ts';
import { newSubmission } from '../../../src/game/cohort/submission-plan.ts';
import { CohortClient } from '../../../src/net/cohort-client.ts';
import type { FetchLike } from '../../../src/net/http-transport.ts';
import type { Membership } from '../../../src/storage/cohort-records.ts';
import { SubmissionQueue } from '../../../src/storage/submission-queue.ts';
import { FakeAttemptServer } from './fake-attempt-server.ts';

const member: Membership = {
  traineeId: 'trainee-1', cohortId: 'cohort-1', cohortName: 'North team', displayName: 'Li Wei',
  token: 'trt_0123456789abcdef', joinedAt: '2026-11-23T09:00:00.000Z',
};
let dbCount = 0;

/** The attempt endpoint behind a gate the test opens, so a send round can be caught under way. */
function gatedServer(): { fetch: FetchLike; open: () => void; server: FakeAttemptServer } {
  const server = new FakeAttemptServer();
  let open = (): void => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    server, open: () => open(),
    fetch: async (input, init) => {
      const path = new URL(input, 'http://cohort.test').pathname;
      if (path === '/api/scenarios') throw new TypeError('Failed to fetch');
      await gate;
      return server.fetch(input, init);
    },
  };
}

describe('whether the cohort is sending', () => {
  it('says so from before start until the queue an earlier visit left has been sent, and tells its listeners when that ends', async () => {
    const queue = await SubmissionQueue.open(`sending-${++dbCount}`);
    await queue.putMembership(member);
    await queue.enqueue(newSubmission({
      idempotencyKey: 'run-0001-coach', scenarioId: 'outbound-bundle', contentHash: 'a'.repeat(64), rubricVersion: '1.0.0',
      seed: 3, choices: [0, 1], mode: 'coach', language: 'en',
    }, member, '2026-11-23T10:00:00.000Z'));
    const { fetch, open, server } = gatedServer();
    const feature = new CohortFeature({ storage: queue, client: new CohortClient({ baseUrl: 'http://cohort.test', fetch }), clock: { now: () => Date.now() } });
    expect(feature.sending, 'before start nothing has been sent yet').toBe(true);
    const seen: boolean[] = [];
    feature.subscribe(() => seen.push(feature.sending));

    await feature.start();
    expect(feature.sending, 'the startup round waits for the server').toBe(true);
    open();
    await expect.poll(() => feature.sending).toBe(false);
    expect(server.received).toEqual(['run-0001-coach']);
    expect(seen.at(-1)).toBe(false);
    expect((await queue.list()).map((s) => s.state)).toEqual(['submitted']);
  });

  it('is not sending once started without a membership, or without storage', async () => {
    const queue = await SubmissionQueue.open(`sending-${++dbCount}`);
    const client = new CohortClient({ baseUrl: 'http://cohort.test', fetch: new FakeAttemptServer().fetch });
    const alone = new CohortFeature({ storage: queue, client, clock: { now: () => Date.now() } });
    await alone.start();
    expect(alone.sending).toBe(false);
    const noStorage = new CohortFeature({ storage: null, client, clock: { now: () => Date.now() } });
    await noStorage.start();
    expect(noStorage.sending).toBe(false);
  });
});
