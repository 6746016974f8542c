/**
 * Finds every numeral in the normalized Chinese text and keeps those that a unit reader turns
 * into a metric, with their approximation markers. Context rules (dates, ordinals, quotes,
 * idioms) reject numerals that are not quantities.
 */
import { APPROX_PREFIXES, APPROX_SUFFIXES } from '../lexicon/approximation.js';
import { currencyNameBefore } from '../lexicon/units.js';
import { byFirstChar, byLastChar, rowsAt, rowsEndingAt } from '../lexicon/codeIndex.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { DATE_TIME_AFTER, NUMERAL_IDIOMS, WORD_BEFORE_NUMERAL } from '../lexicon/nonQuantities.js';
import { FINANCIAL_CHARS, isChineseNumeralCode, isYearNumber, readNumeral, roundValue, type NumeralMatch } from '../numbers/numerals.js';
import type { Approximate } from '../schema.js';
import type { Draft, ExtractContext, UnitReader, UnitReading } from './types.js';
import { UNIT_READERS } from './unitReaders.js';
import { indexQuotedNames, insideQuotedName, type QuotedName } from './quotedNames.js';

/** Characters a numeral can start with: the scanner tests every character of the text. */
const NUMERAL_START = new CodeUnitSet('0123456789〇○零一二两三四五六七八九十百千廿卅壹贰叁肆伍陆柒捌玖拾佰仟');
const IDIOMS_BY_FIRST = byFirstChar(NUMERAL_IDIOMS);
const PREFIXES_BY_LAST = byLastChar(APPROX_PREFIXES);
const SUFFIXES_BY_FIRST = byFirstChar(APPROX_SUFFIXES);

/** Tests on code units, not one-character strings: the scanner looks around every numeral candidate. */
const isLatinOrDigit = (code: number): boolean => {
  if (code >= 0x30 && code <= 0x39) return true;
  const lower = code | 0x20; // ASCII upper case folds onto lower case; NaN (past the text) folds to 0x20
  return lower >= 0x61 && lower <= 0x7a;
};

/** Separators of codes and dates before a numeral: 1·17, 2022-09-28, 12/05, 12:30. */
const CODE_SEPARATOR_BEFORE = new CodeUnitSet('·•・‧-/:');
const WORD_BEFORE = new CodeUnitSet(WORD_BEFORE_NUMERAL);

/** Why a numeral at `start` is not a quantity, or null when it may be one. */
function rejectBefore(text: string, start: number): string | null {
  const prev = text.charCodeAt(start - 1);
  if (Number.isNaN(prev)) return null;
  if (isLatinOrDigit(prev) || prev === 0x2e /* . */) return 'part-of-token';
  if (CODE_SEPARATOR_BEFORE.has(prev) && isLatinOrDigit(text.charCodeAt(start - 2))) return 'code-or-date';
  if (isChineseNumeralCode(text.charCodeAt(start)) && WORD_BEFORE.has(prev)) return 'word-before';
  if (prev === 0x7b2c /* 第 */) return 'ordinal';
  return null;
}

/** Middle dots of case codes (`1·17`). */
const CODE_DOTS = new CodeUnitSet('·•・‧');
/** What continues a case code after its middle dot. */
const CASE_CODE_NEXT = new CodeUnitSet('0123456789一二三四五六七八九十');
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;
const YEAR_CHAR = 0x5e74; // 年
/** First characters of DATE_TIME_AFTER: most numerals are followed by none of them. */
const DATE_TIME_FIRST = new Set(DATE_TIME_AFTER.map((w) => w.charCodeAt(0)));
const isAsciiLetter = (code: number): boolean => ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);

function rejectAfter(text: string, n: NumeralMatch): string | null {
  const next = text.charCodeAt(n.end);
  if (Number.isNaN(next)) return null;
  if (CODE_DOTS.has(next) && CASE_CODE_NEXT.has(text.charCodeAt(n.end + 1))) return 'case-code';
  if ((next === 0x2d || next === 0x2f || next === 0x3a) /* - / : */ && isLatinOrDigit(text.charCodeAt(n.end + 1))) return 'code-or-date';
  if (next === 0x2e && isAsciiDigit(text.charCodeAt(n.end + 1))) return 'code-or-date'; // 2008.7.30
  if (isAsciiLetter(next) && !/^(kg|g|KG)(?![A-Za-z])/.test(text.slice(n.end, n.end + 3))) return 'part-of-token';
  if (DATE_TIME_FIRST.has(next)) for (const w of DATE_TIME_AFTER) {
    if (!text.startsWith(w, n.end)) continue;
    if (w === '点' && !(n.value <= 24 && /[0-9零一二三四五六七八九十半]|钟|整/.test(text[n.end + 1] ?? ''))) continue;
    if (w === '分' && !/(时|点)$/.test(text.slice(Math.max(0, n.start - 3), n.start)) && text[n.end + 1] !== '钟') continue;
    return 'date-or-time';
  }
  if (next === YEAR_CHAR && isYearNumber(n.value)) return 'year';
  if (next === YEAR_CHAR && /^年[0-9一二三四五六七八九十]{1,2}月/.test(text.slice(n.end, n.end + 5))) return 'year';
  return null;
}

const ONE = 0x4e00; // 一
const isCjkIdeograph = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

function isIdiom(text: string, start: number): boolean {
  // 一人一档, 一案一策, 一村一警: paired 一 is a slogan, not a count.
  if (text.charCodeAt(start) === ONE && text.charCodeAt(start + 2) === ONE && !isChineseNumeralCode(text.charCodeAt(start + 1)) && isCjkIdeograph(text.charCodeAt(start + 3)) && !isChineseNumeralCode(text.charCodeAt(start + 3))) return true;
  return rowsAt(IDIOMS_BY_FIRST, text, start).some((p) => text.startsWith(p.word, start));
}

