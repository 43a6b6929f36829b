// The verification worker thread: replays submitted attempts off the server's event loop. It keeps
// what the pool (verify-pool.ts) sends it, the rubrics and the scored bundles, until told to
// forget one, and parsed stories in its own bounded cache, so a job is just the attempt's inputs.
// It answers jobs in the order they come. Started through src/server/workers/worker-entry.mjs,
// which makes TypeScript loadable in the thread.
import { parentPort } from 'node:worker_threads';
import type { Rubric } from '../../core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../core/session/scenario-bundle.ts';
import { messageId } from '../workers/message-id.ts';
import { StoryCache } from './story-cache.ts';
import { verifyWithCache } from './verify-in-thread.ts';
import { ToWorker, type FromWorker } from './verify-messages.ts';

const port = parentPort;
if (!port) throw new Error('verify-worker.ts runs only as a worker thread (see verify-pool.ts)');

const rubrics = new Map<string, Rubric>();
const bundles = new Map<string, ScenarioBundle>();
const stories = new StoryCache();
const answer = (message: FromWorker): void => port.postMessage(message);

port.on('message', (raw: unknown) => {
  const parsed = ToWorker.safeParse(raw);
  if (!parsed.success) {
    // Only a verify job carries an id to answer; anything else malformed is a bug in the pool.
    const id = messageId(raw);
    if (id !== null) answer({ type: 'failed', id, message: `malformed job: ${parsed.error.message}` });
    return;
  }
  const message = parsed.data;
  switch (message.type) {
    case 'rubric':
      rubrics.set(message.rubric.version, message.rubric);
      return;
    case 'bundle':
      bundles.set(message.key, message.bundle);
      return;
    case 'forget':
      bundles.delete(message.key);
      return;
    case 'verify': {
      const bundle = bundles.get(message.key);
      const rubric = rubrics.get(message.inputs.rubricVersion);
      if (!bundle || !rubric) {
        answer({ type: 'failed', id: message.id, message: `the worker was not sent ${bundle ? 'rubric' : 'bundle'} ${bundle ? message.inputs.rubricVersion : message.key}` });
        return;
      }
      try {
        const verification = verifyWithCache(stories, bundle, rubric, message.inputs);
        answer(verification.ok
          ? { type: 'verified', id: message.id, summary: verification.summary }
          : { type: 'refused', id: message.id, kind: verification.kind, message: verification.message });
      } catch (error) {
        answer({ type: 'failed', id: message.id, message: error instanceof Error ? error.message : String(error) });
      }
    }
  }
});

answer({ type: 'ready' });
