/**
 * Subjects: what each metric measures, in the text's own words. The subject normally precedes
 * the number (`破获养老诈骗案件2031起`); after a count that heads a noun (`侦破88起督办案件`) it is
 * the verb plus that noun. Lists share or distribute a subject (`刑事、治安警情分别下降…`).
 * Period, place and acting body are roles of their own (draft.period, draft.place, draft.actor)
 * and are cut out of the subject. The rules are tried in order (subjectRules.ts); the trace names
 * the rule that chose each subject and the vocabulary words trimmed on the way.
 * Subjects are kept as normalized-text spans; parse() returns them in the original script.
 */
import type { Draft, ExtractContext } from '../extract/types.js';
import { clauseEnd, phraseStart } from './clauses.js';
import type { Refiner } from './index.js';
import {
  conversion, distributed, distributedEarlierMetrics, distributedPreviousClause, heading, nounAfterRule, objectFollows, spanOf,
  objectFollowsFigure, before, previousClause, previousMetric, restOfClause, shared, verbObject, verbOfTopic,
} from './subjectRules.js';
import {
  afterComparison, attributeOf, betweenComparisonAndDirection, bracketedAttribute, continuesPrevious, copulaAfter, enumeratedItem,
  joinedObject, multipleOfPrevious, parallelName, partOfTopic, percentOfNoun, shareOf, widenedToEarlier,
} from './subjectContextRules.js';
import { partAction, partPredicate, peoplePredicate } from './subjectPartRules.js';
import { topicAction } from './subjectTopic.js';
import { complete, COUNTED_KINDS, isDuration, nounAfterFigure, respanned, roleSpans, type Decision, type ListRule, type MemberRule, type Scene } from './subjectScene.js';
import { afterActor, beforeMarkers, COUNT_NAME_END, trimSubject, withoutRoles, type Span } from './subjectSpans.js';
import { tagSpan } from '../segment/jieba.js';
import { MIN_SUBJECT_LENGTH, SUBJECT_END_WORDS } from '../lexicon/subjectTrim.js';
import { FILLER_ROWS } from '../lexicon/vocabulary.js';
import { draftsIn } from './lang.js';
import { TraceLines } from './traceLines.js';


/** Distributive words that end a subject (分别): before a single figure they restart it instead. */
const DISTRIBUTIVES = FILLER_ROWS.filter((r) => r.value === 'distributive' && r.endsSubject).map((r) => r.word);

/** Groups drafts that form one list in one clause (`26.05%和31.31%`, `10%、16.4%、24.7%`), from their list cues. */
function lists(drafts: Draft[]): Draft[][] {
  const out: Draft[][] = [];
  for (const d of drafts) {
    if (d.listCue && out.length) out[out.length - 1].push(d);
    else out.push([d]);
  }
  return out;
}

const RULE_TRACES = new TraceLines((rule) => `refine.subject(${rule})`);
const NOTE_TRACES = new TraceLines((note) => `refine.subject.${note}`);
const LIST_TRACES = new TraceLines((joiner) => `refine.subject.list(${joiner})`);

function apply(d: Draft, decision: Decision, notes: readonly string[]): void {
  d.subjectSpans = decision.spans ?? undefined;
  d.trace.push(RULE_TRACES.get(decision.rule));
  if (decision.usesCore) for (const n of notes) d.trace.push(NOTE_TRACES.get(n));
  if (decision.notes) for (const n of decision.notes) d.trace.push(NOTE_TRACES.get(n));
  // The joiner that made the figure a member of the list before it (`26.05%和31.31%`).
  if (d.listCue?.joiner) d.trace.push(LIST_TRACES.get(d.listCue.joiner));
}

/** Where the subject before the head ends: the first comparison or direction word, or the head's own direction or basis cue. */
function leftEndOf(text: string, head: Draft, from: number, notes: string[]): number {
  let end = beforeMarkers(text, from, head.start);
  if (end < head.start) {
    const word = SUBJECT_END_WORDS.find((w) => text.startsWith(w, end));
    if (word) notes.push(`end(${word})`);
  }
  // Single-character direction words (降, 多) are too often part of a verb (招降, 要多) to cut a subject.
  end = beforeCue(text, head.directionCue?.row.adjacentOnly ? undefined : head.directionCue, from, end, notes);
  return beforeCue(text, head.basisCue, from, end, notes);
}

/** `end`, or the start of a cue of the head between `from` and it (noted). */
function beforeCue(text: string, cue: { start: number; end: number } | undefined, from: number, end: number, notes: string[]): number {
  if (!cue || cue.start < from || cue.start >= end) return end;
  notes.push(`end(${text.slice(cue.start, cue.end)})`);
  return cue.start;
}

/**
 * 破案率连续6年保持在96%以上: a duration between the subject and the figure is a circumstance; the
 * subject ends before it when only fillers follow it (`三天共打掉95个团伙`: the subject follows it).
 */
function beforeDuration(text: string, drafts: readonly Draft[], headIndex: number, from: number, end: number, notes: string[]): number {
  for (let i = headIndex - 1; i >= 0 && drafts[i].end > from; i--) {
    const d = drafts[i];
    if (isDuration(d) && d.end <= end && d.start - from >= MIN_SUBJECT_LENGTH && !trimSubject(text, d.end, end, notes)) return d.start;
  }
  return end;
}

