/**
 * The one numeral reader used everywhere: Arabic digits (with thousands separators and
 * decimals), Chinese numerals (〇零一二两三…十百千万亿, financial 壹贰叁…), and mixed forms
 * (`1.2万`, `44.7万余`, `2300余亿`, `1亿3580万`, `两千余`, `三点五`), elided last units
 * (`四百五`, `2万5`), ranges (`二三十`) and vague digits (`十几`, `数十`). It reads normalized
 * text (simplified, half-width), so 萬億兩 and full-width digits arrive as 万亿两 and 0-9.
 * The tables here (digits, units, multipliers, 余/多, the characters a numeral starts with) are
 * the only copy of that knowledge: the scanner and the unit readers import them.
 */

import { mapString } from '../normalize/charMap.js';
import { PERCENT_SIGNS, fractionPrefixAt } from './fractionWords.js';
import { codeAt } from '../codeAt.js';

/** Chinese digit characters and their values (normalized script). */
export const CHINESE_DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '零': 0, '○': 0,
  '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
  '壹': 1, '贰': 2, '叁': 3, '参': 3, '肆': 4, '伍': 5, '陆': 6, '柒': 7, '捌': 8, '玖': 9,
};

/** Units inside a section (below 万). */
export const SMALL_UNITS: Readonly<Record<string, number>> = {
  '十': 10, '拾': 10, '百': 100, '佰': 100, '千': 1000, '仟': 1000,
};

/** Contracted tens (`廿萬` = 二十万, `卅一個` = 31), common in Hong Kong writing. */
export const CONTRACTED_TENS: Readonly<Record<string, number>> = { '廿': 20, '卅': 30, '卌': 40 };

/** Section multipliers. */
export const BIG_UNITS: Readonly<Record<string, number>> = { '万': 1e4, '亿': 1e8 };

/**
 * Multipliers written after a finished numeral, between it and a unit (`300余万元`, `5千万元`):
 * the unit readers read them, longest first.
 */
export const MULTIPLIER_WORDS: ReadonlyArray<readonly [word: string, factor: number]> = [
  ['千万', 1e7], ['百万', 1e6], ['万亿', 1e12], ['万', 1e4], ['亿', 1e8], ['千', 1e3],
];

/** 余 and 多: a number that is a lower bound (`300余万元`, `两千多名`, `44.7万余人次`). */
export const OVER_MARKS = '余多';

/**
 * Signs written before a figure (`-22.2%`, `负3.9%`, `+3.1`): −1 or +1. Tables use them for the
 * direction of a change; parseNumeral for the sign of the number.
 */
export const SIGN_MARKS: Readonly<Record<string, -1 | 1>> = { '-': -1, '−': -1, '负': -1, '+': 1 };

/** `三分之一`: a fraction written with 分之, denominator first. */
export const FRACTION_OF = '分之';

/** Vague digits: `十几名` (over 10), `几十名`, `数十名`, `数万元` (over 10, over 10000). */
export const VAGUE_DIGITS = '几数';

/** Financial forms are numerals only next to other numerals (伍 in 队伍 is not five). */
export const FINANCIAL_CHARS = new Set('壹贰叁参肆伍陆柒捌玖拾佰仟');

/**
 * Every character a numeral can start with: the metric scanner tests each character of a text
 * against this (and reads 万/亿 and 几/数 only where readNumeral accepts them at the start).
 */
export const NUMERAL_START_CHARS: string = '0123456789' + Object.keys(CHINESE_DIGITS).join('') + Object.keys(SMALL_UNITS).join('')
  + Object.keys(CONTRACTED_TENS).join('') + Object.keys(BIG_UNITS).join('') + VAGUE_DIGITS;

const isOverMarkCode = (code: number): boolean => code === 0x4f59 || code === 0x591a; // 余 多
export const isOverMark = isOverMarkCode;

