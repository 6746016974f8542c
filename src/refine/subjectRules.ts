/**
 * The subject rules that read the figure's own clause, each a small function that either decides
 * or passes. List rules decide for every member of a list of figures at once
 * (`刑事、治安警情分别下降26.05%和31.31%`); member rules decide for one figure. The refiner
 * (subject.ts) tries them in order; each decision names its rule, and the trace shows it.
 */
import type { Draft } from '../extract/types.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { clauseStart, sentenceStart } from './clauses.js';
import { firstStartingFrom, lastIndexWithin } from '../spans.js';
import { headingBefore } from './headings.js';
import { isBaselineFigure, rememberTopic } from './subjectContextRules.js';
import {
  afterOf, clauseCoreAfter, COUNTED_KINDS, each, isDuration, isFrame, isVerbal, lastVerbal, onlyCircumstances, previousClauseCore, SHARE, verbBeforePlaces, type ListRule, type MemberRule, type Scene,
} from './subjectScene.js';
import { afterPurposeWord, beforeMarkers, distribute, isVerb, shorten, trimSubject, type Span } from './subjectSpans.js';
import { tagSpan } from '../segment/jieba.js';
import { topicFound } from './subjectTopic.js';
import { ACTION_PREFIX_WORDS, ATTRIBUTE_NOUNS, CASE_ACTIONS, CRIME_VERBS, MIN_SUBJECT_LENGTH, NOUN_PHRASE_STOP, PLACE_COLLECTIVES, SUBJECT_END_WORDS } from '../lexicon/subjectTrim.js';

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
  const notes: string[] = [];
  const before = previousClauseCore(scene.text, scene.clauseStart, head.start, head, notes);
  // 发生亡人事故9起、死亡11人,同比分别下降…: a clause of figures is read by distributedEarlierMetrics.
  if (before && scene.drafts.some((x) => x.start < before[1] && x.end > before[0])) return null;
  const parts = before ? distribute(scene.text, before, scene.list.length) : null;
  if (!parts) return null;
  // …三类任务,分别占救助警情的34.3%、25.9%和20.7%: each member is a share of the same whole;
  // 小客车、摩托车…,分别查处58.3万起、27.2万起: the verb after 分别 acts on each member.
  const tail = tailAfterDistributive(scene);
  const share = tail && scene.text.charCodeAt(tail[0]) === SHARE ? tail : null;
  const verb = tail && !share ? lastVerbal(scene.text, tail) : null;
  const spans = (k: number): Span[] => (share ? [...parts[k], share] : verb && verb[0] === tail![0] ? [verb, ...parts[k]] : parts[k]);
  return each(scene, 'distributed-previous-clause', spans, false, notes);
};

/** The words (`占救助警情`, `查处`) between the subject's end word (分别) and the head, if any. */
function tailAfterDistributive(scene: Scene): Span | null {
  const { text, leftEnd } = scene;
  const word = SUBJECT_END_WORDS.find((w) => text.startsWith(w, leftEnd));
  const from = leftEnd + (word?.length ?? 0);
  // 分别下降18.4%、22.7%: the direction word states the change, it is no verb acting on the members.
  return trimSubject(text, from, beforeMarkers(text, from, scene.list[0].start));
}

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

/** `…A、B等地的` before a number: the examples of what the noun after it counts. */
const EXAMPLES_BEFORE = /等(?:地区?)?的$/;

/** Whether the head's object follows it after a preposition (`对17起大要案件开展…`) or after examples of it (`A、B等地的8个团伙`). */
export const objectFollowsFigure = (scene: Scene): boolean => scene.headAfter !== null && scene.leftEnd > scene.leftStart
  && (BEFORE_OBJECT.has(scene.text.charCodeAt(scene.leftEnd - 1)) || examplesBefore(scene) !== null);

/** Examples before a figure, and the verb that governs the noun after it. */
interface Examples { start: number; verb: Span | null }

/**
 * The examples that end the text before the head: `A、B等地的` (the first verb of the text
 * governs: 打掉|盘踞在A、B等地的), or names joined by 、 right after a verb, in apposition to the
 * noun after the figure (设立|甲公司、乙公司|2家网络博弈公司).
 */
function examplesBefore(scene: Scene): Examples | null {
  const { text, leftStart, leftEnd } = scene;
  const from = Math.max(leftStart, leftEnd - 4);
  const m = EXAMPLES_BEFORE.exec(text.slice(from, leftEnd));
  if (m) return { start: from + m.index, verb: firstVerbOf(text, leftStart, from + m.index) };
  return namesAfterVerb(text, leftStart, leftEnd);
}

