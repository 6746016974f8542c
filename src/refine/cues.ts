/**
 * Cues of a figure's clause, found once and stored on the draft: the direction word that governs
 * it, the comparison that gives its basis, and how it joins the figure before it in a list. The
 * change and subject refiners read these instead of each scanning the text with its own words.
 *
 * Direction: a percentage, percentage point or multiple takes the nearest direction word before
 * it in its clause (so a list after 分别下降 shares it); a count or money only a direction word
 * right before it (`同比增加120起`). Basis: the last comparison expression of the sentence before
 * the direction word.
 */
import { BASIS_PATTERNS, DIRECTION_WORDS, LEVEL_AFTER_DIRECTION, isPreviousYear, type DirectionWord } from '../lexicon/change.js';
import { AFTER_DIRECTION_WORDS, LIST_JOINERS } from '../lexicon/vocabulary.js';
import type { Basis } from '../schema.js';
import type { BasisCue, Draft, DirectionCue, ExtractContext } from '../extract/types.js';
import { CLAUSE_REACH, clauseEnd, clauseStart, isClauseEnd, sentenceStart } from './clauses.js';
import { byFirstChar, byLastChar, rowsAt } from '../lexicon/codeIndex.js';
import type { Refiner } from './index.js';
import { draftsIn } from './lang.js';

/** Fillers allowed between a direction word and the number (`下降了`, `下降幅度为`, `增加约`). */
const FILLERS = new RegExp(`^(?:${AFTER_DIRECTION_WORDS.join('|')})*$`);
const FILLER_WORD = new RegExp(AFTER_DIRECTION_WORDS.join('|'), 'g');

/** Characters that make a single-character verb part of another word (新增, 许多, 不少, 较多, 升降, 投降, 招降, 推翻). */
const BLOCK_BEFORE_SINGLE = new Set('新许众诸很更最较不稍升下上减增投招迫空推'.split(''));

const isComma = (code: number): boolean => code === 0x2c; // ， arrives normalized to ,

/** Direction words by their last character (longest first), so the backward scan tests one code per position. */
const DIRECTION_BY_LAST = byLastChar(DIRECTION_WORDS); // longest first: 负增长 before 增长
// directionBefore relies on this: a word never reaches across a clause end.
for (const w of DIRECTION_WORDS) {
  if ([...w.word].some((c) => isClauseEnd(c.charCodeAt(0)))) throw new Error(`direction word with a clause end: ${w.word}`);
}

/**
 * The nearest direction word before `to` in its clause. The scan walks back through the clause
 * itself (no separate walk to find its start): a word fits when it starts within CLAUSE_REACH,
 * and it holds no clause end since direction words are plain words.
 */
export function directionBefore(text: string, to: number, adjacentOnly: boolean): DirectionCue | null {
  for (let i = to - 1; i >= 0 && to - i <= CLAUSE_REACH; i--) {
    const code = text.charCodeAt(i);
    if (isClauseEnd(code)) break;
    if (!DIRECTION_BY_LAST.has(code)) continue;
    for (const w of DIRECTION_BY_LAST.get(code)) {
      const at = i - w.word.length + 1;
      if (at < 0 || to - at > CLAUSE_REACH || !text.startsWith(w.word, at)) continue;
      if (w.notBefore && w.notBefore.includes(text[i + 1] ?? '')) continue;
      const between = text.slice(i + 1, to);
      if (!w.amount && LEVEL_AFTER_DIRECTION.test(between)) return null; // 降至 / 下降到: a new level (跌幅为: the size)
      const adjacent = FILLERS.test(between);
      if ((w.adjacentOnly || adjacentOnly) && !adjacent) continue;
      // 增/多/少 inside words (增强, 多地, 减少 already matched longer) need the word to be alone.
      if (w.adjacentOnly && BLOCK_BEFORE_SINGLE.has(text[at - 1] ?? '')) continue;
      return { start: at, end: i + 1, row: w, fillers: adjacent ? between.match(FILLER_WORD) ?? [] : [] };
    }
  }
  return null;
}

/**
 * The basis is read in the clause of the direction word, and in the clause before it when that
 * clause is itself a comparison (`与2012年相比,…下降` / `较去年同期的…宗,微跌…`).
 */
function basisWindowStart(text: string, directionAt: number): number {
  const cs = clauseStart(text, directionAt);
  if (cs < 2 || !isComma(text.charCodeAt(cs - 1))) return cs;
  const ps = clauseStart(text, cs - 2);
  const prev = text.slice(ps, cs - 1);
  return /^(?:较|比|与|同|和)|相比$|相较$|比较$/.test(prev) ? ps : cs;
}

/** `与2012年相比,死亡人数下降36.2%,万车死亡率下降1.7个百分点`: an opening comparison clause holds for the whole sentence. */
function sentenceOpeningBasis(text: string, at: number): BasisCue | null {
  const ss = sentenceStart(text, at);
  const firstEnd = clauseEnd(text, ss);
  if (firstEnd >= at || !/^(?:与|和|同|较|比)[^,]{1,12}(?:相比|相较|比较)$|^同比$|^环比$/.test(text.slice(ss, firstEnd).trim())) return null;
  return basisBefore(text, ss, firstEnd, 0);
}

