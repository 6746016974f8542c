/**
 * Subject rules for a part of a whole counted just before (`抓获逃犯156名,其中21人…`): the part
 * is named by what it did (`其中21人潜逃10年以上`) or by the action taken on it, whose object is
 * the whole's (`抓获涉毒人员380名,其中刑事拘留215名` → 刑事拘留人员).
 */
import type { Draft } from '../extract/types.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { PART_OPENERS } from '../lexicon/subjectTrim.js';
import { FILLER_ROWS } from '../lexicon/vocabulary.js';
import { tagSpan, type Token } from '../segment/jieba.js';
import { clauseStart } from './clauses.js';
import { firstEndMarker } from './endMarkers.js';
import { isDuration, isVerbal, previousInSentence, type Decision, type MemberRule, type Scene } from './subjectScene.js';
import { retagged, shorten, trimSubject, type Span } from './subjectSpans.js';

/** Separators between 其中 and the part (`其中,5人…`, `其中 5人`). */
const SEPARATORS = /[\s,:]/g;

/** 其中有5人…, 当中有23人…: a copula after the opener. */
const OPENER_COPULA = '有';

/** `在39,824宗诈骗案中,有…`: a clause that ends in 中 sets the whole the next clause takes a part of. */
const WITHIN = '中';

/**
 * Whether text[from, to) is only a part opener (其中, 当中有), or empty or 有 after a clause that
 * is one or that ends in 中 (`在…诈骗案中,有14235宗…`).
 */
function opensPart(text: string, from: number, to: number): boolean {
  let own = text.slice(from, to).replace(SEPARATORS, '');
  if (own.endsWith(OPENER_COPULA)) own = own.slice(0, -OPENER_COPULA.length);
  if (own) return PART_OPENERS.includes(own);
  if (from < 2) return false;
  const before = text.slice(clauseStart(text, from - 2), from - 1).replace(SEPARATORS, '');
  return PART_OPENERS.includes(before) || before.endsWith(WITHIN);
}

/** A part of the whole: what the figure before it in the sentence counted. */
function wholeOf(scene: Scene, d: Draft, from: number): Draft | null {
  if (d !== scene.list[0] || isDuration(d) || !opensPart(scene.text, scene.clauseStart, from)) return null;
  return previousInSentence(scene, d);
}

const PREDICATE_KINDS = new Set<Draft['kind']>(['count', 'percent']);
const PASSIVE = '被';
const isAdverb = (t: Token): boolean => t.tag === 'd';
const COPULAS = new Set(FILLER_ROWS.filter((r) => r.value === 'copula').map((r) => r.word));
/** A preposition opens a phrase of cause or means (因涉嫌…), and so does 经 (经抢救无效死亡), which jieba tags as a noun. */
const opensCause = (t: Token): boolean => t.tag === 'p' || t.word === '经';
/** Longest phrase of cause or means before the verb of a predicate, in tokens (因|涉嫌|诈骗罪). */
const CAUSE_TOKENS = 4;

/**
 * 其中32人已被检察机关批准逮捕, 其中42%来自群众举报: nothing before the part, a predicate after it
 * (adverbs aside, a verb or a passive) names it. A noun after it is the noun-after rule's.
 */
export const partPredicate: MemberRule = (scene, d) => {
  if (scene.core || !PREDICATE_KINDS.has(d.kind) || !wholeOf(scene, d, d.start)) return null;
  return predicateAfter(scene, d, 'part-predicate');
};

/** Measure words of people: a count of them with nothing before it is named by what they did or underwent. */
const PERSON_UNITS = new Set(MEASURE_WORDS.filter((m) => m.people).map((m) => m.word));

/** 年内共有2378人因贩毒被捕: people counted with nothing before them are named by the predicate after them. */
export const peoplePredicate: MemberRule = (scene, d) => {
  if (scene.core || d !== scene.list[0] || d.kind !== 'count' || !PERSON_UNITS.has(d.unit)) return null;
  return predicateAfter(scene, d, 'people-predicate');
};

