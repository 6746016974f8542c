/**
 * Spans a subject is made of, in the normalized text: the noise trimmed from both ends of the
 * text before a figure, long subjects shortened, the noun phrase after a measure word, the verb
 * that ends a span, and coordinations split over the members of a list. The subject rules
 * (subjectRules.ts) choose among these.
 */
import {
  ACTOR_ENDINGS, CASE_NOUNS, CRIME_VERBS, GENERIC_CASE_NOUNS, LEADING_NOISE, MIN_SUBJECT_LENGTH, RESTARTING_CONNECTIVES, NOUN_PHRASE_STOP, NOT_IN_NOUN_PHRASE_TAGS,
  PERSON_NOUN_ENDS, TIME_CHARACTERS, TRAILING_NOISE_CHAR, TRAILING_NOISE_WORDS, TRAILING_SOURCE, TRAILING_SOURCE_LENGTH, type Connective,
} from '../lexicon/subjectTrim.js';
import { DIRECTION_ROWS, LEVEL_MARKERS, LIST_JOINERS_ANYWHERE, LIST_JOINERS } from '../lexicon/vocabulary.js';
import { tagSpan, type Token } from '../segment/jieba.js';
import { byFirstChar, byLastChar, CodeIndex, codeClass, longestWordEnding, rowsAt, rowsEndingAt } from '../lexicon/codeIndex.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { alternation } from '../lexicon/alternation.js';
import { firstEndMarker } from './endMarkers.js';
import { isHan } from '../codeAt.js';
import { indexWithin, lastIndexWithin } from '../spans.js';

export type Span = [number, number];


/** Connectives by their first character, in table order. */
const CONNECTIVES_BY_FIRST = new CodeIndex<Connective>(RESTARTING_CONNECTIVES, (c) => c.word.charCodeAt(0));

/** The connective at text[i] inside text[s, e), or null. */
function connectiveAt(text: string, i: number, s: number, e: number): Connective | null {
  for (const c of CONNECTIVES_BY_FIRST.get(text.charCodeAt(i))) {
    const end = i + c.word.length;
    if (end > e || !text.startsWith(c.word, i)) continue;
    if (c.notAfter && i > s && c.notAfter.includes(text[i - 1])) continue;
    if (c.notBefore && end < e && c.notBefore.includes(text[end])) continue;
    return c;
  }
  return null;
}