export interface NumeralMatch {
  start: number;
  end: number;
  value: number;
  /** 余/多 written inside the numeral (`2300余亿`, `两千余`) or a vague digit (`十几`, `数十`): the number is a lower bound. */
  over: boolean;
  /** Two neighbouring digits for a range (`二三十` = 20 to 30, `两三个`): the value is the lower end. */
  range: boolean;
  /** The numeral contains Chinese numeral characters. */
  chinese: boolean;
  /** The numeral has an Arabic part. */
  arabic: boolean;
}

const isDigitAt = (text: string, i: number): boolean => { const c = codeAt(text, i); return c >= 0x30 && c <= 0x39; };

/**
 * The tables above as flat arrays indexed by UTF-16 code unit: readNumeral runs on every numeral
 * candidate of a text, and reading numbers avoids allocating one-character strings.
 */
const enum Kind { None, ChineseDigit, Contracted, Small, Big, Vague }
const KIND = new Uint8Array(0x10000);
const VALUE = new Float64Array(0x10000);
const fill = (table: Readonly<Record<string, number>>, kind: Kind): void => {
  for (const [c, v] of Object.entries(table)) {
    KIND[c.charCodeAt(0)] = kind;
    VALUE[c.charCodeAt(0)] = v;
  }
};
fill(CHINESE_DIGITS, Kind.ChineseDigit);
fill(CONTRACTED_TENS, Kind.Contracted);
fill(SMALL_UNITS, Kind.Small);
fill(BIG_UNITS, Kind.Big);
for (const c of VAGUE_DIGITS) KIND[c.charCodeAt(0)] = Kind.Vague;

/** Whether the character is a Chinese numeral character (digit, unit or contracted ten; not 几/数). */
export const isChineseNumeralChar = (c: string | undefined): boolean => c !== undefined && c.length > 0 && isChineseNumeralCode(c.charCodeAt(0));

/** Whether the code unit is a Chinese numeral character (false for NaN, read past the end of a text; false for 几/数). */
export const isChineseNumeralCode = (code: number): boolean => KIND[code] > Kind.None && KIND[code] !== Kind.Vague;

/** Whether the code unit is a Chinese digit (〇 to 九, 两, financial forms), not a unit. */
export const isChineseDigitCode = (code: number): boolean => KIND[code] === Kind.ChineseDigit;

/** Value of a Chinese digit code (`五` → 5), or -1. */
export const chineseDigitValue = (code: number): number => (KIND[code] === Kind.ChineseDigit ? VALUE[code] : -1);

/**
 * Whether the code unit makes a Chinese numeral more than a bare 百/千/万/亿 (`百姓`, `千家` are
 * words): an Arabic or Chinese digit, 十, a contracted ten, a vague digit.
 */
export const isCountingCode = (code: number): boolean =>
  (code >= 0x30 && code <= 0x39) || KIND[code] === Kind.ChineseDigit || KIND[code] === Kind.Contracted || KIND[code] === Kind.Vague
  || (KIND[code] === Kind.Small && VALUE[code] === 10);

/** Whether the code unit is a place unit (十 百 千 万 亿, financial 拾 佰 仟). */
export const isPlaceUnitCode = (code: number): boolean => KIND[code] === Kind.Small || KIND[code] === Kind.Big;

/** Whether the code unit is a big multiplier (万, 亿). */
export const isBigUnitCode = (code: number): boolean => KIND[code] === Kind.Big;

/**
 * What readArabic read: one reused record, because readNumeral runs on every numeral candidate
 * of a text and a tuple per Arabic number was a fair share of its allocations.
 */
const arabicRead = { end: 0, value: 0, decimals: 0 };

/** Digits whose integer value is exact in a double, so adding them up equals Number(string). */
const EXACT_DIGITS = 15;