/** 设立甲公司、乙公司: a verb, then only names joined by 、 (no verb among them, no 等), up to `e`. */
function namesAfterVerb(text: string, s: number, e: number): Examples | null {
  if (text.lastIndexOf('、', e - 1) < s || ENDS_NAMES.has(text.charCodeAt(e - 1))) return null;
  // 包括武器、总值约1360万元: an attribute ends the list, the figure is its value.
  if (ATTRIBUTE_NOUNS.some((w) => text.startsWith(w, e - w.length))) return null;
  let pos = s, verb: Span | null = null, joined = false;
  for (const t of tagSpan(text, s, e)) {
    if (isVerb(t) && t.word.length >= 2) { verb = [pos, pos + t.word.length]; joined = false; }
    else if (verb && t.word === '、') joined = true;
    else if (verb && (t.tag.startsWith('v') || t.tag === 'p' || t.tag === 'ul')) verb = null;
    pos += t.word.length;
  }
  return verb && joined ? { start: verb[1], verb } : null;
}
/** Not names before a figure: an enumeration joiner left open, or 等 (the preposition rule's). */
const ENDS_NAMES = new CodeUnitSet('、等');

/** The first verb (not a verbal noun; jieba leaves some unknown: 打掉/x) of text[s, e) of two characters or more, or null. */
function firstVerbOf(text: string, s: number, e: number): Span | null {
  let pos = s;
  for (const t of tagSpan(text, s, e)) {
    if (isVerbal(t) && t.tag !== 'vn' && t.word.length >= 2) return [pos, pos + t.word.length];
    pos += t.word.length;
  }
  return null;
}

/**
 * 对17起大要案件开展…: the thing counted follows the number, after a preposition. After examples
 * of it, the verb that governs them governs it too.
 */
export const objectFollows: MemberRule = (scene, d) => {
  if (d !== scene.list[0] || !scene.objectFollows) return null;
  const verb = examplesBefore(scene)?.verb ?? null;
  // 在39,824宗诈骗案[中]: the frame's locative closes the noun; 对28名涉案人员[采取…]: the main verb follows the object.
  const after = objectOfPreposition(scene, withoutFrameEnd(scene, scene.headAfter!));
  // 在114个市县开展集群收网行动: places counted by what they did are named by it; so is a short
  // noun that no verb before governs (将2名嫌疑人全部抓获 → 抓获|嫌疑人).
  const places = PLACE_COLLECTIVES.some((w) => scene.text.endsWith(w, after[1]));
  const did = places || (!verb && after[1] - after[0] <= SHORT_OBJECT) ? actionAfter(scene, after[1]) : null;
  if (did) return { rule: 'object-follows', spans: [did, after], consumedTo: did[1] };
  const existing = existentialClause(scene, after);
  if (existing) return { rule: 'object-follows', spans: [existing], consumedTo: existing[1] };
  return { rule: 'object-follows', spans: verb ? [verb, after] : [after], consumedTo: after[1] };
};

const EXISTS = '有'.charCodeAt(0);
/** 有 and the words ending in it that say some exist (`共有`, `已有`), not that one holds something (`装有`). */
const EXISTENTIAL_WORDS = new Set(['有', '共有', '还有', '另有', '已有', '尚有', '仍有', '又有', '均有']);
/** Longest clause taken whole after 有 and a figure. */
const EXISTENTIAL_CLAUSE = 16;

/**
 * 全区有3名民警因公牺牲, 先后有211名嫌疑人主动投案自首: after 有 the figure introduces the ones
 * the rest of the clause tells about; the noun and that predicate together say which are counted.
 */
function existentialClause(scene: Scene, after: Span): Span | null {
  const { text } = scene;
  if (text.charCodeAt(scene.leftEnd - 1) !== EXISTS || after[1] >= scene.clauseEnd) return null;
  // 有 as a verb of its own (全区有, 共有, 先后有), not the end of another verb (装有, 持有).
  const last = tagSpan(text, Math.max(scene.leftStart, scene.leftEnd - 3), scene.leftEnd).at(-1);
  if (!last || !EXISTENTIAL_WORDS.has(last.word)) return null;
  const { end, figure } = wordsEnd(scene, after[1]);
  if (figure) return null;
  const span = trimSubject(text, after[0], end);
  return span && span[1] - span[0] <= EXISTENTIAL_CLAUSE ? span : null;
}

