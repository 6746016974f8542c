/**
 * Unit readers, one phrasing each, tried in order after every numeral. The first that reads
 * a unit makes the numeral a metric; a numeral no reader accepts is not a metric.
 */
import { LOCALE_CURRENCY } from '../lexicon/locale.js';
import { MEASURE_WORDS_BY_FIRST } from '../lexicon/measureWords.js';
import { rowsAt } from '../lexicon/codeIndex.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { CURRENCY_NAME_PATTERN, CURRENCY_SUFFIXES_BY_FIRST, PHYSICAL_UNITS_BY_FIRST, currencyCodeOf, currencyNameBefore } from '../lexicon/units.js';
import { CHINESE_DIGITS, isYearNumber, type NumeralMatch } from '../numbers/numerals.js';
import type { UnitReader, UnitReading } from './types.js';

/** Big multipliers that may stand between the numeral and a money/quantity unit when the numeral reader stopped (`300余万元`). */
const MULTIPLIERS: ReadonlyArray<readonly [string, number]> = [['千万', 1e7], ['百万', 1e6], ['万亿', 1e12], ['万', 1e4], ['亿', 1e8], ['千', 1e3]];

/** First characters of MULTIPLIERS. */
const MULTIPLIER_FIRST = new Set(MULTIPLIERS.map(([w]) => w.charCodeAt(0)));

/** The multiplier written at i, or null. */
function readMultiplier(text: string, i: number): readonly [string, number] | null {
  if (!MULTIPLIER_FIRST.has(text.charCodeAt(i))) return null;
  for (const m of MULTIPLIERS) if (text.startsWith(m[0], i)) return m;
  return null;
}

const YU = 0x4f59; // 余
const DUO = 0x591a; // 多
const isOverMark = (code: number): boolean => code === YU || code === DUO;
/** Multipliers 余/多 may stand before (`300余万元`). */
const SCALE_AFTER_OVER = new CodeUnitSet('万亿千百');

interface Scale { end: number; factor: number; approximate: UnitReading['approximate'] }

/**
 * What may stand between a numeral and its unit: a space, a multiplier the numeral reader left
 * (`300余万元`, `18 亿余元`) and 余/多 before or after it. Shared by the money, quantity and count readers.
 */
function readScale(text: string, after: number): Scale {
  // The money, quantity and count readers ask in turn about the same numeral: read it once.
  if (lastScale.text === text && lastScale.after === after) return lastScale.scale;
  lastScale.text = text;
  lastScale.after = after;
  lastScale.scale = scaleAt(text, after);
  return lastScale.scale;
}

/** The last scale read, kept for the next reader. */
const lastScale: { text: string; after: number; scale: Scale } = { text: '', after: -1, scale: { end: 0, factor: 1, approximate: undefined } };

function scaleAt(text: string, after: number): Scale {
  let i = skipSpace(text, after);
  let approximate: UnitReading['approximate'];
  if (isOverMark(text.charCodeAt(i)) && SCALE_AFTER_OVER.has(text.charCodeAt(i + 1))) { approximate = 'over'; i++; }
  const multiplier = readMultiplier(text, i);
  let end = multiplier ? i + multiplier[0].length : i;
  if (isOverMark(text.charCodeAt(end))) { approximate = 'over'; end++; }
  return { end, factor: multiplier ? multiplier[1] : 1, approximate };
}

/** What may follow a Latin unit (`350g,` `7kg的冰毒` `50g左右`): the end, a non-letter, or a word that closes the quantity. */
const LATIN_UNIT_FOLLOWER = /^(?:$|[^A-Za-z\u4e00-\u9fff]|[的和及、与]|左右|以上|以下|上下|以内|多)/;

/** Allows one space between a number and its unit (`3 个多月`, `12.5 kg`). */
function skipSpace(text: string, i: number): number {
  return text.charCodeAt(i) === 0x20 ? i + 1 : i;
}

const PERCENT = 0x25; // %
const PER_MILLE = 0x2030; // ‰
const TENTHS = 0x6210; // 成
const isUpperHexDigit = (code: number): boolean => (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46);