export const subjectRefiner: Refiner = {
  name: 'subject',
  refine(ctx: ExtractContext, all: Draft[]): Draft[] {
    const { text } = ctx;
    const drafts = draftsIn(all, 'zh');
    let consumed = 0; // end of the text already used by earlier metrics (their numbers and nouns after)
    let previous: Draft | null = null;
    let headIndex = 0;
    for (const list of lists(drafts)) {
      const head = list[0];
      const roles = roleSpans(head);
      // The clause ends after the list (a thousands separator inside 4,500 is no clause end).
      const cs = phraseStart(text, head.start), ce = clauseEnd(text, list[list.length - 1].end);
      const notes: string[] = [];
      let from = Math.max(cs, consumed);
      let end = leftEndOf(text, head, from, notes);
      // 专案组分别在广东、福建等地抓获…23名: before a single figure 分别 spreads the places or times
      // over the cases, not the subject over a list: what follows it is the subject.
      // 东城区、西城区分别破获案件120起和98起: after places alone, 分别 before a list restarts it too
      // (with nothing before it in its clause, the coordination is in the clause before).
      const spread = DISTRIBUTIVES.find((w) => text.startsWith(w, end));
      const restarts = spread !== undefined
        && (list.length === 1 || (text.slice(from, end).trim() !== '' && !trimSubject(text, ...withoutRoles(text, from, end, roles))));
      if (spread && restarts) {
        const afterSpread: string[] = [];
        const next = leftEndOf(text, head, end + spread.length, afterSpread);
        if (trimSubject(text, end + spread.length, next)) {
          notes.splice(0, notes.length, `restart(${spread})`, ...afterSpread);
          from = end + spread.length;
          end = next;
        }
      }
      const [leftStart, leftEnd] = withoutRoles(text, from, beforeDuration(text, drafts, headIndex, from, end, notes), roles);
      const scene: Scene = {
        text, drafts, list, headIndex, clauseStart: cs, clauseEnd: ce, leftStart, leftEnd, previous,
        headAfter: COUNTED_KINDS.has(head.kind) && !isDuration(head) ? nounAfterFigure(text, drafts, headIndex, ce) : null,
        core: null, objectFollows: false,
      };
      scene.objectFollows = objectFollowsFigure(scene);
      // 对17起大要案件 / 珠海等8个地市: the thing counted follows the number, nothing before it is the subject.
      const core = leftEnd > leftStart && !scene.objectFollows ? trimSubject(text, leftStart, leftEnd, notes) : null;
      scene.core = core && afterActor(text, core);
      headIndex += list.length;
      const decided = decideList(scene);
      const topic = topicBeforeRole(text, from, scene.core, roles);
      for (let k = 0; k < list.length; k++) {
        apply(list[k], widenedToEarlier(scene, list[k], withTopic(scene, decided[k], topic)), notes);
        const used = decided[k].consumedTo;
        if (used !== undefined) consumed = Math.max(consumed, used);
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

/** Longest count name (`破案率`, `发案数`, `占比`) that takes the topic before a period or place. */
const COUNT_NAME = 4;

/**
 * 电信诈骗案件今年以来破案率提升5.1个百分点: a count name alone after a period or place in the
 * clause measures the noun phrase before that role; the noun phrase, or null.
 */
function topicBeforeRole(text: string, from: number, core: Span | null, roles: ReadonlyArray<{ start: number; end: number } | undefined>): Span | null {
  if (!core || core[1] - core[0] > COUNT_NAME || !(COUNT_NAME_END.has(text.charCodeAt(core[1] - 1)) || text.endsWith('占比', core[1]))) return null;
  const role = roles.find((r) => r !== undefined && r.start > from && r.end <= core[0]);
  const topic = role ? trimSubject(text, from, role.start) : null;
  const tokens = topic ? tagSpan(text, topic[0], topic[1]) : [];
  return topic && tokens.length > 0 && tokens[tokens.length - 1].tag.startsWith('n') ? topic : null;
}

/** A decision on the core alone, with the topic before a role put in front. */
function withTopic(scene: Scene, decision: Decision, topic: Span | null): Decision {
  const spans = decision.spans;
  if (!topic || !scene.core || !spans || spans.length !== 1 || spans[0][0] !== scene.core[0] || spans[0][1] !== scene.core[1]) return decision;
  return respanned(decision, [topic, spans[0]], 'topic-before-role');
}

/** List rules, tried first: they decide for every member of a list at once. */
const LIST_RULES: readonly ListRule[] = [conversion, distributed, distributedPreviousClause, distributedEarlierMetrics];

/**
 * Member rules in order: an object after the figure, the figure's own words, then words completed
 * from context, then the subjects of what came before, a heading above, and none.
 */
const MEMBER_RULES: readonly MemberRule[] = [
  spanOf, objectFollows, shared, joinedObject, verbObject, partPredicate, nounAfterRule, peoplePredicate, percentOfNoun, bracketedAttribute, attributeOf, enumeratedItem, partAction, shareOf, partOfTopic,
  parallelName, multipleOfPrevious,
  afterComparison, topicAction, verbOfTopic, copulaAfter, before, betweenComparisonAndDirection, previousMetric, previousClause, heading,
  continuesPrevious, restOfClause,
];

/**
 * The first list rule that decides, else the first member rule that decides, for each member:
 * complete decisions, pushed (an array built by map is of another kind than a pushed one).
 */
function decideList(scene: Scene): Decision[] {
  const decided: Decision[] = [];
  const forList = firstListDecision(scene);
  if (forList) for (const d of forList) decided.push(complete(d));
  else for (const d of scene.list) decided.push(complete(firstDecision(scene, d)));
  return decided;
}

/** The decisions of the first list rule that decides, or null. */
function firstListDecision(scene: Scene): Decision[] | null {
  for (const rule of LIST_RULES) {
    const decided = rule(scene);
    if (decided) return decided;
  }
  return null;
}

/** The first member rule that decides for `d`, else none. */
function firstDecision(scene: Scene, d: Draft): Decision {
  for (const rule of MEMBER_RULES) {
    const decision = rule(scene, d);
    if (decision) return decision;
  }
  return { rule: 'none', spans: null };
}
