// Moves a trainee through the game in the browser tests: open a scenario, pick replies with the
// number keys, play on to the end, and read what the conversation panel shows. Replies appear in
// a seeded order, so a wanted reply (named by Ink's index, as the checker's best path names it) is
// found on the page first: each reply button carries its Ink index, and its position is the key.
import type { Page } from 'playwright-core';
import { courseRubric } from '../../src/core/rubric/course-rubric.ts';
import type { ScenarioReport } from '../../src/toolchain/check-scenario.ts';
import { checkFile } from '../../src/node/check-file.ts';

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

/**
 * The offered replies as the page lists them, top to bottom: Ink index, number shown, words.
 * `list` is the reply list: the game's by default, or the Studio play-test's.
 */
export async function shownReplies(page: Page, list = '#choices'): Promise<Array<{ index: number; key: string; text: string }>> {
  return page.locator(`${list} button.choice`).evaluateAll((buttons) => buttons.map((b) => ({
    index: Number(b.getAttribute('data-index')),
    key: b.querySelector('.choice-key')?.textContent ?? '',
    text: [...b.children].filter((c) => !c.classList.contains('choice-key')).map((c) => c.textContent ?? '').join(''),
  })));
}

/** The number key that picks the reply with this Ink index, read from the list on the page. */
export async function keyFor(page: Page, inkIndex: number, list = '#choices'): Promise<string> {
  const replies = await shownReplies(page, list);
  const reply = replies.find((r) => r.index === inkIndex);
  if (!reply) throw new Error(`reply ${inkIndex} is not offered (offered: ${replies.map((r) => r.index).join(', ')})`);
  if (!/^[1-9]$/.test(reply.key)) throw new Error(`reply ${inkIndex} has no number key (shown as "${reply.key}")`);
  return reply.key;
}

/** Picks the replies with these Ink indices, one per step, by the number key shown beside each. */
export async function choose(page: Page, path: readonly number[]): Promise<void> {
  for (const index of path) {
    await waitForChoices(page);
    await page.keyboard.press(await keyFor(page, index));
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
