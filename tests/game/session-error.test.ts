import { describe, expect, it } from 'vitest';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import { Session } from '../../src/core/session/session.ts';
import { translator } from '../../src/game/i18n/translate.ts';
import { sessionStoppedText } from '../../src/game/run/session-error.ts';
import { compileHostile, SILENT_LOOP, SILENT_LOOP_AT_START, TUNNEL_RECURSION } from '../helpers/hostile-stories.ts';

/** Plays a hostile story as the conversation does and returns what it threw. */
function thrown(source: string): unknown {
  const session = new Session({ ...compileHostile(source), rubric: courseRubric, seed: 0 });
  try {
    session.start();
    session.choose(0);
  } catch (error) {
    return error;
  }
  throw new Error('the story did not stop');
}

describe('the conversation\'s message when a story stops', () => {
  it('names the knot of a silent loop and who to tell, in English', () => {
    expect(sessionStoppedText(thrown(SILENT_LOOP), translator('en'), 'en')).toBe(
      'This scenario stopped: the story ran 200,000 steps in knot "spin" without reaching a reply or an ending. Tell the trainer who wrote it.');
  });

  it('names the knot of a tunnel that calls itself, in Simplified Chinese', () => {
    expect(sessionStoppedText(thrown(TUNNEL_RECURSION), translator('zh-CN'), 'zh-CN')).toBe(
      '此场景已中止：节点"deeper"中的隧道或函数嵌套超过 100 层。请告知编写该场景的培训师。');
  });

  it('says "the opening" when the story loops before any knot', () => {
    const session = new Session({ ...compileHostile(SILENT_LOOP_AT_START.replace('-> spin\n=== spin ===\n', '')), rubric: courseRubric, seed: 0 });
    let error: unknown;
    try {
      session.start();
    } catch (caught) {
      error = caught;
    }
    expect(sessionStoppedText(error, translator('en'), 'en')).toMatch(/in the opening without reaching/);
  });

  it('shows any other story error as it came, still saying who to tell', () => {
    expect(sessionStoppedText(new Error('boom'), translator('zh-CN'), 'zh-CN')).toBe('此场景已中止：剧情出错（boom）。请告知编写该场景的培训师。');
  });
});