/** Reads Arabic digits at i: `1,234.5`, `90 276`; fills arabicRead and returns true, or false when there is none. */
function readArabic(text: string, i: number): boolean {
  let j = i;
  let whole = 0;
  while (isDigitAt(text, j)) { whole = whole * 10 + (codeAt(text, j) - 0x30); j++; }
  if (j === i) return false;
  const plain = j - i <= EXACT_DIGITS;
  let intPart: string | null = null;
  // Thousands separators: `,` or a single space followed by exactly three digits; a space only
  // after a first group of at most three digits, and then between every group (`1 234 567`).
  const spaceGroups = j - i <= 3;
  for (;;) {
    const sep = codeAt(text, j);
    if ((sep === 0x2c || (sep === 0x20 && spaceGroups)) && isDigitAt(text, j + 1) && isDigitAt(text, j + 2) && isDigitAt(text, j + 3) && !isDigitAt(text, j + 4)) {
      intPart = (intPart ?? text.slice(i, j)) + text.slice(j + 1, j + 4);
      j += 4;
    } else break;
  }
  if (codeAt(text, j) === 0x2e && isDigitAt(text, j + 1)) {
    let k = j + 1;
    while (isDigitAt(text, k)) k++;
    arabicRead.value = Number((intPart ?? text.slice(i, j)) + text.slice(j, k));
    arabicRead.end = k;
    arabicRead.decimals = k - j - 1;
    return true;
  }
  arabicRead.value = intPart === null && plain ? whole : Number(intPart ?? text.slice(i, j));
  arabicRead.end = j;
  arabicRead.decimals = 0;
  return true;
}

const FEN = 0x5206; // 分
const DIAN = 0x70b9; // 点
const ZHI = 0x4e4b; // 之
const LIANG = 0x4e24; // 两
const BA = 0x516b; // 八
const QIAN = 0x5343; // 千
const WAN = 0x4e07; // 万

/**
 * `百八十` (80 to 100) and `千八百` (800 to 1000): a bare 百/千 before 八 and the next lower unit
 * is an idiom for "about a hundred / a thousand", not 180 or 1800.
 */
const isAboutHundredIdiom = (text: string, j: number, u: number): boolean =>
  (u === 100 || u === 1000) && codeAt(text, j + 1) === BA && KIND[codeAt(text, j + 2)] === Kind.Small && VALUE[codeAt(text, j + 2)] === u / 10
  && KIND[codeAt(text, j + 3)] !== Kind.ChineseDigit;
/** After Arabic digits, 千 before these is part of the unit (千米, 千克), not a multiplier. */
const KILO_UNIT_END = new Set([0x7c73 /* 米 */, 0x514b /* 克 */]);
/** 千 at j starts a unit word (`300千米`, `12.5千克`): not a multiplier after an Arabic number. */
export const isKiloUnitAt = (text: string, j: number): boolean => codeAt(text, j) === 0x5343 /* 千 */ && KILO_UNIT_END.has(codeAt(text, j + 1));

/** 百分之 / 千分之 / 百分点 / 百分比: the unit starts a fraction word, it does not multiply the number before it. */
function startsFractionWord(text: string, j: number): boolean {
  if (codeAt(text, j + 1) !== FEN) return false;
  const after = codeAt(text, j + 2);
  return after === ZHI || after === DIAN || after === 0x6bd4 /* 比 */;
}

/**
 * 百分之 / 万分之 at j starts a fraction word, unless a Chinese numeral stands before it: then 分之
 * follows a denominator (四百分之一 is 1/400, 十万分之一 1/100000).
 */
function startsPercentWord(text: string, j: number, afterChineseNumeral: boolean): boolean {
  return startsFractionWord(text, j) && !(afterChineseNumeral && codeAt(text, j + 2) === ZHI);
}

/** Decimal places a place unit shifts (十 1 … 万 4, 亿 8). */
const placesOf = (u: number): number => (u === 10 ? 1 : u === 100 ? 2 : u === 1000 ? 3 : u === 1e4 ? 4 : 8);

/**
 * `v` rounded to `decimals` places (none when negative): a decimal times 万 (78.1亿) is exact in
 * decimal but not in binary (7809999999.999999).
 */
