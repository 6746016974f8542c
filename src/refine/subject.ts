/**
 * Subjects: what each metric measures, in the text's own words. The subject normally precedes
 * the number (`破获养老诈骗案件2031起`); after a count that heads a noun (`侦破88起督办案件`) it is
 * the verb plus that noun. Lists share or distribute a subject (`刑事、治安警情分别下降…`).
 * Subjects are kept as normalized-text spans; parse() returns them in the original script.
 */
import type { Draft, ExtractContext } from '../extract/types.js';
import {
  LEADING_NOISE, MIN_SUBJECT_LENGTH, RESTARTING_CONNECTIVES, NOUN_PHRASE_STOP, NOT_IN_NOUN_PHRASE_TAGS,
  TRAILING_NOISE_CHAR, TRAILING_NOISE_WORDS,
} from '../lexicon/subjectTrim.js';
import type { Connective } from '../lexicon/subjectTrim.js';
import { tagSpan, type Token } from '../segment/jieba.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { clauseEnd, clauseStart, sentenceStart } from './clauses.js';
import type { Refiner } from './index.js';
import { draftsIn } from './lang.js';
import { byLastChar, CodeIndex, codeClass, longestWordEnding } from '../lexicon/codeIndex.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { firstEndMarker } from './endMarkers.js';

type Span = [number, number];

const isHan = (code: number): boolean => code >= 0x4e00 && code <= 0x9fff;

/** Connectives by their first character, in table order. */
const CONNECTIVES_BY_FIRST = new CodeIndex<Connective>(RESTARTING_CONNECTIVES, (c) => c.word.charCodeAt(0));

/** Length of the connective at text[i] inside text[s, e), or 0. */
function connectiveAt(text: string, i: number, s: number, e: number): number {
  for (const c of CONNECTIVES_BY_FIRST.get(text.charCodeAt(i))) {
    const end = i + c.word.length;
    if (end > e || !text.startsWith(c.word, i)) continue;
    if (c.notAfter && i > s && c.notAfter.includes(text[i - 1])) continue;
    if (c.notBefore && end < e && c.notBefore.includes(text[end])) continue;
    return c.word.length;
  }
  return 0;
}

/** Start of text[s, e) after the last 共/累计 that leaves a subject long enough behind it. */
function afterRestartingConnective(text: string, s: number, e: number): number {
  let start = s;
  for (let i = s; i < e;) {
    const length = CONNECTIVES_BY_FIRST.has(text.charCodeAt(i)) ? connectiveAt(text, i, s, e) : 0;
    if (length === 0) { i++; continue; }
    i += length;
    if (e - i >= MIN_SUBJECT_LENGTH) start = i;
  }
  return start;
}

/**
 * The LEADING_NOISE patterns as one alternation: tried in table order at the start, the first
 * that matches wins, as in a loop over the table, but with one regex call instead of up to twelve.
 */
const ANY_LEADING_NOISE = new RegExp(`^(?:${LEADING_NOISE.map((re) => re.source.replace(/^\^/, '')).join('|')})`);

/** Start of text[s, e) after stripping leading noise repeatedly. */
function afterLeadingNoise(text: string, s: number, e: number): number {
  while (s < e) {
    const m = ANY_LEADING_NOISE.exec(text.slice(s, e));
    if (!m || m[0].length === 0) break;
    s += m[0].length;
  }
  return s;
}

const TRAILING_NOISE_BY_LAST = byLastChar(TRAILING_NOISE_WORDS.map((word) => ({ word })));
const isTrailingNoiseChar = codeClass(TRAILING_NOISE_CHAR);

/** End of text[s, e) after stripping trailing noise repeatedly. */
function beforeTrailingNoise(text: string, s: number, e: number): number {
  while (e > s) {
    const length = isTrailingNoiseChar(text.charCodeAt(e - 1)) ? 1 : longestWordEnding(TRAILING_NOISE_BY_LAST, text, s, e);
    if (length === 0) break;
    e -= length;
  }
  return e;
}

