/**
 * The subject rules, each a small function that either decides or passes. List rules decide for
 * every member of a list of figures at once (`刑事、治安警情分别下降26.05%和31.31%`); member rules
 * decide for one figure. The refiner (subject.ts) tries them in table order; each decision names
 * its rule, and the trace shows it.
 */
import type { Draft } from '../extract/types.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { clauseStart, sentenceStart } from './clauses.js';
import { MIN_SUBJECT_LENGTH } from '../lexicon/subjectTrim.js';
import { BASIS_PATTERNS } from '../lexicon/change.js';
import { firstEndMarker } from './endMarkers.js';
import { beforeMarkers, distribute, nounAfter, shorten, trailingVerb, trimSubject, type Span } from './subjectSpans.js';
import { headingBefore } from './headings.js';
import { tagSpan } from '../segment/jieba.js';
import { FILLER_ROWS, LIST_JOINERS_ANYWHERE } from '../lexicon/vocabulary.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';

/** What the rules see: one list of figures in one clause, the text before it, and what came before. */
export interface Scene {
  text: string;
  /** All drafts of the text, in order; the list starts at drafts[headIndex]. */
  drafts: readonly Draft[];
  list: readonly Draft[];
  headIndex: number;
  clauseStart: number;
  clauseEnd: number;
  /** The text before the head that may hold its subject: after earlier figures, before comparison words, without period, place and actor. */
  leftStart: number;
  leftEnd: number;
  /** That text with its noise trimmed, or null. */
  core: Span | null;
  /** The noun phrase after the head's measure word (`95个[涉黑涉恶犯罪团伙]`), or null. */
  headAfter: Span | null;
  /** The last figure of the lists before, unless a duration. */
  previous: Draft | null;
}

export type SubjectRuleName = 'conversion' | 'distributed' | 'distributed-previous-clause' | 'distributed-earlier-metrics'
  | 'object-follows' | 'shared' | 'verb-object' | 'noun-after' | 'share-of' | 'part-of-topic' | 'after-comparison' | 'parallel-name' | 'multiple-of-previous' | 'copula-after' | 'continues-previous' | 'enumerated-item' | 'before' | 'previous-metric' | 'previous-clause' | 'heading' | 'none';

export interface Decision {
  rule: SubjectRuleName;
  spans: Span[] | null;
  /** Whether the subject comes from the scene's core (the trimmed words are then traced too). */
  usesCore?: boolean;
  /** The subject ran past the figure to here (a noun after it): later figures start after it. */
  consumedTo?: number;
}

export type ListRule = (scene: Scene) => Decision[] | null;
export type MemberRule = (scene: Scene, d: Draft, k: number) => Decision | null;

/** Kinds whose number can head a noun (`17起大要案件`, `3吨毒品`, `5万元赃款`). */
export const COUNTED_KINDS = new Set<Draft['kind']>(['count', 'quantity', 'money']);

/** The noun phrase after a figure's unit, within its clause. */
export const nounAfterFigure = (text: string, d: Draft, clauseEnd: number): Span | null => nounAfter(text, d.end, clauseEnd);

/** The role spans of a figure that never belong to its subject. */
export const roleSpans = (d: Draft): Array<{ start: number; end: number } | undefined> => [d.period, d.place, d.actor];

/** The subject core of the clause before the one starting at `cs`, within the sentence of `pos`. */
function previousClauseCore(text: string, cs: number, pos: number, d: Draft): Span | null {
  // cs < 2: the clause before is empty (a clause end opens the text), and cs - 2 would be negative.
  if (cs < 2 || cs <= sentenceStart(text, pos)) return null;
  const pcs = clauseStart(text, cs - 2);
  const end = beforeMarkers(text, pcs, cs - 1);
  // The period or place of the figure often opens the sentence (`今年以来,…`): not a subject.
  for (const r of roleSpans(d)) if (r && r.start <= pcs && r.end >= end) return null;
  return trimSubject(text, pcs, end);
}

const each = (scene: Scene, rule: SubjectRuleName, spans: (k: number) => Span[] | null, usesCore = false): Decision[] =>
  scene.list.map((_, k) => ({ rule, spans: spans(k), usesCore }));

