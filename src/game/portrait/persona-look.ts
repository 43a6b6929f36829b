// How a persona looks, derived only from its scenario front matter, so the same customer looks
// the same in every language and on every run. The brief's pronouns and honorifics decide the
// presentation; the scenario id picks among the remaining variations.
import type { ScenarioMeta } from '../../core/schemas/scenario-meta.ts';

export type Presentation = 'feminine' | 'masculine' | 'neutral';
export type HairStyle = 'short' | 'side-part' | 'crop' | 'receding' | 'bob' | 'long' | 'bun';
export type Outfit = 'suit' | 'blazer' | 'shirt' | 'cardigan' | 'sweater' | 'hoodie';

export interface PersonaLook {
  presentation: Presentation;
  age: number;
  skin: number;
  hair: number;
  hairStyle: HairStyle;
  outfit: Outfit;
  outfitColor: number;
  /** Shirt, blouse or T-shirt under the outfit. */
  innerColor: number;
  tie: boolean;
  glasses: boolean;
  earrings: boolean;
  /** Soft colour behind the portrait. */
  backdrop: number;
}

type Look = Pick<ScenarioMeta, 'id' | 'persona' | 'personaAge' | 'personaRole' | 'personaStyle' | 'personaTier' | 'brief' | 'goal' | 'channel' | 'title'>;

const FEMININE = [
  /\b(she|her|hers|herself|mrs|ms|miss|madam|mother|mum|mom|wife|woman|lady|grandmother|grandma|daughter|aunt|sister|businesswoman)\b/gi,
  /她|女士|小姐|太太|阿姨|妈妈|母亲|女儿|奶奶|夫人|大姐|姐姐/g,
];
const MASCULINE = [
  /\b(he|him|his|himself|mr|sir|father|dad|husband|man|grandfather|grandpa|son|uncle|brother|businessman)\b/gi,
  /(?<!其)他(?!们)|先生|叔叔|爸爸|父亲|儿子|爷爷|大哥|哥哥/g,
];

const SKINS = [0xf6d7ba, 0xefc8a3, 0xe3b58e, 0xd09f74, 0xa9754d];
const DARK_HAIR = [0x1d1a19, 0x2b211c, 0x3a2a20, 0x4a3326];
const BOLD_HAIR = [0x6b3322, 0x5b3a63];

/** FNV-1a: a small stable hash, so the look never depends on Math.random. */
export function hashText(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T;
}

export function presentationOf(meta: Look): Presentation {
  const text = [meta.persona, meta.personaRole ?? '', meta.title, meta.goal ?? '', ...meta.brief].join(' \n ');
  const count = (patterns: RegExp[]): number => patterns.reduce((sum, p) => sum + (text.match(p)?.length ?? 0), 0);
  const f = count(FEMININE);
  const m = count(MASCULINE);
  if (f > m) return 'feminine';
  if (m > f) return 'masculine';
  return 'neutral';
}

export function personaLook(meta: Look): PersonaLook {
  const h = hashText(meta.id);
  const presentation = presentationOf(meta);
  const age = meta.personaAge ?? 40;
  const style = meta.personaStyle;
  const formal = meta.channel === 'key-account' || meta.personaTier === 'high';

  const hair = age >= 62 ? pick([0xd9d6d0, 0xbdb9b2], h) : age >= 50 ? pick([0x6d6862, 0x56514c], h) : style === 'expressive' ? pick(BOLD_HAIR, h >>> 3) : pick(DARK_HAIR, h >>> 3);
  const styles: HairStyle[] =
    presentation === 'feminine' ? (age >= 55 ? ['bob', 'bun'] : ['long', 'bob', 'bun'])
      : presentation === 'masculine' ? (age >= 55 ? ['receding', 'side-part', 'short'] : ['short', 'side-part', 'crop'])
        : ['crop', 'short', 'bob'];

  let outfit: Outfit;
  if (formal) outfit = 'suit';
  else if (style === 'driver') outfit = 'blazer';
  else if (style === 'analytical') outfit = 'shirt';
  else if (style === 'amiable') outfit = age >= 50 ? 'cardigan' : 'sweater';
  else outfit = age < 30 ? 'hoodie' : 'sweater';

  const outfitColors: Record<Outfit, number[]> = {
    suit: [0x1f2a44, 0x2d3142, 0x283d3b],
    blazer: [0x2f3e63, 0x3d2f4f, 0x23423d],
    shirt: [0xdfe9f5, 0xf1f1ec, 0xd7e4dc],
    cardigan: [0xb5694f, 0x8a6d4a, 0x6a7f5b],
    sweater: [0xe07a5f, 0x3d9a8b, 0xd9a441, 0x7b6fd0],
    hoodie: [0x4f7cac, 0xe85d75, 0x3c8d5a],
  };
  const outfitColor = pick(outfitColors[outfit], h >>> 7);
  const innerColor = outfit === 'shirt' ? outfitColor : outfit === 'suit' || outfit === 'blazer' ? pick([0xf4f6fa, 0xe7eef8], h >>> 9) : pick([0xf4efe6, 0xe9ecef], h >>> 9);

  return {
    presentation,
    age,
    skin: pick(SKINS, (h >>> 5) % 3),
    hair,
    hairStyle: pick(styles, h >>> 11),
    outfit,
    outfitColor,
    innerColor,
    tie: outfit === 'suit' && presentation !== 'feminine',
    glasses: style === 'analytical' || age >= 58 || (h >>> 13) % 5 === 0,
    earrings: presentation === 'feminine' && (h >>> 15) % 2 === 0,
    backdrop: pick([0xdfe8f7, 0xe6f2ee, 0xf5e9df, 0xece6f6], h >>> 17),
  };
}
