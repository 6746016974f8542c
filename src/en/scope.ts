/**
 * Period and place of English figures (contract: "Scope of a statistic"). A figure takes the
 * expression nearest to it in its own sentence (`Police arrested 1,191 people in the first ten
 * months`), else the one that opens its paragraph (`In 2023, … . Among them, …`), else the one
 * of the release's first figure (its lead frames the whole release), else none.
 * A comparison basis (`compared with the same period last year`, `than in 2019`) is never a
 * period. ISO bounds are given where the text and the release's year fix them.
 */
import type { Draft, DraftPeriod, DraftPlace, ExtractContext } from '../extract/types.js';
import type { Locale } from '../lexicon/locale.js';
import type { Refiner } from '../refine/index.js';
import { englishSentences } from './facts.js';
import { PROVINCE_PATTERN, provinceByEnglish } from './provinces.js';
import { sentenceSpans, type Span } from './sentences.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)';
const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const SMALL_COUNT = `(\\d{1,2}|${COUNT_WORDS.join('|')})`;
/** `of the year`, `of this year`, `of last year`, `of 2023`: group `y`. */
const OF_YEAR = '(?: of (?:the year|this year|(last year)|(\\d{4})))?';
const PREP = '(?:(?:in|during|for|over|throughout|within) )?';

/** Month number (1-12) of a month name or abbreviation. */
const monthOf = (name: string): number => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, '').slice(0, 3))) + 1;
const countOf = (s: string): number => (/^\d+$/.test(s) ? +s : COUNT_WORDS.indexOf(s.toLowerCase()) + 1);
const pad = (n: number): string => String(n).padStart(2, '0');

/** The year an `of …` tail names, relative to the release's year. */
function yearOf(lastYear: string | undefined, written: string | undefined, year: number | null): number | null {
  if (written) return +written;
  if (year === null) return null;
  return lastYear ? year - 1 : year;
}

type Bounds = { from?: string; to?: string };

function dayRange(y: number | null, m1: string, d1: number, m2: string, d2: number): Bounds {
  if (y === null || d1 < 1 || d1 > 31 || d2 < 1 || d2 > 31) return {};
  return { from: `${y}-${pad(monthOf(m1))}-${pad(d1)}`, to: `${y}-${pad(monthOf(m2))}-${pad(d2)}` };
}

export interface PeriodRule {
  name: string;
  /** Tested with the `y` and `i` flags at a word start. */
  pattern: RegExp;
  bounds(m: RegExpExecArray, year: number | null): Bounds;
  example: string;
}