/** 24万余元(人民币,下同,约26.9万港元): a converted amount in brackets measures the same thing. */
export const conversion: ListRule = (scene) => {
  const { text, list, previous } = scene;
  if (!previous || list.length !== 1) return null;
  const d = list[0];
  if (previous.kind !== 'money' || d.kind !== 'money' || d.start - previous.end > 12) return null;
  const between = text.slice(previous.end, d.start);
  if (!/^\(/.test(between) || between.includes(')')) return null;
  return [{ rule: 'conversion', spans: previous.subjectSpans ?? null }];
};

/** 刑事、治安警情分别下降26.05%和31.31%: the coordination before the list is split over its members. */
export const distributed: ListRule = (scene) => {
  if (scene.list.length < 2 || !scene.core) return null;
  const parts = distribute(scene.text, scene.core, scene.list.length);
  return parts ? each(scene, 'distributed', (k) => parts[k], true) : null;
};

/** 亡人交通事故起数、死亡人数,同比分别下降40%和39.6%: the coordination is in the clause before. */
export const distributedPreviousClause: ListRule = (scene) => {
  if (scene.list.length < 2 || scene.core) return null;
  const head = scene.list[0];
  const before = previousClauseCore(scene.text, scene.clauseStart, head.start, head);
  const parts = before ? distribute(scene.text, before, scene.list.length) : null;
  return parts ? each(scene, 'distributed-previous-clause', (k) => parts[k]) : null;
};

/** 破获…2.6万起,抓获…3.9万名,同比分别上升10%、16.4%: the list measures the figures just before, in order. */
export const distributedEarlierMetrics: ListRule = (scene) => {
  const n = scene.list.length;
  if (n < 2 || scene.core) return null;
  const from = sentenceStart(scene.text, scene.list[0].start);
  const earlier: Draft[] = [];
  for (let i = scene.headIndex - 1; i >= 0 && earlier.length < n && scene.drafts[i].start >= from; i--) {
    if (scene.drafts[i].subjectSpans) earlier.unshift(scene.drafts[i]);
  }
  if (earlier.length < n) return null;
  return each(scene, 'distributed-earlier-metrics', (k) => earlier[k].subjectSpans!);
};

/** Words before a number whose object is the noun after it (`对17起大要案件`, `珠海等8个地市`). */
const BEFORE_OBJECT = new CodeUnitSet('对在从向给把将等有');

/** Whether the head's object follows it after a preposition (`对17起大要案件开展…`). */
export const objectFollowsFigure = (scene: Scene): boolean => scene.headAfter !== null && scene.leftEnd > scene.leftStart
  && BEFORE_OBJECT.has(scene.text.charCodeAt(scene.leftEnd - 1));

/** 对17起大要案件开展…: the thing counted follows the number, after a preposition. */
export const objectFollows: MemberRule = (scene, d) => (d === scene.list[0] && objectFollowsFigure(scene)
  ? { rule: 'object-follows', spans: [scene.headAfter!], consumedTo: scene.headAfter![1] }
  : null);

/** 盗窃、诈骗案件分别下降10%、20%: later members of a list share the subject before it. */
export const shared: MemberRule = (scene, d) => (d !== scene.list[0] && scene.core
  ? { rule: 'shared', spans: [scene.core], usesCore: true }
  : null);

/**
 * 端掉9处保健品诈骗窝点, 抓获33名犯罪嫌疑人: the subject is the verb before the number and its
 * object after the measure word. The verb is the last token before the number when it is verbal
 * (jieba tags many police verbs as verbal nouns or leaves them unknown: 巡查/vn, 端掉/x).
 */
export const verbObject: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  const after = afterOf(scene, d);
  if (!own || !after) return null;
  const verb = lastVerbal(scene.text, own);
  return verb ? { rule: 'verb-object', spans: [verb, after], usesCore: true, consumedTo: after[1] } : null;
};

const isHanWord = (word: string): boolean => /^[\u4e00-\u9fff]{2,}$/.test(word);

/** The last token of a span when verbal: a verb, a verbal noun, or an unknown word of two Han characters or more. */
function lastVerbal(text: string, span: Span): Span | null {
  const tokens = tagSpan(text, span[0], span[1]);
  const last = tokens[tokens.length - 1];
  if (!last || !(last.tag.startsWith('v') || (last.tag === 'x' && isHanWord(last.word)))) return null;
  return [span[1] - last.word.length, span[1]];
}

/** Tags of time, number, locality and place words: a span of only these (`当晚`, `半年`) measures nothing. */
const CIRCUMSTANCE_TAGS = new Set(['t', 'tg', 'm', 'mq', 'f', 's']);

/** Whether a span is only circumstances (time, number, locality, place). */
function onlyCircumstances(text: string, span: Span): boolean {
  return tagSpan(text, span[0], span[1]).every((t) => CIRCUMSTANCE_TAGS.has(t.tag));
}

