// A trainer's scenario pack imported from the trainee's scenario list: its scenarios appear
// marked as local, in both languages, and play exactly like shipped ones; bad packs (not JSON,
// the wrong schema, too large, failing the checker) are refused with a clear message and
// nothing stored is lost. The importer and the checker load only when a pack is chosen.
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACK_FORMAT } from '../../src/core/schemas/scenario-pack.ts';
import { browserPerTest, type OpenBrowser } from './browser.ts';
import { choose } from './trainee.ts';

const DOWNLOADS = 'test-results/downloads';

const FRONT = {
  en: ['# title: Upgrade a student to 5G', '# product: Campus 5G plan', '# persona: Xiao Li', '# goal: Find the need and close the upgrade',
    '# need: games, Plays mobile games on the bus and lags', '# objection: cost, price, Worries about the monthly fee'],
  'zh-CN': ['# title: 帮学生升级 5G 套餐', '# product: 校园 5G 套餐', '# persona: 小李', '# goal: 找到需求并促成升级',
    '# need: games, 坐公交玩手游经常卡顿', '# objection: cost, price, 担心月费太贵'],
} as const;
const LINES = {
  en: ['Hi, I only have a minute.', 'Ask what he uses his phone for most', 'Games on the bus. It lags all the time.', 'Read out every plan you sell',
    'Too much. Bye.', 'Show how 5G stops the lag in his games', 'Nice, but is it expensive?', 'Split the fee into a daily figure',
    'Less than a snack a day. OK!', 'Ask whether today or tomorrow suits', 'Today!'],
  'zh-CN': ['你好，我只有一分钟。', '问他平时手机主要用来做什么', '坐公交打游戏，老是卡。', '把所有套餐都念一遍',
    '太多了，再见。', '介绍 5G 如何让游戏不再卡顿', '不错，但是贵不贵？', '把月费拆成每天的花费',
    '一天不到一包零食钱，好！', '问他今天还是明天办理', '今天吧！'],
} as const;

function source(language: 'en' | 'zh-CN'): string {
  const l = LINES[language];
  return `# id: campus-upgrade
${FRONT[language].join('\n')}
# channel: store
# difficulty: 1
# time-limit: 10
# persona-style: expressive
INCLUDE ../_lib/customer.ink

~ trust = 40
~ patience = 60
~ interest = 30

${l[0]}
* [${l[1]} #technique: open-question #discovery: +1]
  ~ shift(trust, 10)
  ${l[2]} # reveals: games
  -> offer
* [${l[3]} #fault: feature-dump]
  ~ shift(patience, -40)
  ${l[4]} # outcome: no-sale
  -> END

=== offer ===
* [${l[5]} #technique: fabe]
  ${l[6]} # raises: cost
  * * [${l[7]} #technique: price-daily-split]
      ${l[8]} # resolved: cost
      # signal: verbal
      -> close

=== close ===
* [${l[9]} #close: close-either-or]
  ${l[10]} # outcome: sale
  -> END
`;
}

const pack = (scenarios: Array<{ language: 'en' | 'zh-CN'; source: string }>): string => JSON.stringify({
  format: PACK_FORMAT, version: 1, exportedAt: '2026-11-23T10:00:00.000Z',
  scenarios: scenarios.map((s) => ({ id: 'campus-upgrade', language: s.language, title: 'Campus upgrade', source: s.source })),
});

function write(name: string, text: string): string {
  mkdirSync(DOWNLOADS, { recursive: true });
  const path = join(DOWNLOADS, name);
  writeFileSync(path, text);
  return path;
}

const browser = browserPerTest();

async function importFile(b: OpenBrowser, path: string): Promise<string> {
  // The previous result goes first, so the wait below sees this import's message.
  await b.page.evaluate(() => document.querySelector('[data-testid="list-message"]')?.remove());
  await b.page.setInputFiles('[data-testid="pack-file"]', path);
  await b.page.waitForSelector('[data-testid="list-message"]', { timeout: 60_000 });
  return b.page.locator('[data-testid="list-message"]').innerText();
}

describe('local scenarios in the trainee list', () => {
  it('imports a pack, marks its scenarios as local in both languages and plays them like shipped ones', async () => {
    const b = await browser();
    const { page } = b;
    const requested: string[] = [];
    page.on('request', (r) => requested.push(r.url()));
    await page.goto('/?pace=instant');
    await page.waitForSelector('.card');
    expect(requested.some((u) => /pack-import|scenario-pack-io|check-worker/.test(u)), 'the importer loads only when a pack is chosen').toBe(false);

    const good = write('campus-upgrade.scenario-pack.json', pack([{ language: 'en', source: source('en') }, { language: 'zh-CN', source: source('zh-CN') }]));
    expect(await importFile(b, good)).toMatch(/Imported 2 scenarios[\s\S]*Upgrade a student to 5G — new/);
    expect(requested.some((u) => /check-worker/.test(u))).toBe(true);
    const card = page.locator('[data-scenario-id="campus-upgrade"][data-local="true"]');
    expect(await card.locator('.chip--local').innerText()).toBe('Local');
    await b.screenshot('local-1-imported');

    await card.click();
    await page.waitForSelector('.briefing .chip--local');
    await page.click('[data-action="start"]');
    // The first reply as written at every step (shown in a seeded order): the path to the sale.
    await choose(page, [0, 0, 0, 0]);
    await page.waitForSelector('.debrief', { timeout: 30_000 });
    await page.waitForSelector('[data-saved="yes"]');
    expect(await page.locator('[data-outcome]').getAttribute('data-outcome')).toBe('sale');
    // Ten seconds is far too short for this conversation: the debrief says by how much.
    expect(await page.locator('[data-stat="duration"] .stat-note--over').innerText()).toMatch(/^over 00:10 by 00:\d\d$/);
    await page.click('[data-nav="practice"]');
    expect(await card.locator('.card-progress').getAttribute('data-attempts')).toBe('1');

    // Refused packs leave the imported scenario where it was.
    const refusals: Array<[string, string, RegExp]> = [
      ['broken.json', '{"format": "sales-roleplay-scenario-pack", "scenarios": [', /not imported[\s\S]*not valid JSON/],
      ['wrong-schema.json', JSON.stringify({ format: 'something-else', scenarios: [] }), /not a scenario pack this game can read[\s\S]*format/],
      ['failing.json', pack([{ language: 'en', source: source('en').replace('-> offer', '-> nowhere') }]), /do not pass the checker[\s\S]*campus-upgrade\/en/],
      ['huge.json', 'x'.repeat(6 * 1024 * 1024), /6\.0 MB; at most 5 MB/],
    ];
    for (const [name, text, expected] of refusals) {
      const message = await importFile(b, write(name, text));
      expect(message, name).toMatch(expected);
      expect(await page.locator('[data-testid="list-message"]').getAttribute('role')).toBe('alert');
      expect(await card.count(), name).toBe(1);
    }
    await b.screenshot('local-2-refused');

    await page.click('[data-language="zh-CN"]');
    const zhCard = page.locator('[data-scenario-id="campus-upgrade"][data-local="true"]');
    expect(await zhCard.locator('.chip--local').innerText()).toBe('本地');
    expect(await zhCard.locator('.card-title').innerText()).toBe('帮学生升级 5G 套餐');
    expect(await zhCard.locator('.card-progress').getAttribute('data-attempts'), 'attempts count per scenario in either language').toBe('1');
    await b.screenshot('local-3-chinese');
    expect(b.errors).toEqual([]);
  });
});
