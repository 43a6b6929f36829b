// The trainer's whole journey on the authoring page (/author/) in headless Chromium: write a
// scenario with a mistake, see it on its line, fix it, play it to a sale with the real scoring,
// undo across a reload, export it as .ink and as a pack, import the pack back, refuse a bad
// pack, and show a hostile scenario's markup as text. The game's startup bundle is checked too.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { browserPerTest, type OpenBrowser } from './browser.ts';
import { settled } from './settled.ts';
import { keyFor } from './trainee.ts';
import { checkSource } from '../../src/authoring/check/check-in-worker.ts';
import { ScenarioPack, PACK_FORMAT } from '../../src/core/schemas/scenario-pack.ts';

const ERROR_LINE = 19;
const TYPO = '* [Ask what the café uses the internet for #tecnique: open-question]';
const FIXED = '* [Ask what the café uses the internet for #technique: open-question #discovery: +1]';

const SOURCE = `# id: cafe-wifi
# title: Faster Wi-Fi for a busy café
# channel: store
# product: Business broadband 500M
# difficulty: 1
# persona: Ms Lin
# persona-role: Owner of a small café
# persona-style: expressive
# goal: Find out what slows the café down and sell the business line
# need: guests, Guests complain the Wi-Fi drops when the café is full
# objection: cost, price, Worries the business line costs too much
INCLUDE ../_lib/customer.ink

~ trust = 40
~ patience = 60
~ interest = 30

Hi, I need to ask about my café's internet.
${TYPO}
  ~ shift(trust, 10)
  At lunch the Wi-Fi drops and guests complain. # reveals: guests
  -> offer
* [Tell her about every plan you sell #fault: feature-dump]
  ~ shift(patience, -40)
  Too much. I'll come back. # outcome: no-sale
  -> END

=== offer ===
* [Show how the 500M line keeps forty guests online #technique: fabe]
  Sounds good, but is it expensive? # raises: cost
  * * [Split the monthly fee into a daily figure #technique: price-daily-split]
      Less than one coffee a day. Fine. # resolved: cost
      When can you install it? # signal: verbal
      -> close
  * * [Say it is cheap #fault: argue]
      Not to me. Bye. # outcome: no-sale
      -> END

=== close ===
* [Ask whether Monday or Tuesday suits for installation #close: close-either-or]
  Monday! # outcome: sale
  -> END
`;

const fixedSource = SOURCE.replace(TYPO, FIXED);
const DOWNLOADS = 'test-results/downloads';

const browser = browserPerTest();

async function waitForCheck(b: OpenBrowser, errors: number): Promise<void> {
  await b.page.waitForSelector(`[data-testid="check-status"][data-errors="${errors}"]`, { timeout: 30_000 });
}

/** Waits until the page shows the checked scenario with this title (a new check has finished). */
async function waitForTitle(b: OpenBrowser, title: string): Promise<void> {
  await expect.poll(() => b.page.locator('[data-testid="doc-title"]').innerText(), { timeout: 30_000 }).toBe(title);
  await waitForCheck(b, 0);
}

async function activeLineText(b: OpenBrowser): Promise<string> {
  return b.page.locator('.cm-activeLine').first().innerText();
}