/** Longest first: the first rule that matches at a position wins. */
export const PERIOD_RULES: readonly PeriodRule[] = [
  {
    name: 'first-months', example: 'in the first ten months of 2023',
    pattern: new RegExp(`${PREP}the first ${SMALL_COUNT} months${OF_YEAR}`, 'iy'),
    bounds: (m, year) => {
      const y = yearOf(m[2], m[3], year), n = countOf(m[1]);
      return y === null || n < 1 || n > 12 ? {} : { from: `${y}-01`, to: `${y}-${pad(n)}` };
    },
  },
  {
    name: 'half', example: 'in the first half of the year',
    pattern: new RegExp(`${PREP}the (first|second) half${OF_YEAR}`, 'iy'),
    bounds: (m, year) => {
      const y = yearOf(m[2], m[3], year);
      if (y === null) return {};
      return m[1].toLowerCase() === 'first' ? { from: `${y}-01`, to: `${y}-06` } : { from: `${y}-07`, to: `${y}-12` };
    },
  },
  {
    name: 'quarter', example: 'in the third quarter of 2024',
    pattern: new RegExp(`${PREP}the (first|second|third|fourth) quarter${OF_YEAR}`, 'iy'),
    bounds: (m, year) => {
      const y = yearOf(m[2], m[3], year);
      const q = ['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase());
      return y === null ? {} : { from: `${y}-${pad(q * 3 + 1)}`, to: `${y}-${pad(q * 3 + 3)}` };
    },
  },
  {
    name: 'day-range', example: 'between June 3 and June 14, from May 1 to 7 2024',
    pattern: new RegExp(`(?:between|from) ${MONTH} (\\d{1,2}) (?:and|to|until|till) (?:${MONTH} )?(\\d{1,2})(?:,? ((?:19|20)\\d\\d))?`, 'iy'),
    bounds: (m, year) => dayRange(m[5] ? +m[5] : year, m[1], +m[2], m[3] ?? m[1], +m[4]),
  },
  {
    name: 'day-range-dmy', example: 'between 3 and 14 June, from 28 May to 2 June 2024',
    pattern: new RegExp(`(?:between|from) (\\d{1,2})(?: ${MONTH})? (?:and|to|until|till) (\\d{1,2}) ${MONTH}(?:,? ((?:19|20)\\d\\d))?`, 'iy'),
    bounds: (m, year) => dayRange(m[5] ? +m[5] : year, m[2] ?? m[4], +m[1], m[4], +m[3]),
  },
  {
    name: 'month-range', example: 'between January and May 2024, between January and June this year',
    pattern: new RegExp(`(?:between|from) ${MONTH}(?: (\\d{4}))? (?:and|to|until|till) ${MONTH}(?: (\\d{4})| this year| (last) year)?`, 'iy'),
    bounds: (m, year) => {
      const y2 = m[4] ? +m[4] : m[5] && year !== null ? year - 1 : year;
      const y1 = m[2] ? +m[2] : y2;
      if (y1 === null || y2 === null) return {};
      return { from: `${y1}-${pad(monthOf(m[1]))}`, to: `${y2}-${pad(monthOf(m[3]))}` };
    },
  },
  {
    name: 'since-launch', example: 'since the launch of a special campaign in March',
    pattern: new RegExp(`since the (?:launch|start|beginning) of (?:the|a|an|its) (?:[\\w"“”-]+ ){0,4}(?:campaign|operation|crackdown)(?: in ${MONTH}(?: (\\d{4}))?)?`, 'iy'),
    bounds: (m, year) => {
      const y = m[2] ? +m[2] : year;
      return m[1] && y !== null ? { from: `${y}-${pad(monthOf(m[1]))}` } : {};
    },
  },
  {
    name: 'since', example: 'since the beginning of the year',
    pattern: new RegExp(`since (?:the (?:beginning|start) of (?:the|this) year|${MONTH}(?: (\\d{4})| this year| (last) year)?)`, 'iy'),
    bounds: (m, year) => {
      const y = m[2] ? +m[2] : m[3] && year !== null ? year - 1 : year;
      if (y === null) return {};
      return { from: `${y}-${pad(m[1] ? monthOf(m[1]) : 1)}` };
    },
  },
  {
    name: 'this-year', example: 'so far this year',
    pattern: /(?:so far |earlier )?this year|(?:in )?the year to date/iy,
    bounds: (_m, year) => (year === null ? {} : { from: String(year), to: String(year) }),
  },
  {
    name: 'last-year', example: 'last year',
    pattern: /(?:(?:in|during|for|throughout) )?(?:the whole of )?last year/iy,
    bounds: (_m, year) => (year === null ? {} : { from: String(year - 1), to: String(year - 1) }),
  },
  {
    name: 'day', example: 'yesterday (May 14), on 3 March 2024, on Sunday',
    pattern: new RegExp(`(?:(?:yesterday|today|on the same day|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?: \\(${MONTH} (\\d{1,2})\\))?|on ${MONTH} (\\d{1,2})(?:,? ((?:19|20)\\d\\d))?|on (\\d{1,2}) ${MONTH}(?:,? ((?:19|20)\\d\\d))?)`, 'iy'),
    bounds: (m, year) => {
      const month = m[1] ?? m[3] ?? m[7];
      const day = +(m[2] ?? m[4] ?? m[6] ?? 0);
      const y = m[5] ? +m[5] : m[8] ? +m[8] : year;
      if (!month || y === null || day < 1 || day > 31) return {};
      const iso = `${y}-${pad(monthOf(month))}-${pad(day)}`;
      return { from: iso, to: iso };
    },
  },
  {
    name: 'month', example: 'in March 2024',
    pattern: new RegExp(`(?:in|during|for|throughout) ${MONTH}(?: (\\d{4}))?(?! \\d)`, 'iy'),
    bounds: (m, year) => {
      const y = m[2] ? +m[2] : year;
      return y === null ? {} : { from: `${y}-${pad(monthOf(m[1]))}`, to: `${y}-${pad(monthOf(m[1]))}` };
    },
  },
  {
    name: 'year', example: 'in 2023',
    pattern: /(?:in|during|for|throughout) (?:the (?:whole|whole year|full year|course) of )?((?:19|20)\d\d)(?![\d-])/iy,
    bounds: (m) => ({ from: m[1], to: m[1] }),
  },
  {
    name: 'campaign', example: 'during the operation',
    // `in a week-long operation`: an operation of a stated length is one even without `the`.
    pattern: /(?:during|in|throughout) (?:the (?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:day|week|month)[- ])?|an? (?=(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ])?(?:day|week|month)[- ]))(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ])?(?:(?:day|week|month)[- ](?:long )?)?(?:joint |special |territory-wide |island-?wide |enforcement |same )*(?:operation|campaign|crackdown|exercise|operation period|campaign period)(?!s)/iy,
    bounds: () => ({}),
  },
  {
    name: 'recent', example: 'last week, earlier this month, over the past few days',
    pattern: /(?:(?:over|in|during) )?(?:(?:earlier|later) )?(?:last|this|the past|the last) (?:week|weekend|month)|(?:over|in|during) the (?:past|last) (?:few|several) (?:days|weeks|months)/iy,
    bounds: () => ({}),
  },
  {
    name: 'past-years', example: 'over the past five years, in the past year',
    pattern: new RegExp(`(?:over|in|during) the (?:past|last) (?:${SMALL_COUNT} (?:years|months)|year|month)`, 'iy'),
    bounds: () => ({}),
  },
];