/** Unbalanced brackets at the edges come from cutting inside a parenthesis. */
const CLOSING_BRACKETS = new CodeUnitSet(')】」”');

/** Trims noise from both ends of text[s, e); returns the core span or null. */
export function trimSubject(text: string, s: number, e: number): Span | null {
  s = afterRestartingConnective(text, s, e);
  s = afterLeadingNoise(text, s, e);
  e = beforeTrailingNoise(text, s, e);
  while (s < e && CLOSING_BRACKETS.has(text.charCodeAt(s))) s++;
  return e - s >= MIN_SUBJECT_LENGTH ? [s, e] : null;
}

/** Verbs, not verbal nouns (jieba `vn`: 打击, 管理). */
const isVerb = (token: Token): boolean => token.tag.startsWith('v') && token.tag !== 'vn';

/** Longest subject kept whole; longer ones keep the last verb and its object. */
const LONG_SUBJECT = 12;
/** An enumeration `A、B、C等` inside a subject: the examples, not the thing counted. */
const ENUMERATION = /(?:[^、,]{1,12}、)+[^、,]{1,12}等/;

const ENUMERATION_COMMA = '、'.charCodeAt(0), ENUMERATION_END = '等'.charCodeAt(0);

/** Whether text[s, e) has both characters every enumeration has (most long subjects lack one). */
function mayHoldEnumeration(text: string, s: number, e: number): boolean {
  let comma = false, end = false;
  for (let i = s; i < e && !(comma && end); i++) {
    const code = text.charCodeAt(i);
    comma ||= code === ENUMERATION_COMMA;
    end ||= code === ENUMERATION_END;
  }
  return comma && end;
}

/** Shortens a long subject: drops `A、B等` enumerations (keeping a verb glued to A), else starts at the last verb. */
function shorten(text: string, span: Span): Span[] {
  const s = span[0], e = span[1];
  if (e - s <= LONG_SUBJECT) return [span];
  // The (backtracking) search runs only on spans that can hold an enumeration.
  const en = mayHoldEnumeration(text, s, e) ? ENUMERATION.exec(text.slice(s, e)) : null;
  if (en && en.index !== undefined) {
    const enStart = s + en.index, enEnd = enStart + en[0].length;
    const firstTokens = tagSpan(text, enStart, enStart + 12);
    const verb = firstTokens[0] && isVerb(firstTokens[0]) ? firstTokens[0].word.length : 0;
    const head = trimSubject(text, s, enStart + verb);
    const tail: Span = [enEnd, e];
    const pieces: Span[] = head ? [...shorten(text, head)] : [];
    if (e - enEnd >= 1) pieces.push(tail);
    if (pieces.length && pieces.reduce((n, [a, b]) => n + b - a, 0) >= MIN_SUBJECT_LENGTH) return pieces.length > 1 && pieces[0][1] - pieces[0][0] > LONG_SUBJECT ? [tail] : pieces;
  }
  const tokens = tagSpan(text, s, e);
  let pos = e;
  for (let i = tokens.length - 1; i >= 0; i--) {
    pos -= tokens[i].word.length;
    if (isVerb(tokens[i]) && tokens[i].word.length >= 2 && e - pos - tokens[i].word.length >= MIN_SUBJECT_LENGTH) return [[pos, e]];
  }
  return [[Math.max(s, e - LONG_SUBJECT), e]];
}

/** The part of text[s, e) before comparison or direction words. */
function beforeMarkers(text: string, s: number, e: number): number {
  const at = firstEndMarker(text, s, e);
  return at === -1 ? e : at;
}

/** Skipped between a measure word and the noun it heads. */
const BEFORE_NOUN = new CodeUnitSet('的“”「」"');
const QUOTES = new CodeUnitSet('“”「」"');
const isQuoteToken = (word: string): boolean => word.length === 1 && QUOTES.has(word.charCodeAt(0));

