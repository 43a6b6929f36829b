// Scenario bundles built without the checker, for verification tests: the shipped library
// compiled as it is, and hostile stories the checker would refuse. Their score bounds are a
// generous fixed range rather than the explored one (exploring the library takes minutes); a
// verification's equality with the core replay does not depend on which bounds both use.
import { readFileSync } from 'node:fs';
import { Story } from 'inkjs';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { DIMENSION_IDS } from '../../../src/core/schemas/rubric.ts';
import type { ReplayInputs } from '../../../src/core/schemas/replay-inputs.ts';
import { compileInk } from '../../../src/toolchain/compile.ts';
import { readFrontMatter } from '../../../src/toolchain/front-matter.ts';
import { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { Session } from '../../../src/core/session/session.ts';
import { sha256Hex } from '../../../src/core/util/sha256.ts';
import { findScenarioFiles, readSource } from '../../../src/node/scenario-files.ts';

const BOUNDS = Object.fromEntries(DIMENSION_IDS.map((d) => [d, { min: -20, max: 20 }]));

/** A bundle of the story at `file` (its includes read from disk), scored under the course rubric. */
export function uncheckedBundle(file: string, source = readFileSync(file, 'utf8')): ScenarioBundle {
  const compiled = compileInk(file, source, readSource());
  if (compiled.json === null) throw new Error(`${file} does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  const front = readFrontMatter(new Story(compiled.json).globalTags ?? []);
  if (!front.meta) throw new Error(`${file} has no front matter: ${JSON.stringify(front.problems)}`);
  const language = file.endsWith('zh-CN.ink') ? 'zh-CN' : 'en';
  return ScenarioBundle.parse({
    meta: front.meta, language, storyJson: compiled.json, contentHash: sha256Hex(compiled.json), bounds: BOUNDS,
    rubricVersion: courseRubric.version,
  });
}

/** Every scenario of the shipped library, both languages. */
export function shippedBundles(): ScenarioBundle[] {
  return findScenarioFiles(['stories']).map((file) => uncheckedBundle(file));
}

/** Random offered choices to the end, as a trainee might play them: valid inputs for `bundle`. */
export function randomAttempt(bundle: ScenarioBundle, seed: number, random: () => number): ReplayInputs {
  const session = new Session({ storyJson: bundle.storyJson, meta: bundle.meta, rubric: courseRubric, seed, bounds: bundle.bounds });
  session.start();
  const choices: number[] = [];
  while (!session.ended && session.choices.length > 0) {
    const pick = session.choices[Math.floor(random() * session.choices.length)]!.index;
    session.choose(pick);
    choices.push(pick);
  }
  return { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: courseRubric.version, seed, choices };
}
