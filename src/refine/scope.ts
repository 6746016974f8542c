/**
 * Scope refiner: the period and the place each figure holds for, and the acting body in its
 * clause. The expressions are found once per document (scope/periods.ts, scope/places.ts); which
 * one governs a figure follows the contract's order:
 *   1. the nearest one before the figure in its own sentence;
 *   2. otherwise one in the opening sentence of its paragraph;
 *   3. otherwise, for highlights before an ellipsis, the first frame after it in the paragraph;
 *      else the release's lead: what governs the first figure of the body;
 *   4. otherwise none.
 * Period and place are resolved each on its own.
 */
import type { Draft, ExtractContext } from '../extract/types.js';
import { periodMention, scanPeriods, type PeriodMention } from '../scope/periods.js';
import { findPlaceMentions, placeOf, type PlaceMention } from '../scope/places.js';
import { divisionByCode } from '../lexicon/divisions.js';
import { findAgencies, type AgencyMention } from '../document/agency.js';
import { clauseEnd, isClauseEnd, CLAUSE_REACH } from './clauses.js';
import { alternation } from '../lexicon/alternation.js';
import { CLOSING_WORDS, DURATION_HEADS, DURATION_LEADS, PENALTY_WORDS, TREND_HEADS } from '../scope/vocabulary.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { draftsIn } from './lang.js';
import { headingEndAt } from './headings.js';
import { TraceLines } from './traceLines.js';
import { firstStartingFrom, indexWithin } from '../spans.js';

interface Span { start: number; end: number; rule: string }

/** Sentence ends for scope: a semicolon or a comma does not end the frame of a sentence. */
const SENTENCE_END = new CodeUnitSet('。!?\n');
const PARAGRAPH_END = 0x0a; // \n

interface Layout {
  /** Start offsets of clauses, sentences and paragraphs, ascending. */
  clauses: number[];
  sentences: number[];
  paragraphs: number[];
  /** Where each ellipsis (`……`) ends, ascending. */
  ellipses: number[];
  /** headingEndAt of each paragraph start asked about: every figure of a paragraph asks. */
  headingEnds: Map<number, number | null>;
}

/** Where the heading that opens the paragraph at `paragraph` ends, or null (headingEndAt, once per paragraph). */
function headingEndOf(layout: Layout, text: string, paragraph: number): number | null {
  let end = layout.headingEnds.get(paragraph);
  if (end === undefined) layout.headingEnds.set(paragraph, (end = headingEndAt(text, paragraph)));
  return end;
}

const ELLIPSIS = 0x2026; // …

/** Clause, sentence and paragraph starts and ellipsis ends, in one walk over the text. */
function layoutOf(text: string): Layout {
  const clauses = [0], sentences = [0], paragraphs = [0], ellipses: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === ELLIPSIS && text.charCodeAt(i + 1) !== ELLIPSIS) ellipses.push(i + 1);
    if (isClauseEnd(code)) clauses.push(i + 1);
    if (!SENTENCE_END.has(code)) continue;
    sentences.push(i + 1);
    if (code === PARAGRAPH_END) paragraphs.push(i + 1);
  }
  return { clauses, sentences, paragraphs, ellipses, headingEnds: new Map() };
}

/** clauseStart (clauses.ts) read from the layout: the clause's start, at most CLAUSE_REACH back. */
function clauseStartIn(layout: Layout, pos: number): number {
  return Math.max(startOf(layout.clauses, pos), pos - CLAUSE_REACH);
}

/**
 * A release that opens with its highlights (`破获经济犯罪案件1649起、…挽回经济损失13.35亿元……日前,省公安厅…`):
 * the ellipsis after a figure in its paragraph, where the story that frames the highlights starts; or -1.
 */
function teaserEnd(layout: Layout, text: string, pos: number): number {
  const i = lastAtOrBefore(layout.ellipses, pos) + 1;
  if (i >= layout.ellipses.length) return -1;
  const end = layout.ellipses[i];
  return end <= nextStart(layout.paragraphs, pos, text.length) ? end : -1;
}

