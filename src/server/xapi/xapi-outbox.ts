// Delivers queued xAPI statements to the Learning Record Store with retry and exponential
// backoff. Statements are queued in the attempt's own transaction; any number of server
// processes may deliver: a lease (claimed with SKIP LOCKED) keeps each statement to one sender,
// and PUT with the statement id makes a repeated delivery harmless at the LRS.
import type { Clock } from '../../core/clock.ts';
import type { XapiConfig } from '../config.ts';
import type { Database, Queryable } from '../db/database.ts';

const LEASE_MS = 60_000;
const BATCH = 20;

export interface DeliveryReport {
  sent: number;
  retried: number;
  failed: number;
}

export function backoffMs(tries: number, config: Pick<XapiConfig, 'baseDelayMs' | 'maxDelayMs'>): number {
  return Math.min(config.maxDelayMs, config.baseDelayMs * 2 ** Math.max(0, tries - 1));
}

export class XapiOutbox {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<DeliveryReport> | null = null;
  private stopped = true;

  constructor(private readonly db: Database, private readonly config: XapiConfig, private readonly clock: Clock) {}

  private iso(offsetMs = 0): string {
    return new Date(this.clock.now() + offsetMs).toISOString();
  }

  async enqueue(tx: Queryable, attemptId: string, statementId: string, statement: Record<string, unknown>): Promise<void> {
    await tx.query(
      `INSERT INTO xapi_outbox (attempt_id, statement_id, statement, next_try_at) VALUES ($1, $2, $3::jsonb, $4::timestamptz)
       ON CONFLICT (attempt_id) DO NOTHING`,
      [attemptId, statementId, JSON.stringify(statement), this.iso()],
    );
  }

  /** Sends what is due now, once. */
  async deliverDue(): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retried: 0, failed: 0 };
    const claimed = await this.db.query<{ id: number; statement_id: string; statement: unknown; tries: number }>(
      `UPDATE xapi_outbox SET lease_until = $2::timestamptz, tries = tries + 1
        WHERE id IN (SELECT id FROM xapi_outbox
                      WHERE sent_at IS NULL AND failed_at IS NULL AND next_try_at <= $1::timestamptz
                        AND (lease_until IS NULL OR lease_until <= $1::timestamptz)
                      ORDER BY id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED)
        RETURNING id, statement_id, statement, tries`,
      [this.iso(), this.iso(LEASE_MS)],
    );
    for (const row of claimed.sort((a, b) => a.id - b.id)) {
      const error = await this.send(row.statement_id, row.statement);
      if (error === null) {
        await this.db.query('UPDATE xapi_outbox SET sent_at = $2::timestamptz, lease_until = NULL, last_error = NULL WHERE id = $1', [row.id, this.iso()]);
        report.sent++;
      } else if (row.tries >= this.config.maxTries) {
        await this.db.query('UPDATE xapi_outbox SET failed_at = $2::timestamptz, lease_until = NULL, last_error = $3 WHERE id = $1', [row.id, this.iso(), error]);
        report.failed++;
      } else {
        await this.db.query(
          'UPDATE xapi_outbox SET next_try_at = $2::timestamptz, lease_until = NULL, last_error = $3 WHERE id = $1',
          [row.id, this.iso(backoffMs(row.tries, this.config)), error],
        );
        report.retried++;
      }
    }
    return report;
  }

  /** null when the LRS took the statement. */
  private async send(statementId: string, statement: unknown): Promise<string | null> {
    const url = `${this.config.endpoint.replace(/\/+$/, '')}/statements?statementId=${encodeURIComponent(statementId)}`;
    try {
      const response = await fetch(url, {
        method: 'PUT',
        headers: {
          'Content-Type': 'application/json',
          'X-Experience-API-Version': '1.0.3',
          ...(this.config.auth ? { Authorization: this.config.auth } : {}),
        },
        body: JSON.stringify(statement),
        signal: AbortSignal.timeout(this.config.timeoutMs),
      });
      await response.arrayBuffer().catch(() => undefined);
      // 409: the LRS already holds a statement with this id, i.e. an earlier try got through.
      if (response.ok || response.status === 409) return null;
      return `LRS answered ${response.status}`;
    } catch (error) {
      return `LRS unreachable: ${error instanceof Error ? error.message : String(error)}`;
    }
  }

  /** Polls every `pollMs` until stop(); kick() runs a round at once, e.g. after an enqueue. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.schedule(0);
  }

  kick(): void {
    if (!this.stopped && this.running === null) this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.stopped || this.running) return;
      this.running = this.deliverDue().catch(() => ({ sent: 0, retried: 0, failed: 0 }));
      void this.running.then(() => {
        this.running = null;
        if (!this.stopped && this.timer === null) this.schedule(this.config.pollMs);
      });
    }, ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