/** Noun phrase right after a count's measure word (`17起[大要案件]开展…`), via jieba tags. */
function nounAfter(text: string, from: number, clauseEnd: number): Span | null {
  let s = from;
  while (BEFORE_NOUN.has(text.charCodeAt(s))) s++;
  if (!isHan(text.charCodeAt(s))) return null;
  const tokens = tagSpan(text, s, Math.min(clauseEnd, s + 24));
  let end = s;
  let pos = s;
  let lastNoun = s;
  for (const tk of tokens) {
    if (isQuoteToken(tk.word)) { pos += 1; continue; }
    const punctuation = tk.tag === 'x' && !/[\u4e00-\u9fff]/.test(tk.word);
    if (NOUN_PHRASE_STOP.has(tk.word) || NOT_IN_NOUN_PHRASE_TAGS.has(tk.tag) || punctuation) break;
    pos += tk.word.length;
    end = pos;
    // One-character "verbs" at the end are mostly noun heads (执法站, 服务点): they stay.
    if ((tk.tag !== 'v' && tk.tag !== 'a' && tk.tag !== 'vd') || tk.word.length === 1) lastNoun = pos;
  }
  // A trailing verb ends the phrase (`大要案件|开展`); a phrase of verbs only is kept (`完成注册安装`)
  // unless it states the change itself (`2378起上升3.3%`).
  if (lastNoun > s) end = lastNoun;
  else if (firstEndMarker(text, s, end) !== -1) return null;
  return end - s >= MIN_SUBJECT_LENGTH ? [s, end] : null;
}

/** The last verb of a span, when the span ends with one (`侦破`, `开展`). */
function trailingVerb(text: string, span: Span): Span | null {
  const tokens: Token[] = tagSpan(text, span[0], span[1]);
  const last = tokens[tokens.length - 1];
  if (!last || !isVerb(last)) return null;
  return [span[1] - last.word.length, span[1]];
}

/** Splits a coordination `A、B和C` into parts; completes heads (`刑事、治安警情`) and prefixes (`…案件立案数、破案数`). */
function distribute(text: string, core: Span, n: number): Span[][] | null {
  const parts: Span[] = [];
  let s = core[0];
  for (let i = core[0]; i < core[1]; i++) {
    if (text[i] === '、' || ((text[i] === '和' || text[i] === '及' || text[i] === '与') && parts.length === n - 2 && n > 1)) {
      parts.push([s, i]);
      s = i + 1;
    }
  }
  parts.push([s, core[1]]);
  if (parts.length !== n || parts.some(([a, b]) => b - a < 1)) return null;
  const first = tagSpan(text, parts[0][0], parts[0][1]);
  const last = tagSpan(text, parts[n - 1][0], parts[n - 1][1]);
  const result: Span[][] = parts.map((p) => [p]);
  const firstLen = parts[0][1] - parts[0][0], lastLen = parts[n - 1][1] - parts[n - 1][0];
  if (last.length > 1 && first.length === 1 && lastLen > firstLen) {
    // 刑事、治安警情: earlier parts borrow the head noun of the last. Parallel modifiers have the
    // same length (刑事/治安), which finds the head even where jieba cuts 治安警|情.
    const head: Span = [parts[n - 1][0] + firstLen, parts[n - 1][1]];
    for (let k = 0; k < n - 1; k++) result[k] = [parts[k], head];
  } else if (first.length > 1) {
    // 民生领域犯罪案件立案数、破案数: later parts borrow the prefix of the first, cut where the
    // parallel item begins (立案数 ↔ 破案数 have the same length).
    for (let k = 1; k < n; k++) {
      const own = k === n - 1 ? last : tagSpan(text, parts[k][0], parts[k][1]);
      const ownLen = parts[k][1] - parts[k][0];
      const trimmed = ownLen < firstLen ? trimSubject(text, parts[0][0], parts[0][1] - ownLen) : null;
      if (own.length <= first.length && trimmed) result[k] = [trimmed, parts[k]];
    }
  }
  return result;
}