function toDecimals(v: number, decimals: number): number {
  return decimals >= 0 && Math.abs(v) < 1e21 ? Number(v.toFixed(Math.min(decimals, 100))) : v;
}

/** 二三十, 两三个, 七八成: two neighbouring digits in rising order, not part of a longer digit run. */
function isRangePair(text: string, j: number, first: number): boolean {
  const second = codeAt(text, j);
  if (KIND[second] !== Kind.ChineseDigit || KIND[codeAt(text, j + 1)] === Kind.ChineseDigit) return false;
  return first >= 1 && VALUE[second] === first + 1 && !FINANCIAL_CHARS.has(text[j]);
}

/**
 * The pending digit(s) `current`: a single digit right after 百/千/万/亿 (`unitBefore`) stands for
 * the next lower place (四百五 = 450). A function of its own, not a closure in readNumeral: a closure
 * would move the reader's loop variables into a heap context.
 */
function elided(current: number, unitBefore: number, digitRun: number, decimal: boolean): number {
  return unitBefore >= 100 && digitRun === 1 && !decimal ? current * (unitBefore / 10) : current;
}

/**
 * Reads the longest numeral starting at `i`. Returns null when there is none. Handles
 * sections (`1亿3580万`), Arabic mantissas with Chinese multipliers (`1.2万`), 余/多 inside
 * (`2300余亿`, `44.7万余` — the trailing 余 is left to the approximation rules), the Chinese
 * decimal point 点 (`〇点八`, `十点五`), 零 before 十 (`一千零十二`), an elided last unit
 * (`四百五` = 450, `一万三` = 13000, `百二万` = 1,200,000), ranges (`二三十` = 20, range) and
 * vague digits (`十几` = 10, `数十` = 10, both over).
 *
 * Digits written one after another (`二〇一九`) concatenate only in runs that hold a zero or
 * have three digits or more: `两两`, `五六` are not numbers (a rising pair before a unit is a range).
 * A numeral may start with 万/亿 (`近万起`, `萬三`) only when `leadingMultiplier` is set: the
 * scanner knows when that reading is meant.
 */