/** Start of text[s, e) after the last 共/累计 that leaves a subject long enough behind it. */
function afterRestartingConnective(text: string, s: number, e: number, notes?: string[]): number {
  let start = s;
  let used: Connective | null = null;
  for (let i = s; i < e;) {
    const c = CONNECTIVES_BY_FIRST.has(text.charCodeAt(i)) ? connectiveAt(text, i, s, e) : null;
    if (!c) { i++; continue; }
    i += c.word.length;
    if (e - i >= MIN_SUBJECT_LENGTH) { start = i; used = c; }
  }
  if (used && notes) notes.push(`restart(${used.word})`);
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

const TRAILING_NOISE_BY_LAST = byLastChar(TRAILING_NOISE_WORDS);

/** Length of the longest trailing-noise word that ends text[s, e) and is not part of a word there (涉及), or 0. */
function trailingNoiseLength(text: string, s: number, e: number): number {
  for (const { word, notAfter } of rowsEndingAt(TRAILING_NOISE_BY_LAST, text, e)) {
    if (word.length > e - s || !text.startsWith(word, e - word.length)) continue;
    if (notAfter && e - word.length > s && notAfter.includes(text[e - word.length - 1])) continue;
    return word.length;
  }
  return 0;
}
const isTrailingNoiseChar = codeClass(TRAILING_NOISE_CHAR);

const SOURCE_LAST = new CodeUnitSet(TRAILING_SOURCE.lastChars);

/** Length of the source phrase (`经初步统计`) that ends text[s, e) after a subject of its own, or 0. */
function trailingSourceLength(text: string, s: number, e: number): number {
  if (!SOURCE_LAST.has(text.charCodeAt(e - 1))) return 0;
  const from = Math.max(s, e - TRAILING_SOURCE_LENGTH);
  const m = TRAILING_SOURCE.pattern.exec(text.slice(from, e));
  return m && from + m.index - s >= MIN_SUBJECT_LENGTH ? m[0].length : 0;
}

/** End of text[s, e) after stripping trailing noise repeatedly; the words stripped go to `notes`. */
function beforeTrailingNoise(text: string, s: number, e: number, notes?: string[]): number {
  while (e > s) {
    const char = isTrailingNoiseChar(text.charCodeAt(e - 1));
    const length = char ? 1 : trailingNoiseLength(text, s, e) || trailingSourceLength(text, s, e);
    if (length === 0) break;
    if (!char && notes) notes.push(`trim(${text.slice(e - length, e)})`);
    e -= length;
  }
  return e;
}

/** Unbalanced brackets at the edges come from cutting inside a parenthesis. */
const CLOSING_BRACKETS = new CodeUnitSet(')】」”');

/** Trims noise from both ends of text[s, e); returns the core span or null. `notes` collects the vocabulary words trimmed. */
export function trimSubject(text: string, s: number, e: number, notes?: string[]): Span | null {
  [s, e] = outsideBrackets(text, s, e);
  // 整体罪案共录得: a connective restarts only where more than trailing noise follows it.
  const mark = notes?.length ?? 0;
  const end = beforeTrailingNoise(text, s, e, notes);
  const trimmed = (notes?.length ?? 0) - mark;
  const start = afterLeadingNoise(text, afterRestartingConnective(text, s, end, notes), e);
  // The trailing noise depends on the start only: read again (and noted again) only when the start moved.
  if (start !== s) {
    if (trimmed > 0) notes?.splice(mark, trimmed);
    e = beforeTrailingNoise(text, start, e, notes);
  } else e = end;
  s = start;
  while (s < e && CLOSING_BRACKETS.has(text.charCodeAt(s))) s++;
  return e - s >= MIN_SUBJECT_LENGTH ? [s, e] : null;
}

const OPEN = 0x28, CLOSE = 0x29; // ( ) arrive normalized to half-width
const LEADING_SEPARATORS = new CodeUnitSet('、,:');

/**
 * text[s, e) without a parenthesis cut at its start (`含改造及制式)、模拟枪` → 模拟枪: the span began
 * inside it), without a remark in brackets that opens it, and without one at its end
 * (`非法兑换货币(俗称“换钱党”)`).
 */
function outsideBrackets(text: string, s: number, e: number): Span {
  // A remark in brackets that opens the span (`(含仿制)、仿真枪`) belongs to what came before.
  while (s < e && (text.charCodeAt(s) === OPEN || LEADING_SEPARATORS.has(text.charCodeAt(s)))) {
    if (text.charCodeAt(s) !== OPEN) { s++; continue; }
    const close = text.indexOf(')', s);
    if (close === -1 || close >= e) break;
    s = close + 1;
  }
  let depth = 0;
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN) depth++;
    else if (code === CLOSE) {
      if (depth === 0) s = i + 1; // closes a parenthesis opened before the span
      else depth--;
    }
  }
  if (e - s > 2 && text.charCodeAt(e - 1) === CLOSE) {
    const open = lastIndexWithin(text, '(', e - 1, s + 1);
    if (open > s) e = open;
  }
  return [s, e];
}

/** The agency words by their last character: whether one ends a span is a lookup, not a regex search over a copy. */
const ACTOR_ENDINGS_BY_LAST = byLastChar(ACTOR_ENDINGS.map((word) => ({ word })));
/** Words of an agency's name: nouns, abbreviations, modifiers, levels (两级), verbal nouns (检察|机关) and unknown Han words (边检). */
const isNominal = (t: Token): boolean => t.tag.startsWith('n') || t.tag === 'j' || t.tag === 'b' || t.tag === 'vn' || t.tag === 'm' || (t.tag === 'x' && /^[\u4e00-\u9fff]+$/.test(t.word));

/**
 * A span without the acting body that opens it when the period and place readers left it
 * (`警察局查获诈骗集团成员` → 查获…, `边检机关查验出入境人员` → 查验…): nouns ending in an
 * agency word, then (after where it acted: 在口岸) a verb. The span as given otherwise.
 */
export function afterActor(text: string, span: Span): Span {
  let pos = span[0], actorEnd = -1;
  for (const t of tagSpan(text, span[0], span[1])) {
    if (t.tag === 'v' && pos > span[0]) {
      const end = actorEnd === -1 ? pos : actorEnd;
      return longestWordEnding(ACTOR_ENDINGS_BY_LAST, text, span[0], end) > 0 && span[1] - pos >= MIN_SUBJECT_LENGTH ? [pos, span[1]] : span;
    }
    // 海关[在口岸]截获…: where the body acted stands between it and its verb.
    if (actorEnd === -1 && pos > span[0] && LOCATIVE_PREPOSITIONS.has(t.word)) actorEnd = pos;
    else if (!isNominal(t) && !(actorEnd !== -1 && PLACE_TAGS.has(t.tag))) return span;
    pos += t.word.length;
  }
  return span;
}
const LOCATIVE_PREPOSITIONS = new Set(['在', '于']);
/** Place and locality words of where the body acted (口岸/s, 境内/f). */
const PLACE_TAGS = new Set(['s', 'f']);

