/**
 * Finds every numeral in the normalized Chinese text and keeps those that a unit reader turns
 * into a metric, with their approximation markers. Context rules (codes, ordinals, quotes,
 * idioms) reject numerals that are not quantities; the date and time filters run after the unit
 * readers, so that a real unit (`500日元`, `30分钟`, `2mg`) wins over a date or time guess.
 */
import { APPROX_PREFIXES, APPROX_SUFFIXES } from '../lexicon/approximation.js';
import { FILLER_ROWS, LIST_JOINERS } from '../lexicon/vocabulary.js';
import { RANGE_JOINERS } from '../numbers/ranges.js';
import { byFirstChar, byLastChar, rowsAt, rowsEndingAt } from '../lexicon/codeIndex.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { BEFORE_VAGUE_SHU, DATE_TIME_AFTER, NUMERAL_IDIOMS, RANK_BEFORE, WORD_BEFORE_NUMERAL, type FixedPhrase } from '../lexicon/nonQuantities.js';
import {
  FINANCIAL_CHARS, FRACTION_OF, NUMERAL_START_CHARS, SIGN_MARKS, chineseDigitValue, isBigUnitCode, isOverMark, isPlaceUnitCode, isChineseNumeralCode, isCountingCode, isYearNumber, readNumeral, readNumeralEndingAt, roundValue,
  type NumeralMatch,
} from '../numbers/numerals.js';
import type { Approximate, Change } from '../schema.js';
import type { Draft, ExtractContext, UnitReader, UnitReading } from './types.js';
import { UNIT_READERS, currencyBefore, fractionPrefixAt } from './unitReaders.js';
import { halfBeforeUnit } from './units/quantity.js';
import { indexQuotedNames, insideQuotedName, type QuotedName } from './quotedNames.js';
import { codeAt, isHan } from '../codeAt.js';

const HALF = '半';
const HALF_CODE = HALF.charCodeAt(0);
/** Characters a numeral can start with (from the numeral module), and 半 before a unit (`半公斤`): the scanner tests every character of the text. */
const NUMERAL_START = new CodeUnitSet(NUMERAL_START_CHARS + HALF);
const IDIOMS_BY_FIRST = byFirstChar(NUMERAL_IDIOMS);
/**
 * The first two code units at i as one small integer (15 bits of each; NaN past the text reads as
 * 0). Two pairs may share a key: it only filters, the rows decide.
 */
const pairAt = (text: string, i: number): number => ((codeAt(text, i) & 0x7fff) << 15) | (codeAt(text, i + 1) & 0x7fff);
/**
 * The idioms by their first two characters, each group in the order of IDIOMS_BY_FIRST (longest
 * first): 75 idioms start with 一, and most numerals open none. Every idiom has two characters or
 * more, so an idiom that opens at a position is in the group of the position's first two.
 */
const IDIOMS_BY_PAIR = new Map<number, readonly FixedPhrase[]>();
for (const p of NUMERAL_IDIOMS) {
  if (p.word.length < 2) throw new Error(`numeral idiom ${p.word} is shorter than two characters`);
  const key = pairAt(p.word, 0);
  if (!IDIOMS_BY_PAIR.has(key)) IDIOMS_BY_PAIR.set(key, rowsAt(IDIOMS_BY_FIRST, p.word, 0).filter((q) => pairAt(q.word, 0) === key));
}
const PREFIXES_BY_LAST = byLastChar(APPROX_PREFIXES);
const ABOUT_BY_LAST = byLastChar(APPROX_PREFIXES.filter((m) => m.approximate === 'about'));
/** Copulas between an approximation word and its number (`约为`, `约有`, `约达`). */
const COPULAS_BY_LAST = byLastChar(FILLER_ROWS.filter((r) => r.afterAbout));
const SUFFIXES_BY_FIRST = byFirstChar(APPROX_SUFFIXES);

