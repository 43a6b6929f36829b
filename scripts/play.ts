// npm run play -- <story.ink> [--seed N] [--mode coach|exam] [--json]: plays any scenario file in
// the terminal through the same core Session as the game (same shown order, same scores). Text
// mode is a small game; --json prints one state object per line for programs and tests.
import { createInterface } from 'node:readline';
import { existsSync } from 'node:fs';
import { courseRubric } from '../src/core/rubric/course-rubric.ts';
import { formatDiagnostic } from '../src/core/schemas/diagnostic.ts';
import { sessionOptions } from '../src/core/session/scenario-bundle.ts';
import { Session, type StepResult } from '../src/core/session/session.ts';
import type { ReplayInputs } from '../src/core/schemas/replay-inputs.ts';
import { StoryBudgetError } from '../src/core/story/run-budget.ts';
import { checkFile } from '../src/node/check-file.ts';

const USAGE = 'usage: npm run play -- <path/to/story.ink> [--seed N] [--mode coach|exam] [--json]';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

const args = process.argv.slice(2);
const json = args.includes('--json');
const valueOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (value === undefined || value.startsWith('--')) fail(`${name} needs a value\n${USAGE}`);
  return value;
};
const known = new Set(['--seed', '--mode', '--json']);
for (const a of args) if (a.startsWith('--') && !known.has(a)) fail(`unknown option ${a}\n${USAGE}`);
const file = args.find((a, i) => !a.startsWith('--') && !['--seed', '--mode'].includes(args[i - 1] ?? ''));
if (!file) fail(USAGE);
if (!existsSync(file)) fail(`${file}: no such file`);
const seedText = valueOf('--seed') ?? '0';
if (!/^\d+$/.test(seedText) || Number(seedText) > 2 ** 31 - 1) fail(`--seed takes a whole number from 0 to ${2 ** 31 - 1}, got "${seedText}"`);
const seed = Number(seedText);
const mode = valueOf('--mode') ?? 'coach';
if (mode !== 'coach' && mode !== 'exam') fail(`--mode is coach or exam, got "${mode}"`);

if (!json) process.stderr.write(`checking ${file}…\n`);
const { report, bundle } = checkFile(file, courseRubric);
if (!bundle) {
  for (const d of report.errors) process.stderr.write(`${formatDiagnostic(d)}\n`);
  fail(`${file}: cannot be played until the errors above are fixed`, 1);
}

const session = new Session(sessionOptions(bundle, courseRubric, seed));
const name = (speaker: string): string => (speaker === 'customer' ? bundle.meta.persona : speaker === 'trainee' ? 'You' : speaker);
const inputs = (): ReplayInputs => ({
  scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices: [...session.taken],
});

/** The state after a step, as the --json line and as the text game's source. */
function state(step: StepResult): Record<string, unknown> {
  const ended = session.ended || session.choices.length === 0;
  const result = ended ? session.result() : null;
  const out: Record<string, unknown> = {
    step: session.taken.length,
    lines: step.entries.map((e) => ({ speaker: e.speaker, text: e.text })),
    offered: session.choices.map((c) => ({ index: c.index, text: c.text })),
    ended,
    outcome: result?.outcome ?? null,
    overall: result?.overall ?? null,
    scores: result?.scores ?? null,
    redLines: result?.redLines ?? [],
  };
  // Coach mode shows what each reply earned as it goes; an exam shows nothing until the end.
  if (mode === 'coach') {
    out.coach = {
      evidence: step.evidence.map((e) => ({ dimension: e.dimension, points: e.points, reason: e.reason, item: e.item })),
      tips: step.events.flatMap((e) => (e.type === 'tip' ? [e.text] : [])),
      customer: session.customer,
    };
  }
  if (result) out.inputs = inputs();
  return out;
}

function printText(s: Record<string, unknown>): void {
  for (const line of s.lines as Array<{ speaker: string; text: string }>) {
    if (line.text !== '') console.log(`${name(line.speaker)}: ${line.text}`);
  }
  const coach = s.coach as { evidence: Array<{ dimension: string; points: number; reason: string; item: string | null }>; tips: string[]; customer: Record<string, number> } | undefined;
  if (coach && (s.step as number) > 0) {
    for (const e of coach.evidence) console.log(`  [${e.points >= 0 ? '+' : ''}${e.points} ${e.dimension}: ${e.reason}${e.item ? ` ${e.item}` : ''}]`);
    for (const tip of coach.tips) console.log(`  coach: ${tip}`);
    console.log(`  (trust ${coach.customer.trust}, patience ${coach.customer.patience}, interest ${coach.customer.interest})`);
  }
  if (s.ended) {
    const result = session.result();
    console.log(`\noutcome: ${result.outcome ?? 'none'}`);
    for (const line of result.redLines) console.log(`RED LINE: ${line} — the overall is capped at ${courseRubric.rules.redLineCap}`);
    for (const [d, v] of Object.entries(result.scores)) console.log(`  ${d.padEnd(13)} ${String(v).padStart(3)}`);
    for (const d of result.outOfReach) console.log(`  ${d.padEnd(13)}   – (not available on this ending)`);
    console.log(`  ${'overall'.padEnd(13)} ${String(result.overall).padStart(3)}`);
    console.log(`\nreplay: npm run replay -- ${file} --choices ${session.taken.join(',')} --seed ${seed}`);
    return;
  }
  console.log('');
  (s.offered as Array<{ text: string }>).forEach((c, i) => console.log(`  ${i + 1}. ${c.text}`));
}

const emit = (s: Record<string, unknown>): void => {
  if (json) process.stdout.write(`${JSON.stringify(s)}\n`);
  else printText(s);
};

/** Plays a step; a story that breaks its run budget ends the game with the reason. */
function play(step: () => StepResult): Record<string, unknown> {
  try {
    return state(step());
  } catch (error) {
    if (error instanceof StoryBudgetError) {
      if (json) process.stdout.write(`${JSON.stringify({ error: error.message, stopped: true })}\n`);
      fail(`${file}: the scenario stopped: ${error.message}`, 1);
    }
    throw error;
  }
}

let current = play(() => session.start());
emit(current);
if (current.ended) process.exit(0);

const prompt = (): void => {
  if (!json && process.stdin.isTTY) process.stdout.write('> ');
};
prompt();
const rl = createInterface({ input: process.stdin, terminal: false });
let finished = false;
rl.on('line', (raw) => {
  if (finished) return;
  const text = raw.trim();
  const offered = session.choices;
  const position = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!(position >= 1 && position <= offered.length)) {
    const message = `"${text}" is not a reply: type a number from 1 to ${offered.length}`;
    if (json) {
      process.stdout.write(`${JSON.stringify({ error: message })}\n`);
      emit(current);
    } else {
      console.log(message);
      offered.forEach((c, i) => console.log(`  ${i + 1}. ${c.text}`));
    }
    prompt();
    return;
  }
  current = play(() => session.choose(offered[position - 1]!.index));
  emit(current);
  if (current.ended) {
    finished = true;
    rl.close();
    return;
  }
  prompt();
});
rl.on('close', () => {
  if (!finished) fail(`input ended before the conversation did (after ${session.taken.length} replies)`, 1);
});