/** Verbs, not verbal nouns (jieba `vn`: 打击, 管理). */
export const isVerb = (token: Token): boolean => token.tag.startsWith('v') && token.tag !== 'vn';

/** Longest subject kept whole; longer ones keep the last verb and its object. */
const LONG_SUBJECT = 16;
/** Longest subject kept whole when it is a verb and a modified noun (`缴获|用于非法经营赌博的|游戏机台`). */
const MODIFIED_SUBJECT = 12;
/** An enumeration `A、B、C等` (`…等地的`) inside a subject: the examples, not the thing counted. */
const ENUMERATION = /(?:[^、,]{1,12}、)+[^、,]{1,12}等(?:地区?)?的?/;

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
export function shorten(text: string, span: Span): Span[] {
  const s = span[0], e = span[1];
  if (e - s <= MODIFIED_SUBJECT) return [span];
  if (e - s <= LONG_SUBJECT) return withoutModifier(text, s, e, tagSpan(text, s, e)) ?? [span];
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
  // 60岁以上老人占受害人总数: a part and the whole it is a share of are kept whole.
  if (e - s <= LONG_COORDINATION && isShare(text, s, e)) return [span];
  const tokens = tagSpan(text, s, e);
  const modified = withoutModifier(text, s, e, tokens);
  if (modified) return modified;
  // 查扣|无牌无证、假牌假证车辆, 遣返|非法入境者及逾期逗留人士: a verb that opens a coordination of
  // objects governs all of it.
  const opening = tokens[0];
  const opensWithVerb = opening !== undefined && opening.word.length >= 2 && (isVerb(opening) || (opening.tag === 'x' && /^[\u4e00-\u9fff]+$/.test(opening.word)));
  if (tokens.length > 1 && opensWithVerb && e - s <= LONG_OBJECTS && tokens.some((t) => LIST_JOINERS.includes(t.word))) return [span];
  // 非法制造、买卖、运输、储存爆炸物品案件: a subject that opens with a coordination is kept whole too.
  const firstJoiner = indexWithin(text, COORDINATION_COMMA, s, s + LONG_MEMBER + 1);
  if (firstJoiner !== -1 && firstJoiner - s <= LONG_MEMBER && e - s <= LONG_COORDINATION) return [span];
  let pos = e;
  for (let i = tokens.length - 1; i >= 0; i--) {
    pos -= tokens[i].word.length;
    if (isVerb(tokens[i]) && tokens[i].word.length >= 2 && e - pos - tokens[i].word.length >= MIN_SUBJECT_LENGTH) return [[pos, e]];
  }
  return [[cutStart(text, s, e, tokens), e]];
}

const SHARE_VERB = '占'.charCodeAt(0);
/** 占用, 占有, 占据, 占领: verbs of their own, no share. */
const NOT_SHARE_AFTER = new CodeUnitSet('用有据领');
/** Whether text[s, e) states a share: a part of two characters or more, 占, and a whole of two or more. */
function isShare(text: string, s: number, e: number): boolean {
  const at = lastIndexWithin(text, '占', e - 1, s);
  return at - s >= MIN_SUBJECT_LENGTH && e - at - 1 >= MIN_SUBJECT_LENGTH && text.charCodeAt(at) === SHARE_VERB && !NOT_SHARE_AFTER.has(text.charCodeAt(at + 1));
}

/** A coordination (`社区戒毒、社区康复人员`) the cut may not split: its members are joined by 、. */
const COORDINATION_COMMA = '、';
/** A member taken back whole is at most this long; the subject with it at most LONG_COORDINATION. */
const LONG_MEMBER = 6, LONG_COORDINATION = 20;
/** Longest verb with a coordination of objects kept whole (`巡查娱乐场所、宾馆、按摩场所…`). */
const LONG_OBJECTS = 32;

/**
 * Where the last LONG_SUBJECT characters of a long subject start: at a word boundary, with the
 * whole first member of a coordination the cut would split, and not on a comma.
 */