export const percentReader: UnitReader = {
  name: 'percent',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    const sign = text.charCodeAt(i);
    // `%E3%80%90` is URL encoding, not a percentage.
    if (sign === PERCENT && isUpperHexDigit(text.charCodeAt(i + 1)) && isUpperHexDigit(text.charCodeAt(i + 2))) return null;
    if (sign === PERCENT) return { kind: 'percent', value: n.value, unit: '%', end: i + 1 };
    if (sign === PER_MILLE) return { kind: 'percent', value: n.value / 10, unit: '%', end: i + 1 };
    // 百分之二十六: the numeral reader is started after 百分之 by the scanner.
    if (text.startsWith('百分之', n.start - 3)) return { kind: 'percent', value: n.value, unit: '%', end: n.end };
    if (sign === TENTHS) return readTenths(text, n, i);
    return null;
  },
};

/** 成 counts tenths: 3成 = 30%, 一成七 = 17% (a digit after 成 is the next place), 一成多 = over 10%. */
function readTenths(text: string, n: NumeralMatch, at: number): UnitReading | null {
  if (!Number.isInteger(n.value) || n.value > 10) return null;
  let value = n.value * 10;
  let end = at + 1;
  const next = CHINESE_DIGITS[text[end] ?? ''];
  if (n.chinese && !n.arabic && next !== undefined && next > 0) { value += next; end++; }
  const over = text[end] === '多' || text[end] === '余';
  return { kind: 'percent', value, unit: '%', end: over ? end + 1 : end, approximate: over ? 'over' : undefined };
}

/** Longest first: 个百分点 keeps its 个. */
const PERCENTAGE_POINT_WORDS = ['个百分点', '百分点'] as const;

export const percentagePointReader: UnitReader = {
  name: 'percentage_point',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    for (const w of PERCENTAGE_POINT_WORDS) if (text.startsWith(w, i)) return { kind: 'percentage_point', value: n.value, unit: 'pp', end: i + w.length };
    return null;
  },
};

export const multipleReader: UnitReader = {
  name: 'multiple',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    if (text.charCodeAt(i) === 0x500d /* 倍 */) return { kind: 'multiple', value: n.value, unit: '倍', end: i + 1 };
    return null;
  },
};

export const moneyReader: UnitReader = {
  name: 'money',
  read({ text, locale }, n): UnitReading | null {
    const { end: k, factor, approximate } = readScale(text, n.end);
    for (const c of rowsAt(CURRENCY_SUFFIXES_BY_FIRST, text, k)) {
      if (!text.startsWith(c.word, k)) continue;
      const code = c.code ?? prefixCurrency(text, n.start) ?? currencyDeclaredAt(text, k + c.word.length) ?? LOCALE_CURRENCY[locale];
      return { kind: 'money', value: n.value * factor, unit: code, end: k + c.word.length, approximate };
    }
    // 港元200万 / 追赃挽损逾300亿: a prefix currency or a money word, and a multiplier, without 元.
    const last = text.charCodeAt(n.end - 1);
    const bigAmount = factor > 1 || last === 0x4e07 /* 万 */ || last === 0x4ebf /* 亿 */;
    if (!bigAmount || /^[\u4e00-\u9fff]/.test(text[k] ?? '') && !/^[,。;、)]/.test(text[k] ?? '')) return null;
    const pre = prefixCurrency(text, n.start);
    if (pre) return { kind: 'money', value: n.value * factor, unit: pre, end: k, approximate };
    if (MONEY_CONTEXT.test(text.slice(Math.max(0, n.start - 12), n.start))) {
      return { kind: 'money', value: n.value * factor, unit: currencyDeclaredAt(text, k) ?? LOCALE_CURRENCY[locale], end: k, approximate };
    }
    return null;
  },
};

/** Words after which a bare 300亿 is an amount of money. */
const MONEY_CONTEXT = /(挽损|挽回|金额|资金|损失|价值|赃款|市值|流水|涉案资产|罚款|罚没|货值|交易额|诈骗|追缴|冻结)[^,。;]{0,6}$/;

/**
 * A declaration such as `(人民币,下同)` right after an amount fixes the currency of that amount
 * and of every bare 元 after it. Returns the declared currency in force at `pos`.
 */
