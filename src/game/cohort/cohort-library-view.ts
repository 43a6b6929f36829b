// What the cohort's library shows outside its own screens: the game told when its catalog or
// list changes (versions downloaded or withdrawn, assignments fetched, the membership changed),
// a notice when the trainer updated a scenario, and the badges on a card — which cohort published
// it, and its assignment's due date and status.
import type { Language } from '../../core/schemas/scenario-meta.ts';
import { h } from '../../ui-kit/dom.ts';
import { isOffered, type ScenarioEntry } from '../run/scenario-entry.ts';
import type { ExtensionHost } from '../shell/game-extension.ts';
import { assignmentBadge, assignmentFor } from './assignment-views.ts';
import type { CohortFeature } from './cohort-feature.ts';
import { cohortTranslator } from './cohort-strings.ts';
import './cohort.css';

type LibraryFeature = Pick<CohortFeature, 'library' | 'subscribe' | 'current'>;

/** Follows the library and the membership for the game; returns the unsubscribe. */
export function connectLibrary(feature: LibraryFeature, host: ExtensionHost): () => void {
  let member = feature.current?.traineeId ?? null;
  const stopMembership = feature.subscribe(() => {
    const now = feature.current?.traineeId ?? null;
    if (now === member) return;
    member = now;
    host.changed();
  });
  const stopLibrary = feature.library?.subscribe((change) => {
    if (change.catalog || change.assignments) host.changed();
    for (const title of change.updated) host.notify('info', (language) => cohortTranslator(language)('lib.updated', { title }));
  });
  return () => {
    stopMembership();
    stopLibrary?.();
  };
}

export function cardBadges(language: Language, feature: Pick<CohortFeature, 'assignments' | 'now'>, entry: ScenarioEntry): HTMLElement[] {
  if (!isOffered(entry)) return [];
  const t = cohortTranslator(language);
  const badges: HTMLElement[] = [];
  if (entry.cohort) {
    badges.push(h('span', { class: 'chip chip--cohort', 'data-cohort': entry.cohort.cohortId }, t('lib.from-trainer', { cohort: entry.cohort.cohortName })));
  }
  const assignment = assignmentFor(feature.assignments(), entry);
  if (assignment) badges.push(assignmentBadge(language, assignment, feature.now()));
  return badges;
}
