// npm run replay -- <story.ink> --choices 0,2,1 [--seed N] [--json]: compiles the file, plays the
// choice indices and prints the transcript and scores (or one JSON object with --json).
import { courseRubric } from '../src/core/rubric/course-rubric.ts';
import { formatDiagnostic } from '../src/core/schemas/diagnostic.ts';
import { replay, replayReport, ReplayMismatchError } from '../src/core/session/replay.ts';
import { StoryBudgetError } from '../src/core/story/run-budget.ts';
import { checkFile } from '../src/node/check-file.ts';
import { existsSync } from 'node:fs';

const USAGE = 'usage: npm run replay -- <path/to/story.ink> --choices 0,2,1 [--seed N] [--json]';

function fail(message: string, code = 2): never {
  console.error(message);
  process.exit(code);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const flag = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value\n${USAGE}`);
  return value;
};
const file = args.find((a, i) => !a.startsWith('--') && !['--choices', '--seed'].includes(args[i - 1] ?? ''));
if (!file) fail(USAGE);
if (!existsSync(file)) fail(`${file}: no such file`);
const choicesText = flag('--choices') ?? '';
if (choicesText !== '' && !/^\d+(,\d+)*$/.test(choicesText)) fail(`--choices takes comma-separated indices such as 0,2,1, got "${choicesText}"`);
const choices = choicesText === '' ? [] : choicesText.split(',').map(Number);
const seedText = flag('--seed') ?? '0';
if (!/^\d+$/.test(seedText) || Number(seedText) > 2 ** 31 - 1) fail(`--seed takes a whole number from 0 to ${2 ** 31 - 1}, got "${seedText}"`);
const seed = Number(seedText);

const { report, bundle } = checkFile(file, courseRubric);
if (!bundle) {
  for (const d of report.errors) console.error(formatDiagnostic(d));
  fail(`${file}: cannot be played until the errors above are fixed`, 1);
}
const inputs = { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices };
let result;
try {
  result = replay(bundle, courseRubric, inputs);
} catch (error) {
  if (error instanceof ReplayMismatchError) fail(`${file}: ${error.message}`);
  if (error instanceof StoryBudgetError) fail(`${file}: the scenario stopped: ${error.message}`, 1);
  throw error;
}
if (json) {
  process.stdout.write(JSON.stringify(replayReport(result, inputs)) + '\n');
} else {
  const name = (speaker: string): string => (speaker === 'customer' ? bundle.meta.persona : speaker);
  for (const entry of result.transcript) {
    const mark = entry.choice === undefined ? '' : `[${entry.choice}] `;
    console.log(`${name(entry.speaker).padStart(14)}: ${mark}${entry.text}`);
  }
  console.log(`\noutcome: ${result.outcome ?? 'not reached'}${result.outcome === null ? ` (choices left: ${choices.length} taken)` : ''}`);
  for (const [dimension, score] of Object.entries(result.scores)) console.log(`  ${dimension.padEnd(13)} ${String(score).padStart(3)}`);
  console.log(`  ${'overall'.padEnd(13)} ${String(result.overall).padStart(3)}`);
}
