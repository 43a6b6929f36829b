// The branch map's model: knots, their choices coloured by worth, where each choice leads, and
// what the checker found unreachable.
import { describe, expect, it } from 'vitest';
import { readOutline, choiceLabel } from '../../src/authoring/map/ink-outline.ts';
import { buildBranchGraph, choiceWorth } from '../../src/authoring/map/branch-graph.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { checkSource } from '../../src/authoring/check/check-in-worker.ts';
import { templateFor } from '../../src/authoring/templates/templates.ts';

const SOURCE = `# id: x
Hello // comment -> not_a_divert
-> start

=== start ===
* [Ask #discovery: +2 #technique: open-question]
  Sure.
  -> middle
* [Push #fault: pressure] Bye.
  No. # outcome: no-sale
  -> END
* (named) {trust > 10} [Chat #tip: nice]
  ** [Deeper #conduct: +1]
     -> start.side
  ** [Shallow]
  - - Back together.
  -> middle

= side
Side line.
-> middle

=== middle ===
{patience < 5: -> start}
* [Close #close: close-direct]
  OK. # outcome: sale
  -> END

=== lonely ===
* [Never offered]
  -> END

=== function helper(x)
~ return x
`;

describe('readOutline', () => {
  it('finds the opening, knots and stitches with their lines, skipping functions', () => {
    const outline = readOutline(SOURCE);
    expect(outline.map((k) => [k.path, k.line, k.isFunction])).toEqual([
      ['', 1, false], ['start', 5, false], ['start.side', 19, false], ['middle', 23, false], ['lonely', 29, false], ['helper', 33, true],
    ]);
    expect(outline[0]?.targets).toEqual(['start']);
  });

  it('gives each choice its label, tags, targets and outcomes, nested choices included', () => {
    const start = readOutline(SOURCE)[1]!;
    expect(start.choices.map((c) => [c.line, c.depth, c.label, c.targets, c.outcomes])).toEqual([
      [6, 1, 'Ask', ['middle'], []],
      [9, 1, 'Push', ['END'], ['no-sale']],
      [12, 1, 'Chat', ['middle'], []],
      [13, 2, 'Deeper', ['start.side'], []],
      [15, 2, 'Shallow', [], []],
    ]);
    // A depth-2 gather still sits inside "Chat", so the divert after it is Chat's.
    expect(start.targets).toEqual([]);
    expect(start.choices[0]?.tags).toEqual(['discovery: +2', 'technique: open-question']);
    expect(start.choices[1]?.tags).toEqual(['fault: pressure']);
  });

  it('resolves stitch names within their knot and keeps conditional diverts', () => {
    const outline = readOutline(SOURCE);
    expect(outline.find((k) => k.path === 'start.side')?.targets).toEqual(['middle']);
    expect(outline.find((k) => k.path === 'middle')?.targets).toEqual(['start']);
  });

  it('labels choices as the trainee sees them', () => {
    expect(choiceLabel('Tell [them] the price #fault: pressure -> end')).toBe('Tell them');
    expect(choiceLabel('{x > 1} [Ask #tip: a] rest')).toBe('Ask');
  });
});

describe('buildBranchGraph', () => {
  it('colours choices by what their tags earn on the rubric', () => {
    expect(choiceWorth(['discovery: +2', 'technique: open-question'], courseRubric)).toEqual({ points: 4, worth: 'positive', close: false });
    expect(choiceWorth(['fault: pressure'], courseRubric)).toEqual({ points: -3, worth: 'negative', close: false });
    expect(choiceWorth(['close: close-direct', 'tip: x'], courseRubric)).toEqual({ points: 0, worth: 'neutral', close: true });
    expect(choiceWorth(['technique: open-question', 'fault: premature-pitch'], courseRubric).worth).toBe('negative');
  });

  it('links choices and knot diverts to the knots they lead to', () => {
    const graph = buildBranchGraph(SOURCE, courseRubric);
    expect(graph.nodes.map((n) => n.id)).toEqual(['', 'start', 'start.side', 'middle', 'lonely']);
    expect(graph.edges).toEqual([
      { from: '', choice: null, to: 'start' },
      { from: 'start', choice: 0, to: 'middle' },
      { from: 'start', choice: 2, to: 'middle' },
      { from: 'start', choice: 3, to: 'start.side' },
      { from: 'start.side', choice: null, to: 'middle' },
      { from: 'middle', choice: null, to: 'start' },
    ]);
  });

  it('marks the knots and choices the checker reports unreachable', () => {
    const graph = buildBranchGraph(SOURCE, courseRubric, [
      { severity: 'warning', code: 'unreachable-knot', message: 'knot "lonely" is never reached', file: 'f', line: 29 },
      { severity: 'warning', code: 'unreachable-choice', message: 'never offered', file: 'f', line: 15 },
    ]);
    const lonely = graph.nodes.find((n) => n.id === 'lonely')!;
    expect(lonely.unreachable).toBe(true);
    expect(lonely.choices[0]?.unreachable).toBe(true);
    const start = graph.nodes.find((n) => n.id === 'start')!;
    expect(start.choices.map((c) => c.unreachable)).toEqual([false, false, false, false, true]);
  });

  it('agrees with the checker on a real scenario: every compiled knot is on the map', () => {
    const source = templateFor('outbound-call', 'en').source;
    const graph = buildBranchGraph(source, courseRubric);
    expect(graph.nodes.map((n) => n.id)).toEqual(['', 'opening', 'discovery', 'presentation', 'objection', 'close', 'confirm']);
    expect(graph.nodes.flatMap((n) => n.choices).length).toBe(11);
    expect(checkSource(source, 'en').report.errors).toEqual([]);
  });
});