/** Tests on code units, not one-character strings: the scanner looks around every numeral candidate. */
const isLatinOrDigit = (code: number): boolean => {
  if (code >= 0x30 && code <= 0x39) return true;
  const lower = code | 0x20; // ASCII upper case folds onto lower case; NaN (past the text) folds to 0x20
  return lower >= 0x61 && lower <= 0x7a;
};

/** Separators of codes and dates before a numeral: 1·17, 2022-09-28, 12/05, 12:30. */
const CODE_SEPARATOR_BEFORE = new CodeUnitSet('·•・‧-/:+'); // + in a stake number (K1234+500)
const WORD_BEFORE = new CodeUnitSet(WORD_BEFORE_NUMERAL);
/** Joins the two ends of a range (`5000至6000万元`, `5-20%`, `3~5人`). */
const RANGE_JOINER = new CodeUnitSet(RANGE_JOINERS);
/** Range joiners that are also separators of codes and dates (`2022-09-28`). */
const DASHES = new CodeUnitSet('-~—–');

/** Why a numeral at `start` is not a quantity, or null when it may be one. */
function rejectBefore(text: string, start: number): string | null {
  const prev = codeAt(text, start - 1);
  if (Number.isNaN(prev)) return null;
  if (isLatinOrDigit(prev) || prev === 0x2e /* . */) {
    // HK$3.14万, US$500: a currency sign ends in $, letters before it are part of the sign.
    return 'part-of-token';
  }
  if (CODE_SEPARATOR_BEFORE.has(prev) && isLatinOrDigit(codeAt(text, start - 2)) && !isRangeSecondEnd(text, start)) return 'code-or-date';
  if (isChineseNumeralCode(codeAt(text, start)) && WORD_BEFORE.has(prev)) return 'word-before';
  if (prev === 0x7b2c /* 第 */) return 'ordinal';
  if (prev === 0x524d /* 前 */ && RANK_BEFORE.some((r) => text.endsWith(r.word, start))) return 'rank';
  // 每10万人口, 每3天: the base of a rate or an interval, not a count; 7×24小时: a factor.
  if (prev === 0x6bcf /* 每 */) return 'rate-base';
  if (prev === 0xd7 /* × */ || prev === 0x2a /* * */) return 'product';
  // 第3至5名: the second end of an ordinal range.
  if (RANGE_JOINER.has(prev) && codeAt(text, (readNumeralEndingAt(text, start - 1)?.start ?? 0) - 1) === 0x7b2c) return 'ordinal';
  return null;
}

/**
 * `5-20%`: the numeral after a dash is the second end of a range when a plain number stands
 * before the dash (not a date or code: no separator or letter before that number).
 */
function isRangeSecondEnd(text: string, start: number): boolean {
  if (!DASHES.has(codeAt(text, start - 1))) return false;
  let s = start - 1;
  while (s > 0 && (isAsciiDigit(codeAt(text, s - 1)) || codeAt(text, s - 1) === 0x2e)) s--;
  if (s === start - 1) return false;
  const before = codeAt(text, s - 1);
  return !isLatinOrDigit(before) && !CODE_SEPARATOR_BEFORE.has(before) && before !== 0x2e;
}

/** Middle dots of case codes (`1·17`). */
const CODE_DOTS = new CodeUnitSet('·•・‧');
/** What continues a case code after its middle dot. */
const CASE_CODE_NEXT = new CodeUnitSet('0123456789一二三四五六七八九十');
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const YEAR_CHAR = 0x5e74; // 年
/** First characters of DATE_TIME_AFTER: most numerals are followed by none of them. */
const DATE_TIME_FIRST = new CodeUnitSet(DATE_TIME_AFTER);
const isAsciiLetter = (code: number): boolean => ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