/** The predicate after a figure (adverbs aside, a verb or a passive after a short cause), or null. */
function predicateAfter(scene: Scene, d: Draft, rule: 'part-predicate' | 'people-predicate'): Decision | null {
  const { text } = scene;
  // The predicate runs to the clause end, over durations (潜逃10年以上) but not into another figure.
  const next = scene.drafts.slice(scene.headIndex + 1).find((x) => x.start < scene.clauseEnd && !isDuration(x));
  const end = next ? next.start : scene.clauseEnd;
  const tokens = tagSpan(text, d.end, end);
  let pos = d.end, i = 0;
  for (; i < tokens.length && isAdverb(tokens[i]); i++) pos += tokens[i].word.length;
  // A verb or a passive opens the predicate, after a short phrase of cause or means (因涉嫌诈骗罪被刑事拘留).
  const verbAt = tokens.findIndex((t, k) => k >= i && (isVerbal(t) || (t.word === PASSIVE && tokens[k + 1] !== undefined && isVerbal(tokens[k + 1]))));
  const first = tokens[i];
  // 当中129宗为暴力罪案: a copula and a noun are the copula rule's.
  if (!first || COPULAS.has(first.word) || verbAt === -1 || (verbAt > i && !opensCause(first)) || verbAt - i > CAUSE_TOKENS) return null;
  // 抓获779人下降14.0%: a change word after the figure is no predicate of the people.
  if (rule === 'people-predicate' && firstEndMarker(text, pos, end) === pos) return null;
  const span = trimSubject(text, pos, end);
  return span ? { rule, spans: shorten(text, span) } : null;
}

/**
 * The head noun of a subject's object (抓获涉毒|人员, 抓获毒品犯罪|嫌疑人), or null when the subject
 * is not a verb and an object. Only the head: the whole's modifiers are its own, and a part's
 * action is often named without them.
 */
function objectHeadOf(text: string, spans: readonly Span[]): Span | null {
  const [s, e] = spans[spans.length - 1];
  const tokens = tagSpan(text, s, e);
  if (spans.length === 1 && (tokens.length < 2 || !isVerbal(tokens[0]) || tokens[0].tag === 'vn')) return null;
  const last = tokens[tokens.length - 1];
  if (!last || !last.tag.startsWith('n')) return null;
  // A head of one character (人员 is two; 犯|人) takes the word before it.
  const length = last.word.length > 1 || tokens.length < 2 ? last.word.length : last.word.length + tokens[tokens.length - 2].word.length;
  return length < e - s || spans.length > 1 ? [e - length, e] : null;
}

/** Longest modifier of an action (刑事|拘留, 行政|拘留, 依法|逮捕). */
const ACTION_MODIFIER = 2;

/** Whether a span is only an action (逮捕, 刑事拘留, 起诉): a verb, with at most a short modifier before it. */
function onlyAction(text: string, [s, e]: Span): boolean {
  const tokens = tagSpan(text, s, e);
  const last = tokens.length ? retagged(tokens[tokens.length - 1]) : undefined;
  return last !== undefined && last.tag.startsWith('v') && last.tag !== 'vn' && e - s - last.word.length <= ACTION_MODIFIER;
}

/** The object each part's action was given, so the next item of the part (`、起诉4.8万名`) takes it too. */
const PART_OBJECTS = new WeakMap<Draft, Span>();

/**
 * 抓获毒品犯罪嫌疑人6.8万名,其中逮捕5万余名、起诉4.8万名: an action alone before a part of the
 * whole takes the head of the whole's object (逮捕犯罪嫌疑人); the next items of the enumeration too.
 */
export const partAction: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (!own || !onlyAction(scene.text, own)) return null;
  const p = scene.previous;
  // The next item of the part: only a joiner between the part before and this action.
  const carried = p && PART_OBJECTS.get(p);
  const object = carried && own[0] === p.end + 1 ? carried : partObject(scene, d, own);
  if (!object) return null;
  PART_OBJECTS.set(d, object);
  return { rule: 'part-action', spans: [own, object], usesCore: true };
};

function partObject(scene: Scene, d: Draft, own: Span): Span | null {
  const whole = wholeOf(scene, d, own[0]);
  return whole?.subjectSpans ? objectHeadOf(scene.text, whole.subjectSpans) : null;
}
