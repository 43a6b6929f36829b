import { describe, expect, it } from 'vitest';
import { personaLook, presentationOf } from '../../src/game/portrait/persona-look.ts';
import { aMeta } from './builders.ts';

describe('presentationOf', () => {
  it('reads pronouns and honorifics from the brief in either language', () => {
    expect(presentationOf(aMeta({ brief: ['She tops up data twice a month.'] }))).toBe('feminine');
    expect(presentationOf(aMeta({ persona: 'Mr. Zhao' }))).toBe('masculine');
    expect(presentationOf(aMeta({ brief: ['她每个月加购两次流量。'] }))).toBe('feminine');
    expect(presentationOf(aMeta({ brief: ['他是一家工厂的经理。'] }))).toBe('masculine');
  });

  it('does not mistake 其他 (other) or 他们 (they) for a man', () => {
    expect(presentationOf(aMeta({ brief: ['其他运营商', '他们一家四口'] }))).toBe('neutral');
  });
});

describe('personaLook', () => {
  it('gives the same customer the same look in both languages', () => {
    const en = aMeta({ id: 'family', persona: 'Wang Fang', brief: ['She has two children.'], personaAge: 41 });
    const zh = aMeta({ id: 'family', persona: '王芳', brief: ['她有两个孩子。'], personaAge: 41 });
    expect(personaLook(zh)).toEqual(personaLook(en));
  });

  it('greys the hair of older customers and dresses key accounts in suits', () => {
    expect(personaLook(aMeta({ personaAge: 70 })).hair).not.toBe(personaLook(aMeta({ personaAge: 30 })).hair);
    expect(personaLook(aMeta({ channel: 'key-account' })).outfit).toBe('suit');
  });

  it('gives analytical customers glasses', () => {
    expect(personaLook(aMeta({ personaStyle: 'analytical' })).glasses).toBe(true);
  });
});