/** The last start at or before pos. */
function startOf(list: number[], pos: number): number {
  const i = lastAtOrBefore(list, pos);
  return i < 0 ? 0 : list[i];
}

/** The first start after pos, or `end`. */
function nextStart(list: number[], pos: number, end: number): number {
  const i = lastAtOrBefore(list, pos) + 1;
  return i < list.length ? list[i] : end;
}

/** Index of the last number at or before pos (list ascending), or -1. */
function lastAtOrBefore(list: readonly number[], pos: number): number {
  let lo = 0, hi = list.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] <= pos) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found;
}

/** How far into its sentence a mention can stand and still open it (`据统计,截至11月底,…`). */
const SENTENCE_LEAD = 5;

/** Which mention governs each figure, by the contract's order. Mentions are sorted by start. */
class Governor<T extends Span> {
  private lead: T | null | undefined;
  /** What frames the figures of a sentence that frames none itself: the same for all of them, so asked once per sentence. */
  private paragraphAskedFor = -1;
  private paragraphAnswer: { mention: T; rule: string } | null = null;
  constructor(
    private readonly mentions: T[], private readonly layout: Layout, private readonly text: string,
    private readonly bodyStart: number, private readonly laterFigures: number[],
    /** Which mention of the opening sentence frames the paragraph: the first, or the last before its first figure. */
    private readonly openerPick: 'first' | 'lastBeforeFigures',
    /** Whether a mention in the figure's sentence frames the figure at `pos`. */
    private readonly frames: (m: T, pos: number) => boolean = () => true,
    /** Whether a mention that opens a later sentence of the paragraph frames the sentences after it. */
    private readonly carries: (m: T) => boolean = () => false,
    /** Whether a mention found after the first figure can be the release's lead. */
    private readonly leads: (m: T) => boolean = () => true,
  ) {}

  /** Own sentence, then the paragraph's opening sentence; with the rule that chose it. */
  local(pos: number): { mention: T; rule: string } | null {
    const sentence = startOf(this.layout.sentences, pos);
    const ms = this.mentions;
    // The nearest mention that ends before the figure and starts in its sentence.
    for (let i = firstStartingFrom(ms, pos) - 1; i >= 0 && ms[i].start >= sentence; i--) {
      if (ms[i].end <= pos && this.frames(ms[i], pos)) return { mention: ms[i], rule: 'sentence' };
    }
    if (sentence !== this.paragraphAskedFor) {
      this.paragraphAskedFor = sentence;
      this.paragraphAnswer = this.fromParagraph(sentence);
    }
    return this.paragraphAnswer;
  }

  /** A mention carried from a sentence before, else the paragraph's opening sentence. */
  private fromParagraph(sentence: number): { mention: T; rule: string } | null {
    const ms = this.mentions;
    const paragraph = startOf(this.layout.paragraphs, sentence);
    const carried = paragraph < sentence ? this.carried(paragraph, sentence) : null;
    if (carried) return { mention: carried, rule: 'carried' };
    // A paragraph that opens with a heading (`(一)盗窃类警情。本月共接报…`) is framed by the sentence after it.
    const opener = headingEndOf(this.layout, this.text, paragraph) ?? paragraph;
    if (opener < sentence) {
      // The area of the opener stands before what it frames: after the opener's first figure a place
      // is a detail of what was counted (`共破获案件24起,…成功破获大东区“10.13”抢劫案`).
      const figure = this.openerPick === 'lastBeforeFigures' ? this.laterFigures[lastAtOrBefore(this.laterFigures, opener - 1) + 1] ?? Infinity : Infinity;
      const openerEnd = Math.min(figure, nextStart(this.layout.sentences, opener, this.text.length));
      const first = firstStartingFrom(ms, opener);
      const last = firstStartingFrom(ms, openerEnd) - 1;
      if (first <= last) return { mention: ms[this.openerPick === 'first' ? first : last], rule: 'paragraph' };
    }
    return null;
  }

