/**
 * Dates and periods: `9月28日`, `2023年`, `今年1至9月`, `1—7月`, `2022-09-28`, `五年来`,
 * `上半年`, `截至6月底`, `9月13日至20日`. Matched on the normalized text (half-width digits).
 * ISO forms are filled in where the year is known: written, `今年`/`去年` relative to the
 * document year (the first full date in the head of the text, else options.referenceDate).
 */
// Month, day and year numbers (12, 十二, 二十九, 二〇二三) are read by the one numeral reader.
import { parseNumeral } from '../numbers/numerals.js';
import { withNumberedGroups } from './numberedGroups.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { firstStartingFrom } from '../spans.js';
import { codeAt } from '../codeAt.js';

/** A month's or a day's number; Hong Kong writes the tens contracted (`廿六日`, `卅一日`). */
const NUM = '(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})';
const YEAR = '(?:\\d{4}|[〇○零一二三四五六七八九]{4})';
const DASH = '(?:至|到|-|—|–|~)';
/** Between two days: a range or a list of two (`14、15日`, `14日及15日`). */
const DAY_JOIN = '(?:至|到|-|—|–|~|、|及|和)';
/** Quarters of a year: `一季度`, `第三季度`, `前三季度`, and the forms without 度 (`第一季`, `首季`, `首三季`). */
const QUARTERS = '(?:前三个?季度?|首三季度?|首季度?|第?[一二三四1-4]季度?)';
/** Alone, a quarter without 第 needs its 度 (`一季度`; `四季` is no quarter). */
/**
 * Seasons after a year (`今年夏季`, `2024年春季`); 冬季 runs into the next year, so it has no bounds.
 * Not the season in a campaign's name (`2024年夏季治安打击整治行动`): the campaign has its own dates.
 */
const SEASONS = '(?:[春夏秋冬]季(?![\\u4e00-\\u9fff“”]{0,10}(?:行动|攻势|战役|会战)))';
const QUARTERS_ALONE = '(?:前三季度?|首三季度?|首季度?|第[一二三四1-4]季度?|[一二三四]季度)';
/** Halves of a year after the year (`今年前半年`, `今年头半年`); alone only 上/下 (`前半年` alone may count back from now). */
const HALVES = '(?:[上下前后头]半年)';

/**
 * A year's, month's or day's number. A run of Arabic digits (all or none of a NUM or YEAR group
 * is) is its value, as parseNumeral reads it; the numeral reader is for Chinese numerals.
 */
function dateNumber(s: string): number | null {
  const c = s.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 ? +s : parseNumeral(s);
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number | null, m?: number | null, d?: number | null): string | undefined => {
  if (y == null) return undefined;
  if (m == null) return String(y);
  if (d == null) return `${y}-${pad(m)}`;
  return `${y}-${pad(m)}-${pad(d)}`;
};

export interface FoundDate {
  /** Normalized-text offsets. */
  start: number;
  end: number;
  kind: 'date' | 'period';
  from?: string;
  to?: string;
}

/** `今(114)年`: Taiwanese releases write the Minguo year in brackets inside the relative word. */
const RELATIVE_YEAR = '(?:今年|去年|前年|明年|本年度?|上年度?|当年|[今去前明]\\(\\d{2,4}\\)年)';
const rel = (word: string | undefined, docYear: number | null): number | null => {
  if (!word) return null;
  // The bracket names the year itself, in the Minguo calendar (year 1 = 1912).
  const minguo = /\((\d{2,4})\)/.exec(word);
  // `今(2025)年` writes the year itself.
  if (minguo) return minguo[1].length === 4 ? +minguo[1] : +minguo[1] + 1911;
  if (docYear == null) return null;
  const w = word;
  if (w.startsWith('今年') || w.startsWith('本年') || w === '当年') return docYear;
  if (w.startsWith('去年') || w.startsWith('上年')) return docYear - 1;
  if (w === '前年') return docYear - 2;
  if (w === '明年') return docYear + 1;
  return null;
};