function cutStart(text: string, s: number, e: number, tokens: readonly Token[]): number {
  let pos = e, i = tokens.length - 1;
  for (; i >= 0 && e - (pos - tokens[i].word.length) <= LONG_SUBJECT; i--) pos -= tokens[i].word.length;
  if (i < 0) return s;
  const comma = indexWithin(text, COORDINATION_COMMA, pos, e);
  const memberStart = pos - tokens[i].word.length;
  if (comma !== -1 && tokens[i].tag.startsWith('n') && comma - memberStart <= LONG_MEMBER && e - memberStart <= LONG_COORDINATION) pos = memberStart;
  while (pos < e && isTrailingNoiseChar(text.charCodeAt(pos))) pos++;
  return pos;
}

const OF = '的';

/**
 * 查获涉嫌走私入境的老虎尸体: a long subject that is a verb and a modified noun keeps the verb and
 * the head noun after the last 的 (the modifier describes, the noun is what is counted).
 */
function withoutModifier(text: string, s: number, e: number, tokens: readonly Token[]): Span[] | null {
  const of = lastIndexWithin(text, OF, e - 1, s);
  if (of < s || e - of - 1 < MIN_SUBJECT_LENGTH || tokens.length === 0 || !isVerb(tokens[0]) || tokens[0].word.length < 2) return null;
  const verbEnd = s + tokens[0].word.length;
  return of > verbEnd ? [[s, verbEnd], [of + 1, e]] : null;
}

/** Where a subject before the number ends: at the first comparison or direction word, if any. */
export function beforeMarkers(text: string, s: number, e: number): number {
  const at = firstEndMarker(text, s, e);
  return at === -1 ? e : beforeOpenQuote(text, s, at);
}

const OPENING_QUOTES = new CodeUnitSet('“「『'), CLOSING_QUOTES = new CodeUnitSet('”」』');

/** 损失数实现“双下降”: a marker inside a quotation names the slogan, not the change; the subject ends before the quote. */
function beforeOpenQuote(text: string, s: number, at: number): number {
  for (let i = at - 1; i >= s; i--) {
    const code = text.charCodeAt(i);
    if (CLOSING_QUOTES.has(code)) return at;
    if (OPENING_QUOTES.has(code)) return i;
  }
  return at;
}

/** Skipped between a measure word and the noun it heads. */
const BEFORE_NOUN = new CodeUnitSet('的“”「」"');
const QUOTES = new CodeUnitSet('“”「」"');
const isQuoteToken = (word: string): boolean => word.length === 1 && QUOTES.has(word.charCodeAt(0));

/** Joiners inside a noun phrase after a figure: the vocabulary's list joiners (but 、, which starts the next item) and 或. */
const NOUN_JOINERS = new Set([...LIST_JOINERS].filter((c) => !LIST_JOINERS_ANYWHERE.includes(c)).concat('或'));

const isNounTag = (tag: string): boolean => tag.startsWith('n');

/**
 * Tags jieba gives some words of police releases wrongly, corrected for the noun phrase: a person
 * noun read as a verb (逃犯/v, 毒贩/v) and a word read as a time word that names no time (潜在/t).
 */
const ORIGIN_WORDS = new Set(['本地', '外地', '内地', '当地', '异地']);

/** Whether a word has a character of time (年, 月, 晚…); read by code unit, the set holds no surrogates. */
function hasTimeCharacter(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (TIME_CHARACTERS.has(word.charCodeAt(i))) return true;
  return false;
}

export function retagged(t: Token): Token {
  const last = t.word.charCodeAt(t.word.length - 1);
  if (t.tag === 'v' && t.word.length > 1 && PERSON_NOUN_ENDS.has(last)) return { word: t.word, tag: 'n' };
  if (t.tag === 't' && !hasTimeCharacter(t.word)) return { word: t.word, tag: 'b' };
  // 本地|男女, 外地|人员: jieba's pronoun tag on where people come from; it modifies the noun after it.
  if (t.tag === 'r' && ORIGIN_WORDS.has(t.word)) return { word: t.word, tag: 'b' };
  return t;
}

/** tokens[i], or undefined past the end (read without indexing past it: that deoptimizes the readers). */
const tokenAt = (tokens: readonly Token[], i: number): Token | undefined => (i < tokens.length ? tokens[i] : undefined);

/** 5名被困群众, 2名被拐儿童: a passive 被 with a one-character verb before a noun opens the phrase. */
function passiveModifierAt(tokens: readonly Token[], i: number, first: boolean): boolean {
  return first && tokens[i].word === PASSIVE && tokenAt(tokens, i + 1)?.word.length === 1 && isNounTag(tokenAt(tokens, i + 2)?.tag ?? '');
}

