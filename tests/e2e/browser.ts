// Launches Debian's headless Chromium through playwright-core with the flags this machine needs,
// collects console errors, and saves screenshots under test-results/.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, inject } from 'vitest';

export const SCREENSHOT_DIR = 'test-results/screenshots';

const FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];
const NOISE = [/GPU stall due to ReadPixels/, /favicon\.ico/, /Automatic fallback to software WebGL/];

export interface OpenBrowser {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  errors: string[];
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

export async function openBrowser(baseUrl: string): Promise<OpenBrowser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // launch() already gives every browser a fresh temporary profile; playwright-core 1.65
    // refuses an explicit --user-data-dir here.
    args: FLAGS,
  });
  const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !NOISE.some((n) => n.test(msg.text()))) errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(String(err)));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return {
    browser, context, page, errors,
    screenshot: async (name) => {
      const path = join(SCREENSHOT_DIR, `${name}.png`);
      await page.screenshot({ path });
      return path;
    },
    close: () => browser.close(),
  };
}

/**
 * For a test file: a function that opens a fresh browser on the built game, closed again after
 * each test whether it passed or not. Call once at the top of the file.
 */
export function browserPerTest(): () => Promise<OpenBrowser> {
  let open: OpenBrowser | null = null;
  afterEach(async () => {
    await open?.close();
    open = null;
  });
  return async () => {
    open = await openBrowser(inject('baseUrl'));
    return open;
  };
}
