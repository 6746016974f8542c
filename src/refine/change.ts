/**
 * Direction and basis of change, from the cues of the figure's clause (cues.ts): the direction
 * word that governs the figure and the comparison before it. A list shares the change of its
 * first member (`分别比降36.6%、28.4%、43.3%`). Each trace line names the vocabulary row that fired.
 */
import { Basis, type Change } from '../schema.js';
import type { Draft, ExtractContext } from '../extract/types.js';
import { DIRECTION_WORDS, type DirectionWord } from '../lexicon/change.js';
import { LIST_JOINERS } from '../lexicon/vocabulary.js';
import type { Refiner } from './index.js';
import { draftsIn } from './lang.js';
import { sentenceStart } from './clauses.js';
import { TraceLines } from './traceLines.js';

/** Trace lines by direction word and basis, built once: a metric then pushes a string it does not have to build. */
const CHANGE_TRACES = new Map<DirectionWord, Map<Change['basis'], string>>(DIRECTION_WORDS.map((w) => [
  w,
  new Map(([null, ...Basis.options] as Change['basis'][]).map((basis) => [basis, `refine.change(${w.word}${basis ? ',' + basis : ''})`])),
]));

const changeTrace = (word: DirectionWord, basis: Change['basis']): string => CHANGE_TRACES.get(word)!.get(basis)!;

/** Other trace lines (`refine.change.basis(同比)`, `refine.change.filler(了)`), built once per word. */
const TRACES = new TraceLines((kind, word) => `refine.change.${kind}(${word})`);
const trace = (kind: string, word: string): string => TRACES.get(kind, word);

/** A list member shares the change of the one before it only across a list joiner (`、`, `和`), not a comma. */
const sharesChange = (d: Draft): boolean => d.listCue !== undefined && d.listCue.joiner !== '' && LIST_JOINERS.includes(d.listCue.joiner);

export const changeRefiner: Refiner = {
  name: 'change',
  refine(ctx: ExtractContext, all: Draft[]): Draft[] {
    const { text } = ctx;
    const drafts = draftsIn(all, 'zh');
    for (const d of drafts) {
      const direction = d.directionCue;
      if (!direction) continue;
      const basis = d.basisCue;
      // A minus written on the figure outweighs a rising word (同比增长-3.2% fell).
      const value = d.change?.direction === 'down' && direction.row.value === 'up' ? 'down' : direction.row.value;
      // The baseline text is read from baselineSpan by parse(), in the original script.
      d.change = { direction: value, basis: basis?.basis ?? null, baseline: null };
      d.baselineSpan = basis?.baseline ?? undefined;
      d.trace.push(changeTrace(direction.row, basis?.basis ?? null));
      if (basis) d.trace.push(trace('basis', text.slice(basis.start, basis.end)));
      for (const filler of direction.fillers) d.trace.push(trace('filler', filler));
    }
    // 同比下降9.3%,亡人、损失分别下降14.4%、5.7%: a change with no basis of its own goes on with the
    // basis of the change before it in the same sentence.
    for (let i = 1, last: Draft | null = drafts[0]?.change?.basis ? drafts[0] : null; i < drafts.length; i++) {
      const d = drafts[i];
      if (last && sentenceStart(text, d.start) > last.end) last = null;
      if (d.change && d.change.basis === null && last) {
        d.change = { ...d.change, basis: last.change!.basis };
        d.baselineSpan = last.baselineSpan;
        d.trace.push(trace('sentence-basis', last.change!.basis!));
      }
      if (d.change?.basis) last = d;
    }
    for (let i = 1; i < drafts.length; i++) {
      const prev = drafts[i - 1], d = drafts[i];
      if (!d.change && prev.change && sharesChange(d)) {
        d.change = { ...prev.change };
        d.baselineSpan = prev.baselineSpan;
        d.trace.push(trace('list', d.listCue!.joiner));
      }
    }
    return all;
  },
};
