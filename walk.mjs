import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 });
const p = await ctx.newPage();
const errs = []; p.on('pageerror', e => errs.push(String(e))); p.on('console', m => { if (m.type()==='error') errs.push(m.text()); });
await p.goto('http://127.0.0.1:8080/?pace=instant&seed=3'); await p.waitForTimeout(1000);
await p.screenshot({ path: '/tmp/walk/m1-list.png' });
await p.click('[data-language="zh-CN"]'); await p.waitForTimeout(500);
await p.click('[data-scenario-id="retention-port-out"]'); await p.waitForSelector('.briefing'); await p.waitForTimeout(800);
await p.screenshot({ path: '/tmp/walk/m2-brief.png', fullPage: true });
await p.click('[data-action="start"]');
for (let i = 0; i < 60; i++) {
  const r = await Promise.race([
    p.waitForSelector('#choices[data-ready="true"] button.choice', { timeout: 20000 }).then(() => 'c'),
    p.waitForSelector('.debrief', { timeout: 20000 }).then(() => 'd')]);
  if (r === 'd') break;
  if (i === 3) await p.screenshot({ path: '/tmp/walk/m3-conv.png' });
  await p.keyboard.press(i % 2 ? '2' : '1');
}
await p.waitForTimeout(1000);
await p.screenshot({ path: '/tmp/walk/m4-debrief.png', fullPage: true });
await p.click('[data-nav="progress"]'); await p.waitForTimeout(800);
await p.screenshot({ path: '/tmp/walk/m5-progress.png', fullPage: true });
await p.click('[data-nav="data"]'); await p.waitForTimeout(800);
await p.screenshot({ path: '/tmp/walk/m6-data.png', fullPage: true });
console.log(errs);
await b.close();