export function readNumeral(text: string, i: number, leadingMultiplier = false): NumeralMatch | null {
  let total = 0; // completed 亿/万 sections
  let tenThousands = 0; // the part of total a 万 added since the last 亿
  let section = 0; // value below 万 in the current section
  let current = 0; // pending digit(s) not yet multiplied
  let hasCurrent = false;
  let digitRun = 0; // Chinese digits read one after another
  let runHasZero = false;
  let runHasLiang = false;
  let unitBefore = 0; // the unit the pending digit follows directly (四百五: 100), 0 when none or after 零
  let j = i;
  let over = false;
  let range = false;
  let decimal = false; // after a decimal only a multiplier may follow (三点五万)
  let chinese = false;
  let arabic = false;
  let any = false;
  let lastSmallUnit = Infinity;
  let arabicCurrent = false; // the pending number is Arabic (5 then 五 are two numbers)
  let fractionalSection = false; // the last 万/亿 multiplied a decimal (1.5万): no digit may follow it
  let lastUnit = Infinity; // the last place unit read: what follows it must be smaller (2万3523, not 2千3916)
  let decimals = -1; // decimal places the value can have (toDecimals); -1: no decimal read
  let scaled = false; // a unit multiplied a decimal or a decimal was added to units: the value is rounded to `decimals` places

  for (;;) {
    if (j >= text.length) break;
    const code = codeAt(text, j);
    const kind = KIND[code];
    if (code >= 0x30 && code <= 0x39) {
      if (fractionalSection) break; // 1.5万5 is not a number
      // 10万零3: Arabic digits after a 零 that holds a place; otherwise two numbers side by side.
      const afterPlaceZero = current === 0 && runHasZero && !arabicCurrent && (section > 0 || total > 0);
      if ((hasCurrent || digitRun > 0 || decimal) && !afterPlaceZero) break;
      if (!readArabic(text, j) || arabicRead.value >= lastUnit) break;
      // 2万5, 3千5: one digit right after a unit stands for the next lower place, as in Chinese.
      const single = arabicRead.end - j === 1;
      j = arabicRead.end;
      current = arabicRead.value;
      if (arabicRead.decimals > 0) { decimals = Math.max(decimals, arabicRead.decimals); scaled ||= section > 0 || total > 0; }
      hasCurrent = true; arabic = true; any = true; arabicCurrent = true;
      if (single && unitBefore > 0) digitRun = 1; else unitBefore = 0;
      continue;
    }
    if (kind === Kind.ChineseDigit) {
      if ((arabicCurrent && hasCurrent) || decimal || range || fractionalSection) break;
      const d = VALUE[code];
      // 七亿零两百万, 一千零两: 零 after a unit only holds a place, the digit after it starts afresh.
      const afterPlaceZero = digitRun > 0 && current === 0 && runHasZero && (section > 0 || total > 0);
      if (afterPlaceZero) digitRun = 0;
      if (digitRun > 0) {
        // Digit by digit (二〇一九, 一九九八) only in runs with a zero or of three digits and more, never
        // with 两, and never after a place unit (百五九二 is not 692).
        const liang = code === LIANG || runHasLiang;
        const runGoesOn = KIND[codeAt(text, j + 1)] === Kind.ChineseDigit;
        if (liang || lastUnit !== Infinity || (digitRun === 1 && !runHasZero && d !== 0 && !runGoesOn)) {
          // Two digits alone: a range before a unit or measure word (二三十, 两三个), else not one number (两两).
          if (digitRun !== 1 || runGoesOn || !isRangePair(text, j, current)) break;
          range = true;
          j++;
          continue;
        }
        current = current * 10 + d;
      } else {
        current = d;
        runHasLiang = code === LIANG;
      }
      if (d === 0) { runHasZero = true; unitBefore = 0; }
      digitRun++;
      hasCurrent = true; chinese = true; any = true;
      j++;
      continue;
    }
    if (kind === Kind.Contracted) {
      if (hasCurrent || section % 100 !== 0 || decimal) break;
      section += VALUE[code];
      lastSmallUnit = 10; lastUnit = 10;
      digitRun = 0; runHasZero = false; unitBefore = 0; chinese = true; any = true;
      j++;
      continue;
    }
    if (kind === Kind.Small) {
      const u = VALUE[code];
      if (decimal || u >= lastSmallUnit || (u >= 100 && startsPercentWord(text, j, any && chinese && !arabicCurrent))) break; // 百 after 十 starts a new number
      if (u >= 100 && any && !hasCurrent) break; // 两亿百, 3千百: 百 and 千 inside a number need their digit
      if (arabic && hasCurrent && isKiloUnitAt(text, j)) break; // 300千米, 12.5千克: 千 is the unit's
      if (over && !hasCurrent) break;
      if (!any && isAboutHundredIdiom(text, j, u)) {
        // The lower end, as for 二三十: 百八十 is 80, a range.
        section = 8 * (u / 10);
        lastSmallUnit = u / 10; unitBefore = 0; range = true; chinese = true; any = true;
        j += 3;
        continue;
      }
      // 一千零十二: 零 holds a place, 十 after it is one ten.
      const multiplier = hasCurrent ? (current === 0 && runHasZero && u === 10 ? 1 : current) : 1;
      section += multiplier * u;
      if (hasCurrent && decimals >= 0) { decimals = Math.max(0, decimals - placesOf(u)); section = toDecimals(section, decimals); scaled = true; }
      lastSmallUnit = u; lastUnit = u;
      current = 0; hasCurrent = false; arabicCurrent = false; digitRun = 0; runHasZero = false; chinese = true; any = true;
      unitBefore = u;
      j++;
      continue;
    }
    if (kind === Kind.Big) {
      if (!any && !leadingMultiplier) break;
      if (startsPercentWord(text, j, any && chinese && !arabicCurrent)) break;
      const u = VALUE[code];
      // 百二万: a digit elided after 百/千 closes the section; after 亿 it is a section of its own (一亿五万).
      const sectionValue = section + (hasCurrent ? (unitBefore < 1e4 ? elided(current, unitBefore, digitRun, decimal) : current) : 0) + (!any ? 1 : 0);
      // A second 亿 after digits only below 万亿 (一千二百三十四万亿五千六百七十八亿); 十亿4亿 is not one number.
      if (u === 1e8 && sectionValue > 0 && (total - tenThousands) % 1e12 !== 0) break;
      if (u === 1e8) {
        // 亿 right after a unit multiplies everything (一亿亿, 三万亿); after digits only what came since
        // the last 亿 (一万二千三百四十五亿 = 12345亿; 一千二百三十四万亿五千六百七十八亿: 5678亿 alone).
        total = sectionValue > 0 ? total - tenThousands + (tenThousands + sectionValue) * u : total * u;
        tenThousands = 0;
      }
      else if (tenThousands > 0) {
        // 万 after a 万 section multiplies it too: 九万六千五百二十一万 is 96521 万, 一万三千万 is 13000 万.
        total += (tenThousands + sectionValue) * u - tenThousands;
        tenThousands = (tenThousands + sectionValue) * u;
      } else if (sectionValue === 0 && total > 0) total *= u; // 亿万 after a bare number
      else { total += sectionValue * u; tenThousands = sectionValue * u; }
      if (decimals >= 0) { decimals = Math.max(0, decimals - placesOf(u)); total = toDecimals(total, decimals); scaled = true; }
      section = 0; current = 0; hasCurrent = false; arabicCurrent = false; digitRun = 0; runHasZero = false; lastSmallUnit = Infinity;
      unitBefore = decimal ? 0 : u;
      fractionalSection = !Number.isInteger(sectionValue);
      lastUnit = u;
      if (!any) chinese = true; // 近万: a numeral of its own; 1.2万 stays an Arabic numeral with a multiplier
      decimal = false; any = true;
      j++;
      continue;
    }
    if (kind === Kind.Vague) {
      // 十几 / 二十几万 / 一百几十: an unknown digit after a unit; 几十 / 数百 / 数万: before one.
      if (hasCurrent || decimal || over) break;
      const next = KIND[codeAt(text, j + 1)];
      const afterUnit = any && lastSmallUnit === 10 && unitBefore === 10;
      if (!afterUnit && ((next !== Kind.Small && next !== Kind.Big) || startsFractionWord(text, j + 1))) break;
      over = true;
      if (!afterUnit) { current = 1; hasCurrent = true; } // 几十 ≥ 10
      digitRun = 0; unitBefore = 0; chinese = true; any = true;
      j++;
      continue;
    }
    if (isOverMarkCode(code) && any && (isBigUnitCode(codeAt(text, j + 1)) || (codeAt(text, j + 1) === QIAN && codeAt(text, j + 2) === WAN))) {
      over = true; j++;
      continue;
    }
    if (code === DIAN && any && chinese && !arabic && !decimal && !range && KIND[codeAt(text, j + 1)] === Kind.ChineseDigit
      && (hasCurrent || (section > 0 && lastSmallUnit !== Infinity))) {
      // Chinese decimal: 三点五 → 3.5, 十点五 → 10.5, 一百二十点五 → 120.5.
      let k = j + 1;
      let frac = '';
      while (k < text.length && KIND[codeAt(text, k)] === Kind.ChineseDigit) { frac += String(VALUE[codeAt(text, k)]); k++; }
      current = Number(`${hasCurrent ? current : 0}.${frac}`);
      decimals = Math.max(decimals, frac.length);
      scaled ||= section > 0 || total > 0; // 四百二十八点零一八: 420 + 8.018 is not exact in binary either
      hasCurrent = true; decimal = true; unitBefore = 0; digitRun = 0;
      j = k;
      continue;
    }
    break;
  }
  if (!any) return null;
  const sum = total + section + (hasCurrent ? elided(current, unitBefore, digitRun, decimal) : 0);
  const value = scaled ? toDecimals(sum, decimals) : sum;
  if (!Number.isFinite(value)) return null;
  return { start: i, end: j, value, over, range, chinese, arabic };
}

