/** Approximation markers (contract: over / nearly / about / under): rows of the vocabulary. Matched on normalized text. */
import type { Approximate } from '../schema.js';
import { APPROXIMATION_ROWS } from './vocabulary.js';

export interface ApproxMarker {
  word: string;
  approximate: Approximate;
  /** Only before a bare 百/千/万/亿 (`上千名`): 上 before digits is another word (上3个月). */
  bareUnitOnly: boolean;
  example: string;
}

const markers = (position: 'before' | 'after'): ApproxMarker[] => APPROXIMATION_ROWS
  .filter((r) => r.position === position)
  .map((r) => ({ word: r.word, approximate: r.value, bareUnitOnly: r.bareUnitOnly === true, example: r.example }))
  .sort((a, b) => b.word.length - a.word.length);

/** Written before the number; included in the span. Longest first. */
export const APPROX_PREFIXES: readonly ApproxMarker[] = markers('before');

/** Written after the unit; included in the span. */
export const APPROX_SUFFIXES: readonly ApproxMarker[] = markers('after');
