/**
 * The issuing body: 自治区公安厅, 公安部, 贵港市公安局, 海口市公安局琼山分局, 广州铁路警方,
 * 司法警察局, 新北市政府警察局 … The mention that opens the release (召开/通报/发布 …, `记者从X获悉`) wins.
 */
import { divisionsByName, longestNameEndingAt, type Division } from '../lexicon/divisions.js';
import { firstStartingFrom } from '../spans.js';

const CORE =
  '(?:(?:铁路|交通|森林|民航|机场|港航|水上|地铁|轨道交通)?公安(?:部(?:[\\u4e00-\\u9fff]{1,10}?局(?![长])|)|厅|局(?:[\\u4e00-\\u9fff]{2,4}?分局)?|分局|处)' +
  '|(?:铁路)?警方|司法警察局|治安警察局|警务处|警政署|刑事警察局|刑事局|海关缉私局|缉私局|国家移民管理局|移民管理局|禁毒委员会办公室|禁毒办' +
  // Taiwan's city and county police (新北市政府警察局, 南投县政府警察局).
  '|(?<=[市县])政府警察局)';
const AGENCY_RE = new RegExp(CORE, 'g');

interface Span { start: number; end: number }

/** An agency name found by the search, with what its surroundings say (read once per name). */
interface Core extends Span { facts: CoreFacts | undefined }

/** The agency names of text[from, …) that start before `to`, left to right (a global search from `from`). */
function scanCores(text: string, from: number, to: number): Core[] {
  const out: Core[] = [];
  AGENCY_RE.lastIndex = from;
  for (let m = AGENCY_RE.exec(text); m && m.index < to; m = AGENCY_RE.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, facts: undefined });
  return out;
}

/**
 * The names of the whole text, kept for the text last asked about: the document analysis reads
 * the head of the body, the scope refiner the whole text.
 */
let whole: { text: string; cores: Core[] } | null = null;

/** The agency names that start in [from, to), as a search from `from` finds them. */
function coresIn(text: string, from: number, to: number): Core[] {
  if (whole === null || whole.text !== text) whole = { text, cores: scanCores(text, 0, text.length) };
  const { cores } = whole;
  const first = firstStartingFrom(cores, from);
  // A name of the whole scan that runs across `from`: a search from there may find another one inside it.
  if (first > 0 && cores[first - 1].end > from) return scanCores(text, from, to);
  const out: Core[] = [];
  for (let k = first; k < cores.length && cores[k].start < to; k++) out.push(cores[k]);
  return out;
}
/** Tried right after the agency; `.` stops at the end of the line. */
const ISSUE_AFTER = /.{0,16}?(?:召开|举行|举办|通报|发布|宣布|公布|表示|透露|介绍|获悉|披露|消息)/y;
const ISSUE_BEFORE = /(?:从|据|经|由)[^,。;\n]{0,8}$/;
/** Bare level words that stand for the issuing region itself: 自治区公安厅, 市公安局. */
const LEVEL_WORDS = ['自治区', '特别行政区', '自治州', '省', '市', '县', '区', '州', '盟', '旗', '内政部', '中国'];

export interface AgencyMention {
  /** Normalized-text offsets of the full agency name with its place prefix. */
  start: number;
  end: number;
  /** Normalized (simplified) name, e.g. 广东省公安厅. */
  name: string;
  /** Divisions named in the prefix, most specific last. */
  places: Division[];
  /** Bare level word before the core (自治区, 省, 市 …), when no place name is given. */
  levelWord: string | null;
  score: number;
}

/** Walks back from `end` over place names and level words; returns the new start. */
function placePrefix(text: string, end: number): { start: number; places: Division[]; levelWord: string | null } {
  let p = end;
  const places: Division[] = [];
  let levelWord: string | null = null;
  for (let guard = 0; guard < 4; guard++) {
    let found = false;
    for (let len = Math.min(longestNameEndingAt(text, p), p); len >= 2; len--) {
      const list = divisionsByName(text.slice(p - len, p));
      if (list.length) { places.unshift(list[0]); p -= len; found = true; break; }
    }
    if (!found) {
      if (places.length === 0 && levelWord === null) {
        // startsWith reads a negative position as 0: a level word must fit before p.
        const w = LEVEL_WORDS.find((lw) => lw.length <= p && text.startsWith(lw, p - lw.length));
        if (w) { levelWord = w; p -= w.length; continue; }
      }
      break;
    }
  }
  return { start: p, places, levelWord };
}

/**
 * What a name says wherever it is read from: its place prefix, whether it is a bare 警方, and the
 * score of the words around it. The document analysis and the scope refiner read the same names.
 */
interface CoreFacts { start: number; places: Division[]; levelWord: string | null; placelessPolice: boolean; score: number }

function factsOf(text: string, core: Core): CoreFacts {
  if (core.facts) return core.facts;
  const pre = placePrefix(text, core.start);
  let score = 1;
  ISSUE_AFTER.lastIndex = core.end;
  if (ISSUE_AFTER.test(text)) score += 3;
  if (ISSUE_BEFORE.test(text.slice(Math.max(0, pre.start - 12), pre.start))) score += 2;
  const placelessPolice = text.endsWith('警方', core.end) && pre.places.length === 0;
  return (core.facts = { start: pre.start, places: pre.places, levelWord: pre.levelWord, placelessPolice, score });
}

export function findAgencies(text: string, from: number, to: number, titleRange?: { start: number; end: number }): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const core of coresIn(text, from, to)) {
    const { start, end } = core;
    const facts = factsOf(text, core);
    if (facts.placelessPolice) continue;
    const inTitle = titleRange !== undefined && start >= titleRange.start && end <= titleRange.end;
    out.push({ start: facts.start, end, name: text.slice(facts.start, end), places: facts.places, levelWord: facts.levelWord, score: facts.score + (inTitle ? 2 : 0) });
  }
  return out;
}

/** The issuing agency among the mentions: highest summed score per name, earliest on ties. */
export function pickAgency(mentions: AgencyMention[]): AgencyMention | null {
  const total = new Map<string, number>();
  for (const a of mentions) total.set(a.name, (total.get(a.name) ?? 0) + a.score);
  let best: AgencyMention | null = null;
  let bestScore = 0;
  for (const a of mentions) {
    const s = total.get(a.name)!;
    if (s > bestScore) { best = a; bestScore = s; }
  }
  return best;
}