/**
 * One alternation, tried left to right at each position; every branch is a fixed sequence of
 * bounded classes, so matching stays linear. Groups are read by name through G.
 */
const { re: DATE_RE, group: G } = withNumberedGroups(
  [
    // 1: ISO-like 2022-09-28, 2022/9/28, with an optional time.
    `(?<![\\d.])(?<iy>\\d{4})[-/](?<im>\\d{1,2})[-/](?<id>\\d{1,2})(?![\\d])(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?`,
    // 2: [year|今年] M月D日 [至 [Y年][M月]D日], and two days (`十月十四、十五日`, `10月14日及15日`): from the first to the last
    `(?:(?<y1>${YEAR})年|(?<r1>${RELATIVE_YEAR}))?(?<m1>${NUM})月(?<d1>${NUM})(?:[日号]|(?=${DAY_JOIN}(?:${YEAR}年)?(?:${NUM}月)?${NUM}[日号]))(?:${DAY_JOIN}(?:(?<y2>${YEAR})年)?(?:(?<m2>${NUM})月)?(?<d2>${NUM})[日号])?`,
    // 3: [year|今年] M[月] 至 M月[份][底] : 今年1至9月, 1-2月, 1月至11月, 2019年8月至12月
    `(?:(?<y3>${YEAR})年|(?<r3>${RELATIVE_YEAR}))?(?<m3>${NUM})(?:月份?)?${DASH}(?:(?<y4>${YEAR})年)?(?<m4>${NUM})月(?:份|底|末|中旬|上旬|下旬)?`,
    // 4: year range 2020-2022年, 2019年至2023年
    `(?<![\\d.])(?<y5>\\d{4})年?${DASH}(?<y6>\\d{4})年(?:度)?`,
    // 5: [year|今年] M月[份][底|初]  (a month); not before a day without its 日 (`5月16`), but before
    //    a figure of that month (`从3月1450起减少到…`)
    `(?:(?<y7>${YEAR})年|(?<r7>${RELATIVE_YEAR}))?(?<m7>${NUM})月(?:份|底|末|初|中旬|上旬|下旬)?(?!\\d{1,2}(?![\\d.]))`,
    // 6: a year: 2023年[底|初|以来|上半年…]
    `(?<![\\d.])(?<y8>${YEAR})年(?<p8>度|底|初|末|${HALVES}|${QUARTERS}|${SEASONS}|以来)?`,
    // 7: relative years and halves: 今年以来, 去年同期, 今年上半年, 上半年
    `(?<r9>${RELATIVE_YEAR})(?<p9>以来|同期|${HALVES}|${QUARTERS}|${SEASONS}|底|初|年底|年初|度)?`,
    `(?<p10>上半年|下半年|${QUARTERS_ALONE})`,
    // 8: durations ending now: 五年来, 近三年, 三年来, 半年来, 一个月来
    `(?<dur>(?:近|过去)?(?:\\d{1,2}|[一二三四五六七八九十两半]{1,3})(?:个)?(?:年|月|天)(?:来|以来)|近(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})(?:年|个月|周))`,
  ].join('|'),
  'y',
);

/**
 * Where a branch of DATE_RE can start: a run of at most four numerals followed by a date word or
 * a range dash (`9月`, `2023年`, `1至`), or a date word (DATE_WORD). Jumping to these and trying
 * the sticky DATE_RE there finds the same leftmost matches as a global search, several times
 * faster than trying every character. The characters are tested in small code-unit sets.
 *
 * Every branch that opens with numerals reads the whole run and then the character after it, so
 * that character decides which runs can open a date at all (see AFTER_NUMERALS). Each exec is
 * costly next to a bitset test, and most runs open none.
 */
const NUMERAL_CHARS = '0123456789〇○零一二三四五六七八九十廿卅两半';
const NUMERALS = new CodeUnitSet(NUMERAL_CHARS);
/**
 * What follows the numerals that open a date: a date word or a range dash. Not 日 or 号: every
 * branch reads a month (月) before a day, so `28日` opens nothing and is read from its month.
 */