/** 17起大要案件开展…: nothing measured before the number, the noun after it is the subject. */
export const nounAfterRule: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  const after = afterOf(scene, d);
  if (!after || (own && own[1] - own[0] > 1 && !onlyCircumstances(scene.text, own))) return null;
  return { rule: 'noun-after', spans: [after], consumedTo: after[1] };
};

/** Whether a short span ends with a verb or verbal noun, or a word jieba does not know (打掉, 端掉): not a noun, time or conjunction. */
function endsVerbLike(text: string, span: Span): boolean {
  const tokens = tagSpan(text, span[0], span[1]);
  const last = tokens[tokens.length - 1];
  return last !== undefined && last.word.length >= 2 && (last.tag.startsWith('v') || last.tag === 'x');
}

const DURATION_UNITS = new Set(MEASURE_WORDS.filter((m) => m.duration).map((m) => m.word));
/** Durations (连续五年, 历时3个月) are circumstances, not the count of a thing after them. */
export const isDuration = (d: Draft): boolean => d.kind === 'count' && DURATION_UNITS.has(d.unit);

function afterOf(scene: Scene, d: Draft): Span | null {
  if (isDuration(d)) return null;
  if (d === scene.list[0]) return scene.headAfter;
  return COUNTED_KINDS.has(d.kind) ? nounAfterFigure(scene.text, d, scene.clauseEnd) : null;
}

/** Whether a token is verbal: a verb, a verbal noun, or an unknown word of two Han characters or more (端掉). */
const isVerbal = (t: { word: string; tag: string }): boolean => t.tag.startsWith('v') || (t.tag === 'x' && isHanWord(t.word));

/** The figure before `d` in its sentence that has a subject, if any. */
function previousInSentence(scene: Scene, d: Draft): Draft | null {
  const p = scene.previous;
  return p?.subjectSpans && p.end >= sentenceStart(scene.text, d.start) ? p : null;
}

/** 户外火灾1.5万起,占火灾总数的53.8%: a share (占…) measures the subject of the figure before it. */
export const shareOf: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (!own || scene.text.charCodeAt(own[0]) !== SHARE) return null;
  const p = previousInSentence(scene, d);
  return p ? { rule: 'share-of', spans: [...p.subjectSpans!, own], usesCore: true } : null;
};
const SHARE = '占'.charCodeAt(0);

/** 上交枪支4297支、子弹38.9万发、炸药4.4万公斤: later items of an enumeration take the verb of the first. */
export const enumeratedItem: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core ?? oneCharacterItem(scene) : null;
  const p = scene.previous;
  if (!own || !p?.subjectSpans) return null;
  const { text } = scene;
  // Only an enumeration joiner between the figure before and this item.
  if (own[0] !== p.end + 1) return null;
  const joiner = text.charCodeAt(p.end);
  if (!JOINS_ITEMS.has(joiner) && !(joiner === COMMA && own[1] - own[0] <= SHORT_ITEM)) return null;
  const ownTokens = tagSpan(text, own[0], own[1]);
  if (ownTokens.length === 0 || isVerbal(ownTokens[0])) return null;
  // The item before took the verb itself: the same verb goes on.
  if (ENUMERATED.has(p)) return enumerated(d, [p.subjectSpans[0], own]);
  if (p.subjectSpans.length !== 1) return null;
  const [s, e] = p.subjectSpans[0];
  const tokens = tagSpan(text, s, e);
  // The last verbal token before the item governs the enumeration (群众主动上交|枪支).
  let verbEnd = -1;
  for (let i = 0, pos = s; i < tokens.length - 1; pos += tokens[i].word.length, i++) {
    if (isVerbal(tokens[i])) verbEnd = pos + tokens[i].word.length;
  }
  if (verbEnd === -1) return null;
  return enumerated(d, [[s, verbEnd], own]);
};

/** 管制刀具89把、弩12把: an item of one Han character right after a joiner (too short for a subject alone). */
function oneCharacterItem(scene: Scene): Span | null {
  const { text, leftStart, leftEnd } = scene;
  const at = leftEnd - 1;
  const code = text.charCodeAt(at);
  return leftEnd - leftStart === 2 && JOINS_ITEMS.has(text.charCodeAt(leftStart)) && code >= 0x4e00 && code <= 0x9fff ? [at, leftEnd] : null;
}

/** Figures whose subject is an enumerated item with the verb of the first: [verb, item]. */
const ENUMERATED = new WeakSet<Draft>();
function enumerated(d: Draft, spans: Span[]): Decision {
  ENUMERATED.add(d);
  return { rule: 'enumerated-item', spans, usesCore: true };
}
const JOINS_ITEMS = new CodeUnitSet(LIST_JOINERS_ANYWHERE);
/** After a comma only a short noun continues an enumeration (`枪支5484支,子弹近37万发`). */
const COMMA = 0x2c, SHORT_ITEM = 4;

