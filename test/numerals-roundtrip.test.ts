/**
 * Round trips through the numeral reader: integers written the standard Chinese way (with 零 where
 * a place is empty, 十 for 一十 at the start, financial forms, 两 for a leading 2 before 千/万/亿)
 * and the colloquial elided form (四百五, 一万三) read back as the same number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseNumeral } from '../src/numbers/numerals.js';

const DIGITS = '零一二三四五六七八九';
const FINANCIAL = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '十', '百', '千'];
const FINANCIAL_PLACES = ['', '拾', '佰', '仟'];

/** 0 < n < 10000, with 零 for empty places between non-zero ones. */
function section(n: number, digits: string, places: string[], leadingTen: boolean): string {
  const ds = String(n).padStart(4, '0').split('').map(Number);
  let out = '';
  let zero = false;
  let started = false;
  for (let i = 0; i < 4; i++) {
    const d = ds[i];
    const place = places[3 - i];
    if (d === 0) { if (started) zero = true; continue; }
    if (zero) { out += digits[0]; zero = false; }
    // 十二, not 一十二, when the section is the whole number's head.
    out += leadingTen && !started && place === places[1] && d === 1 ? place : digits[d] + place;
    started = true;
  }
  return out;
}

/** Standard Chinese for 0 < n < 1e12. */
function chinese(n: number, financial = false): string {
  const digits = financial ? FINANCIAL : DIGITS;
  const places = financial ? FINANCIAL_PLACES : PLACES;
  const parts: Array<[number, string]> = [[Math.floor(n / 1e8), '亿'], [Math.floor(n / 1e4) % 1e4, '万'], [n % 1e4, '']];
  let out = '';
  let needZero = false;
  for (const [v, unit] of parts) {
    if (v === 0) { if (out) needZero = true; continue; }
    if (out && (needZero || v < 1000)) out += digits[0];
    out += section(v, digits, places, out === '') + unit;
    needZero = false;
  }
  return out;
}

describe('numerals written the standard way read back as their value', () => {
  it('a fixed table of the renderer agrees with hand-written forms', () => {
    expect(chinese(1012)).toBe('一千零一十二');
    expect(chinese(10012)).toBe('一万零一十二');
    expect(chinese(100050000)).toBe('一亿零五万');
    expect(chinese(12)).toBe('十二');
    expect(chinese(1050, true)).toBe('壹仟零伍拾');
  });

  it('integers up to 1e12, plain and financial', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), fc.boolean(), (n, financial) => {
      expect(parseNumeral(chinese(n, financial))).toBe(n);
    }), { numRuns: 2000 });
  });

  it('the elided form of a round number: 四百五 = 450, 一万三 = 13000, 三千二 = 3200', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(100, 1000, 10000, 1e8), (a, b, unit) => {
      const written = DIGITS[a] + { 100: '百', 1000: '千', 10000: '万', 1e8: '亿' }[unit] + DIGITS[b];
      expect(parseNumeral(written)).toBe(a * unit + b * (unit / 10));
    }), { numRuns: 300 });
  });
});
