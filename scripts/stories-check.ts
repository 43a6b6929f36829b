// npm run stories:check [-- <files or folders>] [--json]: compiles and analyses scenarios and
// exits non-zero when any has an error.
import { courseRubric } from '../src/core/rubric/course-rubric.ts';
import { formatDiagnostic } from '../src/core/schemas/diagnostic.ts';
import type { ScenarioReport } from '../src/toolchain/check-scenario.ts';
import { compareTranslations } from '../src/toolchain/compare-translations.ts';
import { checkFile } from '../src/node/check-file.ts';
import { findScenarioFiles } from '../src/node/scenario-files.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const targets = args.filter((a) => !a.startsWith('--'));

let files: string[];
try {
  files = findScenarioFiles(targets.length > 0 ? targets : ['stories']);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
}
if (files.length === 0) {
  console.error(`no scenario files (en.ink or zh-CN.ink) under ${targets.join(', ') || 'stories'}`);
  process.exit(2);
}

const reports: ScenarioReport[] = [];
const started = performance.now();
for (const file of files) {
  const t0 = performance.now();
  const { report } = checkFile(file, courseRubric, (states) => {
    if (states >= 5_000) process.stderr.write(`\r  ${file}: explored ${states.toLocaleString('en')} states…`);
  });
  if (report.states >= 5_000) process.stderr.write('\n');
  reports.push(report);
  if (!json) printReport(report, performance.now() - t0);
}
for (const d of compareTranslations(reports)) {
  (d.severity === 'error' ? reports.find((r) => r.file === d.file)?.errors : reports.find((r) => r.file === d.file)?.warnings)?.push(d);
  if (!json) console.log(formatDiagnostic(d));
}
const errorCount = reports.reduce((n, r) => n + r.errors.length, 0);
if (json) {
  process.stdout.write(reports.map((r) => JSON.stringify(r)).join('\n') + '\n');
} else {
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n${reports.length} scenario file(s) checked in ${seconds} s: ${errorCount} error(s), ${reports.reduce((n, r) => n + r.warnings.length, 0)} warning(s)`);
}
process.exit(errorCount > 0 ? 1 : 0);

function printReport(r: ScenarioReport, ms: number): void {
  const head = r.id ? `${r.id} [${r.language}] ${r.title ?? ''}` : r.file;
  console.log(`\n${r.errors.length > 0 ? '✗' : '✓'} ${head}  (${r.file}, ${r.states.toLocaleString('en')} states, ${Math.round(ms)} ms)`);
  for (const d of [...r.errors, ...r.warnings]) console.log(`  ${formatDiagnostic(d)}`);
  if (r.errors.length > 0) return;
  console.log(`  endings: ${r.endings.join(', ')}`);
  const needs = Object.entries(r.needs).map(([id, n]) => `${id}${n.revealed ? '' : ' (never revealed)'}`);
  console.log(`  needs: ${needs.join(', ') || 'none declared'}`);
  const objections = Object.entries(r.objections).map(([id, o]) => `${id}${o.resolved ? ' (resolvable)' : o.raised ? ' (never resolved)' : ' (never raised)'}`);
  console.log(`  objections: ${objections.join(', ') || 'none declared'}`);
  console.log('  points per dimension, min..max over all paths:');
  for (const d of Object.keys(r.maxScores)) console.log(`    ${d.padEnd(13)} ${String(r.minScores[d]).padStart(4)} .. ${r.maxScores[d]}`);
  console.log(`  best path: ${r.bestPath.join(',')} → ${r.bestOutcome}, overall ${r.bestOverall}`);
  if (r.naive) {
    const f = (name: string, x: { overall: number; winRate: number }): string => `${name} ${x.overall} (wins ${Math.round(x.winRate * 100)} %)`;
    console.log(`  without skill, mean overall: ${f('first shown', r.naive.firstShown)}, ${f('longest', r.naive.longest)}, ${f('shortest', r.naive.shortest)}, ${f('random', r.naive.random)}`);
  }
}
