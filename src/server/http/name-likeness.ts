// When two display names would pass for each other: the same name in another case or spacing, or
// names whose Unicode confusable skeletons (UTS #39, section 4) are equal — "alice" and "аlice"
// with a Cyrillic а, "Ian" and "lan", "m" and "rn". The skeleton maps each character to its
// prototype in Unicode's confusables.txt, which the `unhomoglyph` package carries as data; Han
// characters map to themselves, so 李雷 and 李蕾 stay two people.
import unhomoglyph from 'unhomoglyph';

/** The name folded for the "same name" rule, stored as trainees.name_key (unique per cohort). */
export const nameKey = (name: string): string => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ');

/** skeleton(X) = NFD(map(NFD(X))), as UTS #39 defines it; not for showing, only for comparing. */
export const skeleton = (text: string): string => unhomoglyph(text.normalize('NFD')).normalize('NFD');

export interface NameForms {
  /** The same-name fold (case, width, spacing). */
  key: string;
  /** The name as typed, by the shapes of its letters: "AIice" (capital i) is "Alice". */
  shape: string;
  /** The folded name by shapes: "АLICE" (Cyrillic А) is "alice". */
  foldedShape: string;
}

export function nameForms(name: string): NameForms {
  const key = nameKey(name);
  return { key, shape: skeleton(name), foldedShape: skeleton(key) };
}

/** 'same' when the names fold to one, 'lookalike' when only their shapes agree, null when they differ. */
export function likeness(a: NameForms, b: NameForms): 'same' | 'lookalike' | null {
  if (a.key === b.key) return 'same';
  return a.shape === b.shape || a.foldedShape === b.foldedShape ? 'lookalike' : null;
}