/** Codes, case numbers and tokens the numeral is part of (checked before any unit is read). */
function rejectToken(text: string, n: NumeralMatch): string | null {
  const next = codeAt(text, n.end);
  if (Number.isNaN(next)) return null;
  if (CODE_DOTS.has(next) && CASE_CODE_NEXT.has(codeAt(text, n.end + 1))) return 'case-code';
  // 2023-01, 3/5, 12:30 (not 1万-2万元: a multiplier ends a numeral, never a code).
  if ((next === 0x2d || next === 0x2f || next === 0x3a) /* - / : */ && isLatinOrDigit(codeAt(text, n.end + 1)) && isLatinOrDigit(codeAt(text, n.end - 1))) return 'code-or-date';
  if (next === 0x2e && isAsciiDigit(codeAt(text, n.end + 1))) return 'code-or-date'; // 2008.7.30
  if (isAsciiLetter(next)) return 'part-of-token';
  return null;
}

/**
 * Dates, times, ages and ordinal labels after the numeral. Runs after the unit readers: a unit
 * longer than the date or time word at the same place wins (`500日元` is money, `30分钟` a
 * duration), one of the same length loses (`3届`, `2周年`).
 */
function rejectDateTime(text: string, n: NumeralMatch, unitLength: number): string | null {
  const next = codeAt(text, n.end);
  if (DATE_TIME_FIRST.has(next)) for (const w of DATE_TIME_AFTER) {
    if (!text.startsWith(w, n.end)) continue;
    if (unitLength > w.length) return null;
    if (w === '点' && !(n.value <= 24 && /[0-9零一二三四五六七八九十半]|钟|整/.test(text[n.end + 1] ?? ''))) continue;
    if (w === '分' && !/(时|点)$/.test(text.slice(Math.max(0, n.start - 3), n.start)) && text[n.end + 1] !== '钟') continue;
    return 'date-or-time';
  }
  if (next === YEAR_CHAR && isYearNumber(n.value)) return 'year';
  if (next === YEAR_CHAR && /^年[0-9一二三四五六七八九十]{1,2}(?:月|至|到|-)/.test(text.slice(n.end, n.end + 5))) return 'year';
  return null;
}

const ONE = 0x4e00; // 一
/** The numeral of the second half of a slogan opened by 一X (`一案一策`, `一案双查`, `一地多警`). */
const SLOGAN_SECOND = new CodeUnitSet('一双两多');
const SHU = 0x6570; // 数

/** The end of the idiom or slogan the numeral opens (the numerals inside it are no quantities either), or -1. */
function idiomEnd(text: string, n: NumeralMatch): number {
  const start = n.start;
  // 一人一档, 一案一策, 一案双查, 一岗双责: paired numerals are a slogan, not a count.
  if (n.end - n.start === 1 && codeAt(text, start) === ONE && SLOGAN_SECOND.has(codeAt(text, start + 2)) && !isChineseNumeralCode(codeAt(text, start + 1)) && isHan(codeAt(text, start + 3)) && !isChineseNumeralCode(codeAt(text, start + 3))) return n.end;
  const idioms = IDIOMS_BY_PAIR.get(pairAt(text, start));
  if (idioms === undefined) return -1;
  for (const p of idioms) {
    if (text.startsWith(p.word, start) && !p.notBefore?.some((w) => text.startsWith(w, start + p.word.length))) return start + p.word.length;
  }
  return -1;
}

/** Financial numerals (伍 in 队伍) count only next to another numeral character. */
function financialAlone(text: string, n: NumeralMatch): boolean {
  return n.end - n.start === 1 && FINANCIAL_CHARS.has(text[n.start]);
}

function readPrefixApprox(text: string, start: number): { start: number; approximate: Approximate } | null {
  for (const m of rowsEndingAt(PREFIXES_BY_LAST, text, start)) {
    if (!text.endsWith(m.word, start) || (m.bareUnitOnly && !isPlaceUnitCode(codeAt(text, start)))) continue;
    return { start: start - m.word.length, approximate: m.approximate };
  }
  // 约为46.3亿元, 大约有300人: 'about' reaches over a copula (近 does not: 最近有300人 is recent).
  for (const c of rowsEndingAt(COPULAS_BY_LAST, text, start)) {
    if (!text.endsWith(c.word, start)) continue;
    const at = start - c.word.length;
    for (const m of rowsEndingAt(ABOUT_BY_LAST, text, at)) if (text.endsWith(m.word, at)) return { start: at - m.word.length, approximate: m.approximate };
  }
  return null;
}

