import { describe, expect, it } from 'vitest';
import { BatchQueue } from '../../../src/server/attempts/batch-queue.ts';

describe('natural batching', () => {
  it('sends what arrives together in one batch, each item getting its own answer', async () => {
    const batches: number[][] = [];
    const queue = new BatchQueue<number, number>(async (items) => {
      batches.push([...items]);
      return items.map((i) => i * 10);
    }, { maxBatch: 64, concurrency: 1 });
    expect(await Promise.all([1, 2, 3, 4].map((i) => queue.push(i)))).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1, 2, 3, 4]]);
  });

  it('gathers what arrives while a batch runs into the next, up to the largest batch', async () => {
    const batches: number[][] = [];
    let release: () => void = () => undefined;
    const queue = new BatchQueue<number, number>(async (items) => {
      batches.push([...items]);
      if (batches.length === 1) await new Promise<void>((resolve) => { release = resolve; });
      return [...items];
    }, { maxBatch: 3, concurrency: 1 });
    const first = queue.push(0);
    await new Promise((resolve) => setImmediate(resolve));
    const rest = [1, 2, 3, 4, 5].map((i) => queue.push(i));
    await new Promise((resolve) => setImmediate(resolve));
    expect(batches).toEqual([[0]]); // still running: the others wait
    release();
    expect(await Promise.all([first, ...rest])).toEqual([0, 1, 2, 3, 4, 5]);
    expect(batches).toEqual([[0], [1, 2, 3], [4, 5]]);
    expect(queue.stats()).toEqual({ batches: 3, items: 6 });
  });

  it('fails only the item that fails on its own when a batch fails', async () => {
    const queue = new BatchQueue<number, number>(async (items) => {
      if (items.includes(13)) throw new Error('13 is refused');
      return items.map((i) => i + 1);
    }, { maxBatch: 64, concurrency: 1 });
    const answers = await Promise.allSettled([12, 13, 14].map((i) => queue.push(i)));
    expect(answers).toEqual([
      { status: 'fulfilled', value: 13 },
      { status: 'rejected', reason: new Error('13 is refused') },
      { status: 'fulfilled', value: 15 },
    ]);
  });

  it('refuses a batch that answers the wrong number of results, for every item in it', async () => {
    const queue = new BatchQueue<number, number>(async () => [1], { maxBatch: 64, concurrency: 1 });
    const answers = await Promise.allSettled([1, 2].map((i) => queue.push(i)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'fulfilled']); // each alone answers one
    const broken = new BatchQueue<number, number>(async () => [], { maxBatch: 64, concurrency: 1 });
    await expect(broken.push(1)).rejects.toThrow('a batch of 1 answered 0 results');
  });
});
