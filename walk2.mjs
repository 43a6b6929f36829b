import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update','--disable-sync','--no-first-run'] });
const ctx = await b.newContext({ viewport: { width: 390, height: 844 } });
const p = await ctx.newPage();
for (const [u, f] of [['/?pace=instant', 'n1-en'], ['/trainer/', 'n3-trainer'], ['/author/', 'n4-author']]) {
  await p.goto('http://127.0.0.1:8080' + u); await p.waitForTimeout(1500);
  await p.screenshot({ path: `/tmp/walk/${f}.png` });
}
await p.goto('http://127.0.0.1:8080/?pace=instant'); await p.waitForTimeout(800);
await p.click('[data-language="zh-CN"]'); await p.waitForTimeout(500);
await p.screenshot({ path: `/tmp/walk/n2-zh.png` });
await b.close();
