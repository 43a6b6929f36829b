// The due date of an assignment as the trainer types it (a date-and-time field in their own time
// zone, "2026-12-09T17:00") and as the API takes it (an ISO time with its offset), and the one
// the form suggests: a week from now at 17:00.
const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

const two = (n: number) => String(n).padStart(2, '0');

/** The field's value for a moment, in the browser's time zone, to the minute. */
export function dueFieldValue(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}T${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** The moment a field's value names in the browser's time zone, or null when it names none. */
export function dueFieldTime(value: string): number | null {
  const m = LOCAL.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  const d = new Date(year, month - 1, day, hour, minute, second);
  // Date rolls 31 February over into March: such a day is not a date.
  if (d.getFullYear() !== year || d.getMonth() !== month - 1 || d.getDate() !== day || d.getHours() !== hour || d.getMinutes() !== minute) return null;
  return d.getTime();
}

/** What the form suggests: seven days from now, at 17:00 that day. */
export function suggestedDue(now: number): number {
  const d = new Date(now + 7 * 24 * 60 * 60 * 1000);
  d.setHours(17, 0, 0, 0);
  return d.getTime();
}