/** Financial numerals (伍 in 队伍) count only next to another numeral character. */
function financialAlone(text: string, n: NumeralMatch): boolean {
  return n.end - n.start === 1 && FINANCIAL_CHARS.has(text[n.start]);
}

function readPrefixApprox(text: string, start: number): { start: number; approximate: Approximate } | null {
  for (const m of rowsEndingAt(PREFIXES_BY_LAST, text, start)) if (text.endsWith(m.word, start)) return { start: start - m.word.length, approximate: m.approximate };
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
    i = NUMERAL_START.has(text.charCodeAt(i)) ? readMetricAt(ctx, quoted, i, out) : i + 1;
  }
}

/**
 * Reads the metric whose numeral starts with the character at `at`, if any, into `out`; returns
 * where the scan goes on (past the numeral or the metric, or the next character).
 */
function readMetricAt(ctx: ExtractContext, quoted: readonly QuotedName[], at: number, out: Draft[]): number {
  const { text } = ctx;
  let start = at;
  // 百分之二十六: the numeral begins after 百分之.
  const perCent = text.startsWith('百分之', start);
  if (perCent) start += 3;
  const prev = text.charCodeAt(start - 1);
  if (!perCent && (isLatinOrDigit(prev) || isChineseNumeralCode(prev))) return at + 1;
  const n = readNumeral(text, start);
  if (!n) return at + 1;
  const next = Math.max(n.end, at + 1);
  const pre = readPrefixApprox(text, at);
  if (!plausibleNumeral(text, n, pre !== null)) return next;
  if ((!perCent && rejectBefore(text, n.start)) || rejectAfter(text, n)) return next;
  if (n.chinese && !n.arabic && (isIdiom(text, n.start) || financialAlone(text, n))) return next;
  if (insideQuotedName(quoted, n.start)) return next;
  const reading = readUnit(ctx, n);
  // A huge numeral times 万/亿 or a unit factor (`9…9吨` → kg) overflows to Infinity: not a metric.
  if (!reading) return next;
  const value = roundValue(reading.r.value);
  if (!Number.isFinite(value)) return next;
  const { reader, r } = reading;
  const suf = readSuffixApprox(text, r.end);
  // 超过新台币1亿元 / 人民币903万: a currency name before the number belongs to the span.
  const currency = r.kind === 'money' && !pre ? currencyNameBefore(text, at)?.start ?? null : null;
  const outer = currency ? readPrefixApprox(text, currency) : null;
  // The word before the number is the most specific (近25000余间次 is nearly).
  const approximate = pre?.approximate ?? outer?.approximate ?? r.approximate ?? (n.over ? 'over' : null) ?? suf?.approximate ?? null;
  out.push({
    kind: r.kind, lang: 'zh', value, unit: r.unit, approximate,
    change: null,
    start: pre?.start ?? outer?.start ?? currency ?? at, end: suf?.end ?? r.end,
    trace: [traceOf(reader)],
    // Set here, filled by the refiners: every draft keeps one shape, so their code stays optimized.
    baselineSpan: undefined, subjectSpans: undefined, subjectText: undefined, period: undefined, place: undefined, actor: undefined,
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

/**
 * Reads the unit after a numeral. A numeral with no unit of its own that heads a list whose
 * last member has one (`提升17.8、19.8个百分点`) borrows that unit.
 */
/** Joins the members of a list of numbers (`17.8、19.8`). */
const LIST_JOINER = new CodeUnitSet('、和及');

function readUnit(ctx: ExtractContext, n: NumeralMatch): { reader: UnitReader; r: UnitReading } | null {
  for (const reader of UNIT_READERS) {
    const r = reader.read(ctx, n);
    if (r) return { reader, r };
  }
  const { text } = ctx;
  let pos = n.end;
  for (let hops = 0; hops < 6 && LIST_JOINER.has(text.charCodeAt(pos)); hops++) {
    const next = readNumeral(text, pos + 1);
    if (!next || next.arabic !== n.arabic) return null;
    for (const reader of UNIT_READERS) {
      const r = reader.read(ctx, next);
      if (!r) continue;
      const scale = r.value / next.value;
      if (!Number.isFinite(scale)) return null;
      return { reader, r: { kind: r.kind, unit: r.unit, value: n.value * scale, end: n.end } };
    }
    pos = next.end;
  }
  return null;
}

const LONE_ZERO = new CodeUnitSet('零〇');
/** Characters that make a Chinese numeral more than a bare 百/千/万/亿 (a digit, 十 or a contracted ten). */
const COUNTING_CHAR = new CodeUnitSet('0123456789〇○零一二两三四五六七八九十廿卅壹贰叁肆伍陆柒捌玖拾');

/** Bare 百/千 (`百姓`, `千家`) and lone 零 (`零发案`, `零容忍`) are words, unless an approximation word precedes (`近百起`, `逾千亿元`). */
function plausibleNumeral(text: string, n: NumeralMatch, hasPrefixApprox: boolean): boolean {
  if (n.arabic) return true;
  if (n.end - n.start === 1 && LONE_ZERO.has(text.charCodeAt(n.start))) return false;
  let bigUnit = false;
  for (let i = n.start; i < n.end; i++) {
    const code = text.charCodeAt(i);
    if (COUNTING_CHAR.has(code)) return true;
    if (code === 0x4e07 || code === 0x4ebf) bigUnit = true; // 万 亿
  }
  return hasPrefixApprox || bigUnit;
}
