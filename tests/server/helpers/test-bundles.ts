// The server tests' scenarios compiled and checked the way the server checks them at start-up
// (test-stories.ts), so a test can replay an attempt with the core replay and hold the server's
// scores to it instead of to numbers written down by hand.
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import type { Rubric } from '../../../src/core/schemas/rubric.ts';
import type { ScenarioBundle } from '../../../src/core/session/scenario-bundle.ts';
import { replay } from '../../../src/core/session/replay.ts';
import { checkFile } from '../../../src/node/check-file.ts';
import { readSource } from '../../../src/node/scenario-files.ts';
import { checkScenario } from '../../../src/toolchain/check-scenario.ts';
import { testStoriesDir } from './test-app.ts';
import { promiseSource } from './test-stories.ts';

/** "tiny" and "duel" as the server ships them; "promise", which tests publish, as if published. */
export function testBundle(id: 'tiny' | 'duel' | 'promise', rubric: Rubric = courseRubric): ScenarioBundle {
  const { bundle, report } = id === 'promise'
    ? checkScenario({ file: 'stories/promise/en.ink', source: promiseSource(), read: (p) => readSource()(p.replace(/^stories\/_lib\//, `${testStoriesDir()}/_lib/`)), rubric })
    : checkFile(`${testStoriesDir()}/${id}/en.ink`, rubric);
  if (!bundle) throw new Error(`${id} does not check: ${JSON.stringify(report.errors)}`);
  return bundle;
}

/** The overall the core replay gives these choices on the bundle (checked under the same rubric). */
export function replayedOverall(bundle: ScenarioBundle, choices: readonly number[], seed = 0, rubric: Rubric = courseRubric): number {
  return replay(bundle, rubric, { scenarioId: bundle.meta.id, contentHash: bundle.contentHash, rubricVersion: rubric.version, seed, choices: [...choices] }).overall;
}
