/**
 * Physical quantities: mass normalized to kg (`12.5千克`, `16.5吨`, `500克`, `近6千公克`, `2mg`),
 * other units as written (`3亩`, `800公里`, `25cm`, `3000升`), halves after the unit (`一吨半`)
 * and a smaller unit after 斤 (`六斤八两` = 3.4 kg).
 */
import { rowsAt } from '../../lexicon/codeIndex.js';
import { PHYSICAL_UNITS, PHYSICAL_UNITS_BY_FIRST } from '../../lexicon/units.js';
import { alternation } from '../../lexicon/alternation.js';
import { chineseDigitValue, isChineseNumeralCode, isOverMark, type NumeralMatch } from '../../numbers/numerals.js';
import { MEASURE_WORDS, MEASURE_WORDS_BY_FIRST } from '../../lexicon/measureWords.js';
import type { UnitReading } from '../types.js';
import { readSubUnits } from './subUnits.js';
import { halfAfter, readScale } from './scale.js';
import type { UnitReaderSpec } from './types.js';
import { codeAt, isHan } from '../../codeAt.js';

/** What may follow a Latin unit (`350g,` `7kg的冰毒` `50g左右`): the end, a non-letter, or a word that closes the quantity. */
const LATIN_UNIT_FOLLOWER = /^(?:$|[^A-Za-z0-9\u4e00-\u9fff²³]|[的和及、与]|左右|以上|以下|上下|以内|多)/;
const isLatin = (word: string): boolean => /^[a-z]/i.test(word);
/** The denominator of a rate after a unit: `/100ml`, `/h`, `/100毫升`, `/小时`. */
const PER_UNIT = new RegExp(`/\\d*(?:[a-z]+|${alternation([
  ...PHYSICAL_UNITS.map((u) => u.word).filter((w) => !isLatin(w)),
  ...MEASURE_WORDS.filter((m) => m.duration).map((m) => m.word),
])})(?![a-z])`, 'iy');

export const quantityReader: UnitReaderSpec = {
  name: 'quantity',
  read({ text }, n): UnitReading | null {
    const { end: k, factor, approximate } = readScale(text, n.end);
    for (const u of rowsAt(PHYSICAL_UNITS_BY_FIRST, text, k)) {
      if (!text.startsWith(u.word, k)) continue;
      const end = k + u.word.length;
      if (codeAt(text, end) === 0x6b21 /* 次 */) return null; // 100吨次 is a count of loads
      if (u.alsoNumeral && !numeralBeforeUnit(text, n.start, n.end, end)) return null;
      // 156mg/100ml, 120km/h: a rate (a concentration, a speed) keeps its whole unit as written, never a mass.
      PER_UNIT.lastIndex = end;
      if (PER_UNIT.test(text)) return { kind: 'quantity', value: n.value * factor, unit: text.slice(k, PER_UNIT.lastIndex), end: PER_UNIT.lastIndex, approximate };
      // Latin units must not run into a following word (`kgs`, `5g网络`): after them comes punctuation,
      // a space or a Chinese word that cannot continue the unit (的, 左右, 以上 …).
      if (isLatin(u.word) && (text[k - 1] === ' ' || !LATIN_UNIT_FOLLOWER.test(text.slice(end, end + 2)))) continue;
      if (u.decimalsAfter && factor === 1) {
        const decimals = decimalsAfter(text, end, n.value);
        if (decimals) return { kind: 'quantity', value: decimals.value * u.factor, unit: u.unit, end: decimals.end, approximate };
      }
      const half = halfAfter(text, end, n.value, factor);
      if (half > 0) return { kind: 'quantity', value: (n.value + 0.5) * u.factor, unit: u.unit, end: half, approximate };
      const sub = u.subUnits && factor === 1 ? readSubUnits(text, end, u.subUnits) : null;
      const value = n.value * factor * u.factor + (sub?.value ?? 0);
      // 两吨多, 1.5千克余: 多/余 after the unit where the quantity ends makes it a lower bound.
      if (!sub && !approximate && overAfterUnit(text, end)) return { kind: 'quantity', value, unit: u.unit, end: end + 1, approximate: 'over' };
      return { kind: 'quantity', value, unit: u.unit, end: sub?.end ?? end, approximate };
    }
    return null;
  },
  examples: [
    ['缴获冰毒12.5千克', '12.5千克', 12.5, 'kg', null],
    ['查扣各式毒品近6千公克', '近6千公克', 6, 'kg', 'nearly'],
    ['查获芬太尼2mg', '2mg', 0.000002, 'kg', null],
    ['缴获毒品一吨半', '一吨半', 1500, 'kg', null],
    ['称得野生甲鱼六斤八两', '六斤八两', 3.4, 'kg', null],
    ['称得野生甲鱼六斤八。', '六斤八', 3.4, 'kg', null],
    ['查获冰毒两吨多，', '两吨多', 2000, 'kg', 'over'],
    ['查获冰毒1.5千克余。', '1.5千克余', 1.5, 'kg', 'over'],
    ['查获钻石5克拉', '5克拉', 0.001, 'kg', null],
    ['查获野生鱼类200市斤', '200市斤', 100, 'kg', null],
    ['查获黄金3两。', '3两', 0.15, 'kg', null],
    ['缴获冰毒半公斤', '半公斤', 0.5, 'kg', null],
    ['查获野生鱼类近半吨，', '近半吨', 500, 'kg', 'nearly'],
    ['刀刃长半米', '半米', 0.5, '米', null],
    ['查获冰毒二两多，', '二两多', 0.1, 'kg', 'over'],
    ['缴获毒品十点五公斤', '十点五公斤', 10.5, 'kg', null],
    ['查獲大麻一點一公斤', '一點一公斤', 1.1, 'kg', null],
    ['管制刀具刀长25cm', '25cm', 25, 'cm', null],
    ['刀刃长15公分', '15公分', 15, '公分', null],
    ['查获止咳水500ml', '500ml', 500, 'ml', null],
    ['查获工业酒精3000升', '3000升', 3000, '升', null],
    ['嫌疑人身高1米75左右', '1米75左右', 1.75, '米', 'about'],
    ['嫌疑人身高一米七五', '一米七五', 1.75, '米', null],
    ['围墙长2米3处破损', '2米', 2, '米', null],
    ['血液酒精含量为156mg/100ml', '156mg/100ml', 156, 'mg/100ml', null],
    ['车速达到120km/h', '120km/h', 120, 'km/h', null],
    ['血液中乙醇含量为85毫克/100毫升', '85毫克/100毫升', 85, '毫克/100毫升', null],
  ],
  negatives: ['5g网络', '3M公司', '2mgs', '面积100m2', '三三两两', '两两一组', '一两天', '一两个月', '三两人', '3两人', '半年来', '半分钟内', '半斤八两', '一半公斤', '半天', '大半公斤', '过半米'],
};