/** A noun, or a word jieba does not know of two Han characters or more (骗案/x). */
const isNounLike = (t: Token | undefined): boolean => t !== undefined && (isNounTag(t.tag) || (t.tag === 'x' && /^[\u4e00-\u9fff]{2,}$/.test(t.word)));

/** 4名涉嫌盗窃的男子: 的 after a verb of the phrase, before a noun, ends a relative clause, not the phrase. */
function relativeClauseEndAt(tokens: readonly Token[], i: number, verbal: boolean): boolean {
  return verbal && tokens[i].word === OF && isNounLike(tokenAt(tokens, i + 1));
}

const isNumberToken = (t: Token): boolean => t.tag === 'm' || /^[0-9]+$/.test(t.word);

/** Prepositions that open a relative clause before a counted noun (`1200宗[与]毒品有关的案件`, `[由]团伙操控的账户`). */
const RELATIVE_OPENERS = new Set(['与', '和', '同', '跟', '由', '为', '对', '向']);

/**
 * 1200宗与毒品有关的案件: a phrase that opens with a preposition is a relative clause when a 的
 * before a noun closes it within the clause; the index of that 的, or -1.
 */
function relativeClauseOf(tokens: readonly Token[]): number {
  // 200多宗[发生]于5月至7月的骗案: a verb opens one too, its dates and places inside it.
  const opener = tokens[0];
  if (!opener || !(RELATIVE_OPENERS.has(opener.word) || (isVerb(opener) && opener.word.length >= 2))) return -1;
  for (let i = 1; i < tokens.length - 1; i++) {
    const t = tokens[i];
    if (t.word === OF) return isNounLike(tokens[i + 1]) ? i : -1;
    // Punctuation closes the phrase; digits of a date (5/x 月/m) stand only in a verb's clause.
    if ((t.tag === 'x' && !/[\u4e00-\u9fff0-9]/.test(t.word)) || (isNumberToken(t) && !isVerb(opener))) return -1;
  }
  return -1;
}
const PASSIVE = '被';

/** 逮捕犯嫌11人并查扣…: 并 after a figure opens the next predicate, never its noun. */
const NEXT_PREDICATE = new CodeUnitSet('并');

/** Noun phrase right after a count's measure word (`17起[大要案件]开展…`), via jieba tags. */
/** The date of the thing counted, before its noun (`一宗2001年故意杀人案件`): not part of the noun. */
const DATE_BEFORE_NOUN = /(?:(?:19|20)\d\d|[〇○零一二三四五六七八九]{4})年(?:\d{1,2}月)?(?:\d{1,2}日)?的?/y;

/** The age of the people counted, before their noun (`3名年龄在18至25岁之间的男子`): not part of the noun. */
const AGE_BEFORE_NOUN = /(?:年龄|年约|年纪)[^，。；,;！？!?]{0,16}?岁(?:之间|以下|以上)?的/y;

const COPULAS = new CodeUnitSet('为是系属');
/** Longest case name read after a count of cases (`一宗[怀疑涉及跨境犯罪集团清洗黑钱案件]`). */
const LONG_CASE_NAME = 24;
/**
 * A case name after a count of cases, up to a case noun at the clause's end, without the suspicion
 * that opens it; not after a copula (`129宗为暴力罪案`) nor a bare 涉及 (`有14,235宗涉及…骗案`): there
 * the predicate names a part, which the copula and part rules read.
 */
const CASE_NAME = new RegExp(`^(?:怀疑(?:涉及)?|涉嫌)?(?!涉及)([^,;:、\\s0-9]{2,${LONG_CASE_NAME}}?(?:${alternation(CASE_NOUNS)}))$`);

/**
 * 侦破一宗怀疑涉及跨境犯罪集团清洗黑钱案件: after a count of cases, the rest of the clause when
 * it ends in a case noun names the case, however its words are tagged; without the suspicion
 * words that open it. Null when the clause goes on after the case noun.
 */
export function caseNameAfter(text: string, from: number, end: number): Span | null {
  DATE_BEFORE_NOUN.lastIndex = from;
  if (DATE_BEFORE_NOUN.test(text)) from = DATE_BEFORE_NOUN.lastIndex;
  if (end - from > LONG_CASE_NAME + 4 || end - from < MIN_SUBJECT_LENGTH) return null;
  if (COPULAS.has(text.charCodeAt(from))) return null;
  const m = CASE_NAME.exec(text.slice(from, end));
  return m ? [end - m[1].length, end] : null;
}

