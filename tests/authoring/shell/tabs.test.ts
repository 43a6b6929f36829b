import { describe, expect, it } from 'vitest';
import { perTab, tabAfterKey, tabForDigit, TABS } from '../../../src/authoring/shell/tabs.ts';

describe('the Studio\'s tabs', () => {
  it('move with the arrow keys round the ends, and to the first and last with Home and End', () => {
    expect(tabAfterKey('ArrowRight', 'report')).toBe('play');
    expect(tabAfterKey('ArrowRight', 'library')).toBe('report');
    expect(tabAfterKey('ArrowLeft', 'report')).toBe('library');
    expect(tabAfterKey('Home', 'map')).toBe('report');
    expect(tabAfterKey('End', 'play')).toBe('library');
    expect(tabAfterKey('Enter', 'play')).toBeUndefined();
  });

  it('open with Alt and the digit of their place, whatever the keyboard layout types', () => {
    expect(['Digit1', 'Digit2', 'Digit3', 'Digit4'].map(tabForDigit)).toEqual([...TABS]);
    expect(tabForDigit('Digit5')).toBeUndefined();
    expect(tabForDigit('KeyA')).toBeUndefined();
  });

  it('has one of something per tab', () => {
    expect(Object.keys(perTab((tab) => tab.length))).toEqual([...TABS]);
  });
});
