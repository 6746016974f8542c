/**
 * The one numeral reader used everywhere: Arabic digits (with thousands separators and
 * decimals), Chinese numerals (〇零一二两三…十百千万亿, financial 壹贰叁…), and mixed forms
 * (`1.2万`, `44.7万余`, `2300余亿`, `1亿3580万`, `两千余`, `三点五`), elided last units
 * (`四百五`, `2万5`), ranges (`二三十`) and vague digits (`十几`, `数十`). It reads normalized
 * text (simplified, half-width), so 萬億兩 and full-width digits arrive as 万亿两 and 0-9.
 * The tables here (digits, units, multipliers, 余/多, the characters a numeral starts with) are
 * the only copy of that knowledge: the scanner and the unit readers import them.
 */

import { mapCharacters } from '../normalize/charMap.js';
import { identityText } from '../normalize/offsetText.js';
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
const arabicRead = { end: 0, value: 0 };

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
    return true;
  }
  arabicRead.value = intPart === null && plain ? whole : Number(intPart ?? text.slice(i, j));
  arabicRead.end = j;
  return true;
}

const FEN = 0x5206; // 分
const DIAN = 0x70b9; // 点
const ZHI = 0x4e4b; // 之
const LIANG = 0x4e24; // 两
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

/** 二三十, 两三个, 七八成: two neighbouring digits in rising order, not part of a longer digit run. */
function isRangePair(text: string, j: number, first: number): boolean {
  const second = codeAt(text, j);
  if (KIND[second] !== Kind.ChineseDigit || KIND[codeAt(text, j + 1)] === Kind.ChineseDigit) return false;
  return first >= 1 && VALUE[second] === first + 1 && !FINANCIAL_CHARS.has(text[j]);
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

  /** The pending single digit right after 百/千/万/亿 stands for the next lower place (四百五 = 450). */
  const elided = (): number => (unitBefore >= 100 && digitRun === 1 && !decimal ? current * (unitBefore / 10) : current);

  for (;;) {
    if (j >= text.length) break;
    const code = codeAt(text, j);
    const kind = KIND[code];
    if (code >= 0x30 && code <= 0x39) {
      if (hasCurrent || digitRun > 0 || decimal) break; // two numbers side by side
      if (!readArabic(text, j)) break;
      // 2万5, 3千5: one digit right after a unit stands for the next lower place, as in Chinese.
      const single = arabicRead.end - j === 1;
      j = arabicRead.end;
      current = arabicRead.value;
      hasCurrent = true; arabic = true; any = true;
      if (single && unitBefore > 0) digitRun = 1; else unitBefore = 0;
      continue;
    }
    if (kind === Kind.ChineseDigit) {
      if ((arabic && hasCurrent) || decimal || range) break;
      const d = VALUE[code];
      if (digitRun > 0) {
        // Digit by digit (二〇一九, 一九九八) only in runs with a zero or of three digits and more, never with 两.
        const liang = code === LIANG || runHasLiang;
        const runGoesOn = KIND[codeAt(text, j + 1)] === Kind.ChineseDigit;
        if (liang || (digitRun === 1 && !runHasZero && d !== 0 && !runGoesOn)) {
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
      lastSmallUnit = 10;
      digitRun = 0; runHasZero = false; unitBefore = 0; chinese = true; any = true;
      j++;
      continue;
    }
    if (kind === Kind.Small) {
      const u = VALUE[code];
      if (decimal || (u >= lastSmallUnit && section > 0) || (u >= 100 && startsFractionWord(text, j))) break; // 百 after 十 starts a new number
      if (arabic && hasCurrent && isKiloUnitAt(text, j)) break; // 300千米, 12.5千克: 千 is the unit's
      if (over && !hasCurrent) break;
      // 一千零十二: 零 holds a place, 十 after it is one ten.
      const multiplier = hasCurrent ? (current === 0 && runHasZero && u === 10 ? 1 : current) : 1;
      section += multiplier * u;
      lastSmallUnit = u;
      current = 0; hasCurrent = false; digitRun = 0; runHasZero = false; chinese = true; any = true;
      unitBefore = u;
      j++;
      continue;
    }
    if (kind === Kind.Big) {
      if (!any && !leadingMultiplier) break;
      if (startsFractionWord(text, j)) break;
      const u = VALUE[code];
      // 百二万: a digit elided after 百/千 closes the section; after 亿 it is a section of its own (一亿五万).
      const sectionValue = section + (hasCurrent ? (unitBefore < 1e4 ? elided() : current) : 0) + (!any ? 1 : 0);
      if (u === 1e8) total = (total + sectionValue) * u;
      else if (sectionValue === 0 && total > 0) total *= u; // 万亿 after a bare number
      else total += sectionValue * u;
      section = 0; current = 0; hasCurrent = false; digitRun = 0; runHasZero = false; lastSmallUnit = Infinity;
      unitBefore = decimal ? 0 : u;
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
    if (isOverMarkCode(code) && any && (text[j + 1] === '万' || text[j + 1] === '亿' || (text[j + 1] === '千' && text[j + 2] === '万'))) {
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
      hasCurrent = true; decimal = true; unitBefore = 0; digitRun = 0;
      j = k;
      continue;
    }
    break;
  }
  if (!any) return null;
  const value = total + section + (hasCurrent ? elided() : 0);
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

/**
 * Parses a whole string as one number, or returns null. It takes what a release may contain, in
 * any script and width: `'1.2万'` → 12000, `'兩萬三千'` → 23000, `'１２３'` → 123, `'壹佰贰拾叁'` → 123,
 * a sign (`'负三'` → -3, `'-5'`), a fraction (`'三分之一'` → 1/3). A vague or ranged numeral
 * (`'十几'`, `'数十'`, `'二三十'`) and a lower bound (`'300余'`) are not one number: null (readNumeral
 * gives their lower end with the `over` / `range` flags).
 */
export function parseNumeral(s: string): number | null {
  const text = mapCharacters(identityText(s.trim())).text;
  const sign = SIGN_MARKS[text[0]] ?? 0;
  const start = sign ? 1 : 0;
  const whole = readNumeral(text, start);
  if (!whole || whole.over || whole.range) return null;
  let value = whole.value;
  if (whole.end !== text.length) {
    if (!text.startsWith(FRACTION_OF, whole.end)) return null;
    const numerator = readNumeral(text, whole.end + FRACTION_OF.length);
    if (!numerator || numerator.over || numerator.range || numerator.end !== text.length || whole.value === 0) return null;
    value = roundValue(numerator.value / whole.value);
  }
  return (sign || 1) * value;
}

/** Multiplying decimals by 万/亿 or a unit factor leaves binary noise (4.4 × 1e8 = 440000000.00000006). */
export function roundValue(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/** A number that reads as a year in releases (1900–2100). */
export function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}
