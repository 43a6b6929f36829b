// The job id a message across the thread boundary carries, read before the message is trusted:
// a malformed job or answer can still be matched to the job it is about.
export function messageId(raw: unknown): number | null {
  return typeof raw === 'object' && raw !== null && 'id' in raw && typeof raw.id === 'number' ? raw.id : null;
}
