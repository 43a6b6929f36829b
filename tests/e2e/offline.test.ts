// Offline play and installation: once loaded, the service worker has cached the whole game, so
// with the network gone a reload still shows the scenarios and a conversation still plays; the
// page links a web app manifest that makes it installable.
import { describe, expect, it } from 'vitest';
import { browserPerTest } from './browser.ts';
import { settled } from './settled.ts';
import { choose, startScenario, waitForChoices } from './trainee.ts';


const browser = browserPerTest();

describe('the game offline', () => {
  it('installs as an app and keeps playing after the network goes away', async () => {
    const b = await browser();
    const { page, context } = b;
    await page.goto('/?pace=instant');
    await page.waitForSelector('.card');

    const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(manifestHref).toBeTruthy();
    const manifest = await page.evaluate(async (href) => (await fetch(href)).json() as Promise<Record<string, unknown>>, manifestHref!);
    expect(manifest).toMatchObject({ display: 'standalone', start_url: './' });
    expect(String(manifest.name)).toMatch(/Sales Coach/);
    expect(Array.isArray(manifest.icons) && manifest.icons.length > 0).toBe(true);

    // The worker precaches every built file, then takes control of the page.
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });
    // Chromium's own verdict on the manifest, icons and worker; a test browser is always incognito.
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('.card');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.waitForSelector('.offline-chip');
    await startScenario(page, 'social-new-sim');
    await choose(page, [0, 0]);
    expect(await waitForChoices(page)).toBeGreaterThan(0);
    await page.waitForSelector('.stage-slot canvas');
    await settled(page);
    await b.screenshot('offline-1-playing');

    // The run in progress is still saved and resumed while offline.
    const last = await page.locator('.transcript .line:not(.line--coach) .line-text').last().innerText();
    await page.reload();
    await waitForChoices(page);
    expect(await page.locator('.transcript .line:not(.line--coach) .line-text').last().innerText()).toBe(last);
    await context.setOffline(false);
    expect(b.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e))).toEqual([]);
  });
});
