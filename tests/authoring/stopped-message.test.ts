// The play-test pane's message when a run stops: "play from here" on a knot the checker never
// reaches (so it did not refuse the scenario) that loops for ever.
import { describe, expect, it } from 'vitest';
import { startSessionAt } from '../../src/core/session/start-at.ts';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { StoryBudgetError } from '../../src/core/story/run-budget.ts';
import { studioTranslator } from '../../src/authoring/i18n/translate.ts';
import { compileSource } from '../../src/authoring/check/check-in-worker.ts';
import { stoppedMessage } from '../../src/authoring/playtest/stopped-message.ts';
import { check, scenarioSource } from '../helpers/scenario-source.ts';

const source = scenarioSource(`
Hello? # speaker: customer
* [Ask how they use the phone #discovery: +1]
  I run out of data. # reveals: data
  Fine, I will take it. # outcome: sale
  -> END

=== spin ===
~ temp n = 0
- (again)
~ n = n + 1
-> again
`);

describe('the play-test when the story stops', () => {
  const { bundle, report } = check(source);
  const options = { storyJson: bundle!.storyJson, meta: bundle!.meta, rubric: courseRubric, seed: 0, bounds: bundle!.bounds };
  const knots = compileSource(source, 'en').knots;
  const spinLine = source.split('\n').indexOf('=== spin ===') + 1;

  it('lets the checker pass a looping knot nothing reaches, only warning', () => {
    expect(bundle).not.toBeNull();
    expect(report.warnings.map((w) => w.code)).toContain('unreachable-knot');
  });

  it('stops "play from here" on that knot with the run budget instead of hanging', () => {
    expect(() => startSessionAt(options, 'spin')).toThrow(StoryBudgetError);
  });

  it('names the knot and its line, in English and Chinese', () => {
    let error: unknown;
    try {
      startSessionAt(options, 'spin');
    } catch (caught) {
      error = caught;
    }
    expect(stoppedMessage(error, studioTranslator('en'), knots)).toBe(
      `The story stopped: the story ran 200,000 steps in knot "spin" (line ${spinLine}) without reaching a reply or an ending: a loop there never offers a choice. Fix it in the editor, then restart the play-test.`);
    expect(stoppedMessage(error, studioTranslator('zh-CN'), knots)).toBe(
      `故事停止了：故事在节点"spin"（第 ${spinLine} 行）运行了 200,000 步，仍未出现回复选项或结局：那里的循环从不提供选项。请在编辑器中修改，然后重新开始试玩。`);
  });

  it('shows any other error as the story gave it', () => {
    expect(stoppedMessage(new Error('the story has no knot or stitch "x"'), studioTranslator('en'), knots)).toBe('The story stopped: the story has no knot or stitch "x"');
  });
});