/**
 * Where the words after `from` stop in the figure's clause: at the next figure (`figure` true) or at
 * the clause's end. Figures are in reading order, so the search starts at the scene's head.
 */
function wordsEnd(scene: Scene, from: number): { end: number; figure: boolean } {
  const { drafts, clauseEnd } = scene;
  for (let i = scene.headIndex; i < drafts.length; i++) {
    if (drafts[i].start < from) continue;
    return drafts[i].start < clauseEnd ? { end: drafts[i].start, figure: true } : { end: clauseEnd, figure: false };
  }
  return { end: clauseEnd, figure: false };
}

/**
 * The action right after a noun, to its clause's end, when no other figure stands there (shortened
 * when long). Words that only say how many of them or in what voice (`全部|抓获`, `被|成功解救`)
 * are left out; an adverb of manner before the verb stays (`成功解救`, `因公牺牲`).
 */
function actionAfter(scene: Scene, from: number): Span | null {
  const { text } = scene;
  if (wordsEnd(scene, from).figure) return null;
  const tokens = tagSpan(text, from, scene.clauseEnd);
  let i = 0;
  while (i < tokens.length && ACTION_PREFIXES.has(tokens[i].word)) from += tokens[i++].word.length;
  const verbAt = isVerbal(tokens[i] ?? { word: '', tag: '' }) ? i : MANNER_TAGS.has(tokens[i]?.tag ?? '') && tokens[i + 1] && isVerbal(tokens[i + 1]) ? i + 1 : -1;
  if (verbAt === -1) return null;
  const span = trimSubject(text, from, scene.clauseEnd);
  return span ? shorten(text, span)[0] : null;
}
/** Words between a counted noun and what it did that name neither (`全部抓获`, `被解救`, `依法采取`). */
const ACTION_PREFIXES = new Set(ACTION_PREFIX_WORDS);
/** Tags of a manner word before the verb (`成功/a 解救`, `因公/x 牺牲`, `主动/ad 投案`). */
const MANNER_TAGS = new Set(['a', 'ad', 'd', 'x']);

/** Longest noun after a preposition and a figure that takes the action after it (`嫌疑人`). */
const SHORT_OBJECT = 3;

/** Prepositions whose object is the counted noun, the main verb following it (`对28名涉案人员采取…`). */
const OBJECT_PREPOSITIONS = new CodeUnitSet('对向给把将');

/** The noun after a preposition and the figure, up to the main verb that follows it. */
function objectOfPreposition(scene: Scene, span: Span): Span {
  const { text } = scene;
  if (!OBJECT_PREPOSITIONS.has(text.charCodeAt(scene.leftEnd - 1))) return span;
  let pos = span[0], noun = false;
  for (const t of tagSpan(text, span[0], span[1])) {
    if (noun && isVerb(t) && t.word.length > 1 && !CRIME_VERBS.has(t.word) && pos - span[0] >= MIN_SUBJECT_LENGTH) return [span[0], pos];
    noun ||= t.tag.startsWith('n');
    pos += t.word.length;
  }
  return span;
}

const IN = '在'.charCodeAt(0);
/** Locatives that close a frame opened by 在 (`在…案件中`, `在…期间内`). */
const FRAME_ENDS = new CodeUnitSet('中内里');

/** The noun after 在 and the figure, without the locative that closes the frame. */
function withoutFrameEnd(scene: Scene, [s, e]: Span): Span {
  const { text } = scene;
  return text.charCodeAt(scene.leftEnd - 1) === IN && FRAME_ENDS.has(text.charCodeAt(e - 1)) && e - 1 - s >= MIN_SUBJECT_LENGTH ? [s, e - 1] : [s, e];
}



/** 盗窃、诈骗案件分别下降10%、20%: later members of a list share the subject before it. */
export const shared: MemberRule = (scene, d) => {
  if (d === scene.list[0] || !scene.core) return null;
  const topic = topicFound(scene.list[0]);
  return { rule: 'shared', spans: topic ? [topic, scene.core] : [scene.core], usesCore: true };
};

/**
 * 端掉9处保健品诈骗窝点, 抓获33名犯罪嫌疑人: the subject is the verb before the number and its
 * object after the measure word. The verb is the last token before the number when it is verbal
 * (jieba tags many police verbs as verbal nouns or leaves them unknown: 巡查/vn, 端掉/x).
 */
