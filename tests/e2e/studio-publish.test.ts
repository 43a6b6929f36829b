// "Publish to cohort" from the Studio in headless Chromium, against the real cohort server serving
// a fresh build: a cohort is created through the API, the Studio writes a scenario from a template
// in English and Chinese, the trainer pastes a wrong key and then the trainer key once, sees the
// checker's report for both languages, publishes by keyboard and reads the result per language;
// a trainee of the cohort then finds the scenario (from the cohort) in both languages. After a
// reload the Studio still holds the cohort (and says a second publish changed nothing), the
// dialog reads in Chinese, an error in one language blocks publishing with a link to its line,
// and the dashboard opens that same cohort from the shared key store.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedCohort, JoinedCohort } from '../../src/contract/cohorts.ts';
import { CohortClient } from '../../src/net/cohort-client.ts';
import { TRAINER_KEYS_KEY } from '../../src/ui-kit/trainer-key-store.ts';
import { startCohortServer, type CohortServer } from '../net/helpers/cohort-server.ts';
import { accessibilityViolations } from './accessibility.ts';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { settled } from './settled.ts';

const COHORT = 'North team';
const ID = 'outbound-call-draft';
// CodeMirror's scroller holds a contenteditable, which is focusable, but axe does not count it.
const EDITOR = ['.cm-scroller'];

let outDir: string;
let srv: CohortServer;
let b: OpenBrowser;
let cohort: CreatedCohort;
let joined: JoinedCohort;

async function look(name: string): Promise<void> {
  await settled(b.page);
  await b.screenshot(name);
  expect(await accessibilityViolations(b.page, EDITOR), `accessibility: ${name}`).toEqual([]);
}

const dialogHidden = () => b.page.locator('[data-testid="publish-dialog"]').waitFor({ state: 'hidden' });

async function waitForCheck(errors: number): Promise<void> {
  await b.page.waitForSelector(`[data-testid="check-status"][data-errors="${errors}"]`, { timeout: 60_000 });
}

beforeAll(async () => {
  outDir = mkdtempSync(join(tmpdir(), 'studio-publish-e2e-dist-'));
  // The game's catalog is not under test here: the small fixture library builds in seconds.
  const stories = process.env.STORIES_DIR;
  process.env.STORIES_DIR = 'tests/fixtures/ink';
  try {
    await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  } finally {
    if (stories === undefined) delete process.env.STORIES_DIR;
    else process.env.STORIES_DIR = stories;
  }
  srv = await startCohortServer({ staticDir: outDir });
  const anyone = new CohortClient({ baseUrl: srv.url });
  cohort = await anyone.createCohort({ name: COHORT });
  joined = await anyone.joinCohort({ code: cohort.joinCode, displayName: 'Ana' });
  b = await openBrowser(srv.url);
}, 300_000);