/** 2万元作为保证金, 15万元作获释金: what the figure served as follows a word of purpose (not 作案, 作业, 作出…). */
const PURPOSE = /作为|用作|充作|充当|作(?![案业品用出战风为息证])/y;

/** Where the noun after a figure starts when a word of purpose stands first (`作为|保证金`), else `s`. */
export function afterPurposeWord(text: string, s: number): number {
  PURPOSE.lastIndex = s;
  return PURPOSE.test(text) ? PURPOSE.lastIndex : s;
}

export function nounAfter(text: string, from: number, clauseEnd: number): Span | null {
  let s = from;
  for (const before of [DATE_BEFORE_NOUN, AGE_BEFORE_NOUN]) {
    before.lastIndex = s;
    if (before.test(text) && before.lastIndex < clauseEnd) s = before.lastIndex;
  }
  s = afterPurposeWord(text, s);
  while (BEFORE_NOUN.has(text.charCodeAt(s))) s++;
  if (!isHan(text.charCodeAt(s)) || directionAt(text, s) || NEXT_PREDICATE.has(text.charCodeAt(s))) return null;
  const tokens = tagSpan(text, s, Math.min(clauseEnd, s + 24));
  let phrase = NOUN_PHRASES.get(tokens);
  if (phrase === undefined) NOUN_PHRASES.set(tokens, (phrase = nounPhraseOf(tokens.map(retagged), text, s)));
  return phrase === null ? null : [s + phrase[0], s + phrase[1]];
}

/**
 * The noun phrase of each token array tagSpan gave (its arrays are cached and shared): many
 * figures are followed by the same words, and the phrase depends on those words only.
 */
const NOUN_PHRASES = new WeakMap<readonly Token[], Span | null>();

/**
 * The noun phrase the (retagged) tokens at text[from] open, as offsets from `from`, or null. It
 * reads the text only within the tokens' own words (text[from] on), so it is a function of the tokens.
 */
function nounPhraseOf(tokens: readonly Token[], text: string, from: number): Span | null {
  let s = from;
  let end = s;
  let pos = s;
  let lastNoun = s;
  let verbal = false;
  const relative = relativeClauseOf(tokens);
  for (let i = 0; i < relative; i++) pos += tokens[i].word.length;
  if (relative > 0) verbal = true;
  // 发生于5月6日至27日的骗案: a clause that dates the thing is a circumstance; the noun after 的 names it.
  if (relative > 0 && tokens.slice(0, relative).some(isNumberToken)) s = pos + OF.length;
  let closed = false;
  for (let i = Math.max(0, relative); i < tokens.length; i++) {
    const tk = tokens[i];
    // 的骗案|有关: after the noun that closes a relative clause, a verb starts the predicate.
    if (closed && tk.tag.startsWith('v') && pos > s) break;
    if (isQuoteToken(tk.word)) { pos += 1; continue; }
    // 巡查或打击行动: a joiner between two words of the phrase goes on, but never ends it.
    if (NOUN_JOINERS.has(tk.word) && pos > s) { pos += tk.word.length; continue; }
    const punctuation = tk.tag === 'x' && !/[\u4e00-\u9fff]/.test(tk.word);
    // 故意|杀人|案件, 故意|伤害|案件: an adverb-tagged modifier opening a noun phrase is part of it.
    const leadingModifier = i === 0 && tk.tag === 'd' && tk.word.length > 1 && /^[na]/.test(tokenAt(tokens, 1)?.tag ?? '');
    const closes = relativeClauseEndAt(tokens, i, verbal);
    closed ||= closes;
    const goesOn = leadingModifier || passiveModifierAt(tokens, i, pos === s) || closes;
    if (!goesOn && (NOUN_PHRASE_STOP.has(tk.word) || NOT_IN_NOUN_PHRASE_TAGS.has(tk.tag) || punctuation)) break;
    pos += tk.word.length;
    end = pos;
    verbal ||= tk.tag.startsWith('v');
    // One-character "verbs" at the end are mostly noun heads (执法站, 服务点): they stay; so do an
    // adjective right after a noun (交通|意外) and a crime named by a verb (网络|传销).
    const head = (tk.tag === 'a' && i > 0 && isNounTag(tokens[i - 1].tag)) || CRIME_VERBS.has(tk.word);
    if ((tk.tag !== 'v' && tk.tag !== 'a' && tk.tag !== 'vd') || tk.word.length === 1 || head) lastNoun = pos;
  }
  // A trailing verb ends the phrase (`大要案件|开展`); a phrase of verbs only is kept (`完成注册安装`)
  // unless it states the change itself (`2378起上升3.3%`).
  if (lastNoun > s) end = lastNoun;
  else if (firstEndMarker(text, s, end) !== -1) return null;
  return end - s >= MIN_SUBJECT_LENGTH ? [s - from, end - from] : null;
}

