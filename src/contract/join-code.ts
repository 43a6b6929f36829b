// A cohort's join code: 8 letters and digits from an alphabet without look-alikes, accepted in
// any case, with spaces or a hyphen ("abcd-efgh"), because codes are read aloud and typed from slides.

// No 0/O, 1/I/L.
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const JOIN_CODE = new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`);

/** Accepts "abcd-efgh", "ABCD EFGH" and the like. */
export function normaliseJoinCode(input: string): string {
  return input.replace(/[\s-]/g, '').toUpperCase();
}
