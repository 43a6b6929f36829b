import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);

// The pool is never closed here: an idle worker must not keep the process alive, or a server
// that failed to start (or a CLI) would hang instead of exiting.
const SCRIPT = `
import { courseRubric } from './src/core/rubric/course-rubric.ts';
import { VerifyPool } from './src/server/verify/verify-pool.ts';
import { shippedBundles, randomAttempt } from './tests/server/verify/unchecked-bundles.ts';
const [bundle] = shippedBundles();
const pool = new VerifyPool({ workers: 1 });
const answer = await pool.verify(bundle, courseRubric, randomAttempt(bundle, 1, () => 0.5));
console.log(answer.ok ? 'verified' : answer.message);
`;

it('lets the process exit once it has answered, without being closed', async () => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', SCRIPT], { timeout: 30_000 });
  expect(stdout.trim()).toBe('verified');
});