function readSuffixApprox(text: string, end: number): { end: number; approximate: Approximate } | null {
  for (const m of rowsAt(SUFFIXES_BY_FIRST, text, end)) {
    if (text.startsWith(m.word, end)) return { end: end + m.word.length, approximate: m.approximate };
  }
  return null;
}

/**
 * Metrics of the Chinese passages `ranges` (sorted [from, to) pairs; the whole text by default).
 * `quoted` are the text's quoted names (parse() shares one index with the case and campaign extractors).
 */
export function extractChineseMetrics(
  ctx: ExtractContext,
  ranges: ReadonlyArray<readonly [number, number]> = [[0, ctx.text.length]],
  quoted: readonly QuotedName[] = indexQuotedNames(ctx.text).names,
): Draft[] {
  const out: Draft[] = [];
  for (const [from, to] of ranges) scanRange(ctx, quoted, from, to, out);
  return out;
}

function scanRange(ctx: ExtractContext, quoted: readonly QuotedName[], from: number, to: number, out: Draft[]): void {
  const { text } = ctx;
  for (let i = from; i < to;) {
    i = NUMERAL_START.has(codeAt(text, i)) ? readMetricAt(ctx, quoted, i, out) : i + 1;
  }
}

/**
 * A numeral may start with 万/亿 only after an approximation word (`近万条`, `逾亿元`) or before a
 * digit that stands for the next place (`萬三` = 13000); 数 only where it means "several" (`数十名`).
 */
function leadAllowed(text: string, at: number, hasPrefixApprox: boolean): { allowed: boolean; multiplier: boolean } {
  const code = codeAt(text, at);
  if (isBigUnitCode(code)) {
    const digit = chineseDigitValue(codeAt(text, at + 1));
    const elided = digit >= 2 && !isChineseNumeralCode(codeAt(text, at + 2));
    return { allowed: hasPrefixApprox || elided || isOverMark(codeAt(text, at + 1)), multiplier: true };
  }
  if (code === SHU) {
    const prev = codeAt(text, at - 1);
    return { allowed: !isHan(prev) || BEFORE_VAGUE_SHU.has(text[at - 1]), multiplier: false };
  }
  return { allowed: true, multiplier: false };
}

/** The sign marks as a bitset: most figures have none before them. */
const SIGNS = new CodeUnitSet(Object.keys(SIGN_MARKS));

/** Sign of a figure in a table (`-22.2%`, `(+3.1百分点)`, `负3.9%`): the direction of the change it states. */
function signedChange(text: string, start: number): Change | null {
  if (!SIGNS.has(codeAt(text, start - 1))) return null;
  const mark = SIGN_MARKS[text[start - 1]];
  if (!mark) return null;
  const sign = mark < 0 ? 'down' : 'up';
  // 5-20%: the dash of a range, not a sign.
  const before = codeAt(text, start - 2);
  if (isLatinOrDigit(before) || isChineseNumeralCode(before) || before === 0x25 /* % */) return null;
  return { direction: sign, basis: null, baseline: null };
}

/**
 * Reads the metric whose numeral starts with the character at `at`, if any, into `out`; returns
 * where the scan goes on (past the numeral or the metric, or the next character).
 */
