// The checking worker thread: compiles, explores and bounds scenarios off the server's event loop.
// It answers one job at a time; the pool (checker-pool.ts) holds it to a wall-clock limit and its
// heap to resourceLimits, and terminates it when either is passed, so nothing here needs to watch
// the clock. Started through src/server/workers/worker-entry.mjs, which makes TypeScript loadable
// in the thread.
import { parentPort } from 'node:worker_threads';
import { StoryBudgetError } from '../../core/story/run-budget.ts';
import { boundsUnderRubric } from '../scenarios/bounds-under-rubric.ts';
import { checkPublishedScenario } from '../scenarios/check-published-scenario.ts';
import { checkShippedFile } from '../scenarios/check-shipped-file.ts';
import { messageId } from '../workers/message-id.ts';
import { JobMessage, type CheckJob, type WorkerMessage } from './check-jobs.ts';
import { stackLimitReason } from './limit-reasons.ts';

function run(job: CheckJob): unknown {
  switch (job.kind) {
    case 'publish':
      return checkPublishedScenario(job.language, job.source, new Map(Object.entries(job.library)), job.rubric, job.maxStates);
    case 'rebound':
      return boundsUnderRubric(job.stored, job.rubric, job.maxStates, job.reads);
    case 'shipped':
      return checkShippedFile(job.file, job.storiesDir, job.rubric);
  }
}

/** An error the story caused, as the trainer is told it; null for a fault of the server. */
function refusal(error: unknown): { reason: string; code: string } | null {
  // The core's run budget names the knot; the checker normally turns it into a diagnostic, and
  // this catches one thrown from anywhere else in a check.
  if (error instanceof StoryBudgetError) return { reason: error.message, code: 'runaway-story' };
  // JavaScript's own limits (call stack, array or string size): the story asked for more than a
  // check may take.
  if (error instanceof RangeError) return { reason: stackLimitReason(error.message), code: 'check-stack-limit' };
  return null;
}

const port = parentPort;
if (!port) throw new Error('checking-worker.ts runs only as a worker thread (see checker-pool.ts)');

port.on('message', (raw: unknown) => {
  const id = messageId(raw) ?? -1;
  let answer: WorkerMessage;
  try {
    answer = { type: 'done', id, result: run(JobMessage.parse(raw).job) };
  } catch (error) {
    const refused = refusal(error);
    answer = refused
      ? { type: 'refused', id, ...refused }
      : { type: 'failed', id, message: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(answer);
});
port.postMessage({ type: 'ready' } satisfies WorkerMessage);
