/**
 * Subject rules that complete a figure's own words from its context: the verb of an enumeration,
 * the topic of a sentence, a parallel name, the figure before it, the text after a comparison.
 */
import type { Draft } from '../extract/types.js';
import { BASIS_PATTERNS } from '../lexicon/change.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { CodeIndex } from '../lexicon/codeIndex.js';
import { ATTRIBUTE_NOUNS, CASE_NOUNS, CRIME_VERBS, GENERIC_CASE_NOUNS, MIN_SUBJECT_LENGTH, PART_OPENERS } from '../lexicon/subjectTrim.js';
import { FILLER_ROWS, JOINER_ROWS, LIST_JOINERS, LIST_JOINERS_ANYWHERE } from '../lexicon/vocabulary.js';
import { tagSpan, type Token } from '../segment/jieba.js';
import { sentenceStart } from './clauses.js';
import { firstEndMarker } from './endMarkers.js';
import { lastIndexWithin } from '../spans.js';
import { afterOf, COUNTED_KINDS, isFrame, respanned, isVerbal, onlyCircumstances, previousInSentence, roleSpans, SHARE, type Decision, type MemberRule, type Scene } from './subjectScene.js';
import { COUNT_NAME_END, nounAfter, trimSubject, withoutRoles, type Span } from './subjectSpans.js';

/** 户外火灾1.5万起,占火灾总数的53.8%: a share (占…) measures the subject of the figure before it. */
export const shareOf: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (!own || scene.text.charCodeAt(own[0]) !== SHARE) return null;
  const p = previousInSentence(scene, d);
  return p ? { rule: 'share-of', spans: [...p.subjectSpans!, own], usesCore: true } : null;
};

/** 全省85%的县市区实现命案全破: a percentage with nothing before it, of the noun after it. */
export const percentOfNoun: MemberRule = (scene, d) => {
  if (d !== scene.list[0] || scene.core || d.kind !== 'percent' || scene.text.charCodeAt(d.end) !== OF) return null;
  const noun = nounAfter(scene.text, d.end + 1, scene.clauseEnd);
  return noun ? { rule: 'percent-of-noun', spans: [noun], consumedTo: noun[1] } : null;
};
const OF = '的'.charCodeAt(0);

/** Kinds of the items of an enumeration: things counted, weighed or valued, never a rate. */
const ITEM_KINDS = new Set<Draft['kind']>(['count', 'quantity', 'money']);

