// Scenario sources built to take a checker or a runtime down: each compiles cleanly and is only
// dangerous when run. Shared by the core budget tests, the server's publish tests and the CLI tests.
import { readFileSync } from 'node:fs';
import { Story } from 'inkjs';
import { compileInk } from '../../src/toolchain/compile.ts';
import { readFrontMatter } from '../../src/toolchain/front-matter.ts';
import type { ScenarioMeta } from '../../src/core/schemas/scenario-meta.ts';
import { scenarioSource } from './scenario-source.ts';

const OPENING = `
Hello, who is this? # speaker: customer
* [Good morning, this is Li from the phone company. #opening: +2]
  Go on then.
`;

/** Runs forever after the first choice without printing a line or offering a choice. */
export const SILENT_LOOP = scenarioSource(`${OPENING}
  -> spin

=== spin ===
~ temp turns = 0
- (again)
~ turns = turns + 1
-> again
`, { id: 'hostile-silent-loop', title: 'Silent loop' });

/** Prints a line forever after the first choice, never reaching a choice or an end. */
export const PRINTING_LOOP = scenarioSource(`${OPENING}
  -> chatter

=== chatter ===
And another thing. # speaker: customer
-> chatter
`, { id: 'hostile-printing-loop', title: 'Printing loop' });

/** A tunnel that calls itself: the call stack grows without end. */
export const TUNNEL_RECURSION = scenarioSource(`${OPENING}
  -> deeper ->
  -> END

=== deeper ===
-> deeper ->
->->
`, { id: 'hostile-tunnel-recursion', title: 'Tunnel recursion' });

/** The same silent loop, reached before the first choice: the very first advance never returns. */
export const SILENT_LOOP_AT_START = scenarioSource(`
-> spin
=== spin ===
- (again)
-> again
`, { id: 'hostile-loop-at-start', title: 'Loop at the start' });

/**
 * 2^n distinct states: n yes/no decisions, each remembered in its own variable, so no two paths
 * ever meet again. n = 24 is far past any state cap.
 */
export function stateExplosion(n = 24): string {
  const vars = Array.from({ length: n }, (_, i) => `VAR f${i} = false`).join('\n');
  const steps = Array.from({ length: n }, (_, i) => `
= q${i}
Next? # speaker: customer
* [Yes, go on. #discovery: +1]
  ~ f${i} = true
  -> q${i + 1}
* [No, next one. #discovery: +1]
  -> q${i + 1}`).join('\n');
  return scenarioSource(`${vars}
${OPENING}
  -> maze

=== maze ===
-> q0
${steps}

= q${n}
Right, I will take it. # outcome: sale
-> END
`, { id: 'hostile-state-explosion', title: 'State explosion' });
}

export const HOSTILE_STORIES = {
  'silent loop': SILENT_LOOP,
  'printing loop': PRINTING_LOOP,
  'tunnel recursion': TUNNEL_RECURSION,
  'silent loop at the start': SILENT_LOOP_AT_START,
} as const;

/** A thread that threads itself in: every step forks the call stack again. */
export const THREAD_RECURSION = scenarioSource(`${OPENING}
  -> weave

=== weave ===
<- weave
* [Never offered in time]
  -> END
`, { id: 'hostile-thread-recursion', title: 'Thread recursion' });

const LIB = readFileSync('stories/_lib/customer.ink', 'utf8');

/**
 * Compiles a hostile source without checking it (the checker would stop at the budget), for
 * tests that play it in a Session directly: its story JSON and front matter.
 */
export function compileHostile(source: string): { storyJson: string; meta: ScenarioMeta } {
  const compiled = compileInk('stories/hostile/en.ink', source, (p) => (p === 'stories/_lib/customer.ink' ? LIB : null));
  if (compiled.json === null) throw new Error(`hostile story does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  const front = readFrontMatter(new Story(compiled.json).globalTags ?? []);
  if (!front.meta) throw new Error(`hostile story has no front matter: ${JSON.stringify(front.problems)}`);
  return { storyJson: compiled.json, meta: front.meta };
}
