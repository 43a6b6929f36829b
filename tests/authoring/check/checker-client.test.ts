// The page's side of the checking worker: the newest check wins, a stale one is stopped, and
// progress and early compile findings reach the page before the answer.
import { describe, expect, it } from 'vitest';
import { CheckerClient, SupersededError } from '../../../src/authoring/check/checker-client.ts';
import type { CheckRequest, CheckResponse } from '../../../src/authoring/check/check-protocol.ts';
import { checkSource, compileSource } from '../../../src/authoring/check/check-in-worker.ts';
import { templateFor } from '../../../src/authoring/templates/templates.ts';

/** Stands in for the Worker: answers with the real checker when told to. */
class FakeWorker extends EventTarget {
  static made: FakeWorker[] = [];
  requests: CheckRequest[] = [];
  terminated = false;
  constructor() {
    super();
    FakeWorker.made.push(this);
  }
  postMessage(request: CheckRequest): void {
    this.requests.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  send(message: CheckResponse): void {
    this.dispatchEvent(new MessageEvent('message', { data: message }));
  }
  answer(): void {
    const { id, source, language } = this.requests.at(-1)!;
    const outline = compileSource(source, language);
    this.send({ type: 'compiled', id, diagnostics: outline.diagnostics, knots: outline.knots });
    this.send({ type: 'progress', id, states: 12 });
    const { report, bundle } = checkSource(source, language);
    this.send({ type: 'checked', id, report, bundle });
  }
}

const client = (): CheckerClient => new CheckerClient(() => new FakeWorker() as unknown as Worker);
const source = templateFor('store', 'en').source;

describe('CheckerClient', () => {
  it('reports compile findings and progress, then resolves with the report and bundle', async () => {
    FakeWorker.made = [];
    const seen: string[] = [];
    const answer = client().check(source, 'en', {
      onCompiled: (diagnostics, knots) => seen.push(`compiled ${diagnostics.length} ${knots.map((k) => k.path).join(',')}`),
      onProgress: (states) => seen.push(`progress ${states}`),
    });
    FakeWorker.made[0]!.answer();
    const { report, bundle } = await answer;
    expect(seen).toEqual(['compiled 0 opening,discovery,presentation,objection,close,confirm', 'progress 12']);
    expect(report.errors).toEqual([]);
    expect(bundle?.meta.id).toBe('store-draft');
  });

  it('stops a stale check when a newer one arrives, and ignores the stale answer', async () => {
    FakeWorker.made = [];
    const c = client();
    const first = c.check('# id: old\n', 'en');
    const second = c.check(source, 'en');
    await expect(first).rejects.toBeInstanceOf(SupersededError);
    expect(FakeWorker.made).toHaveLength(2);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
    FakeWorker.made[0]!.send({ type: 'failed', id: 1, message: 'stale' });
    FakeWorker.made[1]!.answer();
    expect((await second).report.errors).toEqual([]);
  });

  it('passes on a failure in the worker as an error', async () => {
    FakeWorker.made = [];
    const answer = client().check(source, 'en');
    FakeWorker.made[0]!.send({ type: 'failed', id: FakeWorker.made[0]!.requests[0]!.id, message: 'out of memory' });
    await expect(answer).rejects.toThrow('out of memory');
  });
});
