// Simulated speaking time of a line, so the call timer is part of the deterministic replay rather
// than the wall clock: about 4 Chinese characters or 2.5 English words a second, plus a pause.
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

export function speechSeconds(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').split(/\s+/).filter((w) => /\w/.test(w)).length;
  return Math.round(1 + cjk / 4 + words / 2.5);
}
