/**
 * Percentages: `26.05%`, `3‰`, `百分之二十六`, `千分之三` (0.3%), `百分之百`, `三分之一` (33.3…%), and tenths with 成
 * (`三成` = 30%, `一成七` = 17%, `三成半` = 35%, `9.5成` = 95%).
 */
import { FRACTION_OF, isOverMark, readNumeral, readNumeralEndingAt, readTenthsAt, roundValue, type NumeralMatch } from '../../numbers/numerals.js';
import { RANGE_JOINERS } from '../../numbers/ranges.js';
import { CodeUnitSet } from '../../lexicon/codeUnitSet.js';
import { PERCENT_SIGNS, fractionPrefixAt, type FractionPrefix } from '../../numbers/fractionWords.js';
import type { UnitReading } from '../types.js';
import { skipSpace } from './scale.js';
import type { UnitReaderSpec } from './types.js';
import { codeAt, isHan } from '../../codeAt.js';

export { FRACTION_PREFIXES, PERCENT_SIGNS, fractionPrefixAt, type FractionPrefix, type PercentSign } from '../../numbers/fractionWords.js';

/** The fraction prefix that ends right before a numeral starting at `start`. */
function fractionPrefixBefore(text: string, start: number): FractionPrefix | null {
  return start >= 3 ? fractionPrefixAt(text, start - 3) : null;
}

const RANGE_JOINER = new CodeUnitSet(RANGE_JOINERS);
/** What may follow the second end of a range that takes the first end's prefix: not a unit or word (`至三十名`). */
const RANGE_END_FOLLOWERS = new CodeUnitSet('的左以多余');

const LIST_COMMA = 0x3001; // 、

/**
 * `百分之二十至三十`, `百分之十、二十`: the second end of a range, or the next member of a list, takes
 * the fraction prefix of the one before, where the numeral ends the figure (punctuation, 的, 左右,
 * 以上 after it). A range rises.
 */
function fractionPrefixOfRange(text: string, n: NumeralMatch): FractionPrefix | null {
  const joiner = codeAt(text, n.start - 1);
  const inList = joiner === LIST_COMMA;
  if (!inList && !RANGE_JOINER.has(joiner)) return null;
  const next = codeAt(text, n.end);
  if (isHan(next) && !RANGE_END_FOLLOWERS.has(next)) return null;
  const first = readNumeralEndingAt(text, n.start - 1);
  if (!first || first.arabic !== n.arabic || (!inList && first.value >= n.value)) return null;
  return fractionPrefixBefore(text, first.start) ?? (inList ? fractionPrefixOfRange(text, first) : null);
}

const SIGN_FACTOR = new Map(PERCENT_SIGNS.map((p) => [p.sign.charCodeAt(0), p.toPercent]));
/** The signs as a bitset, tested before the map: after most numerals stands none. */
const SIGNS = new CodeUnitSet(PERCENT_SIGNS.map((p) => p.sign));
const PERCENT = 0x25; // % (a URL escape starts with it too)
const TENTHS = 0x6210; // 成
const isUpperHexDigit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46);

export const percentReader: UnitReaderSpec = {
  name: 'percent',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    const sign = codeAt(text, i);
    // `%E3%80%90` is URL encoding, not a percentage.
    if (sign === PERCENT && isUpperHexDigit(codeAt(text, i + 1)) && isUpperHexDigit(codeAt(text, i + 2))) return null;
    const factor = SIGNS.has(sign) ? SIGN_FACTOR.get(sign) : undefined;
    if (factor !== undefined) return { kind: 'percent', value: roundValue(n.value * factor), unit: '%', end: i + 1, approximate: undefined };
    const fraction = fractionPrefixBefore(text, n.start) ?? fractionPrefixOfRange(text, n);
    if (fraction) {
      // 百分之百 is 100% where it stands as a figure (`破案率达百分之百。`), not in 百分之百的努力.
      if (n.end - n.start === 1 && !n.arabic && n.value === 100 && isHan(codeAt(text, n.end))) return null;
      return { kind: 'percent', value: roundValue(n.value * fraction.toPercent), unit: '%', end: n.end, approximate: undefined };
    }
    if (sign === TENTHS) return readTenths(text, n, i);
    if (text.startsWith(FRACTION_OF, n.end)) return readFraction(text, n);
    return null;
  },
  examples: [
    ['全区刑事警情下降26.05%', '26.05%', 26.05, '%', null],
    ['酒驾比例为3‰', '3‰', 0.3, '%', null],
    ['万人发案率为3‱', '3‱', 0.03, '%', null],
    ['设备误报率低于亿分之一', '亿分之一', 0.000001, '%', null],
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
    // The second end of a range takes the first end's prefix.
    ['发案率下降百分之二十至三十。', '三十', 30, '%', null],
    ['两类案件分别下降百分之十、二十。', '二十', 20, '%', null],
  ],
  negatives: ['付出百分之百的努力', '三成群结队', '一成不变'],
};


function readFraction(text: string, n: NumeralMatch): UnitReading | null {
  const numerator = readNumeral(text, n.end + FRACTION_OF.length);
  if (!numerator || numerator.over || numerator.range || n.over || n.range || !Number.isInteger(n.value) || n.value < 2) return null;
  if (numerator.value <= 0 || numerator.value >= n.value) return null;
  return { kind: 'percent', value: (numerator.value / n.value) * 100, unit: '%', end: numerator.end, approximate: undefined };
}

/** 成 counts tenths (readTenthsAt), unless 成 starts a word (`一成不变`); 一成多 is over 10%. */
function readTenths(text: string, n: NumeralMatch, at: number): UnitReading | null {
  const tenths = readTenthsAt(text, n, at);
  if (!tenths) return null;
  const { percent: value, end } = tenths;
  // 一成不变, 三成群: 成 starts a word of its own.
  if (end === at + 1 && TENTHS_WORD.test(text.slice(end, end + 2))) return null;
  const over = isOverMark(codeAt(text, end));
  return { kind: 'percent', value, unit: '%', end: over ? end + 1 : end, approximate: over ? 'over' : undefined };
}

/** Words that start with 成 (成功, 成员, 成群, 一成不变): after them 成 is not a tenth. */
const TENTHS_WORD = /^(?:不变|[功立员果绩本效交品都熟群])/;