const DIRECTION_BY_FIRST = byFirstChar(DIRECTION_ROWS);

/** Whether a direction word stands at text[s] (`降至11人`, `减少3起`): what follows a figure there is a change or a new level, not its noun. */
function directionAt(text: string, s: number): boolean {
  return rowsAt(DIRECTION_BY_FIRST, text, s).some((r) => text.startsWith(r.word, s)
    && (!r.adjacentOnly || LEVEL_MARKERS.includes(text[s + r.word.length])));
}

const JOINS_ANYWHERE = new CodeUnitSet(LIST_JOINERS_ANYWHERE);
const JOINS_LAST = new CodeUnitSet([...LIST_JOINERS].filter((c) => !LIST_JOINERS_ANYWHERE.includes(c)));

/** Longest noun shared by parallel modifiers before a count name (刑事、治安[案件]立案数). */
const SHORT_SHARED_NOUN = 3;

/** Characters that end a count name (立案数, 破案率, 发案量, 涉案金额). */
export const COUNT_NAME_END = new CodeUnitSet('数率量额');

/** The count name that ends a span (`…案件[发案数]`): its last token, with the token before when the last is one character. */
function countNameAtEnd(text: string, span: Span, tokens: readonly Token[]): Span | null {
  if (!COUNT_NAME_END.has(text.charCodeAt(span[1] - 1)) || tokens.length < 2) return null;
  const last = tokens[tokens.length - 1];
  const length = last.word.length > 1 ? last.word.length : last.word.length + tokens[tokens.length - 2].word.length;
  return length < span[1] - span[0] ? [span[1] - length, span[1]] : null;
}

/**
 * Splits a coordination `A、B和C` into parts; completes heads (`刑事、治安警情`) and prefixes
 * (`…案件立案数、破案数`). A verb that opens the coordination acts on every member
 * (`破获|盗窃、诈骗案件` → 破获盗窃案件, 破获诈骗案件).
 */
export function distribute(text: string, core: Span, n: number): Span[][] | null {
  const verb = openingVerb(text, core);
  if (verb) {
    const parts = distributeMembers(text, [verb[1], core[1]], n);
    if (parts) return parts.map((p) => [verb, ...p]);
  }
  return distributeMembers(text, core, n);
}

/** The verb that opens a coordination (`破获|盗窃、诈骗案件`) when a member of two characters or more follows it before the first joiner, or null. */
function openingVerb(text: string, core: Span): Span | null {
  const joiner = indexWithin(text, COORDINATION_COMMA, core[0], core[1]);
  if (joiner === -1) return null;
  const first = tagSpan(text, core[0], joiner)[0];
  if (!first || !isVerb(first) || first.word.length < 2 || CRIME_VERBS.has(first.word)) return null;
  const member = joiner - core[0] - first.word.length;
  if (member < MIN_SUBJECT_LENGTH) return null;
  // The member after the verb is parallel to the next one (盗窃|诈骗, 涉黄|涉赌, 盗窃|故意…案件);
  // 破获案件数、抓获作案成员数: members of their own verbs are not.
  const next = indexWithin(text, COORDINATION_COMMA, joiner + 1, core[1]);
  const secondEnd = next === -1 ? core[1] : next;
  const second = tagSpan(text, joiner + 1, secondEnd)[0];
  const parallel = secondEnd - joiner - 1 === member || second?.word.length === member;
  return parallel ? [core[0], core[0] + first.word.length] : null;
}

/**
 * 盗窃、诈骗、故意伤害案件: a last member of three words or more that ends in a case noun (案件,
 * 警情) has that noun as the head the others borrow (its modifier is longer than theirs).
 */
function nounHead(part: Span, tokens: readonly Token[]): Span | null {
  const last = tokens[tokens.length - 1];
  if (tokens.length < 3 || last.word.length !== 2 || !GENERIC_CASE_NOUNS.includes(last.word)) return null;
  return [part[1] - last.word.length, part[1]];
}

