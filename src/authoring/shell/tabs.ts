// The Studio's router: which side tab is open. The tabs are the Studio's screens (report,
// play-test, branch map, library); there is no URL route, the page always opens on the report.
export type Tab = 'report' | 'play' | 'map' | 'library';
export const TABS: readonly Tab[] = ['report', 'play', 'map', 'library'];

/** The tab an arrow, Home or End key moves to from `tab` (the tablist pattern), if any. */
export function tabAfterKey(key: string, tab: Tab): Tab | undefined {
  const i = TABS.indexOf(tab);
  if (key === 'ArrowRight') return TABS[(i + 1) % TABS.length];
  if (key === 'ArrowLeft') return TABS[(i + TABS.length - 1) % TABS.length];
  if (key === 'Home') return TABS[0];
  if (key === 'End') return TABS[TABS.length - 1];
  return undefined;
}

/** Alt+1…4 opens the tab at that place; `code` is the key's code (Digit1…). */
export function tabForDigit(code: string): Tab | undefined {
  const digit = /^Digit([1-4])$/.exec(code);
  return digit ? TABS[Number(digit[1]) - 1] : undefined;
}

/** One of something for each tab (its button, its panel). */
export function perTab<T>(make: (tab: Tab) => T): Record<Tab, T> {
  return { report: make('report'), play: make('play'), map: make('map'), library: make('library') };
}