  /** The last mention in [paragraph, sentence) that opens a sentence after the paragraph's first and carries. */
  private carried(paragraph: number, sentence: number): T | null {
    const ms = this.mentions;
    for (let i = firstStartingFrom(ms, sentence) - 1; i >= 0 && ms[i].start >= paragraph; i--) {
      const own = startOf(this.layout.sentences, ms[i].start);
      if (own > paragraph && ms[i].start - own <= SENTENCE_LEAD && this.carries(ms[i])) return ms[i];
    }
    return null;
  }

  /** Highlights before an ellipsis, with no frame before them: the first frame the story after the ellipsis names in the paragraph. */
  private teaser(pos: number): T | null {
    const end = teaserEnd(this.layout, this.text, pos);
    if (end < 0) return null;
    const i = firstStartingFrom(this.mentions, end);
    const m = this.mentions[i];
    return m && m.start < nextStart(this.layout.paragraphs, end, this.text.length) ? m : null;
  }

  /** The frame of the first figure of the body, else the last mention before it in the body. */
  leadFor(firstBodyFigure: number | null): T | null {
    if (this.lead !== undefined) return this.lead;
    if (firstBodyFigure === null) return (this.lead = null);
    const local = this.local(firstBodyFigure);
    if (local) return (this.lead = local.mention);
    const before = firstStartingFrom(this.mentions, firstBodyFigure) - 1;
    if (before >= 0 && this.mentions[before].start >= this.bodyStart) return (this.lead = this.mentions[before]);
    // No frame before the first figure: the first one the body gives a figure of its own.
    for (const pos of this.laterFigures) {
      if (pos <= firstBodyFigure) continue;
      const own = this.local(pos);
      if (own && this.leads(own.mention)) return (this.lead = own.mention);
    }
    return (this.lead = null);
  }

  governing(pos: number, firstBodyFigure: number | null): { mention: T; rule: string } | null {
    const local = this.local(pos);
    if (local) return local;
    const teaser = this.teaser(pos);
    if (teaser) return { mention: teaser, rule: 'teaser' };
    const lead = this.leadFor(firstBodyFigure);
    return lead ? { mention: lead, rule: 'lead' } : null;
  }
}

const PERIOD_TRACES = new TraceLines((rule, found) => `refine.scope.period.${rule}.${found}`);
const PLACE_TRACES = new TraceLines((rule, found) => `refine.scope.place.${rule}.${found}`);

