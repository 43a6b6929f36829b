// Readiness: can the database take a write and give it back, now? One row is upserted with a
// fresh token and read back in one transaction, under a time limit. Checks that arrive while one
// is running share it, so a flood of probes queues no extra writes.
import { randomBytes } from 'node:crypto';
import type { Clock } from '../../core/clock.ts';
import type { Readiness } from '../../contract/health.ts';
import type { Database } from './database.ts';

export class ReadinessCheck {
  private running: Promise<Readiness> | null = null;

  constructor(private readonly db: Database, private readonly clock: Clock, private readonly timeoutMs: number) {}

  check(): Promise<Readiness> {
    const failure = this.db.failure();
    if (failure !== null) return Promise.resolve({ ready: false, error: failure });
    this.running ??= this.run().finally(() => { this.running = null; });
    return this.running;
  }

  private async run(): Promise<Readiness> {
    const token = randomBytes(12).toString('hex');
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(() => resolve({ ready: false, error: `the database did not take a write and read it back within ${this.timeoutMs} ms` }), this.timeoutMs);
    });
    const probe = this.db.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO readiness_probe (id, token, checked_at) VALUES (1, $1, $2::timestamptz)
         ON CONFLICT (id) DO UPDATE SET token = EXCLUDED.token, checked_at = EXCLUDED.checked_at`,
        [token, new Date(this.clock.now()).toISOString()],
      );
      return tx.query<{ token: string }>('SELECT token FROM readiness_probe WHERE id = 1');
    }).then(
      (rows): Readiness => rows[0]?.token === token
        ? { ready: true }
        : { ready: false, error: 'the database did not give back the row just written' },
      (error: unknown): Readiness => ({ ready: false, error: `the database refused a write: ${error instanceof Error ? error.message : String(error)}` }),
    );
    try {
      return await Promise.race([probe, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}
