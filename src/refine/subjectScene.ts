/**
 * What the subject rules see and decide, and the helpers they share: a scene is one list of
 * figures in one clause with the text before it; a decision names its rule and the spans chosen.
 */
import type { Draft } from '../extract/types.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { ATTRIBUTE_NOUNS } from '../lexicon/subjectTrim.js';
import { tagSpan } from '../segment/jieba.js';
import { clauseStart, sentenceStart } from './clauses.js';
import { beforeMarkers, caseNameAfter, nounAfter, trimSubject, withoutRoles, type Span } from './subjectSpans.js';

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
  /** Whether that noun is the head's object, after a preposition or examples before the figure (objectFollowsFigure, read once per scene). */
  objectFollows: boolean;
  /** The last figure of the lists before, unless a duration. */
  previous: Draft | null;
}

export type SubjectRuleName =
  | 'conversion' | 'distributed' | 'distributed-previous-clause' | 'distributed-earlier-metrics'
  | 'object-follows' | 'shared' | 'verb-object' | 'noun-after' | 'before' | 'previous-metric' | 'previous-clause' | 'heading'
  | 'enumerated-item' | 'share-of' | 'part-of-topic' | 'parallel-name' | 'multiple-of-previous' | 'after-comparison'
  | 'copula-after' | 'continues-previous' | 'between-comparison-and-direction' | 'joined-object' | 'bracketed-attribute'
  | 'part-predicate' | 'part-action' | 'attribute-of' | 'topic-action' | 'percent-of-noun' | 'span-of' | 'people-predicate' | 'rest-of-clause' | 'verb-of-topic' | 'none';

export interface Decision {
  rule: SubjectRuleName;
  spans: Span[] | null;
  /** Whether the subject comes from the scene's core (the trimmed words are then traced too). */
  usesCore?: boolean;
  /** Vocabulary words trimmed from text other than the core (the clause before), for the trace. */
  notes?: readonly string[];
  /** The subject ran past the figure to here (a noun after it): later figures start after it. */
  consumedTo?: number;
}

/**
 * The decision with all its fields, in one order. Rules build theirs with the fields they need;
 * the refiner reads them all through this one object shape (with several shapes its reads went
 * megamorphic and its optimized code was thrown away).
 */
export const complete = (d: Decision): Decision =>
  ({ rule: d.rule, spans: d.spans, usesCore: d.usesCore ?? false, notes: d.notes, consumedTo: d.consumedTo });

/** A complete decision with other spans and one note more, in the same shape. */
export const respanned = (d: Decision, spans: Span[], note: string): Decision =>
  ({ rule: d.rule, spans, usesCore: d.usesCore, notes: [...(d.notes ?? []), note], consumedTo: d.consumedTo });

export type ListRule = (scene: Scene) => Decision[] | null;
export type MemberRule = (scene: Scene, d: Draft) => Decision | null;

/** Kinds whose number can head a noun (`17起大要案件`, `3吨毒品`, `5万元赃款`). */
export const COUNTED_KINDS = new Set<Draft['kind']>(['count', 'quantity', 'money']);

/** The noun phrase after the unit of drafts[index] (and of the counts right after it), within its clause and before the next figure. */
export function nounAfterFigure(text: string, drafts: readonly Draft[], index: number, clauseEnd: number): Span | null {
  // 开展了三轮[9次]夏夜治安巡查: a count right before another counts the same noun, after both.
  let at = index;
  while (drafts[at + 1] && drafts[at + 1].start === drafts[at].end && COUNTED_KINDS.has(drafts[at + 1].kind)) at++;
  // The noun never runs into the next figure (`15名被害人误信汇款损失超过新台币1亿元`).
  const next = drafts[at + 1];
  const end = next && next.start < clauseEnd ? next.start : clauseEnd;
  // 一宗怀疑涉及…清洗黑钱案件: a count of cases may be followed by the case's whole name.
  return (CASE_UNITS.has(drafts[at].unit) ? caseNameAfter(text, drafts[at].end, end) : null) ?? nounAfter(text, drafts[at].end, end);
}
const CASE_UNITS = new Set(MEASURE_WORDS.filter((m) => m.cases).map((m) => m.word));

/** 占: a share of a whole (`占火灾总数的53.8%`). */
export const SHARE = '占'.charCodeAt(0);

/** The role spans of a figure that never belong to its subject. */
export const roleSpans = (d: Draft): Array<{ start: number; end: number } | undefined> => [d.period?.list ?? d.period, d.place?.list ?? d.place, d.actor];

/** The subject core of the clause before the one starting at `cs`, within the sentence of `pos`. */
export function previousClauseCore(text: string, cs: number, pos: number, d: Draft, notes?: string[]): Span | null {
  return clauseCoreAfter(text, cs, sentenceStart(text, pos), d, notes);
}

