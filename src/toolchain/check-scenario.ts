// Compiles and analyses one scenario file: compile errors, contract violations with file:line,
// reachability, and score bounds. The build, the checker CLI, the replay CLI, the authoring page
// and the server all load scenarios through this.
import type { Rubric } from '../core/schemas/rubric.ts';
import type { Diagnostic } from '../core/schemas/diagnostic.ts';
import { Language, type ScenarioMeta } from '../core/schemas/scenario-meta.ts';
import { compileInk, type ReadSource } from './compile.ts';
import { readFrontMatter } from './front-matter.ts';
import { scanTags, type SourceTag } from './source-tags.ts';
import { parseChoiceTag, parseLineTag, isChoiceTagKey } from '../core/story/story-tags.ts';
import { FRONT_MATTER_KEYS } from './front-matter.ts';
import { splitTag } from '../core/story/tag-syntax.ts';
import { InkRunner } from '../core/story/ink-runner.ts';
import { budgetAdvice, StoryBudgetError, type RunBudget } from '../core/story/run-budget.ts';
import { explore, type Exploration, type Runaway } from './explore.ts';
import type { ScenarioBundle } from '../core/session/scenario-bundle.ts';
import { sha256Hex } from '../core/util/sha256.ts';
import { DIMENSION_IDS } from '../core/schemas/rubric.ts';
import { replay } from '../core/session/replay.ts';
import { guessability, playNaive, type NaiveReport } from './naive-play.ts';

export interface ScenarioReport {
  id: string | null;
  file: string;
  language: Language;
  title: string | null;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  endings: string[];
  needs: Record<string, { revealed: boolean }>;
  objections: Record<string, { raised: boolean; resolved: boolean }>;
  maxScores: Record<string, number>;
  minScores: Record<string, number>;
  bestPath: number[];
  bestScores: Record<string, number>;
  bestOverall: number | null;
  bestOutcome: string | null;
  techniques: string[];
  faults: string[];
  states: number;
  truncated: boolean;
  /** What strategies with no sales skill score (see naive-play.ts); null when not playable. */
  naive: NaiveReport | null;
}

export interface CheckOptions {
  file: string;
  source: string;
  read: ReadSource;
  rubric: Rubric;
  maxStates?: number;
  onProgress?: (states: number) => void;
  /** Overrides of the run budget every advance gets (story/run-budget.ts); tests use small ones. */
  budget?: Partial<RunBudget>;
}

export interface CheckResult {
  report: ScenarioReport;
  /** Present when the scenario has no errors and can be played. */
  bundle: ScenarioBundle | null;
  exploration: Exploration | null;
}

export function languageOfFile(file: string): Language {
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.ink$/, '');
  const parsed = Language.safeParse(base);
  return parsed.success ? parsed.data : 'en';
}