describe('the authoring page', () => {
  it('takes a trainer from a mistake to a played, exported and re-imported scenario', async () => {
    const b = await browser();
    const { page } = b;
    const checked = checkSource(fixedSource, 'en');
    expect(checked.report.errors).toEqual([]);
    expect(checked.report.bestOutcome).toBe('sale');

    await page.goto('/author/');
    await page.waitForSelector('.cm-editor');
    await waitForCheck(b, 0); // the starter template passes the checker as it is

    // Write the scenario with a mistake: a misspelt tag on line 19.
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(SOURCE);
    await waitForCheck(b, 1);
    const problem = page.locator(`.problems .problem--error[data-line="${ERROR_LINE}"]`);
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.getAttribute('data-code')).toBe('unknown-tag');
    expect(await problem.innerText()).toContain('tecnique');
    expect(await page.locator('.cm-lint-marker-error').count()).toBeGreaterThan(0);
    await problem.locator('button').click();
    expect(await activeLineText(b)).toBe(TYPO);
    expect(await page.locator('.cm-activeLine .cm-lintRange-error').count()).toBe(1);
    expect(await page.locator('.cm-lineNumbers .cm-activeLineGutter').innerText()).toBe(String(ERROR_LINE));
    await b.screenshot('authoring-1-error-on-its-line');

    // Fix it: the jump selected the line, so typing replaces it.
    await page.keyboard.insertText(FIXED);
    await waitForCheck(b, 0);
    await page.waitForSelector('[data-testid="save-status"].save-status--saved');
    expect(await page.locator('[data-testid="doc-title"]').innerText()).toBe('Faster Wi-Fi for a busy café');
    expect(await page.locator('.best-path li').count()).toBe(checked.report.bestPath.length);
    await b.screenshot('authoring-2-fixed-report');

    // Undo survives a reload: the saved history holds the version with the mistake.
    await page.reload();
    await page.waitForSelector('.cm-editor');
    await waitForCheck(b, 0);
    expect(await page.locator('[data-testid="doc-title"]').innerText()).toBe('Faster Wi-Fi for a busy café');
    await page.click('[data-action="undo-save"]');
    await waitForCheck(b, 1);
    await page.locator(`.problems [data-line="${ERROR_LINE}"] button`).click();
    await page.keyboard.insertText(FIXED);
    await waitForCheck(b, 0);
    await page.waitForSelector('[data-testid="save-status"].save-status--saved');

    // Play it to the end in the play-test pane, by keyboard, along the checker's best path.
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('#panel-play .choices[data-ready="true"] button.choice');
    for (const index of checked.report.bestPath) {
      await page.waitForSelector('#panel-play button.choice');
      // Replies are shown in a seeded order: press the number beside the wanted one.
      await page.keyboard.press(await keyFor(page, index, '#panel-play'));
    }
    await page.waitForSelector('#panel-play .debrief');
    expect(await page.locator('.debrief').getAttribute('data-outcome')).toBe('sale');
    expect(await page.locator('[data-overall]').innerText()).toBe(String(checked.report.bestOverall));
    for (const [dimension, score] of Object.entries(checked.report.bestScores)) {
      expect(await page.locator(`.scores [data-dimension="${dimension}"] .dim-score`).innerText()).toBe(String(score));
    }
    const evidence = await page.locator('.debrief .turns').innerText();
    expect(evidence).toMatch(/technique: Open question/);
    expect(evidence).toMatch(/revealed need: guests/);
    await b.screenshot('authoring-3-playtest-debrief');

    // Restart from a knot.
    await page.selectOption('#play-from', 'offer');
    await page.waitForSelector('#panel-play button.choice');
    expect(await page.locator('#panel-play button.choice').first().innerText()).toContain('Show how the 500M line');

    // The branch map: click a choice to jump to its line.
    await page.keyboard.press('Alt+3');
    await page.waitForSelector('.map-svg');
    expect(await page.locator('.map-node').count()).toBe(3);
    expect(await page.locator('.map-choice--negative').count()).toBe(2);
    await b.screenshot('authoring-4-branch-map');
    await page.locator('.map-choice[data-line="40"]').click();
    expect(await activeLineText(b)).toContain('Ask whether Monday or Tuesday suits');

    // Export as .ink and as a pack.
    mkdirSync(DOWNLOADS, { recursive: true });
    const [inkDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-ink"]')]);
    expect(inkDownload.suggestedFilename()).toBe('cafe-wifi.en.ink');
    const inkPath = join(DOWNLOADS, 'cafe-wifi.en.ink');
    await inkDownload.saveAs(inkPath);
    expect(readFileSync(inkPath, 'utf8')).toBe(fixedSource);

    await page.keyboard.press('Alt+4');
    await page.check('[data-key="cafe-wifi/en"] input[type="checkbox"]');
    const [packDownload] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="export-selected"]')]);
    const packPath = join(DOWNLOADS, packDownload.suggestedFilename());
    await packDownload.saveAs(packPath);
    const pack = ScenarioPack.parse(JSON.parse(readFileSync(packPath, 'utf8')));
    expect(pack.scenarios.map((s) => [s.id, s.language, s.title])).toEqual([['cafe-wifi', 'en', 'Faster Wi-Fi for a busy café']]);
    expect(pack.scenarios[0]?.source).toBe(fixedSource);

    // Import it back after deleting the local copy.
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-key="cafe-wifi/en"] [data-action="delete"]');
    await expect.poll(() => page.locator('[data-key="cafe-wifi/en"]').count()).toBe(0);
    await page.setInputFiles('[data-testid="pack-file"]', packPath);
    await page.waitForSelector('[data-testid="library-message"]:has-text("Imported 1 scenario")');
    const row = page.locator('[data-key="cafe-wifi/en"]');
    expect(await row.innerText()).toMatch(/Ready/);
    expect(await row.innerText()).toMatch(/imported/);
    await b.screenshot('authoring-5-imported');

    // A bad pack is refused with a clear message, and nothing stored is lost.
    const badPath = join(DOWNLOADS, 'broken.scenario-pack.json');
    writeFileSync(badPath, '{"format": "sales-roleplay-scenario-pack", "scenarios": [');
    await page.setInputFiles('[data-testid="pack-file"]', badPath);
    await page.waitForSelector('[data-testid="library-message"][role="alert"]');
    expect(await page.locator('[data-testid="library-message"]').innerText()).toMatch(/Import refused.*not valid JSON/);
    expect(await page.locator('.library-item').count()).toBeGreaterThanOrEqual(1);
    expect(await row.count()).toBe(1);
    await b.screenshot('authoring-6-bad-pack-refused');
    expect(b.errors).toEqual([]);
  });

  it('shows a hostile scenario\'s markup as text everywhere and never runs it', async () => {
    const b = await browser();
    const { page } = b;
    const hostileLine = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    const hostile = fixedSource
      .replace('# id: cafe-wifi', '# id: hostile-cafe')
      .replace('# title: Faster Wi-Fi for a busy café', '# title: <img src=x onerror="window.pwned = 3">Café')
      .replace("Hi, I need to ask about my café's internet.", hostileLine);
    const packPath = join(DOWNLOADS, 'hostile.scenario-pack.json');
    mkdirSync(DOWNLOADS, { recursive: true });
    writeFileSync(packPath, JSON.stringify({
      format: PACK_FORMAT, version: 1, exportedAt: '2026-11-23T10:00:00.000Z',
      scenarios: [{ id: 'hostile-cafe', language: 'en', title: '<script>window.pwned = 4</script>', source: hostile }],
    }));
    await page.goto('/author/');
    await waitForCheck(b, 0);
    await page.keyboard.press('Alt+4');
    await page.setInputFiles('[data-testid="pack-file"]', packPath);
    await page.waitForSelector('[data-testid="library-message"]:has-text("Imported 1 scenario")');
    await page.click('[data-key="hostile-cafe/en"] [data-action="open"]');
    await waitForTitle(b, '<img src=x onerror="window.pwned = 3">Café');
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('#panel-play .transcript .line--customer');
    expect(await page.locator('#panel-play .transcript').innerText()).toContain(hostileLine);
    expect(await page.locator('[data-testid="doc-title"]').innerText()).toBe('<img src=x onerror="window.pwned = 3">Café');
    await page.keyboard.press('Alt+4');
    expect(await page.locator('[data-key="hostile-cafe/en"] .library-title').innerText()).toContain('<img src=x');
    await page.keyboard.press('Alt+3');
    await page.waitForSelector('.map-svg');
    await settled(page);
    expect(await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      injected: document.querySelectorAll('#author script, #author img, #author iframe').length,
    }))).toEqual({ pwned: null, injected: 0 });
    await b.screenshot('authoring-7-hostile-as-text');
    expect(b.errors).toEqual([]);
  });

  it('works in Simplified Chinese and starts a new scenario from a template', async () => {
    const b = await browser();
    const { page } = b;
    await page.goto('/author/');
    await waitForCheck(b, 0);
    await page.click('[data-language="zh-CN"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.locator('[data-tab="report"]').innerText()).toBe('检查报告');
    await page.click('[data-action="new"]');
    await page.waitForSelector('dialog[open] .template-card');
    expect(await page.locator('.template-card').count()).toBe(6);
    await page.selectOption('#new-language', 'zh-CN');
    await page.click('.template-card[data-channel="retention"]');
    await waitForTitle(b, '客户挽留：想要离网的老客户');
    expect(await page.locator('[data-testid="check-status"]').innerText()).toContain('可以试玩');
    await page.keyboard.press('Alt+2');
    await page.waitForSelector('#panel-play button.choice');
    expect(await page.locator('#panel-play .replies h2').innerText()).toBe('您的回复');
    await b.screenshot('authoring-8-chinese-playtest');
    await page.keyboard.press('Alt+3');
    await page.waitForSelector('.map-svg');
    await b.screenshot('authoring-9-chinese-map');
    await page.reload();
    await waitForCheck(b, 0);
    expect(await page.locator('[data-tab="report"]').innerText()).toBe('检查报告');
    expect(b.errors).toEqual([]);
  });
});

