import { describe, expect, it } from 'vitest';
import { shownText } from '../../src/contract/shown-text.ts';

const Name = shownText(40);
const refusal = (input: string): string | null => {
  const r = Name.safeParse(input);
  return r.success ? null : r.error.issues[0]!.message;
};

describe('text shown to other people', () => {
  it('is NFC-normalised and trimmed, so one name has one spelling', () => {
    expect(Name.parse('  Jose\u0301 ')).toBe('Jos\u00E9');
    expect(Name.parse('\u3000李雷\u3000')).toBe('李雷');
  });

  it('refuses zero-width spaces, joiners and other invisible format characters, naming the one found', () => {
    expect(refusal('ali\u200Bce')).toBe('must not contain a zero-width space (U+200B): type the name with visible characters only');
    expect(refusal('ali\u200Dce')).toMatch(/zero-width joiner \(U\+200D\)/);
    expect(refusal('ali\u200Cce')).toMatch(/zero-width non-joiner/);
    expect(refusal('ali\u2060ce')).toMatch(/word joiner/);
    expect(refusal('ali\uFEFFce')).toMatch(/zero-width no-break space/);
    expect(refusal('ali\u00ADce')).toMatch(/soft hyphen/);
    expect(refusal('al\u034Fice')).toMatch(/combining grapheme joiner/);
    expect(refusal('\u3164')).toMatch(/Hangul filler/);
  });

  it('refuses bidi controls, direction marks and tag characters', () => {
    for (const c of ['\u202E', '\u202A', '\u2066', '\u2069']) expect(refusal(`rtl${c}evil`)).toMatch(/bidirectional control/);
    expect(refusal('a\u200Fb')).toMatch(/right-to-left mark/);
    expect(refusal('a\u{E0041}b')).toMatch(/invisible character \(U\+E0041\)/);
  });

  it('refuses variation selectors and other default-ignorable code points', () => {
    expect(refusal('alice\uFE0F')).toMatch(/a variation selector \(U\+FE0F\)/);
    expect(refusal('alice\u180B')).toMatch(/a variation selector \(U\+180B\)/);
    expect(refusal('alice\u115F')).toMatch(/invisible character \(U\+115F\)/); // Hangul choseong filler
  });

  it('refuses control characters, lone surrogates, private-use and unassigned code points, and line separators', () => {
    expect(refusal('bell\u0007')).toMatch(/control character \(U\+0007\)/);
    expect(refusal('nul\u0000')).toMatch(/U\+0000/);
    expect(refusal('\uD800')).toMatch(/lone surrogate/);
    expect(refusal('a\uE000')).toMatch(/private-use/);
    expect(refusal('a\u0378')).toMatch(/no character assigned/);
    expect(refusal('a\u2028b')).toMatch(/U\+2028/);
  });

  it('refuses a name with nothing to see', () => {
    expect(refusal('\u2800\u2800')).toBe('must contain at least one visible letter, digit or symbol');
    expect(refusal('\u0301\u0301')).toBe('must contain at least one visible letter, digit or symbol');
    expect(refusal('   ')).toBe('must not be empty');
  });

  it('keeps Chinese, accented and punctuated names', () => {
    for (const name of ['李雷', '李蕾', 'Bo 王', 'Zoë O\'Neil', 'Nguyễn Văn A', 'محمد', '=HYPERLINK("x")', '🙂 Sam']) {
      expect(refusal(name)).toBeNull();
    }
  });
});
