/**
 * The one numeral reader used everywhere: Arabic digits (with thousands separators and
 * decimals), Chinese numerals (〇零一二两三…十百千万亿, financial 壹贰叁…), and mixed forms
 * (`1.2万`, `44.7万余`, `2300余亿`, `1亿3580万`, `两千余`, `三点五`). It reads normalized
 * text (simplified, half-width), so 萬億兩 and full-width digits arrive as 万亿两 and 0-9.
 */

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

/** Financial forms are numerals only next to other numerals (伍 in 队伍 is not five). */
export const FINANCIAL_CHARS = new Set('壹贰叁参肆伍陆柒捌玖拾佰仟');

/** 余 and 多 inside a numeral (`2300余亿`). */
const isApproxInfix = (code: number): boolean => code === 0x4f59 || code === 0x591a;

export interface NumeralMatch {
  start: number;
  end: number;
  value: number;
  /** 余/多 written inside the numeral (`2300余亿`, `两千余`): the number is a lower bound. */
  over: boolean;
  /** The numeral contains Chinese numeral characters. */
  chinese: boolean;
  /** The numeral has an Arabic part. */
  arabic: boolean;
}

const isDigitAt = (text: string, i: number): boolean => { const c = text.charCodeAt(i); return c >= 0x30 && c <= 0x39; };

/**
 * The tables above as flat arrays indexed by UTF-16 code unit: readNumeral runs on every numeral
 * candidate of a text, and reading numbers avoids allocating one-character strings.
 */
const enum Kind { None, ChineseDigit, Contracted, Small, Big }
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

export const isChineseNumeralChar = (c: string | undefined): boolean => c !== undefined && c.length > 0 && KIND[c.charCodeAt(0)] !== Kind.None;

/** Whether the code unit is a Chinese numeral character (false for NaN, read past the end of a text). */
export const isChineseNumeralCode = (code: number): boolean => KIND[code] > Kind.None;

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
  while (isDigitAt(text, j)) { whole = whole * 10 + (text.charCodeAt(j) - 0x30); j++; }
  if (j === i) return false;
  const plain = j - i <= EXACT_DIGITS;
  let intPart: string | null = null;
  // Thousands separators: `,` or a single space followed by exactly three digits; a space only
  // after a first group of at most three digits, and then between every group (`1 234 567`).
  const spaceGroups = j - i <= 3;
  for (;;) {
    const sep = text.charCodeAt(j);
    if ((sep === 0x2c || (sep === 0x20 && spaceGroups)) && isDigitAt(text, j + 1) && isDigitAt(text, j + 2) && isDigitAt(text, j + 3) && !isDigitAt(text, j + 4)) {
      intPart = (intPart ?? text.slice(i, j)) + text.slice(j + 1, j + 4);
      j += 4;
    } else break;
  }
  if (text.charCodeAt(j) === 0x2e && isDigitAt(text, j + 1)) {
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

/**
 * Reads the longest numeral starting at `i`. Returns null when there is none. Handles
 * sections (`1亿3580万`), Arabic mantissas with Chinese multipliers (`1.2万`), 余/多 inside
 * (`2300余亿`, `44.7万余` — the trailing 余 is left to the approximation rules), and the
 * Chinese decimal point 点 (`〇点八`).
 */
export function readNumeral(text: string, i: number): NumeralMatch | null {
  let total = 0; // completed 亿/万 sections
  let section = 0; // value below 万 in the current section
  let current = 0; // pending digit(s) not yet multiplied
  let hasCurrent = false;
  let lastWasDigit = false; // consecutive Chinese digits concatenate (二〇一九)
  let j = i;
  let over = false;
  let chinese = false;
  let arabic = false;
  let any = false;
  let lastSmallUnit = Infinity;

  for (;;) {
    if (j >= text.length) break;
    const code = text.charCodeAt(j);
    const kind = KIND[code];
    if (code >= 0x30 && code <= 0x39) {
      if (hasCurrent || (lastWasDigit && chinese)) break; // two numbers side by side
      if (!readArabic(text, j)) break;
      j = arabicRead.end;
      current = arabicRead.value;
      hasCurrent = true; arabic = true; any = true; lastWasDigit = false;
      continue;
    }
    if (kind === Kind.ChineseDigit) {
      if (arabic && hasCurrent) break;
      const d = VALUE[code];
      current = lastWasDigit ? current * 10 + d : d;
      hasCurrent = true; lastWasDigit = true; chinese = true; any = true;
      j++;
      continue;
    }
    if (kind === Kind.Contracted) {
      if (hasCurrent || section % 100 !== 0) break;
      section += VALUE[code];
      lastSmallUnit = 10;
      lastWasDigit = false; chinese = true; any = true;
      j++;
      continue;
    }
    if (kind === Kind.Small) {
      const u = VALUE[code];
      if (u >= lastSmallUnit && section > 0) break; // 百 after 十 starts a new number
      section += (hasCurrent ? current : 1) * u;
      lastSmallUnit = u;
      current = 0; hasCurrent = false; lastWasDigit = false; chinese = true; any = true;
      j++;
      continue;
    }
    if (kind === Kind.Big) {
      if (!any) break;
      const u = VALUE[code];
      const sectionValue = section + (hasCurrent ? current : 0);
      if (u === 1e8) total = (total + sectionValue) * u;
      else if (sectionValue === 0 && total > 0) total *= u; // 万亿 after a bare number
      else total += sectionValue * u;
      section = 0; current = 0; hasCurrent = false; lastWasDigit = false; lastSmallUnit = Infinity;
      j++;
      continue;
    }
    if (isApproxInfix(code) && any && (text[j + 1] === '万' || text[j + 1] === '亿' || (text[j + 1] === '千' && text[j + 2] === '万'))) {
      over = true; j++;
      continue;
    }
    if (code === 0x70b9 /* 点 */ && any && chinese && !arabic && hasCurrent && KIND[text.charCodeAt(j + 1)] === Kind.ChineseDigit) {
      // Chinese decimal: 三点五 → 3.5
      let k = j + 1;
      let frac = '';
      while (k < text.length && KIND[text.charCodeAt(k)] === Kind.ChineseDigit) { frac += String(VALUE[text.charCodeAt(k)]); k++; }
      current = Number(`${current}.${frac}`);
      j = k;
      lastWasDigit = false;
      continue;
    }
    break;
  }
  if (!any) return null;
  const value = total + section + (hasCurrent ? current : 0);
  if (!Number.isFinite(value)) return null;
  return { start: i, end: j, value, over, chinese, arabic };
}

/** Parses a whole string as one numeral, or returns null (`'1.2万'` → 12000). */
export function parseNumeral(s: string): number | null {
  const m = readNumeral(s, 0);
  return m && m.end === s.length ? m.value : null;
}

/** Multiplying decimals by 万/亿 or a unit factor leaves binary noise (4.4 × 1e8 = 440000000.00000006). */
export function roundValue(v: number): number {
  return Number.isInteger(v) ? v : Number(v.toPrecision(12));
}

/** A number that reads as a year in releases (1900–2100). */
export function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1900 && v <= 2100;
}
