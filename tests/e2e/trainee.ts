// Moves a trainee through the game in the browser tests: open a scenario, pick replies with the
// number keys, play on to the end, and read what the conversation panel shows.
import type { Page } from 'playwright-core';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import type { ScenarioReport } from '../../src/core/analysis/check-scenario.ts';
import { checkFile } from '../../src/node/scenario-files.ts';

/** The checker's report for a shipped scenario: the best path the game's build also stores. */
export function shippedReport(id: string, language = 'en'): ScenarioReport {
  const checked = checkFile(`stories/${id}/${language}.ink`, courseRubric);
  if (!checked.bundle) throw new Error(`stories/${id}/${language}.ink does not compile`);
  return checked.report;
}

export async function waitForChoices(page: Page): Promise<number> {
  await page.waitForSelector('#choices[data-ready="true"] button.choice', { timeout: 30_000 });
  return page.locator('#choices button.choice').count();
}

export async function startScenario(page: Page, id: string): Promise<void> {
  await page.click(`[data-scenario-id="${id}"]`);
  await page.waitForSelector('.briefing');
  await page.click('[data-action="start"]');
}

/** Picks the nth offered reply (0-based) at each step, by number key. */
export async function choose(page: Page, path: readonly number[]): Promise<void> {
  for (const n of path) {
    await waitForChoices(page);
    await page.keyboard.press(String(n + 1));
  }
}

/** Picks the first reply until the conversation ends, then waits for the debrief. */
export async function playToEnd(page: Page): Promise<void> {
  for (let steps = 0; steps < 60; steps += 1) {
    const next = await Promise.race([
      page.waitForSelector('#choices[data-ready="true"] button.choice', { timeout: 30_000 }).then(() => 'choices' as const),
      page.waitForSelector('.debrief', { timeout: 30_000 }).then(() => 'debrief' as const),
    ]);
    if (next === 'debrief') break;
    await page.keyboard.press('1');
  }
  await page.waitForSelector('.debrief');
  await page.waitForSelector('[data-saved="yes"]');
}

/** What a resumed conversation must show again: the spoken lines and the customer's meters. */
export async function conversationState(page: Page): Promise<{ lines: string[]; meters: string }> {
  return {
    lines: await page.locator('.transcript .line:not(.line--coach) .line-text').allInnerTexts(),
    meters: (await page.locator('[data-testid="meters"]').textContent()) ?? '',
  };
}
