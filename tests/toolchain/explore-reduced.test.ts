import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { compileInk } from '../../src/toolchain/compile.ts';
import { explore } from '../../src/toolchain/explore.ts';
import { exploreFull } from '../../src/toolchain/explore-full.ts';
import { readFrontMatter } from '../../src/toolchain/front-matter.ts';
import { scanTags } from '../../src/toolchain/source-tags.ts';
import { findScenarioFiles } from '../../src/node/scenario-files.ts';

const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

function options(file: string) {
  const source = readFileSync(file, 'utf8');
  const compiled = compileInk(file, source, read);
  const meta = readFrontMatter(scanTags(file, source, true).filter((t) => t.position === 'global').map((t) => t.text)).meta;
  if (compiled.json === null || meta === null) throw new Error(`${file} does not compile`);
  return { storyJson: compiled.json, meta, rubric: courseRubric, significant: compiled.structure.significant };
}

// The reduced exploration merges states the full one keeps apart; everything it reports must
// be exactly what the full one reports, on every shipped scenario.
describe('the reduced exploration against the full one', () => {
  for (const file of findScenarioFiles(['stories'])) {
    it(`finds the same endings, needs, objections, bounds and best path in ${file}, in no more states`, () => {
      const opts = options(file);
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