/** The last comparison in text[from, to) (the window reaches `lookahead` past `to` so that 比(?=降) sees the verb). */
function basisBefore(text: string, from: number, to: number, lookahead: number): BasisCue | null {
  const window = text.slice(from, to + lookahead);
  let best: { index: number; basis: Basis; baseline: [number, number] | null; len: number } | null = null;
  for (const p of BASIS_PATTERNS) {
    // exec with lastIndex rather than matchAll, which copies the regex on every call.
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(window); m; m = p.pattern.exec(window)) {
      const index = m.index;
      if (index >= to - from) continue;
      const written = p.basis === 'baseline' ? (m[1] ?? m[2] ?? null) : null;
      const at = written ? from + index + m[0].indexOf(written) : -1;
      const baseline: [number, number] | null = written ? [at, at + written.length] : null;
      if (written !== null && isPreviousYear(written)) {
        if (!best || index >= best.index) best = { index, basis: 'yoy', baseline: null, len: m[0].length };
        continue;
      }
      if (!best || index > best.index || (index === best.index && m[0].length > best.len)) {
        best = { index, basis: p.basis, baseline, len: m[0].length };
      }
    }
  }
  return best ? { start: from + best.index, end: from + best.index + best.len, basis: best.basis, baseline: best.baseline } : null;
}

/** The basis of a change whose direction word is `direction`. */
export function basisOf(text: string, direction: DirectionCue): BasisCue | null {
  // 降幅/增幅 refer back to the change stated before them, so their basis may lie earlier in the sentence.
  const windowStart = direction.row.amount ? sentenceStart(text, direction.start) : basisWindowStart(text, direction.start);
  return basisBefore(text, windowStart, direction.start, direction.row.word.length) ?? sentenceOpeningBasis(text, direction.start);
}

/** Joins two list members besides the vocabulary's joiners: a comma (`10%,20%`) ends a clause but not a list of figures. */
const LIST_TEXT = new Set(['', ',', ...LIST_JOINERS]);

/** Kinds whose unit names what is counted: 4台及2辆 are two things, not one list. */
const COUNTED = new Set<Draft['kind']>(['count', 'quantity']);

/** The list cue of `d` after `prev`: the same kind (and the same unit for counts) with nothing or one joiner between them. */
function listCueOf(text: string, prev: Draft | undefined, d: Draft, direction: DirectionCue | null): Draft['listCue'] {
  if (!prev || prev.kind !== d.kind) return undefined;
  // 分别上升25.3%、下降4.1%及上升2.6%: a change word of its own after the joiner keeps the list going.
  if (direction && isRelative(d) && direction.start === prev.end + 1 && LIST_JOINERS.includes(text[prev.end])) return { joiner: text[prev.end] };
  if (d.start - prev.end > 1) return undefined;
  if (COUNTED.has(d.kind) && prev.unit !== d.unit) return undefined;
  const joiner = d.start <= prev.end ? '' : text[prev.end];
  return LIST_TEXT.has(joiner) ? { joiner } : undefined;
}

const isRelative = (d: Draft): boolean => d.kind === 'percent' || d.kind === 'percentage_point' || d.kind === 'multiple';

/** Direction words of two characters or more (升幅, 增长, 下降), by their first character, longest first. */
const CHANGES_BY_FIRST = byFirstChar(DIRECTION_WORDS.filter((w) => !w.adjacentOnly));
const OF = 0x7684; // 的
/** After the word, what makes it another noun (`12%的增长率`): no change is stated. */
const NOT_A_CHANGE_AFTER = new Set([...'率点']);

/** `录得百分之9.2的升幅`, `实现12%的下降`: a change word after the figure and 的 gives its direction. */
function changeWordAfter(text: string, end: number): DirectionCue | null {
  if (text.charCodeAt(end) !== OF) return null;
  const at = end + 1;
  for (const w of rowsAt(CHANGES_BY_FIRST, text, at)) {
    if (!text.startsWith(w.word, at) || NOT_A_CHANGE_AFTER.has(text[at + w.word.length])) continue;
    return { start: at, end: at + w.word.length, row: w, fillers: [] };
  }
  return null;
}

export const cuesRefiner: Refiner = {
  name: 'cues',
  refine(ctx: ExtractContext, all: Draft[]): Draft[] {
    const { text } = ctx;
    const drafts = draftsIn(all, 'zh');
    let prev: Draft | undefined;
    // The members of a list share one direction word (`分别下降36.6%、28.4%`): its basis is read once.
    let lastDirection: DirectionCue | null = null;
    let lastBasis: BasisCue | null = null;
    for (const d of drafts) {
      const direction = directionBefore(text, d.start, !isRelative(d)) ?? (isRelative(d) ? changeWordAfter(text, d.end) : null);
      d.directionCue = direction ?? undefined;
      if (direction && !(lastDirection && direction.start === lastDirection.start && direction.row === lastDirection.row)) {
        lastDirection = direction;
        lastBasis = basisOf(text, direction);
      }
      d.basisCue = direction ? lastBasis ?? undefined : undefined;
      d.listCue = listCueOf(text, prev, d, direction);
      prev = d;
    }
    return all;
  },
};
