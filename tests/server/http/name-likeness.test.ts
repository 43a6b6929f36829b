import { describe, expect, it } from 'vitest';
import { likeness, nameForms, skeleton } from '../../../src/server/http/name-likeness.ts';

const like = (a: string, b: string) => likeness(nameForms(a), nameForms(b));

describe('when two display names would pass for each other', () => {
  it('finds Latin names spelled with Cyrillic or Greek lookalikes', () => {
    expect(like('alice', '\u0430lice')).toBe('lookalike'); // Cyrillic а
    expect(like('Olivia', '\u039Flivia')).toBe('lookalike'); // Greek Ο
    expect(like('paul', 'p\u0430ul')).toBe('lookalike');
  });

  it('finds letters that only look alike in most fonts: capital I and small l, m and rn, digits', () => {
    expect(like('Alice', 'AIice')).toBe('lookalike');
    expect(like('lan', 'Ian')).toBe('lookalike');
    expect(like('Sam', 'Sarn')).toBe('lookalike');
    expect(like('Olivia', '0livia')).toBe('lookalike');
  });

  it('finds a lookalike of a name in another case: "АLICE" with a Cyrillic А against "alice"', () => {
    expect(like('alice', '\u0410LICE')).toBe('lookalike');
  });

  it('calls a change of case, width or spacing the same name', () => {
    expect(like('Wang Fang', 'wang  FANG')).toBe('same');
    expect(like('alice', '\uFF41\uFF4C\uFF49\uFF43\uFF45')).toBe('same'); // full-width letters
  });

  it('keeps Chinese names apart when their characters differ, however alike they sound', () => {
    expect(like('李雷', '李蕾')).toBeNull();
    expect(like('王芳', '汪芳')).toBeNull();
    expect(like('张伟', '張偉')).toBeNull();
    expect(like('李伟', '李伟')).toBe('same');
  });

  it('keeps ordinary different names apart', () => {
    expect(like('Ana', 'Ann')).toBeNull();
    expect(like('Li Wei', 'Li Wen')).toBeNull();
    expect(like('José', 'Jose')).toBeNull();
  });

  it('computes the UTS #39 skeleton: decomposed, mapped to prototypes, decomposed again', () => {
    expect(skeleton('\u0430lice')).toBe('alice');
    expect(skeleton('m')).toBe('rn');
    expect(skeleton('Jos\u00E9')).toBe('Jose\u0301');
  });
});
