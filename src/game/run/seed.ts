// Seeds for runs: a fresh one from the browser's CSPRNG per run, or a fixed one from the URL
// (?seed=N) so a trainer can reproduce a run exactly. Seeds fit ReplayInputs (0 … 2^31−1).
const MAX_SEED = 2 ** 31 - 1;

export type SeedSource = () => number;

export function cryptoSeed(fill: (buffer: Uint32Array<ArrayBuffer>) => Uint32Array<ArrayBuffer>): SeedSource {
  return () => (fill(new Uint32Array(1))[0] ?? 0) & MAX_SEED;
}

export function parseSeed(text: string | null): number | null {
  if (text === null || !/^\d{1,10}$/.test(text)) return null;
  const n = Number(text);
  return n <= MAX_SEED ? n : null;
}
