/**
 * Percentages: `26.05%`, `3‰`, `百分之二十六`, `千分之三` (0.3%), `百分之百`, `三分之一` (33.3…%), and tenths with 成
 * (`三成` = 30%, `一成七` = 17%, `三成半` = 35%, `9.5成` = 95%).
 */
import { FRACTION_OF, isOverMark, readNumeral, readTenthsAt, roundValue, type NumeralMatch } from '../../numbers/numerals.js';
import { PERCENT_SIGNS, fractionPrefixAt, type FractionPrefix } from '../../numbers/fractionWords.js';
import type { UnitReading } from '../types.js';
import { skipSpace } from './scale.js';
import type { UnitReaderSpec } from './types.js';

export { FRACTION_PREFIXES, PERCENT_SIGNS, fractionPrefixAt, type FractionPrefix, type PercentSign } from '../../numbers/fractionWords.js';

/** The fraction prefix that ends right before a numeral starting at `start`. */
function fractionPrefixBefore(text: string, start: number): FractionPrefix | null {
  return start >= 3 ? fractionPrefixAt(text, start - 3) : null;
}

const SIGN_FACTOR = new Map(PERCENT_SIGNS.map((p) => [p.sign.charCodeAt(0), p.toPercent]));
const PERCENT = 0x25; // % (a URL escape starts with it too)
const TENTHS = 0x6210; // 成
const isUpperHexDigit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46);
const isCjk = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

export const percentReader: UnitReaderSpec = {
  name: 'percent',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    const sign = text.charCodeAt(i);
    // `%E3%80%90` is URL encoding, not a percentage.
    if (sign === PERCENT && isUpperHexDigit(text.charCodeAt(i + 1)) && isUpperHexDigit(text.charCodeAt(i + 2))) return null;
    const factor = SIGN_FACTOR.get(sign);
    if (factor !== undefined) return { kind: 'percent', value: roundValue(n.value * factor), unit: '%', end: i + 1 };
    const fraction = fractionPrefixBefore(text, n.start);
    if (fraction) {
      // 百分之百 is 100% where it stands as a figure (`破案率达百分之百。`), not in 百分之百的努力.
      if (n.end - n.start === 1 && !n.arabic && n.value === 100 && isCjk(text.charCodeAt(n.end))) return null;
      return { kind: 'percent', value: roundValue(n.value * fraction.toPercent), unit: '%', end: n.end };
    }
    if (sign === TENTHS) return readTenths(text, n, i);
    if (text.startsWith(FRACTION_OF, n.end)) return readFraction(text, n);
    return null;
  },
  examples: [
    ['全区刑事警情下降26.05%', '26.05%', 26.05, '%', null],
    ['酒驾比例为3‰', '3‰', 0.3, '%', null],
    ['万人发案率为3‱', '3‱', 0.03, '%', null],
    ['盗窃案件下降百分之二十六', '百分之二十六', 26, '%', null],
    ['受理量上升百分之一百二十点五', '百分之一百二十点五', 120.5, '%', null],
    ['事故死亡率为千分之三', '千分之三', 0.3, '%', null],
    ['命案破案率达百分之百。', '百分之百', 100, '%', null],
    ['侵财案件下降一成七', '一成七', 17, '%', null],
    ['电诈案件下降三成半', '三成半', 35, '%', null],
    ['群众知晓率达9.5成', '9.5成', 95, '%', null],
    ['七八成的线索来自群众', '七八成', 70, '%', 'about'],
    ['缴获毒品约占总量的三分之一', '三分之一', 33.3333333333, '%', null],
    ['约占十分之一', '十分之一', 10, '%', null],
    // A Chinese numeral before 百分之 / 万分之 is the denominator.
    ['事故发生概率为十万分之一', '十万分之一', 0.001, '%', null],
    ['占比四百分之一', '四百分之一', 0.25, '%', null],
    ['测量误差为百万分之五', '百万分之五', 0.0005, '%', null],
  ],
  negatives: ['付出百分之百的努力', '三成群结队', '一成不变'],
};


function readFraction(text: string, n: NumeralMatch): UnitReading | null {
  const numerator = readNumeral(text, n.end + FRACTION_OF.length);
  if (!numerator || numerator.over || numerator.range || n.over || n.range || !Number.isInteger(n.value) || n.value < 2) return null;
  if (numerator.value <= 0 || numerator.value >= n.value) return null;
  return { kind: 'percent', value: (numerator.value / n.value) * 100, unit: '%', end: numerator.end };
}

/** 成 counts tenths (readTenthsAt), unless 成 starts a word (`一成不变`); 一成多 is over 10%. */
function readTenths(text: string, n: NumeralMatch, at: number): UnitReading | null {
  const tenths = readTenthsAt(text, n, at);
  if (!tenths) return null;
  const { percent: value, end } = tenths;
  // 一成不变, 三成群: 成 starts a word of its own.
  if (end === at + 1 && TENTHS_WORD.test(text.slice(end, end + 2))) return null;
  const over = isOverMark(text.charCodeAt(end));
  return { kind: 'percent', value, unit: '%', end: over ? end + 1 : end, approximate: over ? 'over' : undefined };
}

/** Words that start with 成 (成功, 成员, 成群, 一成不变): after them 成 is not a tenth. */
const TENTHS_WORD = /^(?:不变|[功立员果绩本效交品都熟群])/;
