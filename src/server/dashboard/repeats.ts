// Identical re-submissions: the same play (trainee, mode, scenario version, choices and verified
// result: attempts.play_key, migration 003) sent again under a new idempotency key, with or
// without another seed. Each play counts once in every count and average the trainer sees, so
// re-sending a good run cannot raise a trainee's average; the attempt list still shows the
// repeats, each naming the earliest submission of its play. The dashboard queries group the
// attempts by play_key first (one hash aggregate: about the cost of the plain scan), rather than
// asking of each attempt whether an earlier one exists (three to four times slower at 100k).

/** SQL true for the attempt (alias `a`) that is the earliest of its play among `scope` (a WHERE over `r`). */
export const firstOfItsPlay = (a: string, scope: string): string =>
  `${a}.seq IN (SELECT min(r.seq) FROM attempts r WHERE ${scope} GROUP BY r.play_key)`;

/** SQL for the id of the earliest attempt of the same play when `a` is a repeat of it, else null. */
export const repeatOf = (a = 'a'): string =>
  `(SELECT r.id FROM attempts r WHERE r.play_key = ${a}.play_key AND r.seq < ${a}.seq ORDER BY r.seq LIMIT 1)`;