export const scopeRefiner = {
  name: 'scope',
  refine(ctx: ExtractContext, all: Draft[]): Draft[] {
    const scope = ctx.scope;
    const drafts = draftsIn(all, 'zh');
    if (!scope || drafts.length === 0) return all;
    const text = ctx.text;
    const layout = layoutOf(text);
    const figures = drafts.map((d) => d.start);
    const leadFrom = Math.max(scope.bodyStart, scope.titleEnd);
    let firstBodyFigure: number | null = null;
    for (const d of drafts) if (d.start >= leadFrom) { firstBodyFigure = d.start; break; }
    // Periods are looked for only where a rule reads them: each figure's sentence up to the
    // figure, its paragraph's opening sentence, the body up to its first figure.
    const periods: PeriodMention[] = [];
    const bases: PeriodMention[] = [];
    const placeContext = { region: scope.region, locale: ctx.locale };
    for (const [from, to] of readRanges(text, layout, figures, text.length, scope.bodyStart, firstBodyFigure)) {
      const found = scanPeriods(text, ctx.year, from, to);
      for (const p of found.periods) periods.push(p);
      for (const b of found.bases) bases.push(b);
    }
    // Agencies and places in one pass each over the text: their patterns search on to the next
    // match, so per stretch they would read the gaps again and again.
    const agencies: AgencyMention[] = findAgencies(text, 0, text.length);
    const places = withoutAgencyTails(findPlaceMentions(text, 0, text.length, placeContext), agencies);
    // A period opens its sentence (`今年以来，…`); the area is the last one named in it: the actor
    // comes after the context (`全省…部署后，安溪县公安局…`).
    const periodGov = new Governor<PeriodMention>(periods, layout, text, scope.bodyStart, figures, 'first',
      (m, pos) => framesLaterClauses(text, layout, m, pos), (m) => m.rule !== 'word' && CLOSING_DATE_RE.test(text.slice(m.start, m.end)),
      // How long a trend lasted (命案发案数连续三年下降) is no time the whole release reports on.
      (m) => !(m.rule === 'duration' && TREND_LENGTH.test(text.slice(m.start, m.end))));
    const placeGov = new Governor<PlaceMention>(places, layout, text, scope.bodyStart, figures, 'lastBeforeFigures');
    const eventOrGoverning = (pos: number) => {
      const governed = periodGov.governing(pos, firstBodyFigure);
      if (governed?.rule !== 'lead') return governed;
      const event = eventParagraphBefore(text, layout, periods, pos);
      return event && !DAY_RE.test(text.slice(governed.mention.start, governed.mention.end)) ? { mention: event, rule: 'event-paragraph' } : governed;
    };
    // No place governs: the release's own region, at its first mention (a Hong Kong release that says 香港 once).
    // The release's region at its first mention in the body, found when a figure needs it.
    let regionFallback: { mention: PlaceMention; rule: string } | null | undefined;
    const fallback = () => {
      if (regionFallback !== undefined) return regionFallback;
      const mention = scope.region ? places.find((p) => p.start >= scope.bodyStart && sameRegion(p, scope.region!)) : undefined;
      return (regionFallback = mention ? { mention, rule: 'region' } : null);
    };
    for (const d of drafts) {
      const start = startingLevel(text, layout, bases, d);
      const clause = clauseStartIn(layout, d.start);
      const governed = legalMaximum(text, clause, d.start) ? null
        : start !== undefined ? start
        : ownDuration(text, d) ?? (d.kind === 'multiple' ? null : basisStated(text, bases, d.start)) ?? eventOrGoverning(d.start);
      const member = governed?.mention.members ? distributedMember(text, clause, drafts, d, governed.mention.members) : null;
      const p = member ? { mention: member, rule: 'distributed' } : governed;
      if (p) {
        d.period = { start: p.mention.start, end: p.mention.end, from: p.mention.from, to: p.mention.to };
        if (member) d.period.list = { start: governed!.mention.start, end: governed!.mention.end };
        d.trace.push(PERIOD_TRACES.get(p.rule, p.mention.rule));
      }
      const placeGoverned = placeGov.governing(d.start, firstBodyFigure);
      const placeMember = placeGoverned?.mention.members ? distributedMember(text, clause, drafts, d, placeGoverned.mention.members) : null;
      const l = (placeMember ? { mention: placeMember, rule: 'distributed' } : placeGoverned) ?? fallback();
      if (l) {
        d.place = { start: l.mention.start, end: l.mention.end, name: l.mention.name, code: l.mention.code };
        if (placeMember) d.place.list = { start: placeGoverned!.mention.start, end: placeGoverned!.mention.end };
        d.trace.push(PLACE_TRACES.get(l.rule, l.mention.rule));
      }
      const nearest = firstStartingFrom(agencies, d.start) - 1;
      if (nearest >= 0 && agencies[nearest].start >= clause) d.actor = { start: agencies[nearest].start, end: agencies[nearest].end };
    }
    return all;
  },
};

/** How long a trend has lasted (`连续三年`, `持续五个月`): the time of a trend, not of the events counted. */
const TREND_LENGTH = new RegExp(`^(?:${alternation(TREND_HEADS)})`);

/**
 * `8月、9月电诈立案数同比分别下降12.4%和20.5%`, `凯里市、剑河县群众安全感分别为98.1%、97.6%`: a list of
 * periods or places is distributed over as many figures after 分别 in the figure's clause, in order;
 * with another count of figures it stays one period or one place.
 */
function distributedMember<M extends { end: number }>(text: string, from: number, drafts: Draft[], d: Draft, members: M[]): M | null {
  const at = text.lastIndexOf('分别', d.start);
  if (at < from || at < members[members.length - 1].end) return null;
  const to = clauseEnd(text, d.start);
  const list = drafts.filter((x) => x.start > at && x.start < to);
  return list.length === members.length ? members[list.indexOf(d)] : null;
}

