// Text the server shows to other people (display names, cohort names): NFC-normalised, trimmed,
// and free of anything that renders as nothing or rearranges what is around it, so that two names
// that look the same are the same string, and a name cannot hide what it really says.
import { z } from 'zod';

// Control characters, format characters (zero-width spaces and joiners, bidi controls, tags:
// Unicode category Cf), lone surrogates, private-use and unassigned code points, line and
// paragraph separators, and every other default-ignorable code point (variation selectors, Hangul
// fillers, the combining grapheme joiner…): none of them shows as itself.
const HIDDEN = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/u;
// A name needs something a person can see; U+2800 is a braille pattern with no dots.
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;
const BLANK_BRAILLE = /\u2800/gu;

const KNOWN: Readonly<Record<number, string>> = {
  0x00ad: 'a soft hyphen',
  0x034f: 'a combining grapheme joiner',
  0x200b: 'a zero-width space',
  0x200c: 'a zero-width non-joiner',
  0x200d: 'a zero-width joiner',
  0x200e: 'a left-to-right mark',
  0x200f: 'a right-to-left mark',
  0x2060: 'a word joiner',
  0x3164: 'a Hangul filler',
  0xfeff: 'a zero-width no-break space',
};

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/** How to name a hidden character in an error: "a zero-width space (U+200B)". */
export function describeHidden(char: string): string {
  const cp = char.codePointAt(0) ?? 0;
  const known = KNOWN[cp];
  if (known) return `${known} (${hex(cp)})`;
  if (/\p{Cc}/u.test(char)) return `a control character (${hex(cp)})`;
  if (/[\u202A-\u202E\u2066-\u2069]/u.test(char)) return `a bidirectional control (${hex(cp)})`;
  if (/[\uFE00-\uFE0F\u{E0100}-\u{E01EF}\u180B-\u180D\u180F]/u.test(char)) return `a variation selector (${hex(cp)})`;
  if (/\p{Cs}/u.test(char)) return `a lone surrogate (${hex(cp)})`;
  if (/\p{Cn}/u.test(char)) return `a code point with no character assigned (${hex(cp)})`;
  if (/\p{Co}/u.test(char)) return `a private-use character (${hex(cp)})`;
  return `an invisible character (${hex(cp)})`;
}

/** The first character of `text` that does not show as itself, or null. */
export function firstHidden(text: string): string | null {
  return HIDDEN.exec(text)?.[0] ?? null;
}

export const shownText = (max: number) =>
  z.string()
    .transform((s) => s.normalize('NFC').trim())
    .pipe(z.string().min(1, 'must not be empty').max(max, `must be at most ${max} characters`)
      .superRefine((s, ctx) => {
        const hidden = firstHidden(s);
        if (hidden !== null) {
          ctx.addIssue({ code: 'custom', message: `must not contain ${describeHidden(hidden)}: type the name with visible characters only` });
        } else if (!VISIBLE.test(s.replace(BLANK_BRAILLE, ''))) {
          ctx.addIssue({ code: 'custom', message: 'must contain at least one visible letter, digit or symbol' });
        }
      }));