/**
 * The numeral that ends right before `end` (`拘捕4|男`): read from the earliest start, among the
 * numeral characters before `end`, whose reading ends exactly there. Null when there is none.
 */
export function readNumeralEndingAt(text: string, end: number): NumeralMatch | null {
  let s = end;
  while (s > 0 && (isDigitAt(text, s - 1) || KIND[codeAt(text, s - 1)] !== Kind.None)) s--;
  for (; s < end; s++) {
    const m = readNumeral(text, s);
    if (m && m.end === end) return m;
  }
  return null;
}

const TENTHS = 0x6210; // 成
const HALF = 0x534a; // 半

/**
 * 成 counts tenths: `三成` = 30%, `一成七` = 17% (a digit after 成 is the next place), `三成半` = 35%,
 * `9.5成` = 95%. The percentage written with the numeral `n` and 成 at `at`, or null.
 */
export function readTenthsAt(text: string, n: NumeralMatch, at: number): { percent: number; end: number } | null {
  if (codeAt(text, at) !== TENTHS || n.over || n.value > 10 || (!Number.isInteger(n.value) && !n.arabic)) return null;
  let percent = roundValue(n.value * 10);
  let end = at + 1;
  const next = chineseDigitValue(codeAt(text, end));
  const whole = Number.isInteger(n.value) && n.chinese && !n.arabic;
  if (whole && next > 0) { percent += next; end++; }
  else if (Number.isInteger(n.value) && codeAt(text, end) === HALF) { percent += 5; end++; }
  return { percent, end };
}