export const verbObject: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  const after = afterOf(scene, d);
  if (!own || !after || isFrame(scene.text, own)) return null;
  const verb = lastVerbal(scene.text, own) ?? verbBeforePlaces(scene.text, own);
  return verb ? { rule: 'verb-object', spans: [verb, after], usesCore: true, consumedTo: after[1] } : null;
};

const OF = 0x7684; // 的

/** Words that end the activity after a span (`…行动中`, `…期间`): the time frame around it, not its name. */
const ACTIVITY_FRAME_END = /(?:中|里|内|期间|过程中)$/;

/**
 * 为期3天的集中收网行动, 经过2个多月的秘密侦查: a span measures the activity named after 的, to the
 * clause's end (shortened when long, as any subject).
 */
export const spanOf: MemberRule = (scene, d) => {
  const { text } = scene;
  if (!isDuration(d) || text.charCodeAt(d.end) !== OF) return null;
  let { end } = wordsEnd(scene, d.end + 1);
  // The activity's name ends where its predicate starts (`…收网行动|在全省秘密进行`, `…专项行动|进行通报`).
  let pos = d.end + 1;
  for (const t of tagSpan(text, d.end + 1, end)) {
    if (pos > d.end + 1 && NOUN_PHRASE_STOP.has(t.word)) { end = pos; break; }
    pos += t.word.length;
  }
  const frame = ACTIVITY_FRAME_END.exec(text.slice(d.end + 1, end));
  if (frame) end -= frame[0].length;
  const span = trimSubject(text, d.end + 1, end);
  return span ? { rule: 'span-of', spans: shorten(text, span) } : null;
};

/** 17起大要案件开展…: nothing measured before the number, the noun after it is the subject. */
export const nounAfterRule: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  const after = afterOf(scene, d);
  // 表示要多15万元作获释金: what the figure served as names it, whatever precedes it.
  const purpose = after !== null && afterPurposeWord(scene.text, d.end) > d.end;
  if (!after || (own && own[1] - own[0] > 1 && !onlyCircumstances(scene.text, own) && !isFrame(scene.text, own) && !purpose)) return null;
  // 半年1.2万余名嫌疑人落网, 50名警务人员因公负伤: a short predicate says which of them are counted;
  // places counted by what they did (114个市县开展集群收网行动) are named by it, short or not.
  const placesDid = PLACE_COLLECTIVES.some((w) => scene.text.endsWith(w, after[1])) ? actionAfter(scene, after[1]) : null;
  if (placesDid) return { rule: 'noun-after', spans: [placesDid, after], consumedTo: placesDid[1] };
  const predicate = predicateAfter(scene, after[1]);
  return { rule: 'noun-after', spans: predicate ? [after, predicate] : [after], consumedTo: (predicate ?? after)[1] };
};

/** Longest predicate taken with the noun after a figure. */
const SHORT_PREDICATE = 6;
const RESULT_VERBS = new Set(['得到', '受到', '获得', '得以']);

/** The short predicate that ends the clause right after `from` (`落网`, `因公负伤`), or null. */
function predicateAfter(scene: Scene, from: number): Span | null {
  const { text } = scene;
  const { end, figure } = wordsEnd(scene, from);
  if (end - from > SHORT_PREDICATE || end - from < MIN_SUBJECT_LENGTH || figure) return null;
  const tokens = tagSpan(text, from, end);
  // 乱点得到有效整治: a result that befell all of them names no part.
  if (tokens.length && RESULT_VERBS.has(tokens[0].word)) return null;
  const verbAt = tokens.findIndex((t) => t.tag.startsWith('v'));
  // Adverbs and a short cause may come first (因公|负伤, 成功|告破); the rest is the verb and its own words.
  if (verbAt === -1 || tokens.slice(0, verbAt).some((t) => t.tag !== 'd' && t.tag !== 'ad' && t.tag !== 'p' && t.tag !== 'n')) return null;
  return trimSubject(text, from, end);
}

/** 破获养老诈骗案件2031起: the text before the number, shortened when long. */
export const before: MemberRule = (scene, d) => (d === scene.list[0] && scene.core
  ? { rule: 'before', spans: shorten(scene.text, scene.core), usesCore: true }
  : null);

