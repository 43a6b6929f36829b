// Attempts name the rubric they were scored under; every shipped version stays loadable so an old
// attempt replays to exactly the scores it was given. The fixture holds two stories as they were
// when rubric 1.0.0 was current and the scores that version gave nine attempts on each.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkScenario } from '../../../src/toolchain/check-scenario.ts';
import { courseRubric } from '../../../src/core/rubric/course-rubric.ts';
import { RUBRIC_VERSIONS, rubricForVersion } from '../../../src/core/rubric/rubric-versions.ts';
import { replay } from '../../../src/core/session/replay.ts';

interface Golden {
  file: string;
  contentHash: string;
  bounds: unknown;
  seed: number;
  choices: number[];
  outcome: string | null;
  overall: number;
  scores: Record<string, number>;
  raw: Record<string, number>;
}

const golden = JSON.parse(readFileSync('tests/fixtures/rubric-1.0.0/attempts.json', 'utf8')) as Golden[];
const read = (path: string): string | null => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
};

describe('rubric versions', () => {
  it('knows 1.0.0 and the current version, and nothing else', () => {
    expect(RUBRIC_VERSIONS).toEqual(['1.0.0', courseRubric.version]);
    expect(courseRubric.version).toBe('2.0.0');
    expect(rubricForVersion('9.9.9')).toBeNull();
  });

  it('attempts scored under rubric 1.0.0 replay unchanged', () => {
    const v1 = rubricForVersion('1.0.0')!;
    const files = [...new Set(golden.map((g) => g.file))];
    expect(files).toHaveLength(2);
    for (const file of files) {
      const { bundle, report } = checkScenario({ file, source: read(file)!, read, rubric: v1 });
      expect(report.errors, file).toEqual([]);
      for (const g of golden.filter((x) => x.file === file)) {
        expect(bundle!.contentHash).toBe(g.contentHash);
        expect(bundle!.bounds).toEqual(g.bounds);
        const run = replay(bundle!, v1, { scenarioId: bundle!.meta.id, contentHash: g.contentHash, rubricVersion: '1.0.0', seed: g.seed, choices: g.choices });
        expect({ outcome: run.outcome, overall: run.overall, scores: run.scores, raw: run.raw }, `${file} ${g.choices.join(',')}`)
          .toEqual({ outcome: g.outcome, overall: g.overall, scores: g.scores, raw: g.raw });
        expect(run.redLines).toEqual([]);
      }
    }
  });
});
