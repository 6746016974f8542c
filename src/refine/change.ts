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