function readMetricAt(ctx: ExtractContext, quoted: readonly QuotedName[], at: number, out: Draft[]): number {
  const { text } = ctx;
  let start = at;
  // 百分之二十六, 千分之三: the numeral begins after the fraction word.
  const fraction = fractionPrefixAt(text, start);
  if (fraction) start += fraction.word.length;
  const prev = codeAt(text, start - 1);
  if (!fraction && (isLatinOrDigit(prev) || isChineseNumeralCode(prev))) return at + 1;
  const pre = readPrefixApprox(text, at);
  const lead = leadAllowed(text, start, pre !== null);
  if (!lead.allowed) return at + 1;
  const n = readNumeral(text, start, lead.multiplier) ?? halfBeforeUnit(text, start);
  if (!n) return at + 1;
  // A numeral that is no figure gives back a 百/千/万 before 分之 (之一|百分之五十): it may open a fraction word.
  const opensFraction = text.startsWith(FRACTION_OF, n.end) && isPlaceUnitCode(codeAt(text, n.end - 1));
  const next = Math.max(opensFraction ? n.end - 1 : n.end, at + 1);
  if (!plausibleNumeral(text, n, pre !== null || fraction !== null)) return next;
  if ((!fraction && rejectBefore(text, n.start))) return next;
  if (n.chinese && !n.arabic) {
    const idiom = idiomEnd(text, n);
    if (idiom >= 0) return Math.max(next, idiom);
    if (financialAlone(text, n)) return next;
  }
  if (insideQuotedName(quoted, n.start)) return next;
  const reading = readUnit(ctx, n);
  // A code, date or token the numeral is part of; the first end of a range (`5-20%`) is none.
  const token = rejectToken(text, n);
  if (token && !(reading?.range && token === 'code-or-date') && !(reading?.latin && token === 'part-of-token')) return next;
  if (!reading) return next;
  if (rejectDateTime(text, n, reading.r.end - n.end)) return next;
  // A huge numeral times 万/亿 or a unit factor (`9…9吨` → kg) overflows to Infinity: not a metric.
  const value = roundValue(reading.r.value);
  if (!Number.isFinite(value)) return next;
  const { reader, r } = reading;
  const suf = readSuffixApprox(text, r.end);
  // 超过新台币1亿元 / 人民币903万 / HK$3.14万: a currency name or sign before the number belongs to the span.
  const currency = r.kind === 'money' && !pre ? currencyBefore(text, at)?.start ?? null : null;
  const outer = currency !== null ? readPrefixApprox(text, currency) : null;
  const relative = r.kind === 'percent' || r.kind === 'percentage_point';
  // The word before the number is the most specific (近25000余间次 is nearly).
  const approximate = pre?.approximate ?? outer?.approximate ?? r.approximate ?? (n.over ? 'over' : n.range ? 'about' : null) ?? suf?.approximate ?? null;
  out.push({
    kind: r.kind, lang: 'zh', value, unit: r.unit, approximate,
    change: relative && !pre && !fraction ? signedChange(text, n.start) : null,
    start: pre?.start ?? outer?.start ?? currency ?? at, end: suf?.end ?? r.end,
    trace: [traceOf(reader)],
    // Set here, filled by the refiners: every draft keeps one shape, so their code stays optimized.
    baselineSpan: undefined, subjectSpans: undefined, subjectText: undefined, period: undefined, place: undefined, actor: undefined,
    directionCue: undefined, basisCue: undefined, listCue: undefined,
  });
  return Math.max(next, r.end);
}

/** `zh.<reader>` trace steps, built once per reader instead of once per metric. */
const TRACE_STEPS = new Map<UnitReader, string>();
function traceOf(reader: UnitReader): string {
  let step = TRACE_STEPS.get(reader);
  if (step === undefined) TRACE_STEPS.set(reader, step = `zh.${reader.name}`);
  return step;
}

/** Joins the members of a list of numbers (`17.8、19.8`): the vocabulary's list joiners. */
const LIST_JOINER = new CodeUnitSet(LIST_JOINERS);

interface UnitFound {
  reader: UnitReader;
  r: UnitReading;
  /** The unit was borrowed from the other end of a range (`5000至6000万元`). */
  range: boolean;
  /** The unit is written in Latin letters right after the number (`2mg`, `25cm`). */
  latin: boolean;
}

/**
 * Reads the unit after a numeral. A numeral with no unit of its own that heads a list whose
 * last member has one (`提升17.8、19.8个百分点`), or that opens a range (`5000至6000万元`,
 * `5-20%`), borrows that unit with its multiplier.
 */
