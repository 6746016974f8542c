/**
 * A case count named only by its action (`发案236起`, `立案86起`, `破获案件326起`) measures the
 * cases of the topic it stands under: a list item opening its sentence (`●电信诈骗:发案236起`), a
 * frame (`在打击电信诈骗方面,…破获案件326起`), a heading (`(三)入室盗窃⏎本周共发生17起`), the opening
 * of its paragraph (`打击X犯罪成效显著。…侦破案件393起`) or a clause before it that names the cases
 * (`…等涉众型经济犯罪案件,立案86起,破案72起`).
 */
import type { Draft } from '../extract/types.js';
import { alternation } from '../lexicon/alternation.js';
import { MEASURE_WORDS } from '../lexicon/measureWords.js';
import { CASE_ACTIONS, CRIME_VERBS, GENERAL_TOPIC_ENDS, GENERIC_CASE_NOUNS, MIN_SUBJECT_LENGTH, TOPIC_VERBS } from '../lexicon/subjectTrim.js';
import { tagSpan } from '../segment/jieba.js';
import { lastIndexWithin } from '../spans.js';
import { clauseStart, sentenceStart } from './clauses.js';
import { headingBefore } from './headings.js';
import { roleSpans, type MemberRule, type Scene } from './subjectScene.js';
import { shorten, trimSubject, type Span } from './subjectSpans.js';

const CASE_UNITS = new Set(MEASURE_WORDS.filter((m) => m.cases).map((m) => m.word));

/** An action alone, or with a generic case noun: `立案`, `破获案件`. */
const BARE_ACTION = new RegExp(`^(${alternation(CASE_ACTIONS)})(${alternation(GENERIC_CASE_NOUNS)})?$`);

/**
 * A topic without a relative clause before its head that only says how often or when (`近期多发的|电动车盗窃案件`);
 * one that names things stays (`严重扰乱金融市场秩序的犯罪案件`).
 */
function headOfTopic(text: string, [s, e]: Span): Span {
  const of = lastIndexWithin(text, '的', e - 1, s);
  if (of === -1 || e - of - 1 < MIN_SUBJECT_LENGTH) return [s, e];
  return tagSpan(text, s, of).some((t) => t.tag.startsWith('n') || t.tag === 'x') ? [s, e] : [of + 1, e];
}

/** A bare case count named by its action (`立案数`, `破案量`), whose change a percent states. */
const BARE_COUNT_NAME = new RegExp(`^(?:${alternation(CASE_ACTIONS)})[数量]$`);

/** `在打击X方面,`, `X方面,`: the frame of the sentence, with its topic X (after the verbs that open it). */
const CLAUSE_OPENERS = ',;:';
const FRAME = new RegExp(`(?:在)?(?:${alternation(TOPIC_VERBS)})?([^,;:。]{2,30}?)方面\\s*[,:]`, 'dg');
/** `针对X,`, `对于X工作,`, `在打击X中,`: frames of the same kind, their topic X in group 1. */
const LEAD_FRAME = new RegExp(`(?:针对|对于|关于|围绕)(?:${alternation(TOPIC_VERBS)})?([^,;:。]{2,20}?)(?:工作|问题)?\\s*[,:]`, 'dg');
const IN_FRAME = new RegExp(`在(?:${alternation(TOPIC_VERBS)})?([^,;:。]{2,20}?)(?:工作|行动|过程)?中\\s*[,:]`, 'dg');
/** Each frame pattern with a word every match of it holds: the pattern runs only where that word is. */
const FRAMES: ReadonlyArray<readonly [RegExp, readonly string[]]> = [[FRAME, ['方面']], [LEAD_FRAME, ['针对', '对于', '关于', '围绕']], [IN_FRAME, ['中']]];

/** `●电信诈骗:` opening the sentence: a label of two to twelve characters, no digits. */
const LABEL = /^[^\d,;:。]{2,12}$/;
/** The bullet that makes a label a list item (an unmarked `X:` is as often a source or a place). */
const BULLET = /^\s*[●■◆★☆▲•·]\s*/;

/** Topics found per figure, so the next bare action of the sentence (`破案72起`) shares it. */
const TOPICS = new WeakMap<Draft, Span>();
/** The topic found for a figure, if any: later members of its list share it (`立案数同比分别下降17.8%和31.5%`). */
export const topicFound = (d: Draft): Span | undefined => TOPICS.get(d);

