// Where the trainer is on the dashboard, kept in the address's fragment ("#trainees",
// "#trainees/attempt/<id>") so that a reload, or a link the trainer keeps, reopens the same
// section and the same transcript. Anything unreadable is the overview.
export const TAB_KEYS = ['overview', 'trainees', 'assignments', 'decisions', 'scenarios'] as const;
export type TabKey = (typeof TAB_KEYS)[number];

export interface DashboardPlace {
  tab: TabKey;
  /** The attempt whose transcript is open, or null for the section itself. */
  attemptId: string | null;
}

/** What reads and writes the fragment: the page's main.ts gives the browser's address. */
export interface PlaceStore {
  read(): string;
  write(fragment: string): void;
}

const isTab = (value: string): value is TabKey => (TAB_KEYS as readonly string[]).includes(value);
// Attempt ids are the server's UUIDs; nothing else is taken from the address.
const ATTEMPT_ID = /^[0-9A-Za-z-]{1,64}$/;

export function readPlace(fragment: string): DashboardPlace {
  const [tab = '', kind, id] = fragment.replace(/^#/, '').split('/');
  if (!isTab(tab)) return { tab: 'overview', attemptId: null };
  const attemptId = kind === 'attempt' && id !== undefined && ATTEMPT_ID.test(id) ? id : null;
  return { tab, attemptId };
}

export function placeFragment(place: DashboardPlace): string {
  return place.attemptId === null ? `#${place.tab}` : `#${place.tab}/attempt/${place.attemptId}`;
}
