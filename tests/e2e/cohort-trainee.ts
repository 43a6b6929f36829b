// What the browser tests of the cohort share: a cohort created through the API, the trainer's
// calls, a trainee joining in the game by keyboard, and an exam started from the scenario list.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface CreatedCohort {
  trainerKey: string;
  joinCode: string;
}

export async function createCohort(serverUrl: string, name: string): Promise<CreatedCohort> {
  const response = await fetch(`${serverUrl}/api/cohorts`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name }),
  });
  if (!response.ok) throw new Error(`POST /api/cohorts: ${response.status} ${await response.text()}`);
  return await response.json() as CreatedCohort;
}

export type TrainerCall = (method: 'GET' | 'POST', path: string, body?: unknown) => Promise<Record<string, unknown>>;

/** The trainer's API calls, with the cohort's trainer key. */
export function trainerApi(serverUrl: string, trainerKey: string): TrainerCall {
  return async (method, path, body) => {
    const response = await fetch(`${serverUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${trainerKey}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const json = await response.json() as Record<string, unknown>;
    if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
}

/** From the scenario list: the cohort screen, the join form filled by keyboard, and the welcome. */
export async function joinInGame(page: Page, joinCode: string, name: string, cohortName: string): Promise<void> {
  await page.waitForSelector('[data-action="cohort"]');
  await page.focus('[data-action="cohort"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="join-form"]');
  await page.focus('[data-field="code"]');
  // As a trainee might type it: lower case with a hyphen.
  await page.keyboard.type(`${joinCode.slice(0, 4).toLowerCase()}-${joinCode.slice(4).toLowerCase()}`);
  await page.keyboard.press('Tab');
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-testid="cohort-name"]');
  expect(await page.locator('[data-testid="cohort-name"]').innerText()).toBe(cohortName);
}

/** From any screen: the scenario list in exam mode, then the scenario's briefing, by keyboard. */
export async function openExamBriefing(page: Page, scenario: string): Promise<void> {
  await page.locator('[data-nav="practice"]').click();
  await page.waitForSelector(`[data-scenario-id="${scenario}"]`);
  await page.focus('[data-mode="exam"]');
  await page.keyboard.press('Enter');
  await page.waitForSelector('[data-mode="exam"][aria-pressed="true"]');
  await page.focus(`[data-scenario-id="${scenario}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.briefing [data-action="start"]');
}

/** The game's pages are served by its service worker once it has installed and taken control. */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 60_000 });
}