/** Text right before an expression that makes it the basis of a comparison, not the period. */
const BASIS_BEFORE = /(?:compared (?:with|to)|as against|against|versus|vs\.?|than|from|over|same period|same time|same quarter|same month|level of|that of|those of|figure (?:for|of)|up|down|rose|fell|increased|decreased|dropped|declined)\s+(?:in\s+|the\s+|of\s+)?$/i;

export interface PlaceRule {
  name: string;
  pattern: RegExp;
  /** The place named for a release of `locale` by the match `m`, or null when it names none there. */
  place(locale: Locale, m: RegExpExecArray): { name: string; code: string | null } | null;
  example: string;
}

const HONG_KONG = { name: '香港', code: null };
const MACAO = { name: '澳门', code: null };
/**
 * `Hong Kong` in a name that is not the extent of a figure: the currency, the island, residents.
 * An acting agency's name (`Hong Kong Police`) does say where (contract: the agency's place).
 */
const NOT_EXTENT = ' (?!Island|dollars?|International|Disneyland|Airport|University|Baptist|Observatory|Monetary|Jockey|residents?|identity|ID)';

/** Tested with the `y` and `i` flags at a word start (the names themselves case-sensitive). */
export const PLACE_RULES: readonly PlaceRule[] = [
  {
    name: 'territory', example: 'territory-wide (a Hong Kong or Macao release)',
    pattern: /territory-wide|(?:across|throughout|in) the (?:whole )?territory\b/iy,
    place: (l) => (l === 'HK' ? HONG_KONG : l === 'MO' ? MACAO : null),
  },
  { name: 'hong-kong', example: 'in Hong Kong', pattern: new RegExp(`(?:(?:in|across|throughout) )?(?:the whole of )?Hong Kong(?:-wide\\b|(?=[,.;)]|$|${NOT_EXTENT}))`, 'y'), place: () => HONG_KONG },
  { name: 'macao', example: 'in Macao', pattern: /(?:(?:in|across|throughout) )?(?:the whole of )?Maca[uo](?:-wide\b|(?=[,.;)]|$| (?!patacas?|residents?)))/y, place: () => MACAO },
  { name: 'taiwan', example: 'across Taiwan', pattern: /(?:in|across|throughout) Taiwan\b/y, place: () => ({ name: '台湾', code: null }) },
  {
    name: 'singapore', example: 'islandwide (a Singapore release)',
    pattern: /island-?wide|(?:in|across|throughout) Singapore\b(?! Police)/iy,
    place: (l) => (l === 'SG' ? { name: '新加坡', code: null } : null),
  },
  {
    // Only in a mainland release: a Hong Kong release that names Guangdong speaks of a partner, not its extent.
    name: 'province', example: 'in Guangdong province (a mainland release)',
    pattern: PROVINCE_PATTERN,
    place: (l, m) => (l === 'CN' ? provinceByEnglish(m[1]) : null),
  },
  {
    name: 'nationwide', example: 'nationwide (a mainland release)',
    pattern: /nationwide|(?:across|throughout) (?:the country|China)\b|(?:in|across) the whole country/iy,
    place: (l) => (l === 'CN' ? { name: '中华人民共和国', code: null } : null),
  },
];

