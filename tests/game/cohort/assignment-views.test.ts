// @vitest-environment happy-dom
// The trainee's assignments and the cohort's versions on the scenario list: the card's badges
// (who published it, due date and status, overdue marked) and the "Assigned to you" section,
// in both languages, and the list offering only what is not withdrawn.
import { describe, expect, it } from 'vitest';
import type { MyAssignment } from '../../../src/contract/assignments.ts';
import { assignedSection, assignmentBadge, entryFor, isOverdue } from '../../../src/game/cohort/assignment-views.ts';
import { cardBadges } from '../../../src/game/cohort/cohort-library-view.ts';
import { shareSetting } from '../../../src/game/cohort/share-setting.ts';
import { translator } from '../../../src/game/i18n/translate.ts';
import type { ScenarioEntry } from '../../../src/game/run/scenario-entry.ts';
import { renderScenarioList } from '../../../src/game/ui/scenario-list-view.ts';
import type { ScreenContext } from '../../../src/game/ui/screen.ts';
import { aBundle, anEntry, aMeta } from '../builders.ts';

const NOW = Date.parse('2026-12-03T09:00:00Z');
const { bundle } = aBundle();
const shipped = anEntry(bundle, { meta: aMeta({ id: 'sample', title: 'Shipped sample' }) });
const published = anEntry(bundle, {
  meta: aMeta({ id: 'trainer-call', title: 'Trainer call' }), contentHash: 'b'.repeat(64), cohort: { cohortId: 'north', cohortName: 'North team', since: '2026-12-01T10:00:00.000Z' },
});
const retired = anEntry(bundle, { meta: aMeta({ id: 'retired-call', title: 'Retired call' }), contentHash: 'c'.repeat(64), withdrawn: true });

function assignment(over: Partial<MyAssignment> = {}): MyAssignment {
  return {
    assignmentId: 'as-1', scenarioId: 'sample', language: null, title: 'Shipped sample', dueAt: '2026-12-05T17:00:00.000Z', passMark: 60,
    createdAt: '2026-12-01T09:00:00.000Z', status: 'not-started', best: null, passedAt: null, late: false, ...over,
  };
}

function context(catalog: readonly ScenarioEntry[], language: 'en' | 'zh-CN' = 'en'): ScreenContext {
  return {
    language, t: translator(language), catalog, stage: () => Promise.reject(new Error('no stage here')), mode: 'exam', setMode: () => undefined,
    pace: 'instant', timers: { after: () => () => undefined }, sound: { enabled: false, play: () => undefined }, stats: new Map(),
  };
}

describe('an assignment on the scenario list', () => {
  it('says when it is due and how the trainee stands, for each status', () => {
    const words = (a: MyAssignment): string => assignmentBadge('en', a, NOW).textContent ?? '';
    expect(words(assignment())).toBe('Assigned · due 5 Dec · Not started');
    expect(words(assignment({ status: 'in-progress' }))).toContain('In progress');
    expect(words(assignment({ status: 'failed', best: 54 }))).toContain('Failed, best 54');
    expect(words(assignment({ status: 'passed', best: 81, passedAt: '2026-12-02T10:00:00.000Z' }))).toContain('Passed, best 81');
    expect(assignmentBadge('zh-CN', assignment({ status: 'failed', best: 54 }), NOW).textContent).toBe('已布置 · 12月5日 截止 · 未通过，最好成绩 54');
  });

  it('marks one overdue once its date has gone without a pass, by the server\'s word or this device\'s clock', () => {
    const after = Date.parse('2026-12-06T09:00:00Z');
    expect(isOverdue(assignment(), NOW)).toBe(false);
    expect(isOverdue(assignment(), after)).toBe(true);
    expect(isOverdue(assignment({ late: true }), NOW)).toBe(true);
    expect(isOverdue(assignment({ status: 'passed', late: true }), after)).toBe(false);
    const badge = assignmentBadge('en', assignment({ status: 'failed', best: 40 }), after);
    expect(badge.dataset.overdue).toBe('true');
    expect(badge.textContent).toContain('Overdue · was due 5 Dec');
  });

  it('opens the scenario in the assignment\'s language, else the one shown, and never a withdrawn one', () => {
    const zh = { ...shipped, language: 'zh-CN' as const };
    expect(entryFor(assignment(), [shipped, zh], 'zh-CN')).toBe(zh);
    expect(entryFor(assignment({ language: 'en' }), [shipped, zh], 'zh-CN')).toBe(shipped);
    expect(entryFor(assignment({ scenarioId: 'retired-call' }), [retired], 'en')).toBeNull();
  });

  it('lists "Assigned to you" with a button per scenario on this device, and says which one has not arrived yet', () => {
    const chosen: ScenarioEntry[] = [];
    const section = assignedSection('en', [assignment(), assignment({ assignmentId: 'as-2', scenarioId: 'not-here', title: 'Coming soon' })], [shipped], NOW, (e) => chosen.push(e));
    expect(section?.querySelector('h2')?.textContent).toBe('Assigned to you');
    const button = section!.querySelector<HTMLButtonElement>('button[data-assignment="as-1"]')!;
    expect(button.textContent).toContain('Shipped sample');
    expect(button.textContent).toContain('pass mark 60');
    button.click();
    expect(chosen).toEqual([shipped]);
    const missing = section!.querySelector('[data-assignment="as-2"]')!;
    expect(missing.tagName).toBe('DIV');
    expect(missing.textContent).toContain('Not on this device yet');
    expect(assignedSection('en', [], [shipped], NOW, () => undefined)).toBeNull();
  });
});

describe('the scenario list with the cohort\'s part', () => {
  it('shows the cohort\'s version with its name, the assignment on its card and the section first, and leaves withdrawn ones out', () => {
    const feature = { assignments: () => [assignment()], now: () => NOW };
    const ctx = context([shipped, published, retired]);
    const section = assignedSection('en', feature.assignments(), ctx.catalog, NOW, () => undefined)!;
    const screen = renderScenarioList(ctx, { open: () => undefined, importPack: () => undefined }, null, false, {
      sections: [section], badges: (entry) => cardBadges('en', feature, entry),
    });
    const cards = [...screen.element.querySelectorAll<HTMLElement>('button.card')];
    expect(cards.map((c) => c.dataset.entry)).toEqual(['shipped:sample/en', 'cohort:trainer-call/en']);
    expect(cards[1]!.querySelector('.chip--cohort')?.textContent).toBe('North team · from your trainer');
    expect(cards[0]!.querySelector('.assignment-badge')?.textContent).toBe('Assigned · due 5 Dec · Not started');
    expect(cards[1]!.querySelector('.assignment-badge')).toBeNull();
    // The section comes before the cards.
    const order = [...screen.element.querySelectorAll('[data-testid="assigned"], ul.cards')].map((e) => e.tagName);
    expect(order).toEqual(['SECTION', 'UL']);
    expect(cardBadges('zh-CN', feature, published)[0]?.textContent).toBe('North team · 培训师发布');
  });

  it('offers the share setting as a switch that says what it does', () => {
    const seen: boolean[] = [];
    const row = shareSetting('en', 'North team', true, (on) => seen.push(on));
    const toggle = row.querySelector<HTMLButtonElement>('[role="switch"]')!;
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.textContent).toBe('Share my coach runs with my trainer');
    expect(row.querySelector(`#${toggle.getAttribute('aria-describedby')!}`)?.textContent).toContain('North team');
    toggle.click();
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(seen).toEqual([false]);
  });
});