/** 上交枪支4297支、子弹38.9万发、炸药4.4万公斤: later items of an enumeration take the verb of the first. */
export const enumeratedItem: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core ?? oneCharacterItem(scene) : null;
  const p = scene.previous;
  if (!own || !p?.subjectSpans || !ITEM_KINDS.has(d.kind)) return null;
  const { text } = scene;
  // Only an enumeration joiner between the figure before and this item; a change (上升12%,损失…) enumerates nothing.
  // Scraped pages space the joiner (`手机11台 、摩托车1台`).
  const at = skipSpaces(text, p.end);
  if (skipSpaces(text, at + 1) !== own[0] || !COUNTED_KINDS.has(p.kind)) return null;
  const joiner = text.charCodeAt(at);
  // Whether the item before took the verb of the first itself (looked up once).
  const itemBefore = ENUMERATED.has(p);
  // The joiner of a last item (及, 和) continues an enumeration that already took its verb, or
  // joins a short second item to the first (检获现金约120万元及手提电话56部).
  const lastItem = JOINS_LAST_ITEM.has(joiner) && !JOINS_ITEMS.has(joiner) && (itemBefore || own[1] - own[0] <= SHORT_ITEM);
  if (!JOINS_ITEMS.has(joiner) && !lastItem && !(joiner === COMMA && own[1] - own[0] <= SHORT_ITEM)) return null;
  const ownTokens = tagSpan(text, own[0], own[1]);
  if (ownTokens.length === 0) return null;
  // An item is a thing; an action (化解, 成功化解; 行政拘留 after a comma) is a figure of its own.
  // A word jieba does not know standing alone after 、 (酒驾、毒驾) names a thing; after a comma it is
  // as often an action (刑拘).
  const unknownWord = joiner !== COMMA && ownTokens.length === 1 && ownTokens[0].tag === 'x';
  // Among items (黑火药2.93公斤、管制刀具89把) a short noun led by a verb-like word (管制) is an item too.
  const lastIsNoun = ownTokens[ownTokens.length - 1].tag.startsWith('n');
  const amongItems = itemBefore && joiner !== COMMA && lastIsNoun && own[1] - own[0] <= SHORT_ITEM;
  // 涉恶|犯罪集团: an unknown 涉- word modifies the item ("involving"), it is no verb.
  const leadsAction = isVerbal(ownTokens[0]) && !involving(ownTokens[0]);
  const action = !unknownWord && !amongItems
    && (leadsAction || ownTokens.some((t) => t.tag === 'v' && t.word.length > 1) || (joiner === COMMA && ownTokens.some(isVerbal)));
  // The item before took the verb itself: the same verb goes on.
  if (itemBefore) return action ? null : enumerated(d, [p.subjectSpans[0], own]);
  if (p.subjectSpans.length !== 1) return null;
  // 拦截诈骗电话27亿次、诈骗短信22.8亿条: an item that starts like the object before it is one,
  // even when its first word is tagged as a verb (诈骗); the verb is then the one before that object.
  const first = JOINS_ITEMS.has(joiner) ? firstVerb(text, p.subjectSpans[0]) : null;
  const parallel = first !== null && text.startsWith(ownTokens[0].word, first[1]);
  const verb = parallel ? first : governingVerb(text, p.subjectSpans[0], JOINS_ITEMS.has(joiner));
  if (!verb) return null;
  if (action && !parallel) return null;
  // A second item after 及 takes the verb only of a first that is a verb and a whole object (检获|现金), not of a
  // name led by a verb-like word (模拟|枪).
  if (lastItem && !itemBefore && p.subjectSpans[0][1] - verb[1] < MIN_SUBJECT_LENGTH) return null;
  return enumerated(d, [[p.subjectSpans[0][0], verb[1]], own]);
};

/** The first position at or after `at` that is not a space. */
function skipSpaces(text: string, at: number): number {
  while (at < text.length && text.charCodeAt(at) === SPACE) at++;
  return at;
}
const SPACE = 0x20;
/** An unknown 涉- word (涉黑, 涉恶, 涉诈): a modifier, "involving", not a verb. */
const involving = (t: { word: string; tag: string }): boolean => t.tag === 'x' && t.word.startsWith('涉');

/**
 * The last verbal token of a subject before its final item (群众主动上交|枪支), or null. A verbal noun
 * between a verb and a noun modifies that noun (收缴|管制刀具、非法枪支): it is part of the item, not
 * the verb the next items take. After a comma the next item may go on from the whole object
 * (打掉犯罪团伙136个,成员540余人), so there the verbal noun stays.
 */
function governingVerb(text: string, [s, e]: Span, afterItemJoiner: boolean): Span | null {
  const tokens = tagSpan(text, s, e);
  let verb: Span | null = null;
  for (let i = 0, pos = s; i < tokens.length - 1; pos += tokens[i].word.length, i++) {
    const t = tokens[i];
    const modifier = afterItemJoiner && verb !== null && verb[1] === pos && t.tag === 'vn' && tokens[i + 1].tag.startsWith('n');
    if (isVerbal(t) && !involving(t) && !modifier && !namesCrime(t, tokens[i + 1])) verb = [pos, pos + t.word.length];
  }
  return verb;
}

