// A stories folder for server tests: the real shared Ink library plus two small scenarios ("tiny"
// from the fixtures, and "duel"), so tests never depend on the shipped library.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { scenarioSource } from '../../helpers/scenario-source.ts';

export const DUEL_BODY = `
Hello, who is this? # speaker: customer
* [Introduce yourself and ask for two minutes #opening: +2]
  ~ shift(trust, 10)
  Go on then.
  -> ask
* [Start reading the price list #fault: premature-pitch]
  ~ shift(patience, -40)
  No thanks. # outcome: hang-up
  -> END

= ask
* [Ask what they use data for #discovery: +2 #technique: open-question]
  I watch a lot of video. # reveals: data
  # signal: verbal
  -> close
* [Tell them they need the big plan #fault: argue]
  I will think about it. # outcome: no-sale
  -> END

= close
* [Offer the plan now #close: close-direct]
  Fine, sign me up. # outcome: sale
  -> END
* [Promise to send details #follow-up: +1]
  Send them. # outcome: follow-up
  -> END
`;

export function duelSource(overrides: Record<string, string> = {}): string {
  return scenarioSource(DUEL_BODY, { id: 'duel', title: 'Duel customer', ...overrides });
}

/** A false promise still wins the sale: a red line under rubric 2.0.0, a plain fault under 1.0.0. */
export const PROMISE_BODY = `
Hello? # speaker: customer
* [Ask how they use their phone #discovery: +2 #technique: open-question]
  I run out of data every month. # reveals: data
  -> offer
* [Read out the price list #fault: premature-pitch]
  No thanks. # outcome: hang-up
  -> END

= offer
* [Say the plan covers that at a fixed price for two years #presentation: +2]
  That sounds fair. # signal: verbal
  -> close
* [Promise the price will never go up #presentation: +2 #fault: false-promise]
  Never? Then I am interested. # signal: verbal
  -> close

= close
* [Ask whether today or tomorrow suits #close: close-either-or]
  Today then. # outcome: sale
  -> END
* [Offer to send the details #follow-up: +2]
  Send them over. # outcome: follow-up
  -> END
`;

/** Not shipped in the test stories folder: tests publish it to the cohort that needs it. */
export function promiseSource(overrides: Record<string, string> = {}): string {
  return scenarioSource(PROMISE_BODY, { id: 'promise', title: 'Promising customer', ...overrides });
}

/** The folder under .cache, named by a hash of its contents and built once (atomically: test
 * workers may race to build it), so nothing is left behind in temp folders. */
export function makeStoriesDir(): string {
  const files = new Map<string, string>();
  for (const name of readdirSync('stories/_lib')) files.set(`_lib/${name}`, readFileSync(join('stories/_lib', name), 'utf8'));
  files.set('tiny/en.ink', readFileSync('tests/fixtures/ink/tiny/en.ink', 'utf8').replace(/^INCLUDE .*$/m, 'INCLUDE ../_lib/customer.ink'));
  files.set('duel/en.ink', duelSource());
  const hash = createHash('sha256');
  for (const [path, text] of files) hash.update(path).update(text);
  const dir = resolve('.cache', 'server-test-stories', hash.digest('hex').slice(0, 16));
  if (existsSync(dir)) return dir;
  const building = `${dir}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  for (const [path, text] of files) {
    mkdirSync(dirname(join(building, path)), { recursive: true });
    writeFileSync(join(building, path), text);
  }
  try {
    renameSync(building, dir);
  } catch {
    rmSync(building, { recursive: true, force: true }); // another worker built it first
  }
  return dir;
}