const AFTER_NUMERALS_CHARS = '年月天个至到-—–~/季';
const AFTER_NUMERALS = new CodeUnitSet(AFTER_NUMERALS_CHARS);
/** 个 opens only a duration ending now: `3个月来`, `两个年来` (个 + 年|月|天 + 来|以来). */
const DURATION_UNITS = new CodeUnitSet('年月天');
const DURATION_ENDS = new CodeUnitSet('来以');
const DATE_WORD = /今年|去年|前年|明年|本年|上年|当年|[今去前明]\(\d{2,4}\)年|上半年|下半年|前三季度?|首三季度?|首季度?|第[一二三四]季度?|近(?=[\d一二三四五六七八九十两])|过去/y;
const DATE_WORD_FIRST_CHARS = '今去前明本上当下第近过首';
/** Second characters of the date words, beside numerals (前三季度, 第一季度, 近三年, 首季). */
const DATE_WORD_SECOND_CHARS = '年半去(季';
const DATE_WORD_SECOND = new CodeUnitSet(DATE_WORD_SECOND_CHARS);
/** Characters that can open a date: the numerals and the date words' first characters. */
const DATE_FIRST = new CodeUnitSet(NUMERAL_CHARS + DATE_WORD_FIRST_CHARS);
/**
 * What an opening at i reads at i + 1 (more numerals, what follows numerals, a date word's second
 * character) and what opens one there: where text[i + 1] is none of these, neither i nor i + 1 opens.
 */
const OPENING_NEAR = new CodeUnitSet(NUMERAL_CHARS + DATE_WORD_FIRST_CHARS + AFTER_NUMERALS_CHARS + DATE_WORD_SECOND_CHARS);

/** True when the numerals ending at `end` can open a date, from the characters after them. */
function numeralsOpenDate(text: string, end: number): boolean {
  const after = codeAt(text, end);
  if (!AFTER_NUMERALS.has(after)) return false;
  return after !== 0x4e2a /* 个 */
    || (DURATION_UNITS.has(codeAt(text, end + 1)) && DURATION_ENDS.has(codeAt(text, end + 2)));
}

/**
 * The first date opening in [from, to): the start and the end of its numerals or word, or null.
 * Same positions and extents as a
 * global search for /[\d〇○零一二三四五六七八九十两半]{1,4}(?=[年月天个至到\-—–~/])|今年|…|过去/,
 * less the numerals before 个 that are not a duration.
 */
function nextDateStart(text: string, from: number, to: number): { start: number; end: number } | null {
  let i = from;
  while (i < to) {
    // Most of a release: one test steps over two positions. (A run of numerals is always entered
    // at its first numeral, so i is never inside one.)
    if (!OPENING_NEAR.has(codeAt(text, i + 1))) { i += 2; continue; }
    const c = codeAt(text, i);
    if (!DATE_FIRST.has(c)) { i++; continue; }
    if (NUMERALS.has(c)) {
      // Inside a longer run only the last four numerals can open a date.
      let end = i + 1;
      while (NUMERALS.has(codeAt(text, end))) end++;
      const start = Math.max(i, end - 4);
      if (start >= to) return null;
      if (numeralsOpenDate(text, end)) return { start, end };
      i = end;
      continue;
    }
    if (DATE_WORD_SECOND.has(codeAt(text, i + 1)) || NUMERALS.has(codeAt(text, i + 1))) {
      DATE_WORD.lastIndex = i;
      const word = DATE_WORD.exec(text);
      if (word) return { start: i, end: i + word[0].length };
    }
    i++;
  }
  return null;
}

/**
 * One step of the scan: a date opening at `open`, the date it reads (null when DATE_RE does not
 * match there or the match is no date), and where the scan goes on.
 */
interface DateStep { start: number; next: number; date: FoundDate | null }

