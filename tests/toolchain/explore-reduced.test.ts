import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { explore } from '../../src/toolchain/explore.ts';
import { exploreFull } from '../../src/toolchain/explore-full.ts';
import { findScenarioFiles } from '../../src/node/scenario-files.ts';
import { exploreOptionsForFile } from '../../src/node/check-file.ts';

// The reduced exploration merges states the full one keeps apart; everything it reports must
// be exactly what the full one reports, on every shipped scenario.
describe('the reduced exploration against the full one', () => {
  for (const file of findScenarioFiles(['stories'])) {
    it(`finds the same endings, needs, objections, bounds and best path in ${file}, in no more states`, () => {
      const opts = exploreOptionsForFile(file, courseRubric);
      const reduced = explore(opts);
      const full = exploreFull(opts);
      expect(full.truncated).toBe(false);
      const { states: reducedStates, edges: _reducedEdges, ...reducedReport } = reduced;
      const { states: fullStates, edges: _fullEdges, ...fullReport } = full;
      expect(reducedReport).toEqual(fullReport);
      expect(reducedStates).toBeLessThanOrEqual(fullStates);
    }, 600_000);
  }
});