interface Found<T> { start: number; end: number; value: T }

/** Every expression of `rules` in text[from, to), left to right, the longest rule first at each word start. */
function scan<R extends { pattern: RegExp }, T>(text: string, from: number, to: number, rules: readonly R[], read: (r: R, m: RegExpExecArray, at: number) => T | null): Array<Found<T>> {
  const out: Array<Found<T>> = [];
  const slice = text.slice(0, to);
  for (let i = from; i < to; i++) {
    if (i > 0 && /[A-Za-z0-9-]/.test(text[i - 1])) continue;
    if (!/[A-Za-z]/.test(text[i])) continue;
    for (const r of rules) {
      r.pattern.lastIndex = i;
      const m = r.pattern.exec(slice);
      if (!m || /[A-Za-z0-9]/.test(text[i + m[0].length] ?? '')) continue;
      const value = read(r, m, i);
      if (value === null) continue;
      out.push({ start: i, end: i + m[0].length, value });
      i += m[0].length - 1;
      break;
    }
  }
  return out;
}

/** A reporting verb right after a date (`Police today (November 5) said …`): the date of the statement, not of the figures. */
const REPORTING_AFTER = /^\s*(?:\([^)]{0,20}\)\s*)?(?:said|says|announced|reported|revealed|stated|told|disclosed|released)\b/;

/** …or right after it (`the police said on Sunday`). */
const REPORTING_BEFORE = /\b(?:said|says|announced|stated|told reporters|disclosed)\s+$/;

function periodsIn(text: string, from: number, to: number, year: number | null): Array<Found<Bounds>> {
  return scan(text, from, to, PERIOD_RULES, (r, m, at) => (BASIS_BEFORE.test(text.slice(Math.max(0, at - 30), at))
    || REPORTING_AFTER.test(text.slice(at + m[0].length, at + m[0].length + 40))
    || REPORTING_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ? null : r.bounds(m, year)));
}

function placesIn(text: string, from: number, to: number, locale: Locale): Array<Found<{ name: string; code: string | null }>> {
  return scan(text, from, to, PLACE_RULES, (r, m) => r.place(locale, m));
}

/** Start of the bracket that holds `at` within text[floor, at), or -1: `(from 74 per cent in 2018)`. */
function openBracket(text: string, floor: number, at: number): number {
  for (let i = at - 1; i >= floor; i--) {
    if (text[i] === ')') return -1;
    if (text[i] === '(') return i;
  }
  return -1;
}

/** Text before a figure it is compared with: `double the`, `up from`, `compared with the`. */
const COMPARED_FIGURE = /\b(?:double|twice|triple|than|from|compared (?:with|to)|against|versus|vs\.?)\s+(?:the\s+|that of\s+)?(?:(?:about|around|some|over|more than|nearly|almost)\s+)?$/i;

/** The basis written right after a figure compared with: `from the 65 653 cases in the same period last year`. */
const BASIS_AFTER = /^(?: [a-z]+){0,2}? ((?:in|during|for) the same (?:period|quarter|month|half)(?: (?:of |in )?(?:19|20)\d\d| last year| of (?:the )?(?:previous|last) year)?)\b/i;

/**
 * The period of a figure that states the basis's own value (contract): the time or basis written after it.
 * No ISO bounds: `the same period` is as long as a period the text names elsewhere.
 */