/**
 * `十月十四、十五日，警方展开行动…。⏎行动中，共拘捕…`: a paragraph that opens with the day of an event
 * tells the event; the paragraph right after it with no frame of its own goes on with that day, not
 * with the release's lead (a year or a span). The opening mention of that previous paragraph, or null.
 */
/** Whether text[from, to) holds only white space: read up to its first other character. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) return false;
  return true;
}
const DAY_RE = /[日号]/;
/** How far into its paragraph the event's day can stand: after a connective or who acted (`另外，警方于十月十四日`). */
const EVENT_LEAD = 8;
function eventParagraphBefore(text: string, layout: Layout, periods: PeriodMention[], pos: number): PeriodMention | null {
  let k = lastAtOrBefore(layout.paragraphs, pos) - 1;
  // Skip the empty lines between the paragraphs (a few: more are no paragraph break but a gap).
  for (let blank = 0; k >= 0 && isBlank(text, layout.paragraphs[k], layout.paragraphs[k + 1]); blank++) {
    if (blank === 3) return null;
    k--;
  }
  if (k < 0) return null;
  const start = layout.paragraphs[k];
  const i = firstStartingFrom(periods, start);
  const m = periods[i];
  return m && m.start - start <= EVENT_LEAD && m.start < layout.paragraphs[k + 1] && DAY_RE.test(text.slice(m.start, m.end)) ? m : null;
}

/**
 * A sentence that opens with a closing date (`据统计,截至11月底,全省…`) states a tally: the sentences
 * after it in the paragraph go on with it, not with the paragraph's opening period. `截至目前` names
 * no date: it updates one matter (`截至目前,该案已…`) and frames its own sentence only.
 */
const CLOSING_DATE_RE = new RegExp(`^(?:${alternation(CLOSING_WORDS)})`);

/** How far into its clause a period can stand and still frame the clauses after it. */
const FRAME_REACH = 10;
/** A period written with 在/于/自/从/截至 frames what follows wherever it stands: `警方于10月1日至7日…`. */
const FRAME_OPENERS = new Set([...'在于自从截']);

/**
 * A period in the figure's own clause is its period; one in an earlier clause of the sentence frames
 * the figure only where it opens that clause (`今年以来,全市…`, `该省警方在追逃行动中抓获…`). Deep
 * inside a clause it belongs to a noun there: `专案组循线追查该犯罪团伙去年三月起租用的多处窝点,抓获…`.
 */
function framesLaterClauses(text: string, layout: Layout, m: { start: number }, pos: number): boolean {
  const own = clauseStartIn(layout, m.start);
  return own === clauseStartIn(layout, pos) || m.start - own <= FRAME_REACH || FRAME_OPENERS.has(text[m.start]);
}

const MAXIMUM = '最高';
const PENALTY_BEFORE = new RegExp(`${MAXIMUM}.*(?:${alternation(PENALTY_WORDS)})|(?:${alternation(PENALTY_WORDS)}).*${MAXIMUM}`);
/** A maximum penalty (`最高刑罚为监禁10年`) is set by law: no time frames it. */
function legalMaximum(text: string, clause: number, pos: number): boolean {
  // Most clauses have no 最高: the pattern is read only where one stands.
  return indexWithin(text, MAXIMUM[0], clause, pos) !== -1 && PENALTY_BEFORE.test(text.slice(clause, pos));
}

/** Units of a figure that is itself a span of time (`连续6年`, `耗时9个多月`). */
const DURATION_UNITS = new Set(['年', '个月', '月', '天', '日', '小时', '周', '个小时']);
const DURATION_HEAD_BEFORE = new RegExp(`(?:${alternation(DURATION_HEADS)})$`);
const DURATION_LEAD_BEFORE = new RegExp(`(?:${alternation(DURATION_LEADS)})$`);
const DURATION_AFTER = /^(?:以来|来)/;

/**
 * A figure that is a stated span (`连续6年`, `三年来`, `历时3个多月`, `耗时9个多月`) is its own period: it
 * says over which span the figure runs. A bare duration (`潜逃18年`) is framed like any other figure.
 */
