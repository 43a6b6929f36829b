// A fresh idempotency key for a run: made once when the run starts and kept with its queued inputs.
// getRandomValues, unlike randomUUID, also works on pages served over plain http on a LAN.

export function newIdempotencyKey(prefix = 'run'): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}
