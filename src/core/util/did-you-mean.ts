// "Did you mean …?" for a mistyped id: the closest known id by edit distance, when it is close
// enough to be a likely typo rather than a different word.

/** Levenshtein distance, two rows at a time (ids are short, so this stays cheap). */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** The known id nearest to `value`, or null when none is within a third of its length (min 2). */
export function closestId(value: string, known: readonly string[]): string | null {
  const limit = Math.max(2, Math.floor(value.length / 3));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const id of known) {
    // A shared prefix word ("lscpa-…", "close-…") is a strong hint even when the rest differs more.
    const d = editDistance(value, id) - (id.split('-')[0] === value.split('-')[0] ? 1 : 0);
    if (d < bestDistance || (d === bestDistance && best !== null && id < best)) {
      best = id;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= limit ? best : null;
}

/** ` (did you mean "x"?)`, or an empty string. */
export function didYouMean(value: string, known: readonly string[]): string {
  const id = closestId(value, known);
  return id === null ? '' : `: did you mean "${id}"?`;
}