/** 盗窃|案, 诈骗|案件: a crime verb before a case noun names the kind of case, it governs nothing. */
const namesCrime = (t: Token, next: Token): boolean => CRIME_VERBS.has(t.word) && CASE_HEADS.has(next.word);
const CASE_HEADS = new Set([...GENERIC_CASE_NOUNS, ...CASE_NOUNS, '犯罪', '罪']);

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
/** 手机15支及帐册1批: the joiner of the last item joins items too. */
const JOINS_LAST_ITEM = new CodeUnitSet(LIST_JOINERS);
/** After a comma only a short noun continues an enumeration (`枪支5484支,子弹近37万发`). */
const COMMA = 0x2c, SHORT_ITEM = 4;

/** Whether text[at] is a list joiner standing alone (not 涉及, 参与: the vocabulary's notAfter). */
function joinerAt(text: string, at: number): boolean {
  const row = JOINER_ROWS.find((r) => r.word === text[at]);
  return row !== undefined && !(row.notAfter?.includes(text[at - 1] ?? '') ?? false);
}

/**
 * 扣押豪宅1处及4笔土地, 扣押市值5千万豪宅及4笔土地: after a joiner the figure counts the noun after
 * it, and the verb of the items before governs it too.
 */
export const joinedObject: MemberRule = (scene, d) => {
  const { text, leftStart, leftEnd } = scene;
  const after = afterOf(scene, d);
  if (d !== scene.list[0] || !after || leftEnd <= leftStart || !joinerAt(text, leftEnd - 1)) return null;
  // The verb stands before this item, or before the item of the figure before (扣押别墅一栋及4笔土地).
  const p = previousInSentence(scene, d);
  // The subject before may be a verb and its object (打掉|3个|黑社会性质组织): the verb is its first span.
  const source = scene.core ?? p?.subjectSpans?.[0] ?? null;
  const verb = source ? firstVerb(text, source) : null;
  // 约五公斤怀疑可卡因及二公斤怀疑冰毒: the item that opens with the same word does not take it twice.
  const again = verb !== null && text.startsWith(text.slice(verb[0], verb[1]), after[0]);
  return { rule: 'joined-object', spans: verb && !again ? [verb, after] : [after], consumedTo: after[1] };
};

/** The first verb of a span (`成功扣押市值…` → 扣押), or null. */
function firstVerb(text: string, span: Span): Span | null {
  let pos = span[0];
  for (const t of tagSpan(text, span[0], span[1])) {
    if (isVerbal(t) && t.tag !== 'vn') return [pos, pos + t.word.length];
    pos += t.word.length;
  }
  return null;
}

/** Longest attribute read in brackets after a figure (`余额`, `市值`, `涉案金额`). */
const BRACKETED_ATTRIBUTE = 4;

/** 银行账户60个(余额2亿余元): a figure in brackets right after another gives an attribute of what that one counts. */
export const bracketedAttribute: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  const p = scene.previous;
  if (!own || !p?.subjectSpans || own[1] - own[0] > BRACKETED_ATTRIBUTE) return null;
  if (scene.text.charCodeAt(p.end) !== OPEN || own[0] !== p.end + 1) return null;
  // 扣押不动产18笔(含房屋11户…): a part of what was counted, under the same verb.
  const part = INCLUDES.find((w) => scene.text.startsWith(w, own[0]));
  if (part) {
    const verb = p.subjectSpans.length === 1 ? governingVerb(scene.text, p.subjectSpans[0], false) : null;
    const item: Span = [own[0] + part.length, own[1]];
    if (item[1] <= item[0]) return null;
    // The next items of the bracket (车位48个) take the same verb.
    if (verb) ENUMERATED.add(d);
    return { rule: 'bracketed-attribute', spans: verb ? [verb, item] : [item], usesCore: true };
  }
  return { rule: 'bracketed-attribute', spans: [...p.subjectSpans, own], usesCore: true };
};
/** The attribute nouns by their last character, each group in table order. */
const ATTRIBUTES_BY_LAST = new CodeIndex<string>(ATTRIBUTE_NOUNS, (w) => w.charCodeAt(w.length - 1));

/** The first attribute noun of the table that ends a span (looked up by the span's last character), if any. */
function attributeEnding(text: string, [s, e]: Span): string | undefined {
  for (const w of ATTRIBUTES_BY_LAST.get(text.charCodeAt(e - 1))) if (e - s >= w.length && text.startsWith(w, e - w.length)) return w;
  return undefined;
}

