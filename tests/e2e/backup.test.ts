// Export and import of a trainee's data in the browser: the download holds every attempt, and
// importing it into another browser profile merges without duplicates and reports the counts;
// a file that is not a backup is refused and nothing stored changes.
import { afterEach, describe, expect, inject, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BackupFile } from '../../src/core/schemas/backup.ts';
import { openBrowser, type OpenBrowser } from './browser.ts';
import { choose, playToEnd, startScenario, waitForChoices } from './trainee.ts';

const DOWNLOADS = 'test-results/downloads';
const opened: OpenBrowser[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((b) => b.close()));
});

async function browser(): Promise<OpenBrowser> {
  const b = await openBrowser(inject('baseUrl'));
  opened.push(b);
  return b;
}

/** A short attempt: the first reply at every step until the customer ends the call. */
async function finishOneAttempt(b: OpenBrowser, scenario: string): Promise<void> {
  await b.page.click('[data-nav="practice"]');
  await startScenario(b.page, scenario);
  await waitForChoices(b.page);
  await playToEnd(b.page);
}

describe('backing up progress', () => {
  it('exports every attempt and imports them into a fresh browser, merged without duplicates', async () => {
    mkdirSync(DOWNLOADS, { recursive: true });
    const first = await browser();
    await first.page.goto('/?pace=instant');
    await first.page.waitForSelector('.card');
    await finishOneAttempt(first, 'outbound-bundle');
    await finishOneAttempt(first, 'store-family-share');

    await first.page.click('[data-nav="data"]');
    await first.page.waitForSelector('.data-screen');
    expect(await first.page.locator('[data-testid="attempt-count"]').innerText()).toMatch(/2 attempts stored/);
    const [download] = await Promise.all([first.page.waitForEvent('download'), first.page.click('[data-action="export"]')]);
    const file = join(DOWNLOADS, download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^sales-coach-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const backup = BackupFile.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(backup.attempts).toHaveLength(2);
    await first.page.waitForSelector('[data-testid="data-message"]');
    expect(await first.page.locator('[data-testid="data-message"]').innerText()).toMatch(/with 2 attempts/);

    // Importing the same file again adds nothing.
    await first.page.setInputFiles('[data-testid="backup-file"]', file);
    await first.page.waitForSelector('[data-testid="data-message"]:has-text("Import finished")');
    expect(await first.page.locator('[data-testid="data-message"]').innerText()).toMatch(/0 added, 2 already here, 0 rejected/);

    // A fresh browser with its own attempt gets both of the first browser's, once.
    const second = await browser();
    await second.page.goto('/?pace=instant');
    await second.page.waitForSelector('.card');
    await finishOneAttempt(second, 'outbound-bundle');
    await second.page.click('[data-nav="data"]');
    await second.page.setInputFiles('[data-testid="backup-file"]', file);
    await second.page.waitForSelector('[data-testid="data-message"]:has-text("Import finished")');
    expect(await second.page.locator('[data-testid="data-message"]').innerText()).toMatch(/2 added, 0 already here, 0 rejected/);
    expect(await second.page.locator('[data-testid="attempt-count"]').innerText()).toMatch(/3 attempts stored/);
    await second.screenshot('backup-1-imported');
    await second.page.setInputFiles('[data-testid="backup-file"]', file);
    await second.page.waitForSelector('[data-testid="data-message"]:has-text("0 added")');
    expect(await second.page.locator('[data-testid="attempt-count"]').innerText()).toMatch(/3 attempts stored/);

    await second.page.click('[data-nav="progress"]');
    await second.page.waitForSelector('.attempt-table');
    expect(await second.page.locator('.attempt-table tbody tr').count()).toBe(3);
    expect(await second.page.locator('.scenario-table tr[data-scenario-id="outbound-bundle"] [data-col="attempts"]').innerText()).toBe('2');
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
  });

  it('refuses files that are not backups and reports rejected records, keeping what is stored', async () => {
    mkdirSync(DOWNLOADS, { recursive: true });
    const b = await browser();
    const { page } = b;
    await page.goto('/?pace=instant');
    await page.waitForSelector('.card');
    await startScenario(page, 'outbound-bundle');
    await choose(page, [0]);
    await playToEnd(page);
    await page.click('[data-nav="data"]');

    const notJson = join(DOWNLOADS, 'not-a-backup.json');
    writeFileSync(notJson, '{"format": "sales-roleplay-backup", "attempts": [');
    await page.setInputFiles('[data-testid="backup-file"]', notJson);
    await page.waitForSelector('[data-testid="data-message"][role="alert"]');
    expect(await page.locator('[data-testid="data-message"]').innerText()).toMatch(/not imported[\s\S]*not valid JSON/);

    const wrongShape = join(DOWNLOADS, 'scenario-pack-not-backup.json');
    writeFileSync(wrongShape, JSON.stringify({ format: 'sales-roleplay-scenario-pack', version: 1, scenarios: [] }));
    await page.setInputFiles('[data-testid="backup-file"]', wrongShape);
    await page.waitForSelector('[data-testid="data-message"]:has-text("not a backup made by this game")');

    const exported = JSON.parse(await page.evaluate(async () => {
      const button = document.querySelector<HTMLButtonElement>('[data-action="export"]');
      return new Promise<string>((resolve) => {
        const original = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (blob: Blob | MediaSource) => {
          void (blob as Blob).text().then(resolve);
          return original(blob);
        };
        button?.click();
      });
    })) as { attempts: Array<Record<string, unknown>> };
    const mixed = join(DOWNLOADS, 'one-bad-record.json');
    writeFileSync(mixed, JSON.stringify({ ...exported, attempts: [...exported.attempts, { ...exported.attempts[0], id: 'broken-attempt-1', overall: 900 }] }));
    await page.setInputFiles('[data-testid="backup-file"]', mixed);
    await page.waitForSelector('[data-testid="data-message"]:has-text("Import finished")');
    const report = await page.locator('[data-testid="data-message"]').innerText();
    expect(report).toMatch(/0 added, 1 already here, 1 rejected/);
    expect(report).toMatch(/Record 2: overall/);
    expect(await page.locator('[data-testid="attempt-count"]').innerText()).toMatch(/1 attempt stored/);
    await b.screenshot('backup-2-rejected');
    expect(b.errors).toEqual([]);
  });
});
