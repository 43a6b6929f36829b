// The one query layer the server talks to: the same SQL runs on embedded PGlite and on PostgreSQL.
// Rows come back with int8 as number, timestamptz as ISO-8601 text and date as 'YYYY-MM-DD'.
export type Row = Record<string, unknown>;

export interface Queryable {
  query<R extends Row = Row>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Several statements, no parameters: migrations. */
  exec(sql: string): Promise<void>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /**
   * Why this database can no longer be trusted to keep what is written (the embedded database's
   * folder deleted, replaced or unwritable), or null while it can. Once set it stays set.
   */
  failure(): string | null;
  /** Called once, with the reason, when failure() becomes set. */
  onFailure(listener: (reason: string) => void): void;
}

/** A PostgreSQL error as both drivers report it, with its SQLSTATE code. */
export function sqlState(error: unknown): string | null {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return null;
}

export const UNIQUE_VIOLATION = '23505';