/** Whole strings that are a number without a numeral in them: 半 is a half, 俩 two (of them), 仨 three. */
export const NUMBER_WORDS: ReadonlyArray<{ word: string; value: number; example: string }> = [
  { word: '半', value: 0.5, example: '半' },
  { word: '一半', value: 0.5, example: '一半' },
  { word: '半打', value: 6, example: '半打' },
  { word: '半百', value: 50, example: '年过半百' },
  { word: '俩', value: 2, example: '哥俩' },
  { word: '仨', value: 3, example: '他们仨' },
];
const NUMBER_WORD_VALUE = new Map(NUMBER_WORDS.map((w) => [w.word, w.value]));

/** 正 before a whole numeral (`正五`): plus. Not a sign mark in running text, where 正 starts words. */
const PLUS_WORD = '正';
/** `三又二分之一`: a whole number and a fraction. */
const AND_FRACTION = '又';
/** 折 is a price in tenths of the full one (`八折` = 0.8, `八五折` = 0.85). */
const DISCOUNT = '折';
/** 打 after a numeral counts dozens (`两打` = 24). */
const DOZEN = '打';
/** `1.2e3`, `5E-2`: scientific notation, and a decimal without its leading zero (`.5`). */
const SCIENTIFIC = /^(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a whole string as one number, or returns null. It takes what a release may contain, in
 * any script and width: `'1.2万'` → 12000, `'兩萬三千'` → 23000, `'１２３'` → 123, `'壹佰贰拾叁'` → 123,
 * a sign (`'负三'` → -3, `'-5'`, `'正五'`), a fraction (`'三分之一'`, `'1/3'` → 1/3, `'三又二分之一'` → 3.5),
 * a part of a whole as a plain number (`'百分之五十'`, `'50%'`, `'五成'` → 0.5, `'千分之三'`, `'3‰'` →
 * 0.003, `'八五折'` → 0.85), a half (`'半'` → 0.5, `'两个半'` → 2.5), dozens (`'两打'` → 24), scientific notation
 * (`'1.2e3'`). 兆 is 10⁶ or 10¹² depending on where it is written: null. A vague or ranged numeral (`'十几'`, `'数十'`,
 * `'二三十'`) and a lower bound (`'300余'`) are not one number: null (readNumeral gives their lower
 * end with the `over` / `range` flags).
 */
export function parseNumeral(s: string): number | null {
  const text = mapString(s.trim());
  const sign = SIGN_MARKS[text[0]] ?? (text.startsWith(PLUS_WORD) ? 1 : 0);
  const value = wholeValue(text, sign ? 1 : 0);
  return value === null ? null : (sign || 1) * value;
}

/** The value of text[i..] as one number, or null. */
function wholeValue(text: string, i: number): number | null {
  const whole = text.slice(i);
  const word = NUMBER_WORD_VALUE.get(whole);
  if (word !== undefined) return word;
  // Plain Arabic numbers go through readNumeral below (separators, multipliers); these are what it does not read.
  if ((whole[0] === '.' || whole.includes('e') || whole.includes('E')) && SCIENTIFIC.test(whole)) return Number(whole);
  const prefix = fractionPrefixAt(text, i);
  if (prefix) {
    const part = plainValue(text, i + prefix.word.length);
    return part === null ? null : roundValue(part / (100 / prefix.toPercent));
  }
  const n = readNumeral(text, i);
  if (!n || n.over || n.range) return null;
  if (n.end === text.length) return n.value;
  const rest = text.slice(n.end);
  const percentSign = PERCENT_SIGNS.find((p) => p.sign === rest);
  if (percentSign) return roundValue(n.value / (100 / percentSign.toPercent));
  const tenths = readTenthsAt(text, n, n.end);
  if (tenths) return tenths.end === text.length ? roundValue(tenths.percent / 100) : null;
  if (rest === '个半' && Number.isInteger(n.value)) return n.value + 0.5;
  if (rest === DOZEN && Number.isInteger(n.value)) return n.value * 12;
  if (rest.endsWith(DISCOUNT) && n.value > 0 && n.value < 10) {
    // 八折, 8.5折, 八五折 (a second digit is the hundredths).
    if (rest.length === 1) return roundValue(n.value / 10);
    const hundredths = chineseDigitValue(codeAt(text, n.end));
    return rest.length === 2 && Number.isInteger(n.value) && hundredths >= 0 ? (n.value * 10 + hundredths) / 100 : null;
  }
  if (rest.startsWith(FRACTION_OF)) return fractionValue(text, n, 0);
  if (rest.startsWith(AND_FRACTION) && Number.isInteger(n.value)) {
    const denominator = readNumeral(text, n.end + AND_FRACTION.length);
    return denominator && text.startsWith(FRACTION_OF, denominator.end) ? fractionValue(text, denominator, n.value) : null;
  }
  if (rest[0] === '/' && n.arabic && !n.chinese && Number.isInteger(n.value)) {
    // 1/3: Arabic integers on both sides.
    const d = readNumeral(text, n.end + 1);
    return d && d.end === text.length && d.arabic && !d.chinese && Number.isInteger(d.value) && d.value > 0 ? n.value / d.value : null;
  }
  return null;
}

/** A plain numeral that runs to the end of the text (no 余, range or vague digit), or null. */
function plainValue(text: string, i: number): number | null {
  const n = readNumeral(text, i);
  return n && !n.over && !n.range && n.end === text.length ? n.value : null;
}

/** `whole` + the fraction `denominator分之numerator` that runs to the end of the text (`三又二分之一`). */
function fractionValue(text: string, denominator: NumeralMatch, whole: number): number | null {
  if (denominator.over || denominator.range || denominator.value === 0) return null;
  const numerator = plainValue(text, denominator.end + FRACTION_OF.length);
  // One division, so 三分之一 is the double nearest 1/3.
  return numerator === null ? null : (whole * denominator.value + numerator) / denominator.value;
}

/** Multiplying decimals by 万/亿 or a unit factor leaves binary noise (4.4 × 1e8 = 440000000.00000006). */
export function roundValue(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/** A number that reads as a year in releases (1900–2100). */
export function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}