/** Longest subject taken for a part of a whole (`岛内`, `城区`, `男性`). */
const SUBSET = 3;
/** How far back a topic (`道路交通事故警情中,`) is looked for within its sentence. */
const TOPIC_REACH = 200;
const TOPIC_END = '中'.charCodeAt(0);

/** The topic `X中,` that opens a clause before `from` in its sentence (up to 。 or a line end), as X. */
function topicBefore(text: string, from: number): Span | null {
  let end = from - 1; // at the clause end before `from`
  for (let steps = 0; end > 0 && from - end < TOPIC_REACH && steps < 8; steps++) {
    const code = text.charCodeAt(end);
    if (code !== 0x2c && code !== 0x3b) return null; // only , and ; go on within the sentence
    let start = end;
    while (start > 0 && !',;。\n'.includes(text[start - 1])) start--;
    if (text.charCodeAt(end - 1) === TOPIC_END && end - 1 - start >= MIN_TOPIC) return trimSubject(text, start, end - 1);
    if (start === 0 || '。\n'.includes(text[start - 1])) return null;
    end = start - 1;
  }
  return null;
}
const MIN_TOPIC = 2;

/**
 * 道路交通事故警情中,岛内环比下降6%: a relative figure of a short part of a whole (`岛内`)
 * measures the topic of its sentence; after 其中, what the figure before it measured.
 */
export const partOfTopic: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (!own || !RELATIVE_KINDS.has(d.kind) || own[1] - own[0] > SUBSET || tagSpan(scene.text, own[0], own[1]).some((t) => t.tag.startsWith('v'))) return null;
  const topic = topicBefore(scene.text, scene.clauseStart);
  if (topic) return partOf(d, own, [topic]);
  // 其中,岛内…;岛外…: the second part shares the topic the first found.
  const earlier = earlierTopic(scene);
  if (earlier) return partOf(d, own, earlier);
  const opener = scene.text.slice(Math.max(0, scene.clauseStart - 3), scene.clauseStart);
  const p = scene.previous;
  if (opener === '其中,' && p?.subjectSpans && p.kind === d.kind) return partOf(d, own, p.subjectSpans);
  return null;
};

/** Topics found by part-of-topic, by figure. */
const TOPICS = new WeakMap<Draft, Span[]>();
function partOf(d: Draft, own: Span, topic: Span[]): Decision {
  TOPICS.set(d, topic);
  return { rule: 'part-of-topic', spans: [own, ...topic], usesCore: true };
}

/** The topic an earlier figure of the same sentence (up to 。 or a line end) was found to be part of. */
function earlierTopic(scene: Scene): Span[] | null {
  const { text, drafts } = scene;
  const from = Math.max(text.lastIndexOf('。', scene.clauseStart), text.lastIndexOf('\n', scene.clauseStart));
  for (let i = scene.headIndex - 1; i >= 0 && drafts[i].start > from; i--) {
    const topic = TOPICS.get(drafts[i]);
    if (topic) return topic;
  }
  return null;
}
const RELATIVE_KINDS = new Set<Draft['kind']>(['percent', 'percentage_point', 'multiple']);

/** One-character copulas of the vocabulary (为, 是, 有). */
const COPULAS = new CodeUnitSet(FILLER_ROWS.filter((r) => r.value === 'copula' && r.word.length === 1).map((r) => r.word));

/** 其中780人为内地人: a figure with nothing measured before it, followed by 为/是 and a noun, counts that noun. */
export const copulaAfter: MemberRule = (scene, d) => {
  if ((d === scene.list[0] && scene.core) || !COUNTED_KINDS.has(d.kind) || !COPULAS.has(scene.text.charCodeAt(d.end))) return null;
  const noun = nounAfter(scene.text, d.end + 1, scene.clauseEnd);
  return noun ? { rule: 'copula-after', spans: [noun] } : null;
};

/**
 * 现行命案破案率保持在96%以上。2015年达到98.2%: a figure whose own text is only a period and a
 * filler continues the figure of the sentence before, within the paragraph, when of the same kind.
 */
export const continuesPrevious: MemberRule = (scene, d) => {
  const p = scene.previous;
  if (d !== scene.list[0] || scene.core || scene.leftEnd <= scene.leftStart || !p?.subjectSpans || p.kind !== d.kind) return null;
  if (scene.text.lastIndexOf('\n', d.start) > p.end) return null;
  return { rule: 'continues-previous', spans: p.subjectSpans };
};