/**
 * 追回电动车120辆,价值40余万元; 以及市值逾5亿元毒品: an attribute alone (价值, 市值) is the
 * attribute of the noun after the figure, else of what the figure before it in the sentence counted;
 * after a verb (检获总值约230万元的货物), of the noun after the figure only.
 */
export const attributeOf: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  const { text } = scene;
  const attribute = own ? attributeEnding(text, own) : undefined;
  if (!own || !attribute) return null;
  const after = afterOf(scene, d);
  // 检获总值约230万元的货物: the verb before the attribute governs the noun after the figure.
  const at = own[1] - attribute.length;
  const verb: Span | null = at - own[0] >= MIN_SUBJECT_LENGTH ? [own[0], at] : null;
  if (after) return { rule: 'attribute-of', spans: verb ? [verb, after, [at, own[1]]] : [after, own], usesCore: true, consumedTo: after[1] };
  if (verb) return null;
  const p = previousInSentence(scene, d);
  return p && COUNTED_KINDS.has(p.kind) ? { rule: 'attribute-of', spans: [...p.subjectSpans!, own], usesCore: true } : null;
};

/** Words that open a part of a whole in brackets (`含房屋11户`). */
const INCLUDES = ['包括', '其中', '含'];
const OPEN = 0x28; // ( arrives normalized to half-width

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
  if (d !== scene.list[0] || !RELATIVE_KINDS.has(d.kind)) return null;
  // The part itself may have been cut out as a place (岛内): the topic alone is then the subject.
  const own = scene.core;
  const placeCut = !own && d.place !== undefined && d.place.start >= scene.clauseStart && d.place.end <= d.start;
  if (!own && !placeCut) return null;
  if (own && (own[1] - own[0] > SUBSET || tagSpan(scene.text, own[0], own[1]).some((t) => t.tag.startsWith('v')))) return null;
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
/** Records the topic a figure is a part of, for the next parts of its sentence. */
export const rememberTopic = (d: Draft, topic: Span[]): void => { TOPICS.set(d, topic); };
function partOf(d: Draft, own: Span | null, topic: Span[]): Decision {
  TOPICS.set(d, topic);
  return { rule: 'part-of-topic', spans: own ? [own, ...topic] : topic, usesCore: own !== null };
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

/**
 * 其中780人为内地人: a figure with nothing measured before it, followed by 为/是 and a noun, counts
 * that noun; after a frame of whom it is a part (被捕人士中有1,243人为青少年), that noun of them.
 */
export const copulaAfter: MemberRule = (scene, d) => {
  const { text } = scene;
  const frame = d === scene.list[0] && scene.core && isFrame(text, scene.core) ? scene.core : null;
  if ((d === scene.list[0] && scene.core && !frame) || !COUNTED_KINDS.has(d.kind) || !COPULAS.has(text.charCodeAt(d.end))) return null;
  const noun = nounAfter(text, d.end + 1, scene.clauseEnd);
  if (!noun) return null;
  const whole: Span | null = frame && frame[1] - 1 - frame[0] >= MIN_SUBJECT_LENGTH ? [frame[0], frame[1] - 1] : null;
  return { rule: 'copula-after', spans: whole ? [whole, noun] : [noun] };
};

/**
 * 现行命案破案率保持在96%以上。2015年达到98.2%: a figure whose own text is only a period and a
 * filler continues the figure of the sentence before, within the paragraph, when of the same kind.
 */
export const continuesPrevious: MemberRule = (scene, d) => {
  const p = scene.previous;
  if (d !== scene.list[0] || scene.core || scene.leftEnd <= scene.leftStart || !p?.subjectSpans || p.kind !== d.kind) return null;
  if (lastIndexWithin(scene.text, '\n', d.start, p.end + 1) !== -1) return null;
  return { rule: 'continues-previous', spans: p.subjectSpans };
};

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
  // Read on the text before the figure: the baseline's period (是[去年]的) may have been cut out.
  if (d !== scene.list[0] || d.kind !== 'multiple' || scene.leftEnd <= scene.leftStart || scene.text.charCodeAt(scene.leftStart) !== IS) return null;
  const p = previousInSentence(scene, d);
  return p ? { rule: 'multiple-of-previous', spans: p.subjectSpans! } : null;
};
const IS = '是'.charCodeAt(0);