/** 机动车保有量增加1.16亿辆、目前达到4.4亿辆: a figure with nothing before it measures what the figure before it in the sentence did. */
export const previousMetric: MemberRule = (scene, d) => {
  const p = scene.previous;
  const from = sentenceStart(scene.text, d.start);
  if (d !== scene.list[0] || !p?.subjectSpans || p.end < from) return null;
  // 破获刑事案件1106起,较上年同期破案858起上升28.9%: the change is of the level before the baseline.
  if (isBaselineFigure(p)) {
    const level = earlierInSentence(scene, p, from, (x) => x.kind === p.kind && !inBrackets(scene.text, x.start, from));
    if (level) return { rule: 'previous-metric', spans: level.subjectSpans!, notes: ['over-baseline'] };
  }
  // 盗窃警情486起,占刑事警情的47.1%,环比下降8.3%: a change after a share is of the count before the share.
  if (d.change && d.kind === 'percent' && isShareFigure(scene.text, p)) {
    const count = earlierInSentence(scene, p, from, (x) => COUNTED_KINDS.has(x.kind) && !x.change);
    if (count) return { rule: 'previous-metric', spans: count.subjectSpans!, notes: ['over-share'] };
  }
  // 盗窃案145宗,涉及款项约2100万元,增加21宗: a change by an amount is of the last figure counted in its unit.
  if (d.change && d.kind !== 'percent' && (p.kind !== d.kind || p.unit !== d.unit)) {
    const same = earlierInSentence(scene, p, from, (x) => x.kind === d.kind && x.unit === d.unit && !x.change);
    if (same) return { rule: 'previous-metric', spans: same.subjectSpans!, notes: ['same-unit'] };
  }
  return { rule: 'previous-metric', spans: p.subjectSpans };
};

/** Whether `p` is a share of a whole (`占刑事警情的47.1%`, `占30.2%`): 占 opens its clause's words before it. */
function isShareFigure(text: string, p: Draft): boolean {
  return p.kind === 'percent' && !p.change && lastIndexWithin(text, '占', p.start, clauseStart(text, p.start)) !== -1;
}

/** The nearest figure with a subject before `p` and at or after `from` that `test` accepts. */
function earlierInSentence(scene: Scene, p: Draft, from: number, test: (x: Draft) => boolean): Draft | undefined {
  for (let i = scene.drafts.indexOf(p) - 1; i >= 0 && scene.drafts[i].start >= from; i--) {
    const x = scene.drafts[i];
    if (x.subjectSpans && test(x)) return x;
  }
  return undefined;
}

/**
 * Whether text[at] stands inside brackets opened in its sentence (`1106起(含破获外省案件[52起])`): a
 * part, not the level. Read back to the sentence's start only (to the text's start it was quadratic).
 */
const inBrackets = (text: string, at: number, sentence: number): boolean =>
  lastIndexWithin(text, '(', at, sentence) > lastIndexWithin(text, ')', at, sentence);

/**
 * Characters of a span that figures cover. The drafts are in reading order: only those from the
 * last one starting before the span on are read (all of them per figure was quadratic).
 */
function covered(scene: Scene, [from, to]: Span): number {
  const { drafts } = scene;
  let n = 0;
  for (let i = Math.max(0, firstStartingFrom(drafts, from) - 1); i < drafts.length && drafts[i].start < to; i++) {
    n += Math.max(0, Math.min(drafts[i].end, to) - Math.max(drafts[i].start, from));
  }
  return n;
}

/** 全省破获案件的数量,同比上升12%: the subject is the clause before. */
export const previousClause: MemberRule = (scene, d) => {
  const { text } = scene;
  const notes: string[] = [];
  const spans = previousClauseCore(text, scene.clauseStart, scene.list[0].start, d, notes);
  const usable = spans !== null && spans[1] - spans[0] - covered(scene, spans) >= MIN_SUBJECT_LENGTH;
  // 发案数,在去年大幅下降的基础上,今年同比下降23.4%: a clause before that states no topic (a
  // circumstance, a predicate, a duration) leaves the subject to the topic that opens the sentence.
  if (!usable || !isTopic(text, spans)) {
    const topic = earlierTopic(scene, d);
    if (topic) return { rule: 'previous-clause', spans: [topic.span], notes: [...topic.notes, 'earlier-topic'] };
  }
  // 120起,同比下降5%: a clause that is only a figure names nothing.
  if (!usable) return null;
  // 刑事案件发案数,城区下降12%,农村下降8%: the part cut out as a place makes the clause before a
  // topic that the next parts of the sentence (农村) share.
  if (d.place && d.place.start >= scene.clauseStart && d.place.end <= d.start) rememberTopic(d, [spans]);
  return { rule: 'previous-clause', spans: [spans], notes };
};

