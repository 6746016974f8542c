/**
 * Round trips through the numeral reader: integers written the standard Chinese way (with 零 where
 * a place is empty, 十 for 一十 at the start, financial forms, 两 for a leading 2 before 千/万/亿)
 * and the colloquial elided form (四百五, 一万三) read back as the same number.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { parseNumeral } from '../src/numbers/numerals.js';

const DIGITS = '零一二三四五六七八九';
const FINANCIAL = '零壹贰叁肆伍陆柒捌玖';
const PLACES = ['', '十', '百', '千'];
const FINANCIAL_PLACES = ['', '拾', '佰', '仟'];

/** 0 < n < 10000, with 零 for empty places between non-zero ones; `liang`: 两 for a 2 before 百 and 千. */
function section(n: number, digits: string, places: string[], leadingTen: boolean, liang = false): string {
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
    const digit = liang && d === 2 && i < 2 ? '两' : digits[d];
    out += leadingTen && !started && place === places[1] && d === 1 ? place : digit + place;
    started = true;
  }
  return out;
}

interface Style { financial?: boolean; liang?: boolean; traditional?: boolean; arabicHead?: boolean }

/**
 * Standard Chinese for 0 < n < 1e12: financial forms, 两 for a 2 before 百/千, 萬/億, or the
 * highest section in Arabic digits (`2326万七千三百零八`).
 */
function chinese(n: number, style: Style | boolean = {}): string {
  const { financial = false, liang = false, traditional = false, arabicHead = false } = typeof style === 'boolean' ? { financial: style } : style;
  const digits = financial ? FINANCIAL : DIGITS;
  const places = financial ? FINANCIAL_PLACES : PLACES;
  const parts: Array<[number, string]> = [[Math.floor(n / 1e8), traditional ? '億' : '亿'], [Math.floor(n / 1e4) % 1e4, traditional ? '萬' : '万'], [n % 1e4, '']];
  let out = '';
  let needZero = false;
  for (const [v, unit] of parts) {
    if (v === 0) { if (out) needZero = true; continue; }
    if (out && (needZero || v < 1000)) out += digits[0];
    // Above 亿 the count of 亿 is itself written with 万 (一千二百三十四万五千六百七十八亿).
    const written = v >= 1e4 ? chinese(v, { financial, liang, traditional }) : section(v, digits, places, out === '', liang);
    out += (arabicHead && out === '' && unit ? String(v) : written) + unit;
    needZero = false;
  }
  return out;
}

/** 0 ≤ n < 1000 with a decimal part written digit by digit after 点 (`一百二十点零五`). */
function chineseDecimal(whole: number, fraction: string): string {
  return (whole === 0 ? '零' : chinese(whole)) + '点' + [...fraction].map((d) => DIGITS[Number(d)]).join('');
}