function ownDuration(text: string, d: Draft): { mention: PeriodMention; rule: string } | null {
  if (d.kind !== 'count' || !DURATION_UNITS.has(d.unit)) return null;
  const head = text.slice(Math.max(0, d.start - 2), d.start);
  const before = DURATION_HEAD_BEFORE.exec(head);
  const after = DURATION_AFTER.exec(text.slice(d.end, d.end + 2));
  if (!before && !after && !DURATION_LEAD_BEFORE.test(head)) return null;
  // The same span as the period read for the figures after it: `历时3个多月`, `耗时[9个多月]`.
  const start = before ? d.start - before[0].length : d.start;
  return { mention: periodMention(start, d.end + (after ? after[0].length : 0), 'duration'), rule: 'own' };
}

/** A place mention names the release's region (by code, or by name where the region has no code). */
function sameRegion(p: PlaceMention, region: { name: string; code: string | null }): boolean {
  if (region.code) return p.code === region.code || (p.code === null && regionName(region.code) === p.name);
  return p.name === region.name;
}
function regionName(code: string): string | null {
  const d = divisionByCode(code);
  return d ? placeOf(d).name : null;
}

/**
 * `暴力罪案由8 884宗增加806宗至9 690宗`: the figure after 由/从 that a 至/到 later in its clause
 * moves from is the level of the comparison basis. Its period is the basis named last in its sentence
 * or the one before (`较二〇一八年(54 225宗)增加…。暴力罪案由…`), or none: never the current period.
 * Undefined when the figure is no starting level.
 */
const FROM_WORDS = '由从';
const FROM_BEFORE = new RegExp(`[${FROM_WORDS}]\\s*$`);
const FROM_UNITS = new CodeUnitSet(FROM_WORDS);
/** 由/从 right before a figure, spaces between (`由8 884宗`). Most figures have neither: the pattern is read only where one stands. */
function fromBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 2);
  for (let i = from; i < pos; i++) if (FROM_UNITS.has(text.charCodeAt(i))) return FROM_BEFORE.test(text.slice(from, pos));
  return false;
}
const TO_LATER = /^[^,。;!?\n]{0,24}?[至到]/;
function startingLevel(text: string, layout: Layout, bases: PeriodMention[], d: Draft): { mention: PeriodMention; rule: string } | null | undefined {
  if (!fromBefore(text, d.start) || !TO_LATER.test(text.slice(d.end, d.end + 25))) return undefined;
  const sentence = startOf(layout.sentences, d.start);
  const reach = sentence > 0 ? startOf(layout.sentences, sentence - 1) : 0;
  const i = firstStartingFrom(bases, d.start) - 1;
  return i >= 0 && bases[i].start >= reach ? { mention: bases[i], rule: 'basis-level' } : null;
}

/**
 * The figure right after a comparison basis states the basis's value (`较上年同期2378起`,
 * `由去年的18.2%`): its period is the basis. A few characters (的, a verb) may stand between.
 * A multiple never states it: `是去年同期的3倍` compares with the basis.
 */