/** The scan of text[from, to): each opening and the DATE_RE match there, left to right, as a global search finds them. */
function scanDates(text: string, docYear: number | null, from: number, to: number): DateStep[] {
  const steps: DateStep[] = [];
  let pos = from;
  for (let opening = nextDateStart(text, pos, to); opening; opening = nextDateStart(text, pos, to)) {
    pos = opening.end;
    DATE_RE.lastIndex = opening.start;
    const m = DATE_RE.exec(text);
    let date: FoundDate | null = null;
    if (m && m[0].length > 0) {
      date = dateOf(text, m, docYear);
      pos = Math.max(pos, m.index + m[0].length);
    }
    steps.push({ start: opening.start, next: pos, date });
  }
  return steps;
}

/**
 * The scan of the whole text, kept for the text last asked about: the document analysis reads
 * the body's dates and the scope refiner the periods of many stretches, from one scan.
 */
let whole: { text: string; docYear: number | null; steps: DateStep[] } | null = null;

/**
 * Whether a scan from `from` takes the same steps as the whole text's scan from there on: no
 * step of it runs across `from`, and no run of numerals does (a scan from inside a run would
 * read the run from `from`).
 */
function joinsWholeScan(text: string, steps: readonly DateStep[], from: number, first: number): boolean {
  if (from === 0) return true;
  if (NUMERALS.has(codeAt(text, from - 1))) return false;
  return first === 0 || steps[first - 1].next <= from;
}

export function findDates(text: string, docYear: number | null, from = 0, to = text.length): FoundDate[] {
  if (whole === null || whole.text !== text || whole.docYear !== docYear) whole = { text, docYear, steps: scanDates(text, docYear, 0, text.length) };
  const { steps } = whole;
  // The first step that opens at or after `from` (steps are in order and do not overlap).
  const first = firstStartingFrom(steps, from);
  if (!joinsWholeScan(text, steps, from, first)) return datesOf(scanDates(text, docYear, from, to), 0, to);
  return datesOf(steps, first, to);
}

/** The dates of steps[k…] that open before `to`. */
function datesOf(steps: readonly DateStep[], k: number, to: number): FoundDate[] {
  const out: FoundDate[] = [];
  for (; k < steps.length && steps[k].start < to; k++) if (steps[k].date) out.push(steps[k].date!);
  return out;
}

/** The date or period a DATE_RE match stands for, or null when it is none (month 13, a case code). */
function dateOf(text: string, m: RegExpExecArray, docYear: number | null): FoundDate | null {
  const start = m.index;
  const end = start + m[0].length;
  // Not inside a case code or a quoted name: `“1·17”`, `“12·01”`; not a time `19时`.
  const prev = text[start - 1];
  if (prev === '·' || prev === '.') return null;
  let f: FoundDate | null = null;
  if (m[G.iy]) {
    const y = +m[G.iy], mo = +m[G.im], d = +m[G.id];
    if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
    // Drop the time from the span? Keep it: the span is the date as written.
    f = { start, end, kind: 'date', from: iso(y, mo, d), to: iso(y, mo, d) };
  } else if (m[G.m1]) {
    const y = m[G.y1] ? dateNumber(m[G.y1]) : m[G.r1] ? rel(m[G.r1], docYear) : docYear;
    const mo = dateNumber(m[G.m1]), d = dateNumber(m[G.d1]);
    if (!mo || !d || mo > 12 || d > 31) return null;
    if (m[G.d2]) {
      const y2 = m[G.y2] ? dateNumber(m[G.y2]) : y;
      const mo2 = m[G.m2] ? dateNumber(m[G.m2]) : mo;
      const d2 = dateNumber(m[G.d2]);
      if (!mo2 || !d2 || mo2 > 12 || d2 > 31) return null;
      f = { start, end, kind: 'period', from: iso(y, mo, d), to: iso(y2, mo2, d2) };
    } else {
      f = { start, end, kind: 'date', from: iso(y, mo, d), to: iso(y, mo, d) };
    }
  } else if (m[G.m3]) {
    const y = m[G.y3] ? dateNumber(m[G.y3]) : m[G.r3] ? rel(m[G.r3], docYear) : docYear;
    const y2 = m[G.y4] ? dateNumber(m[G.y4]) : y;
    const a = dateNumber(m[G.m3]), b = dateNumber(m[G.m4]);
    if (!a || !b || a > 12 || b > 12) return null;
    f = { start, end, kind: 'period', from: iso(y, a), to: iso(y2, b) };
  } else if (m[G.y5]) {
    const a = +m[G.y5], b = +m[G.y6];
    if (b < a || a < 1900 || b > 2100) return null;
    f = { start, end, kind: 'period', from: String(a), to: String(b) };
  } else if (m[G.m7]) {
    const mo = dateNumber(m[G.m7]);
    if (!mo || mo > 12) return null;
    // A bare number + 月 that is a duration (`4个月`) never reaches here (个); `3月` is a month.
    const y = m[G.y7] ? dateNumber(m[G.y7]) : m[G.r7] ? rel(m[G.r7], docYear) : docYear;
    f = { start, end, kind: 'period', from: iso(y, mo), to: iso(y, mo) };
  } else if (m[G.y8]) {
    const y = dateNumber(m[G.y8]);
    if (y == null || y < 1900 || y > 2100) return null;
    f = { start, end, kind: 'period', ...yearPart(y, m[G.p8], docYear) };
  } else if (m[G.r9]) {
    const y = rel(m[G.r9], docYear);
    if (m[G.r9] === '当年' && !m[G.p9]) return null;
    f = { start, end, kind: 'period', ...(y == null ? {} : yearPart(y, m[G.p9], docYear)) };
  } else if (m[G.p10]) {
    f = { start, end, kind: 'period', ...(docYear == null ? {} : yearPart(docYear, m[G.p10], docYear)) };
  } else if (m[G.dur]) {
    f = { start, end, kind: 'period' };
  }
  return f;
}