const DURATION_UNITS = new Set(MEASURE_WORDS.filter((m) => m.duration).map((m) => m.word));
const isDuration = (d: Draft): boolean => d.kind === 'count' && DURATION_UNITS.has(d.unit);

/** Words before a number whose object is the noun after it (`对17起大要案件`, `珠海等8个地市`). */
const BEFORE_OBJECT = new CodeUnitSet('对在从向给把将等有');

/** Kinds whose number can head a noun (`17起大要案件`, `3吨毒品`, `5万元赃款`). */
const COUNTED_KINDS = new Set<Draft['kind']>(['count', 'quantity', 'money']);

/** The subject core of the clause before the one starting at `cs`, within the sentence of `pos`. */
function previousClauseCore(text: string, cs: number, pos: number): Span | null {
  // cs < 2: the clause before is empty (a clause end opens the text), and cs - 2 would be negative.
  if (cs < 2 || cs <= sentenceStart(text, pos)) return null;
  const pcs = clauseStart(text, cs - 2);
  return trimSubject(text, pcs, beforeMarkers(text, pcs, cs - 1));
}

/** Up to `n` metrics with subjects before `index` that start at or after `sentenceStart`, in order. */
function earlierInSentence(drafts: Draft[], index: number, sentenceStart: number, n: number): Draft[] {
  const out: Draft[] = [];
  for (let i = index - 1; i >= 0 && out.length < n && drafts[i].start >= sentenceStart; i--) {
    if (drafts[i].subjectSpans) out.unshift(drafts[i]);
  }
  return out;
}