/**
 * `1米75`, `一米七五`: one or two digits right after the unit are its decimals, when neither a
 * numeral nor a unit or measure word follows them (`2米3处` is 2 米 and 3 处). Null otherwise.
 */
function decimalsAfter(text: string, at: number, whole: number): { value: number; end: number } | null {
  if (!Number.isInteger(whole) || whole > 9) return null;
  let frac = '';
  let end = at;
  const arabic = isAsciiDigit(codeAt(text, at));
  while (end - at < 3) {
    const code = codeAt(text, end);
    const digit = arabic ? (isAsciiDigit(code) ? code - 0x30 : -1) : chineseDigitValue(code);
    if (digit < 0) break;
    frac += String(digit);
    end++;
  }
  if (frac.length === 0 || frac.length > 2) return null;
  const next = codeAt(text, end);
  if (isChineseNumeralCode(next) || isAsciiDigit(next) || PHYSICAL_UNITS_BY_FIRST.has(next) || MEASURE_WORDS_BY_FIRST.has(next)) return null;
  return { value: Number(`${whole}.${frac}`), end };
}

/**
 * A unit that is also a numeral (两) follows a numeral ending at `numEnd`, not a numeral of its own:
 * the numeral is not a run of Chinese digits (`三三两两`) and what follows is no 两, 个, numeral or
 * measure word (`两两一组`, `一两个`, `3两人`).
 */
function numeralBeforeUnit(text: string, numStart: number, numEnd: number, unitEnd: number): boolean {
  for (let i = numStart + 1; i < numEnd; i++) if (chineseDigitValue(codeAt(text, i)) >= 0 && chineseDigitValue(codeAt(text, i - 1)) >= 0) return false;
  const next = codeAt(text, unitEnd);
  return !isChineseNumeralCode(next) && !isAsciiDigit(next) && !MEASURE_WORDS_BY_FIRST.has(next);
}

const HALF = 0x534a; // 半
/** 大半, 过半, 多半 are "most of", "over half", "mostly": no half of a unit. */
const NOT_HALF_AFTER = new Set([0x5927 /* 大 */, 0x8fc7 /* 过 */, 0x591a /* 多 */]);

/**
 * `半公斤`, `半吨`, `近半米`: 半 right before a unit of measure is half of it, read as a numeral of
 * value 0.5 that the scanner passes to the unit readers. Not before a span of time (`半分钟`; 半年
 * and 半天 are no units of measure at all), a Latin unit or 两 (`半两个`), nor after a numeral
 * (`一半`, `一吨半`: halfAfter reads those).
 */
export function halfBeforeUnit(text: string, at: number): NumeralMatch | null {
  if (codeAt(text, at) !== HALF || isChineseNumeralCode(codeAt(text, at - 1)) || NOT_HALF_AFTER.has(codeAt(text, at - 1))) return null;
  const unit = rowsAt(PHYSICAL_UNITS_BY_FIRST, text, at + 1).find((u) => text.startsWith(u.word, at + 1));
  if (!unit || unit.duration || unit.alsoNumeral || isLatin(unit.word)) return null;
  return { start: at, end: at + 1, value: 0.5, over: false, range: false, chinese: true, arabic: false };
}

const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** 多/余 at i closing the quantity: the end, punctuation or 的 after it (`两吨多，`), not a word (`1吨多次`). */
function overAfterUnit(text: string, i: number): boolean {
  if (!isOverMark(codeAt(text, i))) return false;
  const next = codeAt(text, i + 1);
  return Number.isNaN(next) || next === 0x7684 /* 的 */ || !isHan(next) && !isAsciiDigit(next);
}