const BASIS_GAP = /^[\u4e00-\u9fff(]{0,4}$/;
/** A change word between basis and figure: the figure is the change, not the basis's value (`较去年同期下降5%`). */
const CHANGE_CHARS = /[增减升降长少多高低涨跌翻持了上下]/;
function basisStated(text: string, bases: PeriodMention[], pos: number): { mention: PeriodMention; rule: string } | null {
  // Bases are in reading order and do not overlap: only the last one before the figure can be next to it.
  const i = firstStartingFrom(bases, pos) - 1;
  const b = i >= 0 ? bases[i] : null;
  if (!b || b.end > pos || pos - b.end > 4) return null;
  const gap = text.slice(b.end, pos);
  return BASIS_GAP.test(gap) && !CHANGE_CHARS.test(gap) ? { mention: b, rule: 'basis-value' } : null;
}

/**
 * The stretches of text the governing rules read, merged and in order: each figure's sentence up
 * to the figure (and the sentence before, for a starting level), its paragraph's opening sentence (and the one after a heading that opens it), the
 * rest of its paragraph after an ellipsis that follows it (highlights), and the body from its start to the first figure.
 * Figures of one sentence or paragraph ask for the same stretches: each is added once.
 */
function readRanges(text: string, layout: Layout, figures: number[], length: number, bodyStart: number, firstBodyFigure: number | null): Array<[number, number]> {
  const froms: number[] = [], tos: number[] = [];
  const read = (from: number, to: number): void => { froms.push(from); tos.push(to); };
  if (firstBodyFigure !== null) read(bodyStart, firstBodyFigure);
  let ownFrom = -1, ownTo = -1, teaserRead = -1, basisRead = -1, paragraphRead = -1, openingRead = -1, openerRead = -1;
  for (const pos of figures) {
    const sentence = startOf(layout.sentences, pos);
    // The figures of one sentence read it up to the last of them.
    if (sentence === ownFrom) ownTo = Math.max(ownTo, pos);
    else {
      if (ownFrom >= 0) read(ownFrom, ownTo);
      ownFrom = sentence;
      ownTo = pos;
    }
    // A starting level (`由8 884宗增加…至`) reads the basis of the sentence before.
    if (sentence > 0 && sentence !== basisRead && fromBefore(text, pos)) {
      basisRead = sentence;
      read(startOf(layout.sentences, sentence - 1), sentence);
    }
    const teaser = teaserEnd(layout, text, pos);
    if (teaser >= 0 && teaser !== teaserRead) {
      teaserRead = teaser;
      read(teaser, nextStart(layout.paragraphs, teaser, length));
    }
    const paragraph = startOf(layout.paragraphs, pos);
    // The opening of the paragraph before (an event's day, eventParagraphBefore).
    if (paragraph > 0 && paragraph !== paragraphRead) {
      paragraphRead = paragraph;
      const before = startOf(layout.paragraphs, paragraph - 1);
      read(before, Math.min(paragraph, nextStart(layout.sentences, before, length)));
    }
    if (paragraph >= sentence) continue;
    if (paragraph !== openingRead) {
      openingRead = paragraph;
      read(paragraph, nextStart(layout.sentences, paragraph, length));
    }
    const opener = headingEndOf(layout, text, paragraph);
    if (opener !== null && opener < sentence && opener !== openerRead) {
      openerRead = opener;
      read(opener, nextStart(layout.sentences, opener, length));
    }
  }
  if (ownFrom >= 0) read(ownFrom, ownTo);
  return union(froms, tos);
}

/**
 * The union of the stretches [froms[k], tos[k]] (each from ≤ to), in order; stretches that touch
 * are one. Starts and ends are sorted each on its own (as numbers, no comparator): where as many
 * stretches have ended as have started, a part of the union ends.
 */
function union(froms: number[], tos: number[]): Array<[number, number]> {
  const starts = Float64Array.from(froms).sort(), ends = Float64Array.from(tos).sort();
  const out: Array<[number, number]> = [];
  let open = 0, e = 0, begin = 0;
  for (const start of starts) {
    // A stretch that ends where this one starts touches it: only ends before the start close.
    for (; ends[e] < start; e++) if (--open === 0) out.push([begin, ends[e]]);
    if (open++ === 0) begin = start;
  }
  if (starts.length > 0) out.push([begin, ends[ends.length - 1]]);
  return out;
}

/** An agency's name gives its place by its first division (`武汉市公安局青山分局` → 武汉市), not by the later ones. */
function withoutAgencyTails(places: PlaceMention[], agencies: Array<{ start: number; end: number }>): PlaceMention[] {
  if (agencies.length === 0) return places;
  return places.filter((p) => {
    const i = firstStartingFrom(agencies, p.start) - 1;
    if (i < 0) return true;
    const a = agencies[i];
    if (p.end > a.end) return true;
    // Inside the agency's name: kept only when it is the first place of the name.
    const before = firstStartingFrom(places, p.start) - 1;
    return before < 0 || places[before].start < a.start;
  });
}