function readUnit(ctx: ExtractContext, n: NumeralMatch): UnitFound | null {
  const { text } = ctx;
  for (const reader of UNIT_READERS) {
    const r = reader.read(ctx, n);
    if (r) return { reader, r, range: false, latin: isAsciiLetter(codeAt(text, n.end)) };
  }
  if (RANGE_JOINER.has(codeAt(text, n.end))) return rangeUnit(ctx, n);
  let pos = n.end;
  for (let hops = 0; hops < 6 && LIST_JOINER.has(codeAt(text, pos)); hops++) {
    const next = readNumeral(text, pos + 1);
    if (!next || next.arabic !== n.arabic) return null;
    for (const reader of UNIT_READERS) {
      const r = reader.read(ctx, next);
      if (!r) continue;
      const scale = r.value / next.value;
      if (!Number.isFinite(scale)) return null;
      return { reader, r: { kind: r.kind, value: n.value * scale, unit: r.unit, end: n.end, approximate: undefined }, range: false, latin: false };
    }
    pos = next.end;
  }
  return null;
}

/**
 * The first end of a range takes the unit of the second and the multiplier written at its end
 * (`5000至6000万元`: 5000万; `二十至三十万人`: 二十万), unless borrowing would make the range fall
 * because it wrote its own (`1万-2万元`: 1万, `五千至一万元`: 五千); a range rises (5000 < 6000).
 */
function rangeUnit(ctx: ExtractContext, n: NumeralMatch): UnitFound | null {
  const { text } = ctx;
  const second = readNumeral(text, n.end + 1);
  if (!second || second.arabic !== n.arabic || second.range || second.over) return null;
  let { mantissa, factor } = trailingMultiplier(text, second.start, second.end, second.value);
  // Borrowing would make it fall (1万-2万元: 1万 ≥ 2): the first end wrote its own place unit.
  if (n.value >= mantissa && n.end - n.start > 1 && isPlaceUnitCode(codeAt(text, n.end - 1))) ({ mantissa, factor } = { mantissa: second.value, factor: 1 });
  if (n.value >= mantissa) return null;
  for (const reader of UNIT_READERS) {
    const r = reader.read(ctx, second);
    if (!r) continue;
    const scale = r.value / second.value;
    if (!Number.isFinite(scale)) return null;
    return { reader, r: { kind: r.kind, value: n.value * factor * scale, unit: r.unit, end: n.end, approximate: undefined }, range: true, latin: false };
  }
  return null;
}

/** A numeral's trailing 万/亿 (`6000万` = 6000 × 1e4): the value before them and their product. */
function trailingMultiplier(text: string, start: number, end: number, value: number): { mantissa: number; factor: number } {
  let s = end;
  while (s > start + 1 && isBigUnitCode(codeAt(text, s - 1))) s--;
  if (s === end) return { mantissa: value, factor: 1 };
  const head = readNumeral(text.slice(0, s), start);
  if (!head || head.end !== s || head.value === 0) return { mantissa: value, factor: 1 };
  return { mantissa: head.value, factor: value / head.value };
}

/**
 * Bare 百/千 (`百姓`, `千家`) and lone 零 (`零发案`, `零容忍`) are words, unless an approximation word
 * precedes (`近百起`, `逾千亿元`) or 余/多 follows (`百余名`, `千余起`, `万余元`).
 */
function plausibleNumeral(text: string, n: NumeralMatch, hasPrefix: boolean): boolean {
  if (n.arabic || codeAt(text, n.start) === HALF_CODE) return true; // 半 comes only before a unit of measure (halfBeforeUnit)
  if (n.end - n.start === 1 && chineseDigitValue(codeAt(text, n.start)) === 0) return false;
  if (isOverMark(codeAt(text, n.end))) return true;
  let bigUnit = false;
  for (let i = n.start; i < n.end; i++) {
    const code = codeAt(text, i);
    if (isCountingCode(code)) return true;
    if (i > n.start && isBigUnitCode(code)) bigUnit = true; // 百万, 千亿; a leading 万 needs a prefix
  }
  return hasPrefix || bigUnit;
}