/** The subject core of the clause before the one starting at `cs`, within the sentence starting at `ss`. */
export function clauseCoreAfter(text: string, cs: number, ss: number, d: Draft, notes?: string[]): Span | null {
  // cs < 2: the clause before is empty (a clause end opens the text), and cs - 2 would be negative.
  if (cs < 2 || cs <= ss) return null;
  const pcs = clauseStart(text, cs - 2);
  // The period or place of the figure often opens the sentence (`今年以来,…`): not a subject.
  const [s, e] = withoutRoles(text, pcs, beforeMarkers(text, pcs, cs - 1), roleSpans(d));
  return e > s ? trimSubject(text, s, e, notes) : null;
}

/** The same rule for every member of the scene's list, with the spans of member k. */
export function each(scene: Scene, rule: SubjectRuleName, spans: (k: number) => Span[] | null, usesCore = false, notes?: readonly string[]): Decision[] {
  const decided: Decision[] = [];
  for (let k = 0; k < scene.list.length; k++) decided.push({ rule, spans: spans(k), usesCore, notes });
  return decided;
}

/** A word of two Han characters or more. */
export const isHanWord = (word: string): boolean => /^[\u4e00-\u9fff]{2,}$/.test(word);

/** The last token of a span when verbal: a verb, a verbal noun, or an unknown word of two Han characters or more. */
export function lastVerbal(text: string, span: Span): Span | null {
  const tokens = tagSpan(text, span[0], span[1]);
  const last = tokens[tokens.length - 1];
  if (last && isVerbal(last)) return [span[1] - last.word.length, span[1]];
  // 挂牌|整治/n: a second verb of a compound that jieba reads as a noun (not an attribute: 扣押|市值).
  const before = tokens[tokens.length - 2];
  if (!last || !before || before.tag !== 'v' || before.word.length < 2 || last.word.length !== 2 || last.tag !== 'n' || ATTRIBUTE_NOUNS.includes(last.word)) return null;
  return [span[1] - last.word.length - before.word.length, span[1]];
}

/**
 * 破获汝州一宗…案件: the verb that ends a span when only place names follow it (where it was
 * done, not what), or null.
 */
export function verbBeforePlaces(text: string, span: Span): Span | null {
  const tokens = tagSpan(text, span[0], span[1]);
  let end = span[1], i = tokens.length - 1;
  while (i > 0 && tokens[i].tag === PLACE_NAME) end -= tokens[i--].word.length;
  if (end === span[1] || !isVerbal(tokens[i]) || tokens[i].tag === 'vn') return null;
  return [end - tokens[i].word.length, end];
}
const PLACE_NAME = 'ns';

/** Tags of time, number, locality and place words: a span of only these (`当晚`, `半年`) measures nothing. */
const CIRCUMSTANCE_TAGS = new Set(['t', 'tg', 'm', 'mq', 'f', 's']);

/** Whether a span is only circumstances (time, number, locality, place). */
export function onlyCircumstances(text: string, span: Span): boolean {
  return tagSpan(text, span[0], span[1]).every((t) => CIRCUMSTANCE_TAGS.has(t.tag));
}

/** Longest frame (`事件中`, `此次行动中`) read as the circumstance of a figure after it. */
const LONG_FRAME = 8;
const IN_FRAME = '中'.charCodeAt(0);

/**
 * 事件中2名警员受伤, 案中3名男子被捕: a short span that ends in 中 is the event the figure happened
 * in, not what it counts.
 */
export function isFrame(text: string, span: Span): boolean {
  return span[1] - span[0] <= LONG_FRAME && text.charCodeAt(span[1] - 1) === IN_FRAME;
}

const DURATION_UNITS = new Set(MEASURE_WORDS.filter((m) => m.duration).map((m) => m.word));
/** Durations (连续五年, 历时3个月) are circumstances, not the count of a thing after them. */
export const isDuration = (d: Draft): boolean => d.kind === 'count' && DURATION_UNITS.has(d.unit);

/** The noun phrase after a member's measure word (`9处[诈骗窝点]`); none after a duration. */
export function afterOf(scene: Scene, d: Draft): Span | null {
  if (isDuration(d)) return null;
  if (d === scene.list[0]) return scene.headAfter;
  return COUNTED_KINDS.has(d.kind) ? nounAfterFigure(scene.text, scene.drafts, scene.headIndex + scene.list.indexOf(d), scene.clauseEnd) : null;
}

/** Whether a token is verbal: a verb, a verbal noun, or an unknown word of two Han characters or more (端掉). */
export const isVerbal = (t: { word: string; tag: string }): boolean => t.tag.startsWith('v') || (t.tag === 'x' && isHanWord(t.word));

/** The figure before `d` in its sentence that has a subject, if any. */
export function previousInSentence(scene: Scene, d: Draft): Draft | null {
  const p = scene.previous;
  return p?.subjectSpans && p.end >= sentenceStart(scene.text, d.start) ? p : null;
}

