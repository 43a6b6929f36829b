import { describe, expect, it } from 'vitest';
import { stageViewOf } from '../../src/game/stage/stage-view-of.ts';
import { settingOf } from '../../src/game/stage/stage-view.ts';
import { speakerName } from '../../src/game/ui/speaker.ts';
import { translator } from '../../src/game/i18n/translate.ts';
import { aMeta } from './builders.ts';

describe('settingOf', () => {
  it('puts calls on the phone, shops at the counter and key accounts in an office', () => {
    expect(settingOf('outbound-call')).toBe('phone');
    expect(settingOf('retention')).toBe('phone');
    expect(settingOf('prospecting')).toBe('phone');
    expect(settingOf('store')).toBe('store');
    expect(settingOf('social-channel')).toBe('store');
    expect(settingOf('key-account')).toBe('office');
  });
});

describe('stageViewOf', () => {
  it('shows a neutral face and no meter values before the call starts', () => {
    const view = stageViewOf(aMeta({ timeLimit: 300 }), 'en', { phase: 'briefing', customer: null, seconds: 0, speaking: null });
    expect(view).toMatchObject({ expression: 'neutral', customer: null, timeLimit: 300, phase: 'briefing' });
  });

  it('draws the meters unless told not to (exam mode), and keeps the face following the customer either way', () => {
    const customer = { trust: 90, patience: 80, interest: 85 };
    const coach = stageViewOf(aMeta(), 'en', { phase: 'call', customer, seconds: 5, speaking: null });
    const exam = stageViewOf(aMeta(), 'en', { phase: 'call', customer, seconds: 5, speaking: null, meters: false });
    expect(coach.meters).toBe(true);
    expect(exam.meters).toBe(false);
    expect(exam.expression).toBe(coach.expression);
    expect(exam.expression).not.toBe('neutral');
  });

  it('names another party only while they speak', () => {
    const meta = aMeta();
    expect(stageViewOf(meta, 'en', { phase: 'call', customer: null, seconds: 5, speaking: 'other', voice: 'Gatekeeper' }).voice).toBe('Gatekeeper');
    expect(stageViewOf(meta, 'en', { phase: 'call', customer: null, seconds: 5, speaking: 'customer', voice: 'Gatekeeper' }).voice).toBeNull();
  });

  it('derives the expression from the customer state', () => {
    const view = stageViewOf(aMeta(), 'en', { phase: 'call', customer: { trust: 50, patience: 10, interest: 50 }, seconds: 42, speaking: 'customer' });
    expect(view.expression).toBe('angry');
    expect(view.timeLimit).toBeNull();
  });

  it('describes the persona by role and age in the chosen language', () => {
    const meta = aMeta({ personaRole: 'teacher', personaAge: 38 });
    expect(stageViewOf(meta, 'en', { phase: 'call', customer: null, seconds: 0, speaking: null }).detail).toBe('teacher · 38');
    expect(stageViewOf(meta, 'zh-CN', { phase: 'call', customer: null, seconds: 0, speaking: null }).detail).toBe('teacher · 38 岁');
  });
});

describe('speakerName', () => {
  it('labels the customer by name, the trainee as You, narration not at all, others by their own name', () => {
    const t = translator('en');
    expect(speakerName('customer', 'Li Na', t)).toBe('Li Na');
    expect(speakerName('trainee', 'Li Na', t)).toBe('You');
    expect(speakerName('trainee', 'Li Na', translator('zh-CN'))).toBe('您');
    expect(speakerName('narrator', 'Li Na', t)).toBeNull();
    expect(speakerName('Receptionist', 'Li Na', t)).toBe('Receptionist');
    expect(speakerName('gatekeeper', 'Li Na', t)).toBe('Gatekeeper');
  });
});