const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/**
 * 1月份较上月发案降46%: nothing measured before the comparison, the subject stands between it and
 * the direction word (never a baseline figure: `较上年同期2378起上升`).
 */
export const betweenComparisonAndDirection: MemberRule = (scene, d) => {
  if (d !== scene.list[0] || scene.core) return null;
  const basis = d.basisCue, direction = d.directionCue;
  if (!basis || !direction || basis.end >= direction.start || basis.start < scene.clauseStart) return null;
  for (let i = basis.end; i < direction.start; i++) if (isDigit(scene.text.charCodeAt(i))) return null;
  // 比去年中秋节假期下降: the baseline's period is a role of its own.
  const [s, e] = withoutRoles(scene.text, basis.end, direction.start, roleSpans(d));
  const span = e > s ? trimSubject(scene.text, s, e) : null;
  // 比去年中秋节假期下降: a baseline's time that the period reader did not take is still no subject.
  return span && !onlyCircumstances(scene.text, span) ? { rule: 'between-comparison-and-direction', spans: [span] } : null;
};

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

/** Figures read after a comparison (`较上年同期破案858起`): the baseline, not the current level. */
const BASELINE_FIGURES = new WeakSet<Draft>();
/** Whether a figure was read as the baseline of a comparison. */
export const isBaselineFigure = (d: Draft): boolean => BASELINE_FIGURES.has(d);

/**
 * 较上年同期破案858起, 与2018年同期相比多抓逃犯1413名: after a comparison the text up to the figure
 * says what is counted; what precedes the comparison is its topic, place or time.
 */
export const afterComparison: MemberRule = (scene, d) => {
  if (d !== scene.list[0] || scene.leftEnd >= d.start) return null;
  const { text } = scene;
  const end = comparisonEnd(text, scene.leftEnd, d.start);
  if (end === -1) return null;
  const [from, to] = withoutRoles(text, end, d.start, roleSpans(d));
  const span = to > from ? trimSubject(text, from, to) : null;
  if (!span || firstEndMarker(text, span[0], span[1]) !== -1 || d.directionCue) return null;
  BASELINE_FIGURES.add(d);
  return { rule: 'after-comparison', spans: [span] };
};

/** Longest subject widened to an earlier one that ends with it (`损失` → `直接财产损失`). */
const SHORT_SUBJECT = 3;

/**
 * 直接财产损失39.4亿元,…亡人、损失分别下降14.4%、5.7%: a short subject that ends an earlier
 * figure's subject in the same sentence names the same thing; the earlier, fuller name is taken.
 */
export function widenedToEarlier(scene: Scene, d: Draft, decision: Decision): Decision {
  const spans = decision.spans;
  if (!spans || spans.length !== 1 || spans[0][1] - spans[0][0] > SHORT_SUBJECT) return decision;
  const { text, drafts } = scene;
  const own = text.slice(spans[0][0], spans[0][1]);
  // 酒驾醉驾90.1万起,其中醉驾17.7万起: a part is not the whole it ends.
  const opening = text.slice(scene.clauseStart, spans[0][0]);
  if (PART_OPENERS.some((w) => opening.includes(w))) return decision;
  const from = sentenceStart(text, d.start);
  for (let i = scene.headIndex - 1; i >= 0 && drafts[i].start >= from; i--) {
    const earlier = drafts[i].subjectSpans;
    if (earlier?.length !== 1) continue;
    const [s, e] = earlier[0];
    if (e - s > own.length && text.startsWith(own, e - own.length)) return respanned(decision, earlier, 'widened');
  }
  return decision;
}
