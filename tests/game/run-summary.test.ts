import { describe, expect, it } from 'vitest';
import { summariseRun } from '../../src/game/ui/run-summary.ts';
import type { RunEvent } from '../../src/core/schemas/run-event.ts';
import { aMeta } from './builders.ts';

describe('summariseRun', () => {
  const meta = aMeta({
    needs: [{ id: 'data', description: 'Runs out of data' }, { id: 'kids', description: 'Wants one bill' }],
    objections: [{ id: 'cost', class: 'price', description: 'Too dear' }, { id: 'contract', class: 'contract', description: 'Tied in' }, { id: 'trust', class: 'trust', description: 'Doubts us' }],
  });
  const events: RunEvent[] = [
    { type: 'need-revealed', entry: 3, tag: 'reveals: data', need: 'data' },
    { type: 'objection-raised', entry: 5, tag: 'raises: cost', objection: 'cost' },
    { type: 'objection-resolved', entry: 7, tag: 'resolved: cost', objection: 'cost' },
    { type: 'objection-raised', entry: 9, tag: 'raises: contract', objection: 'contract' },
  ];

  it('lists which hidden needs were uncovered', () => {
    expect(summariseRun(meta, events).needs.map((n) => [n.id, n.found])).toEqual([['data', true], ['kids', false]]);
  });

  it('tells resolved, open and never-raised objections apart', () => {
    expect(summariseRun(meta, events).objections.map((o) => [o.id, o.status])).toEqual([
      ['cost', 'resolved'], ['contract', 'open'], ['trust', 'not-raised'],
    ]);
  });
});