function distributeMembers(text: string, core: Span, n: number): Span[][] | null {
  const parts: Span[] = [];
  let s = core[0];
  for (let i = core[0]; i < core[1]; i++) {
    const code = text.charCodeAt(i);
    if (JOINS_ANYWHERE.has(code) || (JOINS_LAST.has(code) && parts.length === n - 2 && n > 1)) {
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
  const afterShared = afterSharedEnding(text, parts);
  if (afterShared) {
    // 城区分局、开发区分局、新区分局刑事警情: the members end alike (分局), the head follows that ending in the last.
    for (let k = 0; k < n - 1; k++) result[k] = [parts[k], afterShared];
  } else if (last.length > 1 && first.length === 1 && lastLen > firstLen) {
    // 刑事、治安警情: earlier parts borrow the head noun of the last. Parallel modifiers have the
    // same length (刑事/治安), which finds the head even where jieba cuts 治安警|情.
    // 命案、八类严重暴力案件发案数: a count name at the end (发案数) is the head when the rest of the
    // last part is more than a parallel modifier and a short noun (刑事、治安[案件立案数]).
    const name = countNameAtEnd(text, parts[n - 1], last);
    const sharedNoun = name ? name[0] - parts[n - 1][0] - firstLen : 0;
    const head: Span = name && sharedNoun > SHORT_SHARED_NOUN ? name : nounHead(parts[n - 1], last) ?? [parts[n - 1][0] + firstLen, parts[n - 1][1]];
    for (let k = 0; k < n - 1; k++) result[k] = [parts[k], head];
  } else if (first.length > 1) {
    // 民生领域犯罪案件立案数、破案数: later parts borrow the prefix of the first, cut where the
    // parallel item begins (立案数 ↔ 破案数 have the same length); where that falls inside the word
    // before the first's last word and the items end alike, the last word is the item (交通事故|起数、死亡人数).
    const lastWordStart = parts[0][1] - first[first.length - 1].word.length;
    for (let k = 1; k < n; k++) {
      const own = k === n - 1 ? last : tagSpan(text, parts[k][0], parts[k][1]);
      const ownLen = parts[k][1] - parts[k][0];
      const byLength = parts[0][1] - ownLen;
      const insideWord = byLength < lastWordStart && byLength > lastWordStart - first[first.length - 2].word.length;
      const cut = insideWord && text.charCodeAt(parts[0][1] - 1) === text.charCodeAt(parts[k][1] - 1) ? lastWordStart : byLength;
      const trimmed = ownLen < firstLen ? trimSubject(text, parts[0][0], cut) : null;
      if (own.length <= first.length && trimmed) result[k] = [trimmed, parts[k]];
    }
  }
  return result;
}

/** Shortest ending the members must share for afterSharedEnding (one character is too often chance). */
const SHARED_ENDING = 2;

/**
 * The head after the members' shared ending in the last member (`A分局、B分局、C分局刑事警情` →
 * 刑事警情), or null when the members before the last share no ending of SHARED_ENDING characters
 * that the last member has with a head of that length after it.
 */
function afterSharedEnding(text: string, parts: readonly Span[]): Span | null {
  const members = parts.slice(0, -1).map(([a, b]) => text.slice(a, b));
  let shared = members[0];
  for (const m of members.slice(1)) {
    let k = 0;
    while (k < shared.length && k < m.length && shared[shared.length - 1 - k] === m[m.length - 1 - k]) k++;
    shared = shared.slice(shared.length - k);
  }
  for (let len = shared.length; len >= SHARED_ENDING; len--) {
    const ending = shared.slice(shared.length - len);
    const [a, b] = parts[parts.length - 1];
    const at = text.indexOf(ending, a);
    if (at >= a && at + len + SHARED_ENDING <= b) return [at + len, b];
  }
  return null;
}

/**
 * Text[s, e) without the roles that are not the subject (period, place, acting body), given as
 * spans: a role at either end is cut off; a role inside leaves the part after it (nearer the
 * figure) when a subject remains there after trimming (not only `持续`), else the part before it.
 */
export function withoutRoles(text: string, s: number, e: number, roles: ReadonlyArray<{ start: number; end: number } | undefined>): Span {
  for (const r of roles) {
    if (!r || r.end <= s || r.start >= e) continue;
    if (r.start <= s) s = Math.min(e, r.end);
    else if (r.end >= e) e = r.start;
    else if (trimSubject(text, r.end, e) !== null) s = r.end;
    else e = r.start;
  }
  return [s, e];
}