/**
 * 全市刑事案件,今年以来呈下降趋势,共发生1200起: a count named only by a verb (and no noun after
 * it) counts the topic that opens the sentence, when no clause with a figure stands between.
 */
export const verbOfTopic: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (!own || scene.headAfter || !COUNTED_KINDS.has(d.kind) || isDuration(d)) return null;
  if (!bareVerb(scene.text, own)) return null;
  const topic = earlierTopic(scene, d, false);
  // The topic is a plain noun phrase: a clause that acts (…公安局成立了专案组) is no topic of a bare verb.
  const acts = topic && tagSpan(scene.text, topic.span[0], topic.span[1]).some((t) => t.tag === 'v' && t.word.length > 1 && !CRIME_VERBS.has(t.word));
  return topic && !acts ? { rule: 'verb-of-topic', spans: [own, topic.span], usesCore: true, notes: topic.notes } : null;
};

/** Whether a span is one verb alone (刑拘, 整改) or a case action jieba tags as a noun (立案). */
function bareVerb(text: string, span: Span): boolean {
  const tokens = tagSpan(text, span[0], span[1]);
  return tokens.length === 1 && (tokens[0].tag === 'v' || CASE_ACTIONS.includes(tokens[0].word));
}

/** How many clauses back a topic is looked for. */
const TOPIC_REACH = 3;
/** Tags that open a predicate or a circumstance, not a topic (持续|走低, 呈现, 在, 已经). */
const NOT_TOPIC_START = new Set(['v', 'd', 'ad', 'p', 'c', 'vd']);

/** Whether a span is a topic: a noun phrase, not opened by a verb, adverb or preposition, ending in a noun. */
function isTopic(text: string, span: Span): boolean {
  const tokens = tagSpan(text, span[0], span[1]);
  const first = tokens[0], last = tokens[tokens.length - 1];
  return first !== undefined && !NOT_TOPIC_START.has(first.tag) && last.tag.startsWith('n');
}

/**
 * The topic of a clause further back in the sentence, over clauses that state none; null when a
 * clause with a figure of its own (not a duration) stands between.
 */
function earlierTopic(scene: Scene, d: Draft, skipFirst = true): { span: Span; notes: string[] } | null {
  const { text } = scene;
  const ss = sentenceStart(text, scene.list[0].start);
  let cs = scene.clauseStart;
  for (let k = 0; k < TOPIC_REACH && cs >= 2 && cs > ss; k++) {
    const pcs = clauseStart(text, cs - 2);
    if (figureIn(scene, pcs, cs)) return null;
    const notes: string[] = [];
    const spans = k === 0 && skipFirst ? null : clauseCoreAfter(text, cs, ss, d, notes);
    if (spans && isTopic(text, spans)) return { span: spans, notes };
    cs = pcs;
  }
  return null;
}

/** Whether a figure other than a duration starts in [from, to) before the scene's head. */
function figureIn(scene: Scene, from: number, to: number): boolean {
  for (let i = scene.headIndex - 1; i >= 0 && scene.drafts[i].end > from; i--) {
    if (scene.drafts[i].start < to && !isDuration(scene.drafts[i])) return true;
  }
  return false;
}

/** Longest rest of a clause taken as the subject when nothing else names it. */
const REST_OF_CLAUSE = 16;

/**
 * 其中2宗涉及网上情缘骗案: when nothing before a count names it, the rest of its clause (short, with
 * no other figure) says what it counts; not after a duration (连续三年), which is a circumstance.
 */
export const restOfClause: MemberRule = (scene, d) => {
  if (d !== scene.list[scene.list.length - 1] || !COUNTED_KINDS.has(d.kind) || isDuration(d)) return null;
  const { end, figure } = wordsEnd(scene, d.end);
  if (figure || end - d.end > REST_OF_CLAUSE) return null;
  const span = trimSubject(scene.text, d.end, end);
  // 达120起之多: words about the figure itself name nothing; a noun must be there.
  if (!span || !tagSpan(scene.text, span[0], span[1]).some((t) => t.tag.startsWith('n'))) return null;
  return { rule: 'rest-of-clause', spans: [span], consumedTo: span[1] };
};

/** (一)盗窃类警情。本月环比上升2.81%: a heading or list item names the subject of the figures under it. */
export const heading: MemberRule = (scene, d) => {
  const h = headingBefore(scene.text, d.start);
  return h ? { rule: 'heading', spans: [h] } : null;
};