function comparedPeriod(text: string, d: Draft, floor: number, to: number, periods: Array<Found<Bounds>>): Found<Bounds> | null {
  if (!COMPARED_FIGURE.test(text.slice(Math.max(floor, d.start - 30), d.start))) return null;
  // `from 46,563 cases in 2023`: the time written right after it.
  const right = periods.find((p) => p.start >= d.end && /^(?: [a-z]+){0,2} $/.test(text.slice(d.end, p.start)));
  if (right) return right;
  const m = BASIS_AFTER.exec(text.slice(d.end, Math.min(to, d.end + 80)));
  if (!m) return null;
  const start = d.end + m[0].length - m[1].length;
  return { start, end: start + m[1].length, value: {} };
}

/**
 * The expression nearest to the figure; one before it wins a tie. An expression in brackets
 * serves only the figures in the same brackets (`to 53 per cent (from 74 per cent in 2018)`).
 */
function nearest<T>(found: Array<Found<T>>, d: Draft, text: string, floor: number, figures: readonly Draft[]): Found<T> | null {
  let best: Found<T> | null = null, bestGap = Infinity;
  for (const f of found) {
    const bracket = openBracket(text, floor, f.start);
    if (bracket >= 0 && openBracket(text, floor, d.start) !== bracket) continue;
    // `1,762 cases, almost double the 891 cases in the first half of 2024`: that time is the compared figure's.
    if (f.start >= d.end && figures.some((e) => e.start >= d.end && e.end <= f.start && COMPARED_FIGURE.test(text.slice(Math.max(floor, e.start - 30), e.start)))) continue;
    const gap = f.end <= d.start ? d.start - f.end : f.start >= d.end ? f.start - d.end + 0.5 : Infinity;
    if (gap < bestGap) { best = f; bestGap = gap; }
  }
  return best;
}

/**
 * The paragraph's opening adverbial (`In the first ten months of 2023, …`, `Across the territory, …`):
 * text[paraStart, first comma), when the comma comes early on the paragraph's first line.
 */
function openerRange(text: string, paraStart: number): [number, number] | null {
  const lineEnd = text.indexOf('\n', paraStart);
  const comma = text.indexOf(',', paraStart);
  if (comma < 0 || (lineEnd >= 0 && comma > lineEnd) || comma - paraStart > 80) return null;
  return [paraStart, comma];
}

/** An opener that is an adverbial of its own: `During a territory-wide operation in October, police …`. */
const ADVERBIAL_OPENER = /^\s*(?:In|During|Between|From|Since|Over|For|Throughout|Across|Within|As of|Up to|Until|Till|So far|Last|This|Earlier)\b/;

/**
 * The expression that frames the paragraph: the one that starts the opener, or the first one
 * inside an opener that is an adverbial (`During a territory-wide operation … in October,`).
 */
function openerOf<T>(found: Array<Found<T>>, text: string, paraStart: number): Found<T> | null {
  const f = found[0];
  if (!f) return null;
  return /^\s*$/.test(text.slice(paraStart, f.start)) || ADVERBIAL_OPENER.test(text.slice(paraStart, f.start)) ? f : null;
}

/**
 * Where an English headline ends: a first line without a full stop, followed by a blank line
 * (`CNB arrests 95 suspected drug offenders in islandwide operation`). Its figures restate the
 * story and set no frame for the release.
 */