export function checkScenario(options: CheckOptions): CheckResult {
  const { file, source, read, rubric } = options;
  const language = languageOfFile(file);
  const report: ScenarioReport = {
    id: null, file, language, title: null, errors: [], warnings: [], endings: [], needs: {}, objections: {},
    maxScores: {}, minScores: {}, bestPath: [], bestScores: {}, bestOverall: null, bestOutcome: null,
    techniques: [], faults: [], states: 0, truncated: false, naive: null,
  };
  const add = (d: Diagnostic): void => {
    const list = d.severity === 'error' ? report.errors : report.warnings;
    if (!list.some((x) => x.file === d.file && x.line === d.line && x.message === d.message)) list.push(d);
  };
  const error = (code: string, message: string, at?: { file: string; line: number | null }): void =>
    add({ severity: 'error', code, message, file: at?.file ?? file, line: at?.line ?? null });
  const warn = (code: string, message: string, at?: { file: string; line: number | null }): void =>
    add({ severity: 'warning', code, message, file: at?.file ?? file, line: at?.line ?? null });

  const compiled = compileInk(file, source, read);
  for (const d of compiled.diagnostics) add(d);

  // Tags are checked from the source, so every problem carries its line even when Ink fails.
  const tags: SourceTag[] = [];
  for (const f of compiled.files) {
    const text = f === file ? source : read(f);
    if (text !== null) tags.push(...scanTags(f, text, f === file));
  }
  const globals = tags.filter((t) => t.position === 'global');
  const front = readFrontMatter(globals.map((t) => t.text));
  const meta: ScenarioMeta | null = front.meta;
  for (const p of front.problems) error('front-matter', p.message, p.tagIndex === null ? { file, line: globals[0]?.line ?? 1 } : globals[p.tagIndex]);
  if (globals.length === 0) error('front-matter', 'the file has no front matter: start it with "# id: …", "# title: …" and the other keys', { file, line: 1 });
  if (meta) {
    report.id = meta.id;
    report.title = meta.title;
    const base = file.slice(file.lastIndexOf('/') + 1);
    const folder = file.split('/').slice(-2, -1)[0];
    if (/^(en|zh-CN)\.ink$/.test(base) && folder !== undefined && folder !== meta.id) {
      error('front-matter', `id "${meta.id}" must equal the scenario's folder name "${folder}"`, globals.find((g) => splitTag(g.text).key === 'id'));
    }
  }
  const ctx = meta ? { meta, rubric } : null;
  for (const tag of tags) {
    if (tag.position === 'global') continue;
    if (tag.text.includes('{')) continue; // evaluated by Ink at run time
    const key = splitTag(tag.text).key;
    if (tag.position === 'before-choice' && isChoiceTagKey(key)) {
      error('misplaced-tag', `"# ${tag.text}" stands on its own line before the choice's "*", so Ink gives it to the text above and it scores nothing: write it on the choice line, before any "]"`, tag);
      continue;
    }
    if (tag.position === 'line' || tag.position === 'before-choice') {
      if (isChoiceTagKey(key)) {
        error('misplaced-tag', `"# ${tag.text}" comes after the choice's "]", so it belongs to the printed line and scores nothing: move it before "]"`, tag);
        continue;
      }
      if ((FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
        error('misplaced-tag', `front-matter key "${key}" must stand at the very top of the file, before any text`, tag);
        continue;
      }
      if (ctx) {
        const parsed = parseLineTag(tag.text, ctx);
        if (!parsed.ok) error(/unknown tag/.test(parsed.error) ? 'unknown-tag' : 'bad-tag', parsed.error, tag);
      }
    } else if (ctx) {
      const parsed = parseChoiceTag(tag.text, ctx);
      if (!parsed.ok) error(/unknown tag/.test(parsed.error) ? 'unknown-tag' : 'bad-tag', parsed.error, tag);
    }
  }

  if (compiled.json === null || meta === null || report.errors.length > 0) return { report, bundle: null, exploration: null };

  const runner = new InkRunner(compiled.json, 0);
  for (const name of ['trust', 'patience', 'interest']) {
    if (typeof runner.variable(name) !== 'number') error('missing-variable', `declare VAR ${name} (0–100), for example with INCLUDE ../_lib/customer.ink`);
  }
  if (report.errors.length > 0) return { report, bundle: null, exploration: null };

  const exploreOptions = {
    storyJson: compiled.json, meta, rubric, onProgress: options.onProgress, significant: compiled.structure.significant,
    budget: options.budget,
  } as const;
  const exploration = explore(options.maxStates === undefined ? exploreOptions : { ...exploreOptions, maxStates: options.maxStates });
  report.states = exploration.states;
  report.truncated = exploration.truncated;
  report.endings = exploration.endings.filter((e) => e !== 'none');
  report.techniques = exploration.techniquesUsed;
  report.faults = exploration.faultsCommitted;
  const containerAt = (container: string | null): { file: string; line: number | null } => {
    const knot = container?.split('.')[0];
    return compiled.structure.containers.find((c) => c.path === container)
      ?? compiled.structure.containers.find((c) => c.path === knot) ?? { file, line: null };
  };
  const runawayError = (r: Pick<Runaway, 'kind' | 'message' | 'container' | 'choices'>): void => {
    const after = r.choices.length === 0 ? 'before the first choice' : `after the choices ${r.choices.join(',')} (Ink indices, as replay takes them)`;
    error('runaway-story', `${r.message}, ${after}: ${budgetAdvice(r.kind)}`, containerAt(r.container));
  };
  if (exploration.runaway) {
    // The run broke off mid-step: no figure about the story can be trusted, and it must not ship.
    runawayError(exploration.runaway);
    return { report, bundle: null, exploration };
  }
  if (exploration.truncated) warn('truncated', `stopped after ${exploration.states} states: the figures below cover only the part explored`);
  for (const message of exploration.problems) error('runtime', message);
  const lineOf = (path: string): { file: string; line: number | null } | undefined =>
    compiled.structure.choices.find((c) => c.path === path) ?? compiled.structure.containers.find((c) => c.path === path);
  for (const path of exploration.deadEnds) error('dead-end', 'a path through this choice ends with no "# outcome:" tag', lineOf(path) ?? { file, line: null });
  if (exploration.endings.length === 0 || report.endings.length === 0) error('no-ending', 'no path reaches an "# outcome:" tag');
  for (const path of exploration.loops) warn('loop', 'this choice can loop back to the same state', lineOf(path));
  const visited = new Set(exploration.visitedContainers);
  // Functions are called, not visited: a helper the scenario does not use is not an error.
  const functions = new Set<string>();
  for (const f of compiled.files) {
    for (const m of (f === file ? source : read(f) ?? '').matchAll(/^\s*==+\s*function\s+([A-Za-z_][\w]*)/gm)) functions.add(m[1]!);
  }
  for (const c of compiled.structure.containers) {
    if (!visited.has(c.path) && !functions.has(c.path)) warn('unreachable-knot', `knot "${c.path}" is never reached`, c);
  }
  const offered = new Set(exploration.offeredChoices);
  for (const c of compiled.structure.choices) {
    if (!offered.has(c.path)) warn('unreachable-choice', 'this choice is never offered on any path', c);
  }
  for (const need of meta.needs) {
    const revealed = exploration.needsRevealed.includes(need.id);
    report.needs[need.id] = { revealed };
    if (!revealed) warn('need-never-revealed', `need "${need.id}" is declared but no path reveals it`, globals.find((g) => g.text.includes(need.id)));
  }
  for (const objection of meta.objections) {
    const raised = exploration.objectionsRaised.includes(objection.id);
    const resolved = exploration.objectionsResolved.includes(objection.id);
    report.objections[objection.id] = { raised, resolved };
    if (!raised) warn('objection-never-raised', `objection "${objection.id}" is declared but no path raises it`, globals.find((g) => g.text.includes(objection.id)));
    else if (!resolved) warn('objection-never-resolved', `objection "${objection.id}" is raised but no path resolves it`, globals.find((g) => g.text.includes(objection.id)));
  }
  for (const d of DIMENSION_IDS) {
    report.maxScores[d] = exploration.bounds[d].max;
    report.minScores[d] = exploration.bounds[d].min;
  }
  const bundle: ScenarioBundle = {
    meta, language, storyJson: compiled.json, contentHash: sha256Hex(compiled.json), bounds: exploration.bounds,
    rubricVersion: rubric.version, ...(rubric.rules.inContext ? { endingBest: exploration.endingBest } : {}),
  };
  report.bestPath = exploration.bestPath;
  if (report.errors.length === 0) {
    // The best path per won ending may beat the overall best once out-of-reach dimensions are left
    // out: replay every candidate and keep the highest overall (the first on a tie).
    const candidates = [exploration.bestPath, ...Object.values(exploration.bestPathsByWin)];
    try {
      let best = null;
      for (const choices of candidates) {
        const run = replay(bundle, rubric, { scenarioId: meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed: 0, choices }, { budget: options.budget });
        if (best === null || run.overall > best.run.overall) best = { run, choices };
      }
      report.bestPath = best!.choices;
      report.bestScores = best!.run.scores;
      report.bestOverall = best!.run.overall;
      report.bestOutcome = best!.run.outcome;
      if (!exploration.truncated) {
        report.naive = playNaive(bundle, rubric, options.budget);
        for (const reason of guessability(report.naive)) warn('guessable', `a trainee can score here without skill: ${reason}`);
      }
    } catch (caught) {
      // The explorer saw every state it kept; a play past a truncated exploration may not have.
      if (!(caught instanceof StoryBudgetError)) throw caught;
      runawayError({ kind: caught.kind, message: caught.message, container: caught.container, choices: [] });
    }
  }
  return { report, bundle: report.errors.length === 0 ? bundle : null, exploration };
}