/** Characters that end a count name (立案数, 破案率, 发案量): parallel names share what precedes them. */
const COUNT_NAME_END = new CodeUnitSet('数率量额');
/** Longest own name that borrows a prefix (破案数). */
const PARALLEL_NAME = 4;

/**
 * 诈骗案件立案数同比下降30.3%,破案数同比上升3.5%: a short count name after a parallel one of the
 * sentence (same length, same last character) borrows what precedes that one.
 */
export const parallelName: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (!own || own[1] - own[0] > PARALLEL_NAME || !COUNT_NAME_END.has(scene.text.charCodeAt(own[1] - 1))) return null;
  const p = previousInSentence(scene, d);
  const spans = p?.subjectSpans;
  if (!spans || spans.length !== 1) return null;
  const [s, e] = spans[0], n = own[1] - own[0];
  const { text } = scene;
  if (e - s - n < MIN_SUBJECT_LENGTH || text.charCodeAt(e - 1) !== text.charCodeAt(own[1] - 1) || text.slice(e - n, e) === text.slice(own[0], own[1])) return null;
  return { rule: 'parallel-name', spans: [[s, e - n], own], usesCore: true };
};

/** 挽回经济损失13.35亿元,是2019年的3倍: a multiple stated with 是 measures the figure before it. */
export const multipleOfPrevious: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (d.kind !== 'multiple' || !own || scene.text.charCodeAt(own[0]) !== IS) return null;
  const p = previousInSentence(scene, d);
  return p ? { rule: 'multiple-of-previous', spans: p.subjectSpans! } : null;
};
const IS = '是'.charCodeAt(0);

/** The comparison patterns of the change lexicon, tried at one position. */
const COMPARISON_AT = BASIS_PATTERNS.map((p) => new RegExp(p.pattern.source, 'y'));

/** End of the comparison phrase at text[at] (`较上年同期`, `与2018年同期相比`), or -1. */
function comparisonEnd(text: string, at: number, limit: number): number {
  let end = -1;
  for (const re of COMPARISON_AT) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (m && at + m[0].length <= limit) end = Math.max(end, at + m[0].length);
  }
  return end;
}

/**
 * 较上年同期破案858起, 与2018年同期相比多抓逃犯1413名: after a comparison the text up to the figure
 * says what is counted; what precedes the comparison is its topic, place or time.
 */
export const afterComparison: MemberRule = (scene, d) => {
  if (d !== scene.list[0] || scene.leftEnd >= d.start) return null;
  const { text } = scene;
  const end = comparisonEnd(text, scene.leftEnd, d.start);
  if (end === -1) return null;
  const span = trimSubject(text, end, d.start);
  if (!span || firstEndMarker(text, span[0], span[1]) !== -1 || d.directionCue) return null;
  return { rule: 'after-comparison', spans: [span] };
};

/** 破获养老诈骗案件2031起: the text before the number, shortened when long. */
export const before: MemberRule = (scene, d) => (d === scene.list[0] && scene.core
  ? { rule: 'before', spans: shorten(scene.text, scene.core), usesCore: true }
  : null);

/** 机动车保有量增加1.16亿辆、目前达到4.4亿辆: a figure with nothing before it measures what the figure before it in the sentence did. */
export const previousMetric: MemberRule = (scene, d) => {
  const p = scene.previous;
  if (d !== scene.list[0] || !p?.subjectSpans || p.end < sentenceStart(scene.text, d.start)) return null;
  return { rule: 'previous-metric', spans: p.subjectSpans };
};

/** 全省破获案件的数量,同比上升12%: the subject is the clause before. */
export const previousClause: MemberRule = (scene, d) => {
  const spans = previousClauseCore(scene.text, scene.clauseStart, scene.list[0].start, d);
  return spans ? { rule: 'previous-clause', spans: [spans] } : null;
};

/** (一)盗窃类警情。本月环比上升2.81%: a heading or list item names the subject of the figures under it. */
export const heading: MemberRule = (scene, d) => {
  const h = headingBefore(scene.text, d.start);
  return h ? { rule: 'heading', spans: [h] } : null;
};

export const LIST_RULES: readonly ListRule[] = [conversion, distributed, distributedPreviousClause, distributedEarlierMetrics];
export const MEMBER_RULES: readonly MemberRule[] = [
  objectFollows, shared, verbObject, nounAfterRule, enumeratedItem, shareOf, partOfTopic, parallelName, multipleOfPrevious, afterComparison, before, copulaAfter,
  previousMetric, previousClause, heading, continuesPrevious,
];