function headlineEnd(text: string): number {
  const m = /^\s*([^\n]{1,200})\n[ \t]*\n/.exec(text);
  return m && !/[.!?]["”’)]?\s*$/.test(m[1]) ? m.index + m[0].length : 0;
}

/** The first sentence of the paragraph at `paraStart`, when it holds no figure (its start is not in `figureStarts`). */
function leadSentence(text: string, paraStart: number, figureStarts: ReadonlySet<number>): Span | null {
  const lineEnd = text.indexOf('\n', paraStart);
  const first = sentenceSpans(text, paraStart, lineEnd < 0 ? text.length : lineEnd)[0];
  // A clause cut at `;` is no sentence of its own.
  return first && !figureStarts.has(first.start) && text[first.end - 1] !== ';' ? first : null;
}

/** The release's year from a full English date near the top (`12 March 2024`, `March 12, 2024`), or null. */
export function englishYear(text: string): number | null {
  const head = text.slice(0, 3000);
  const m = new RegExp(`\\b\\d{1,2} ${MONTH},? ((?:19|20)\\d\\d)\\b|\\b${MONTH} \\d{1,2},? ((?:19|20)\\d\\d)\\b`).exec(head);
  return m ? +(m[2] ?? m[4]) : null;
}

type Place = { name: string; code: string | null };
/** Where a figure's scope came from, as the trace names it (contract: own sentence → paragraph opener → the release's lead). */
type Frame = 'sentence' | 'paragraph' | 'release';
interface Scope { period: Found<Bounds> | null; place: Found<Place> | null }

const SCOPE_TRACES = new Map<string, string>();
function scopeTrace(role: 'period' | 'place', frame: Frame): string {
  const key = `${role}:${frame}`;
  let line = SCOPE_TRACES.get(key);
  if (line === undefined) SCOPE_TRACES.set(key, line = `en.scope.${role}(${frame})`);
  return line;
}

/** The first of the frames, in order, that has an expression, with its name. */
function firstOf<T>(frames: Array<[Frame, Found<T> | null]>): [Frame, Found<T>] | null {
  for (const [frame, found] of frames) if (found) return [frame, found];
  return null;
}

export const englishScopeRefiner: Refiner = {
  name: 'en.scope',
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[] {
    const { text, locale } = ctx;
    const sentences = englishSentences(drafts);
    if (!sentences.length) return drafts;
    // A date written in the English text comes before referenceDate (which ctx.year falls back to).
    const year = englishYear(text) ?? ctx.year;
    const paragraphs = new Map<number, Scope>();
    const figureStarts = new Set(sentences.map((s) => s[0].facts.sentStart));
    /** The scope of the first figure of the release: it frames every later figure with none of its own. */
    let release = null as Scope | null;
    const titleEnd = Math.max(ctx.scope?.titleEnd ?? 0, headlineEnd(text));
    for (const sentence of sentences) {
      const { sentStart, sentEnd } = sentence[0].facts;
      const periods = periodsIn(text, sentStart, sentEnd, year);
      const places = placesIn(text, sentStart, sentEnd, locale);
      const paraStart = text.lastIndexOf('\n', sentStart - 1) + 1;
      let opener = paragraphs.get(paraStart);
      if (!opener) {
        const range = openerRange(text, paraStart);
        opener = range
          ? { period: openerOf(periodsIn(text, range[0], range[1], year), text, paraStart), place: openerOf(placesIn(text, range[0], range[1], locale), text, paraStart) }
          : { period: null, place: null };
        // `Police mounted an operation across the territory from April 8 to 10. A total of 18 … were arrested.`:
        // a first sentence with no figure of its own sets the scene for the paragraph.
        const lead = leadSentence(text, paraStart, figureStarts);
        if (lead) {
          opener.period ??= periodsIn(text, lead.start, lead.end, year)[0] ?? null;
          opener.place ??= placesIn(text, lead.start, lead.end, locale)[0] ?? null;
        }
        paragraphs.set(paraStart, opener);
      }
      const figures = sentence.map((e) => e.draft);
      for (const { draft } of sentence) {
        const period: [Frame, Found<Bounds>] | null = firstOf<Bounds>([['sentence', comparedPeriod(text, draft, sentStart, sentEnd, periods) ?? nearest(periods, draft, text, sentStart, figures)], ['paragraph', opener.period], ['release', release?.period ?? null]]);
        if (period) {
          const [frame, p] = period;
          draft.period = { start: p.start, end: p.end, ...p.value } satisfies DraftPeriod;
          draft.trace.push(scopeTrace('period', frame));
        }
        const place: [Frame, Found<Place>] | null = firstOf<Place>([['sentence', nearest(places, draft, text, sentStart, figures)], ['paragraph', opener.place], ['release', release?.place ?? null]]);
        if (place) {
          const [frame, p] = place;
          draft.place = { start: p.start, end: p.end, ...p.value } satisfies DraftPlace;
          draft.trace.push(scopeTrace('place', frame));
        }
        // A comparison in brackets (`(from 74 per cent in 2018)`) sets no frame for the release.
        const unbracketed = <T>(f: [Frame, Found<T>] | null) => (f && openBracket(text, sentStart, f[1].start) < 0 ? f[1] : null);
        if (sentStart >= titleEnd) release ??= { period: unbracketed(period), place: unbracketed(place) };
      }
    }
    return drafts;
  },
};