describe('a large scenario', () => {
  it('shows progress while exploring and then the same figures as the command-line checker', async () => {
    const source = readFileSync('stories/outbound-bundle/en.ink', 'utf8');
    const expected = checkSource(source, 'en').report;
    expect(expected.states).toBeGreaterThan(4000);
    const b = await browser();
    const { page } = b;
    await page.goto('/author/');
    await waitForCheck(b, 0);
    await page.click('.cm-content');
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText(source);
    await page.waitForSelector('[data-testid="check-status"]:has-text("states")', { timeout: 30_000 });
    await b.screenshot('authoring-10-exploring');
    await waitForTitle(b, expected.title ?? '');
    await page.waitForSelector(`.states:has-text("${expected.states.toLocaleString('en')} states explored")`);
    expect(await page.locator('.best-path li').count()).toBe(expected.bestPath.length);
    await page.keyboard.press('Alt+3');
    await page.waitForSelector('.map-svg');
    expect(await page.locator('.map-choice').count()).toBeGreaterThan(30);
    await b.screenshot('authoring-11-large-map');
    expect(b.errors).toEqual([]);
  });
});

describe('the trainee game\'s startup bundle', () => {
  it('carries neither the Ink compiler nor the editor', async () => {
    const base = inject('baseUrl');
    const html = await (await fetch(new URL('/', base))).text();
    const seen = new Set<string>();
    const queue = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
    expect(queue.length).toBeGreaterThan(0);
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const code = await (await fetch(new URL(path, base))).text();
      expect(code, path).not.toContain('Compilation failed.');
      expect(code, path).not.toContain('cm-editor');
      // Static imports only: what loads lazily is not part of the startup bundle.
      for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
        queue.push(new URL(m[1]!, new URL(path, base)).pathname);
      }
    }
    const author = await (await fetch(new URL('/author/', base))).text();
    expect(author).toContain('/assets/author-');
  });
});