/** 发案236起 under `电信诈骗:`: the cases of the topic, with the action and its generic noun. */
export const topicAction: MemberRule = (scene, d) => {
  const own = d === scene.list[0] ? scene.core : null;
  if (!own) return null;
  const { text } = scene;
  const words = text.slice(own[0], own[1]);
  // 立案数同比下降17.8%: a rate of a bare case count measures the topic's cases too ([topic]立案数).
  const m = d.kind === 'count' && CASE_UNITS.has(d.unit) ? BARE_ACTION.exec(words)
    : d.kind === 'percent' && BARE_COUNT_NAME.test(words) ? null : undefined;
  if (m === undefined || (d.kind === 'count' && !m)) return null;
  const found = topicOf(scene, d);
  if (!found) return null;
  const topic = headOfTopic(text, found);
  TOPICS.set(d, topic);
  const verbEnd = m ? own[0] + m[1].length : own[1];
  // 破获[电信诈骗]案件; [涉众型经济犯罪案件]立案; 破获[电动车盗窃案件] (the topic has the noun already).
  const noun = text.slice(verbEnd, own[1]);
  const spans: Span[] = own[1] > verbEnd ? (text.slice(topic[0], topic[1]).endsWith(noun) ? [[own[0], verbEnd], topic] : [[own[0], verbEnd], topic, [verbEnd, own[1]]]) : [topic, own];
  return { rule: 'topic-action', spans, usesCore: true };
};

function topicOf(scene: Scene, d: Draft): Span | null {
  const { text } = scene;
  const ss = sentenceStart(text, d.start);
  const p = scene.previous;
  const shared = p && p.end >= ss ? TOPICS.get(p) : undefined;
  return shared ?? namesCases(text, d, label(text, ss, scene.clauseStart, d.start)) ?? frame(text, ss, scene.clauseStart)
    ?? namesCases(text, d, headingBefore(text, d.start)) ?? paragraphLead(text, d.start) ?? namedCases(scene, ss)
    ?? fightsBefore(text, ss, scene.clauseStart);
}

/** `组织开展打击X犯罪专项行动,行动中共立案23起`: the crimes an earlier clause of the sentence fights. */
const FIGHTS = new RegExp(`(?:${alternation(TOPIC_VERBS)})([^,;:。“”「」]{2,20}?(?:犯罪|案件))`, 'dg');

function fightsBefore(text: string, ss: number, cs: number): Span | null {
  const before = text.slice(ss, cs);
  FIGHTS.lastIndex = 0;
  let found: Span | null = null;
  for (let m = FIGHTS.exec(before); m; m = FIGHTS.exec(before)) found = [ss + m.indices![1][0], ss + m.indices![1][1]];
  return found;
}

/** `打击X犯罪取得显著成效。…共侦破案件393起`: a paragraph that opens by naming the crimes it fights. */
const LEAD = new RegExp(`^\\s*(?:${alternation(TOPIC_VERBS)})([^,;:。]{2,30}?(?:犯罪|案件))`, 'd');
/** How far back a paragraph's lead still governs, in characters. */
const LEAD_REACH = 400;

function paragraphLead(text: string, at: number): Span | null {
  // Looked for within LEAD_REACH only (a line end far back is no lead of this figure's paragraph anyway).
  const lineEnd = lastIndexWithin(text, '\n', at - 1, at - LEAD_REACH - 1);
  if (lineEnd === -1 && at - LEAD_REACH > 0) return null;
  const start = lineEnd + 1;
  const m = LEAD.exec(text.slice(start, at));
  return m ? [start + m.indices![1][0], start + m.indices![1][1]] : null;
}

const OPENING_BRACKETS = '【[「', CLOSING_BRACKETS = '】]」';

/**
 * A heading or label that can name cases: without its brackets, a noun phrase or a short crime
 * name (入室盗窃), not a result (`成效显著`) nor a general title (`警情概况`) nor the figure's
 * place, period or acting body (`天河区:立案56起`).
 */
function namesCases(text: string, d: Draft, span: Span | null): Span | null {
  if (!span) return null;
  let [s, e] = span;
  while (s < e && OPENING_BRACKETS.includes(text[s])) s++;
  while (e > s && CLOSING_BRACKETS.includes(text[e - 1])) e--;
  const title = text.slice(s, e);
  if (e - s < 2 || GENERAL_TOPIC_ENDS.some((w) => title.endsWith(w))) return null;
  if (roleSpans(d).some((r) => r && r.start < e && s < r.end)) return null;
  const tokens = tagSpan(text, s, e);
  const last = tokens[tokens.length - 1];
  // A short title ending in a verb names a crime (入室盗窃); a longer one states a result (严打态势持续保持).
  return last && !NOT_TOPIC_END_TAGS.has(last.tag) && !(last.tag === 'v' && e - s > CRIME_NAME) ? [s, e] : null;
}
/** Tags that end a clause of saying or learning (`据介绍`), a result (`成效显著`) or a place name, not a name of cases. */
const NOT_TOPIC_END_TAGS = new Set(['p', 'd', 'a', 'ad', 'ul', 'uj', 'y', 'r', 'ns']);
/** Longest title read as the name of a crime when it ends in a verb. */
const CRIME_NAME = 6;