function isConversion(text: string, prev: Draft, d: Draft): boolean {
  if (prev.kind !== 'money' || d.kind !== 'money' || d.start - prev.end > 12) return false;
  const between = text.slice(prev.end, d.start);
  return /^\(/.test(between) && !between.includes(')');
}

/** Between two members of one list; nothing at all also joins them. */
const LIST_SEPARATORS = new CodeUnitSet('、和及与,');

/** Whether text[prevEnd, nextStart) joins two list members: empty, or one separator. */
const joinsList = (text: string, prevEnd: number, nextStart: number): boolean =>
  nextStart <= prevEnd || (nextStart - prevEnd === 1 && LIST_SEPARATORS.has(text.charCodeAt(prevEnd)));

/** Groups drafts that form one list in one clause (`26.05%和31.31%`, `10%、16.4%、24.7%`). */
function lists(text: string, drafts: Draft[]): Draft[][] {
  const out: Draft[][] = [];
  let prev: Draft | undefined;
  for (const d of drafts) {
    // 24万余元(约26.9万港元): a conversion in brackets is a member of its own list.
    if (prev && prev.kind === d.kind && joinsList(text, prev.end, d.start)) out[out.length - 1].push(d);
    else out.push([d]);
    prev = d;
  }
  return out;
}

/** How a subject was found, as the trace names it. */
type SubjectRule = 'conversion' | 'distributed' | 'distributed-previous-clause' | 'distributed-earlier-metrics' | 'shared'
  | 'noun-after' | 'before' | 'previous-metric' | 'previous-clause' | 'none';

/** Trace lines by rule, built once: every metric pushes one. */
const SUBJECT_TRACES = new Map<SubjectRule, string>();
function subjectTrace(why: SubjectRule): string {
  let line = SUBJECT_TRACES.get(why);
  if (line === undefined) SUBJECT_TRACES.set(why, line = `refine.subject(${why})`);
  return line;
}

function setSubject(d: Draft, spans: Span[] | null, why: SubjectRule): void {
  d.subjectSpans = spans ?? undefined;
  d.trace.push(subjectTrace(why));
}

export const subjectRefiner: Refiner = {
  name: 'subject',
  refine(ctx: ExtractContext, all: Draft[]): Draft[] {
    const { text } = ctx;
    const drafts = draftsIn(all, 'zh');
    let consumed = 0; // end of the text already used by earlier metrics (their numbers and nouns after)
    let previous: Draft | null = null;
    let nextIndex = 0;
    for (const list of lists(text, drafts)) {
      const head = list[0];
      const headIndex = nextIndex;
      nextIndex += list.length;
      const cs = clauseStart(text, head.start), ce = clauseEnd(text, head.start);
      // 24万余元(人民币,下同,约26.9万港元): a converted amount in brackets measures the same thing.
      if (previous && list.length === 1 && isConversion(text, previous, head)) {
        setSubject(head, previous.subjectSpans ?? null, 'conversion');
        previous = head;
        continue;
      }
      const leftStart = Math.max(cs, consumed);
      const leftEnd = beforeMarkers(text, leftStart, head.start);
      const headAfter = COUNTED_KINDS.has(head.kind) ? nounAfter(text, head.end, ce) : null;
      // 对17起大要案件 / 珠海等8个地市: the thing counted follows the number.
      const objectFollows = leftEnd > leftStart && BEFORE_OBJECT.has(text.charCodeAt(leftEnd - 1)) && headAfter !== null;
      const core = objectFollows ? null : trimSubject(text, leftStart, leftEnd);
      const n = list.length;
      if (n > 1) {
        const parts = core ? distribute(text, core, n) : null;
        if (parts) { list.forEach((d, k) => setSubject(d, parts[k], 'distributed')); continue; }
        if (!core) {
          // The subject is in the clause before (`亡人交通事故起数、死亡人数,同比分别下降40%和39.6%`)
          const before = previousClauseCore(text, cs, head.start);
          const fromPrev = before ? distribute(text, before, n) : null;
          if (fromPrev) { list.forEach((d, k) => setSubject(d, fromPrev[k], 'distributed-previous-clause')); continue; }
          // …or the subjects of the metrics just before (`破获…2.6万起,抓获…3.9万名,同比分别上升10%、16.4%`).
          const earlier = earlierInSentence(drafts, headIndex, sentenceStart(text, head.start), n);
          if (earlier.length >= n) {
            const src = earlier.slice(-n);
            list.forEach((d, k) => setSubject(d, src[k].subjectSpans!, 'distributed-earlier-metrics'));
            continue;
          }
        }
      }
      for (const d of list) {
        if (d !== head && core) { setSubject(d, [core], 'shared'); continue; }
        const after = d === head ? headAfter : COUNTED_KINDS.has(d.kind) ? nounAfter(text, d.end, ce) : null;
        const own = d === head ? core : null;
        const verb = after && own ? trailingVerb(text, own) : null;
        if (after && (!own || verb || own[1] - own[0] <= 1)) {
          setSubject(d, verb ? [verb, after] : [after], 'noun-after');
          consumed = Math.max(consumed, after[1]);
        } else if (own) {
          setSubject(d, shorten(text, own), 'before');
        } else if (previous?.subjectSpans && d === head && previous.end >= sentenceStart(text, head.start)) {
          // 机动车保有量增加1.16亿辆、目前达到4.4亿辆: the second figure measures the same thing.
          setSubject(d, previous.subjectSpans, 'previous-metric');
        } else {
          const before = previousClauseCore(text, cs, head.start);
          setSubject(d, before ? [before] : null, before ? 'previous-clause' : 'none');
        }
      }
      // Durations (连续五年, 历时3个月) are circumstances: the figure after them still reads its subject from before them.
      if (!list.every(isDuration)) {
        consumed = Math.max(consumed, list[list.length - 1].end);
        previous = list[list.length - 1];
      }
    }
    return all;
  },
};
