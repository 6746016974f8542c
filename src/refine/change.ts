/**
 * Direction and basis of change. A percentage, percentage point or multiple takes the nearest
 * direction word before it in its clause (so a list after 分别下降 shares it); a count or money
 * is a change only when the direction word stands right before it (`同比增加120起`). The basis
 * is the last comparison expression of the sentence before the direction word.
 */
import { BASIS_PATTERNS, DIRECTION_WORDS, LEVEL_AFTER_DIRECTION, type DirectionWord } from '../lexicon/change.js';
import { Basis, type Change } from '../schema.js';
import type { Draft, ExtractContext } from '../extract/types.js';
import { CLAUSE_REACH, clauseEnd, clauseStart, isClauseEnd, sentenceStart } from './clauses.js';
import { CodeIndex } from '../lexicon/codeIndex.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import type { Refiner } from './index.js';
import { draftsIn } from './lang.js';

/** Fillers allowed between a direction word and the number (`下降了`, `分别上升`, `增加约`). */
const FILLER = /^(?:了|分别|均|达|达到|约|近|超过|逾|为|共|计|幅度为|幅度达|至少|百分之)*$/;

/** Characters that make a single-character verb part of another word (新增, 许多, 不少, 较多, 升降). */
const BLOCK_BEFORE_SINGLE = new Set('新许众诸很更最较不稍升下上减增'.split(''));

interface Found { word: DirectionWord; at: number }

const isComma = (code: number): boolean => code === 0x2c; // ， arrives normalized to ,
/** Between two members of one list (`36.6%、28.4%`). */
const LIST_SEPARATORS = new CodeUnitSet('、和及与');

/** Direction words by their last character (longest first), so the backward scan tests one code per position. */
const DIRECTION_BY_LAST = new CodeIndex<DirectionWord>(DIRECTION_WORDS, (w) => w.word.charCodeAt(w.word.length - 1));
// directionBefore relies on this: a word never reaches across a clause end.
for (const w of DIRECTION_WORDS) {
  if ([...w.word].some((c) => isClauseEnd(c.charCodeAt(0)))) throw new Error(`direction word with a clause end: ${w.word}`);
}

/**
 * The nearest direction word before `to` in its clause. The scan walks back through the clause
 * itself (no separate walk to find its start): a word fits when it starts within CLAUSE_REACH,
 * and it holds no clause end since direction words are plain words.
 */
function directionBefore(text: string, to: number, adjacentOnly: boolean): Found | null {
  for (let i = to - 1; i >= 0 && to - i <= CLAUSE_REACH; i--) {
    const code = text.charCodeAt(i);
    if (isClauseEnd(code)) break;
    if (!DIRECTION_BY_LAST.has(code)) continue;
    for (const w of DIRECTION_BY_LAST.get(code)) {
      const at = i - w.word.length + 1;
      if (at < 0 || to - at > CLAUSE_REACH || !text.startsWith(w.word, at)) continue;
      const between = text.slice(i + 1, to);
      if (LEVEL_AFTER_DIRECTION.test(between)) return null; // 降至 / 下降到: a new level
      const adjacent = FILLER.test(between);
      if ((w.adjacentOnly || adjacentOnly) && !adjacent) continue;
      // 增/多/少 inside words (增强, 多地, 减少 already matched longer) need the word to be alone.
      if (w.adjacentOnly && BLOCK_BEFORE_SINGLE.has(text[at - 1] ?? '')) continue;
      return { word: w, at };
    }
  }
  return null;
}

interface BasisFound { basis: Change['basis']; baseline: [number, number] | null }

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
function sentenceOpeningBasis(text: string, at: number): BasisFound {
  const ss = sentenceStart(text, at);
  const firstEnd = clauseEnd(text, ss);
  if (firstEnd >= at || !/^(?:与|和|同|较|比)[^,]{1,12}(?:相比|相较|比较)$|^同比$|^环比$/.test(text.slice(ss, firstEnd).trim())) return { basis: null, baseline: null };
  return basisBefore(text, ss, firstEnd, 0);
}

function basisBefore(text: string, sentenceStart: number, to: number, lookahead: number): BasisFound {
  // The window reaches over the direction word so that 比(?=降) can see it; matches must start before it.
  const window = text.slice(sentenceStart, to + lookahead);
  let best: { index: number; basis: Change['basis']; baseline: [number, number] | null; len: number } | null = null;
  for (const p of BASIS_PATTERNS) {
    // exec with lastIndex rather than matchAll, which copies the regex on every call.
    p.pattern.lastIndex = 0;
    for (let m = p.pattern.exec(window); m; m = p.pattern.exec(window)) {
      const index = m.index;
      if (index >= to - sentenceStart) continue;
      const written = p.basis === 'baseline' ? (m[1] ?? m[2] ?? null) : null;
      const at = written ? sentenceStart + index + m[0].indexOf(written) : -1;
      const baseline: [number, number] | null = written ? [at, at + written.length] : null;
      if (written === '去年') {
        if (!best || index >= best.index) best = { index, basis: 'yoy', baseline: null, len: m[0].length };
        continue;
      }
      if (!best || index > best.index || (index === best.index && m[0].length > best.len)) {
        best = { index, basis: p.basis, baseline, len: m[0].length };
      }
    }
  }
  return best ? { basis: best.basis, baseline: best.baseline } : { basis: null, baseline: null };
}

/** Trace lines by direction word and basis, built once: a metric then pushes a string it does not have to build. */
const CHANGE_TRACES = new Map<DirectionWord, Map<Change['basis'], string>>(DIRECTION_WORDS.map((w) => [
  w,
  new Map(([null, ...Basis.options] as Change['basis'][]).map((basis) => [basis, `refine.change(${w.word}${basis ? ',' + basis : ''})`])),
]));

const changeTrace = (word: DirectionWord, basis: Change['basis']): string => CHANGE_TRACES.get(word)!.get(basis)!;

export const changeRefiner: Refiner = {
  name: 'change',
  refine(ctx: ExtractContext, all: Draft[]): Draft[] {
    const { text } = ctx;
    const drafts = draftsIn(all, 'zh');
    for (const d of drafts) {
      const relative = d.kind === 'percent' || d.kind === 'percentage_point' || d.kind === 'multiple';
      const found = directionBefore(text, d.start, !relative);
      if (!found) continue;
      // 降幅/增幅 refer back to the change stated before them, so their basis may lie earlier in the sentence.
      const windowStart = found.word.word.endsWith('幅') ? sentenceStart(text, found.at) : basisWindowStart(text, found.at);
      let { basis, baseline } = basisBefore(text, windowStart, found.at, found.word.word.length);
      if (!basis) ({ basis, baseline } = sentenceOpeningBasis(text, found.at));
      // The baseline text is read from baselineSpan by parse(), in the original script.
      d.change = { direction: found.word.direction, basis, baseline: null };
      d.baselineSpan = baseline ?? undefined;
      d.trace.push(changeTrace(found.word, basis));
    }
    // A list shares the change of its first member (`分别比降36.6%、28.4%、43.3%`).
    for (let i = 1; i < drafts.length; i++) {
      const prev = drafts[i - 1], d = drafts[i];
      if (!d.change && prev.change && prev.kind === d.kind && d.start - prev.end === 1 && LIST_SEPARATORS.has(text.charCodeAt(prev.end))) {
        d.change = { ...prev.change };
        d.baselineSpan = prev.baselineSpan;
        d.trace.push('refine.change(list)');
      }
    }
    return all;
  },
};
