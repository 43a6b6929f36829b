// Runs axe-core, the accessibility engine browsers' own audits use, over what the page shows
// now, and lists every WCAG A/AA violation in a form a failing test can print.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation { id: string; impact: string | null; targets: string[]; summary: string }

/**
 * The violations on the page, as "rule (impact): target — why". `exclude` lists selectors of
 * third-party widgets whose markup this project does not own; `skip` names rules that do not
 * apply to what is on screen, each with its reason at the call.
 */
export async function accessibilityViolations(page: Page, exclude: string[] = [], skip: string[] = []): Promise<string[]> {
  // Evaluated, not injected as a <script>, so the page's Content-Security-Policy stays on.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async ([excluded, skipped]) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string | null; nodes: Array<{ target: string[]; failureSummary?: string }> }> }> } }).axe;
    const result = await axe.run({ exclude: excluded.map((s) => [s]) }, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
      rules: Object.fromEntries(skipped.map((id) => [id, { enabled: false }])),
    });
    return result.violations.map((v) => ({
      id: v.id, impact: v.impact,
      targets: v.nodes.map((n) => n.target.join(' ')),
      summary: (v.nodes[0]?.failureSummary ?? '').split('\n').slice(1).join(' ').trim(),
    }));
  }, [exclude, skip] as const) as Violation[];
  return violations.map((v) => `${v.id} (${v.impact ?? 'n/a'}): ${v.targets.slice(0, 3).join(', ')} — ${v.summary}`);
}