describe('numerals written the standard way read back as their value', () => {
  it('a fixed table of the renderer agrees with hand-written forms', () => {
    expect(chinese(1012)).toBe('一千零一十二');
    expect(chinese(10012)).toBe('一万零一十二');
    expect(chinese(100050000)).toBe('一亿零五万');
    expect(chinese(12)).toBe('十二');
    expect(chinese(1050, true)).toBe('壹仟零伍拾');
    expect(chinese(1234567800000000)).toBe('一千二百三十四万五千六百七十八亿');
    expect(chinese(1000000000001)).toBe('一万亿零一');
  });

  it('integers up to 1e12, plain and financial', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), fc.boolean(), (n, financial) => {
      expect(parseNumeral(chinese(n, financial))).toBe(n);
    }), { numRuns: 2000 });
  });

  it('integers with 两, 萬/億 and an Arabic highest section', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), fc.boolean(), fc.boolean(), fc.boolean(), (n, liang, traditional, arabicHead) => {
      expect(parseNumeral(chinese(n, { liang, traditional, arabicHead }))).toBe(n);
    }), { numRuns: 2000 });
  });

  it('integers above 万亿 (the count of 亿 written with 万)', () => {
    fc.assert(fc.property(fc.integer({ min: 1e12, max: 2 ** 53 - 1 }), fc.boolean(), (n, liang) => {
      expect(parseNumeral(chinese(n, { liang }))).toBe(n);
    }), { numRuns: 1000 });
  });

  it('sparse integers (many 零) in every style', () => {
    // Digits 0 or 1-9 at random places: long runs of empty places need 零 in the right spots.
    const sparse = fc.array(fc.integer({ min: 0, max: 9 }).map((d) => (d < 6 ? 0 : d)), { minLength: 1, maxLength: 15 })
      .map((ds) => Number(ds.join('')) || 1);
    fc.assert(fc.property(sparse, fc.boolean(), fc.boolean(), (n, liang, financial) => {
      expect(parseNumeral(chinese(n, { liang, financial }))).toBe(n);
    }), { numRuns: 2000 });
  });

  it('decimals written with 点, and with a sign', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), fc.stringMatching(/^[0-9]{1,6}$/), fc.boolean(), (whole, fraction, negative) => {
      const value = Number(`${whole}.${fraction}`);
      expect(parseNumeral((negative ? '负' : '') + chineseDecimal(whole, fraction))).toBe(negative ? -value : value);
    }), { numRuns: 1000 });
  });

  it('a decimal times 万, 亿 or 万亿 is the decimal value shifted, without binary noise', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 9999 }), fc.stringMatching(/^[0-9]{1,4}$/), fc.constantFrom(['万', 4], ['亿', 8], ['万亿', 12]), fc.boolean(),
      (whole, fraction, [unit, places], arabic) => {
        // The exact value, from the decimal string: 78.1亿 = 7810000000.
        const digits = `${whole}${fraction.padEnd(places, '0')}`;
        const exact = Number(`${digits.slice(0, digits.length - Math.max(0, fraction.length - places))}.${fraction.slice(places) || '0'}`);
        const written = (arabic ? `${whole}.${fraction}` : chineseDecimal(whole, fraction)) + unit;
        expect(parseNumeral(written)).toBe(exact);
      }), { numRuns: 1000 });
  });

  it('a part of a whole: 百分之 / % / 千分之 / 成 give the plain number', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 200 }), (n) => {
      expect(parseNumeral(`百分之${chinese(n) || '零'}`)).toBe(n / 100);
      expect(parseNumeral(`${n}%`)).toBe(n / 100);
      expect(parseNumeral(`千分之${chinese(n) || '零'}`)).toBe(n / 1000);
    }), { numRuns: 200 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), (tenths, hundredths) => {
      expect(parseNumeral(`${DIGITS[tenths]}成${DIGITS[hundredths]}`)).toBe((tenths * 10 + hundredths) / 100);
    }), { numRuns: 100 });
  });

  it('fractions: 分之 and 又 give one division', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }), (whole, denominator, numerator) => {
      const fraction = `${chinese(denominator)}分之${chinese(numerator) || '零'}`;
      expect(parseNumeral(fraction)).toBe(numerator / denominator);
      if (whole > 0) expect(parseNumeral(`${chinese(whole)}又${fraction}`)).toBe((whole * denominator + numerator) / denominator);
      expect(parseNumeral(`${numerator}/${denominator}`)).toBe(numerator / denominator);
    }), { numRuns: 500 });
  });

  it('the elided form of a round number: 四百五 = 450, 一万三 = 13000, 三千二 = 3200', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9 }), fc.integer({ min: 1, max: 9 }), fc.constantFrom(100, 1000, 10000, 1e8), (a, b, unit) => {
      const written = DIGITS[a] + { 100: '百', 1000: '千', 10000: '万', 1e8: '亿' }[unit] + DIGITS[b];
      expect(parseNumeral(written)).toBe(a * unit + b * (unit / 10));
    }), { numRuns: 300 });
  });

  it('through parse(): a count, an amount of money and a percentage keep the written value', () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 999_999_999_999 }), fc.boolean(), fc.boolean(), (n, liang, arabicHead) => {
      const written = chinese(n, { liang, arabicHead });
      const metrics = (s: string) => parse(s).metrics.map((m) => [m.kind, m.text, m.value, m.unit]);
      expect(metrics(`今年以来共抓获犯罪嫌疑人${written}名，`)).toEqual([['count', `${written}名`, n, '名']]);
      expect(metrics(`涉案金额${written}元。`)).toEqual([['money', `${written}元`, n, 'CNY']]);
    }), { numRuns: 300 });
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), fc.stringMatching(/^[1-9]{1,2}$/), (whole, fraction) => {
      const written = `百分之${chineseDecimal(whole, fraction)}`;
      expect(parse(`刑事警情同比下降${written}。`).metrics.map((m) => [m.kind, m.text, m.value])).toEqual([['percent', written, Number(`${whole}.${fraction}`)]]);
    }), { numRuns: 200 });
  });
});