/** One quarter of a year: `一季度`, `第三季`, `1季度`, `首季`. */
const QUARTER_RE = /^(?:第?([一二三四1-4])季度?|首季度?)$/;

function yearPart(y: number, part: string | undefined, docYear: number | null): { from?: string; to?: string } {
  const quarter = part ? QUARTER_RE.exec(part) : null;
  if (quarter) {
    const q = quarter[1] ? parseNumeral(quarter[1])! : 1;
    return { from: `${y}-${pad(q * 3 - 2)}`, to: `${y}-${pad(q * 3)}` };
  }
  switch (part) {
    case '上半年': case '前半年': case '头半年': return { from: `${y}-01`, to: `${y}-06` };
    case '下半年': case '后半年': return { from: `${y}-07`, to: `${y}-12` };
    case '前三季度': case '前三季': case '前三个季度': case '首三季度': case '首三季': return { from: `${y}-01`, to: `${y}-09` };
    case '春季': return { from: `${y}-03`, to: `${y}-05` };
    case '夏季': return { from: `${y}-06`, to: `${y}-08` };
    case '秋季': return { from: `${y}-09`, to: `${y}-11` };
    case '冬季': return {};
    case '底': case '年底': case '末': return { from: `${y}-12`, to: `${y}-12` };
    case '初': case '年初': return { from: `${y}-01`, to: `${y}-01` };
    case '以来': return docYear != null && docYear >= y ? { from: String(y), to: String(docYear) } : { from: String(y) };
    default: return { from: String(y), to: String(y) };
  }
}

/**
 * Document year: the first written year-month-day in the first `window` units, else the first
 * Minguo one (`114年11月5日`, Taiwanese releases; year 1 = 1912), else null.
 */
export function documentYear(text: string, from: number, to = text.length, window = 1500): number | null {
  const head = text.slice(from, Math.min(to, from + window));
  const m = /(?<![\d.])(\d{4})(?:年\d{1,2}月\d{1,2}日|[-/]\d{1,2}[-/]\d{1,2}(?!\d))/.exec(head);
  if (m) {
    const y = +m[1];
    return y >= 1950 && y <= 2100 ? y : null;
  }
  const minguo = /(?<![\d.])(1[01]\d)年\d{1,2}月\d{1,2}日/.exec(head);
  return minguo ? +minguo[1] + 1911 : null;
}