afterAll(async () => {
  await b?.close();
  await srv?.stop();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

describe('publishing to a cohort from the Studio', () => {
  it('writes a scenario in two languages, adds the cohort by its key once, shows the report and publishes both', async () => {
    const { page } = b;
    await page.goto('/author/');
    // The Studio opens a fresh template in English: save it, then start its Chinese twin.
    await expect.poll(() => page.locator('[data-testid="doc-title"]').innerText(), { timeout: 60_000 }).not.toBe('—');
    await waitForCheck(0);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+S');
    await expect.poll(() => page.locator('.doc-key').innerText()).toBe(`${ID}/en`);
    await page.click('[data-action="new"]');
    await page.selectOption('#new-language', 'zh-CN');
    await page.click('.template-card[data-channel="outbound-call"]');
    await expect.poll(() => page.locator('.doc-key').innerText()).toBe(`${ID}/zh-CN`);
    await waitForCheck(0);
    await look('studio-publish-0-toolbar');

    // Opened by keyboard from the editor's toolbar; this device holds no key yet.
    await page.focus('[data-action="publish"]');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid="publish-dialog"]').waitFor();
    await page.locator('[data-testid="publish-no-cohorts"]').waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('trainer-key');

    // A trainee's token is not a trainer key, and the dialog says so.
    await page.keyboard.type(joined.token);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="add-cohort-message"]').innerText()).toContain('trainee\'s token, not a trainer key');
    expect(await page.locator('input[name="trainer-key"]').getAttribute('aria-invalid')).toBe('true');

    // Both languages are checked meanwhile, with no problem found.
    await page.waitForSelector('[data-testid="publish-check"] .publish-files[aria-busy="false"]', { timeout: 60_000 });
    expect(await page.locator('[data-testid="publish-check"] .publish-file').evaluateAll((items) => items.map((i) => [
      i.getAttribute('data-language'), i.getAttribute('data-check'), i.getAttribute('data-errors'), i.getAttribute('data-warnings'),
    ]))).toEqual([['en', 'checked', '0', '0'], ['zh-CN', 'checked', '0', '0']]);
    const send = page.locator('[data-action="send-publish"]');
    expect(await send.isDisabled()).toBe(true);
    await look('studio-publish-1-wrong-key');

    // The trainer key, pasted once: the server names the cohort, which is picked.
    await page.fill('input[name="trainer-key"]', cohort.trainerKey);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-testid="add-cohort-message"]').innerText()).toBe(`Added ${COHORT}.`);
    expect(await page.locator(`input[name="publish-cohort"][data-cohort="${COHORT}"]`).isChecked()).toBe(true);
    expect(await send.innerText()).toBe(`Publish to ${COHORT}`);
    await look('studio-publish-2-report-and-cohort');

    await send.focus();
    await page.keyboard.press('Enter');
    const summary = page.locator('[data-testid="publish-summary"][data-published="true"]');
    await summary.waitFor({ timeout: 120_000 });
    expect(await summary.innerText()).toBe(`Published to ${COHORT}: English ✓, 中文 ✓`);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('publish-summary');
    expect(await page.locator('[data-testid="publish-results"] .publish-file').evaluateAll((items) => items.map((i) => i.getAttribute('data-send'))))
      .toEqual(['published', 'published']);
    await look('studio-publish-3-published');

    // A trainee of the cohort now finds it, from the cohort, in both languages.
    const trainee = new CohortClient({ baseUrl: srv.url, token: joined.token });
    const listed = (await trainee.scenarios()).scenarios.filter((s) => s.scenarioId === ID);
    expect(listed.map((s) => [s.language, s.source]).sort()).toEqual([['en', 'cohort'], ['zh-CN', 'cohort']]);

    await page.keyboard.press('Escape');
    await dialogHidden();
  });

  it('still holds the cohort after a reload, says an unchanged scenario is unchanged, and shares the key with the dashboard', async () => {
    const { page } = b;
    await page.reload();
    await expect.poll(() => page.locator('.doc-key').innerText(), { timeout: 60_000 }).toBe(`${ID}/zh-CN`);
    await waitForCheck(0);
    const held = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as unknown, TRAINER_KEYS_KEY);
    expect(held).toMatchObject({ cohorts: [{ key: cohort.trainerKey, cohortId: cohort.cohortId, cohortName: COHORT }] });

    await page.click('.lang-btn[data-language="zh-CN"]');
    await page.click('[data-action="publish"]');
    const radio = page.locator(`input[name="publish-cohort"][data-cohort="${COHORT}"]`);
    await radio.waitFor();
    expect(await radio.isChecked()).toBe(true);
    expect(await page.locator('[data-testid="publish-no-cohorts"]').count()).toBe(0);
    await page.waitForSelector('[data-testid="publish-check"] .publish-files[aria-busy="false"]', { timeout: 60_000 });
    await page.click('[data-action="send-publish"]');
    const summary = page.locator('[data-testid="publish-summary"][data-published="true"]');
    await summary.waitFor({ timeout: 120_000 });
    expect(await summary.innerText()).toBe(`已发布到 ${COHORT}：English ✓，中文 ✓`);
    expect(await page.locator('[data-testid="publish-results"] .publish-file-state').allInnerTexts()).toEqual([
      '之前已发布过，内容没有变化', '之前已发布过，内容没有变化',
    ]);
    await look('studio-publish-4-chinese-unchanged');
    await page.keyboard.press('Escape');

    // An error in one language blocks publishing; its line is a link back into the editor.
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\n-> nowhere_at_all\n');
    await page.waitForSelector('[data-testid="check-status"][data-errors]:not([data-errors="0"])', { timeout: 60_000 });
    await page.click('[data-action="publish"]');
    const broken = page.locator('[data-testid="publish-check"] .publish-file[data-language="zh-CN"][data-check="checked"]');
    await broken.waitFor({ timeout: 60_000 });
    expect(Number(await broken.getAttribute('data-errors'))).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="publish-check"] .notice--error');
    expect(await page.locator('[data-action="send-publish"]').isDisabled()).toBe(true);
    await look('studio-publish-5-blocked');
    const line = Number(await broken.locator('.problem').first().getAttribute('data-line'));
    await broken.locator('.problem-button').first().click();
    await dialogHidden();
    expect(await page.locator('.cm-activeLine').first().innerText()).toContain('nowhere_at_all');
    expect(line).toBeGreaterThan(1);

    // The dashboard opens the cohort last used on this device: the one the Studio published to.
    await page.goto('/trainer/');
    await page.locator('#cohort-name').waitFor({ timeout: 60_000 });
    expect(await page.locator('#cohort-name').innerText()).toBe(COHORT);
    expect(b.errors).toEqual([]);
  });
});