/** `●电信诈骗:发案236起`: the bulleted label before the colon that opens the sentence. */
function label(text: string, ss: number, cs: number, at: number): Span | null {
  // 【打击电诈】破获案件326起: a bracketed label opening the sentence (its verbs are not the topic).
  const bracketed = BRACKETED_LABEL.exec(text.slice(ss, at));
  if (bracketed) return withoutTopicVerb(text, ss + bracketed.indices![1][0], ss + bracketed.indices![1][1]);
  if (cs - 1 <= ss || text[cs - 1] !== ':' || clauseStart(text, cs - 2) !== ss) return null;
  const bullet = BULLET.exec(text.slice(ss, cs - 1));
  if (!bullet) return null;
  const s = ss + bullet[0].length;
  return LABEL.test(text.slice(s, cs - 1)) ? trimSubject(text, s, cs - 1) : null;
}

const BRACKETED_LABEL = /^\s*【([^】\d]{2,12})】/d;
const TOPIC_VERB_AT = new RegExp(`^(?:${alternation(TOPIC_VERBS)})`);

/** text[s, e) without a topic verb that opens it (打击|电诈). */
function withoutTopicVerb(text: string, s: number, e: number): Span | null {
  const verb = TOPIC_VERB_AT.exec(text.slice(s, e));
  const from = s + (verb ? verb[0].length : 0);
  return e - from >= 2 ? [from, e] : null;
}

/** `在打击电信网络诈骗方面,`: the frame's topic within the sentence, before the figure's clause. */
function frame(text: string, ss: number, cs: number): Span | null {
  // Searched in the sentence before the figure's clause only: a search through the rest of the
  // text for each figure would make a long text without punctuation quadratic.
  const before = text.slice(ss, cs);
  let found: Span | null = null;
  for (const [re, words] of FRAMES) {
    if (!words.some((w) => before.includes(w))) continue;
    re.lastIndex = 0;
    for (let m = re.exec(before); m; m = re.exec(before)) {
      // The frame opens its clause (`网上追逃方面,`, `…,在打击X方面,`); the nearest one wins.
      const [a, b] = m.indices![1];
      if ((m.index === 0 || CLAUSE_OPENERS.includes(before[m.index - 1])) && (!found || ss + a > found[0])) found = [ss + a, ss + b];
    }
  }
  return found;
}

/** `…等涉众型经济犯罪案件,立案86起`: the clause just before, with no figure, ending in a case noun. */
/** Whether a figure starts in [from, to) before the scene's head (drafts are in reading order: no walk over all of them). */
function figureBetween(scene: Scene, from: number, to: number): boolean {
  for (let i = scene.headIndex - 1; i >= 0 && scene.drafts[i].start >= from; i--) if (scene.drafts[i].start < to) return true;
  return false;
}

function namedCases(scene: Scene, ss: number): Span | null {
  const { text, clauseStart: cs } = scene;
  if (cs - 2 < ss) return null;
  const pcs = clauseStart(text, cs - 2);
  if (figureBetween(scene, pcs, cs)) return null;
  if (!GENERIC_CASE_NOUNS.some((n) => text.startsWith(n, cs - 1 - n.length))) return casesOpening(text, pcs, cs - 1);
  const core = trimSubject(text, pcs, cs - 1);
  if (!core) return null;
  const pieces = shorten(text, core);
  // 严厉打击盗窃案件,立案…: the verb that fights the cases is no part of their name.
  const [a, b] = pieces[pieces.length - 1];
  return withoutTopicVerb(text, a, b);
}

/** Longest name of cases read at the opening of the clause before. */
const OPENING_CASES = 12;

/**
 * `全省盗窃案件持续下降,截至11月底共立案1.2万起`: the clause before opens with the cases it says
 * something about (after its place and period); they are the ones counted.
 */
function casesOpening(text: string, s: number, e: number): Span | null {
  const core = trimSubject(text, s, e);
  if (!core) return null;
  const window = text.slice(core[0], Math.min(core[1], core[0] + OPENING_CASES));
  for (const n of GENERIC_CASE_NOUNS) {
    const at = window.indexOf(n);
    // A verb before the noun makes the clause an action on the cases (打击…案件), not a statement
    // about them; a crime named by a verb (盗窃|案件) is no such verb.
    if (at >= MIN_SUBJECT_LENGTH && core[0] + at + n.length < core[1]
      && !tagSpan(text, core[0], core[0] + at).some((t) => t.tag === 'v' && !CRIME_VERBS.has(t.word))) {
      return [core[0], core[0] + at + n.length];
    }
  }
  return null;
}