const DECLARATION_RIGHT_AFTER = new RegExp(`^\\s*[(]\\s*(${CURRENCY_NAME_PATTERN})`);
const DECLARATION = new RegExp(`[(]\\s*(${CURRENCY_NAME_PATTERN})[^)]{0,4}下同`, 'g');

function currencyDeclaredAt(text: string, pos: number): string | null {
  const near = DECLARATION_RIGHT_AFTER.exec(text.slice(pos, pos + 12));
  if (near) return currencyCodeOf(near[1]);
  // The last declaration that ends before pos. Declarations are found once per text: scanning
  // text[0, pos) for every amount made a document with many amounts quadratic.
  const decls = declarations(text);
  let lo = 0, hi = decls.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (decls[mid].end <= pos) lo = mid + 1; else hi = mid; }
  return lo > 0 ? decls[lo - 1].code : null;
}

let declCache: { text: string; decls: Array<{ end: number; code: string | null }> } | null = null;

/** Every `(人民币,下同)` declaration of the text, in order (cached for the text being parsed). */
function declarations(text: string): Array<{ end: number; code: string | null }> {
  if (declCache?.text === text) return declCache.decls;
  const decls: Array<{ end: number; code: string | null }> = [];
  for (const m of text.matchAll(DECLARATION)) decls.push({ end: m.index! + m[0].length, code: currencyCodeOf(m[1]) });
  declCache = { text, decls };
  return decls;
}

/** Currency written just before the number, allowing approximation words between (`人民币约300万元`). */
function prefixCurrency(text: string, numStart: number): string | null {
  const gap = /(?:约|近|逾|超过|超|达|共|计|合计)$/.exec(text.slice(Math.max(0, numStart - 2), numStart));
  return currencyNameBefore(text, numStart - (gap ? gap[0].length : 0))?.code ?? null;
}

export const quantityReader: UnitReader = {
  name: 'quantity',
  read({ text }, n): UnitReading | null {
    const { end: k, factor, approximate } = readScale(text, n.end);
    for (const u of rowsAt(PHYSICAL_UNITS_BY_FIRST, text, k)) {
      if (!text.startsWith(u.word, k)) continue;
      // Latin units must not run into a following word (`kgs`, `5g网络`): after them comes punctuation,
      // a space or a Chinese word that cannot continue the unit (的, 左右, 以上 …).
      if (/^[a-z]/i.test(u.word) && (text[k - 1] === ' ' || !LATIN_UNIT_FOLLOWER.test(text.slice(k + u.word.length, k + u.word.length + 2)))) continue;
      return { kind: 'quantity', value: n.value * factor * u.factor, unit: u.unit, end: k + u.word.length, approximate };
    }
    return null;
  },
};

export const countReader: UnitReader = {
  name: 'count',
  read({ text }, n): UnitReading | null {
    const { end: i, factor, approximate } = readScale(text, n.end);
    if (text.charCodeAt(i) === 0x4e2a /* 个 */ && isOverMark(text.charCodeAt(i + 1)) && text.charCodeAt(i + 2) === 0x6708 /* 月 */) {
      return { kind: 'count', value: n.value * factor, unit: '个月', end: i + 3, approximate: 'over' };
    }
    for (const m of rowsAt(MEASURE_WORDS_BY_FIRST, text, i)) {
      if (!text.startsWith(m.word, i)) continue;
      if (m.notBefore && text.startsWith(m.notBefore, i + m.word.length)) return null;
      // 2023年 is a date; 一年来 / 关键一年 are phrases, not durations.
      if (m.duration && (isYearLike(n.value, n.arabic, text, n.start) || text.slice(n.start, n.end) === '一')) return null;
      return { kind: 'count', value: n.value * factor, unit: m.word, end: i + m.word.length, approximate };
    }
    return null;
  },
};

/** 2023年 / 二〇二三年: a year, not a duration (Chinese numerals only when written digit by digit). */
function isYearLike(value: number, arabic: boolean, text: string, start: number): boolean {
  return isYearNumber(value) && (arabic || /[〇零]/.test(text.slice(start, start + 4)));
}

/** Order matters: percentage points before counts (个百分点 starts with 个), quantities before counts (米 vs 个). */
export const UNIT_READERS: readonly UnitReader[] = [
  percentReader, percentagePointReader, multipleReader, moneyReader, quantityReader, countReader,
];
