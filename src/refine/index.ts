import type { Draft, ExtractContext } from '../extract/types.js';
import { changeRefiner } from './change.js';
import { cuesRefiner } from './cues.js';
import { subjectRefiner } from './subject.js';

export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[];
}

/** Cues come first: change and subject read the cues of each figure's clause, found once. */
export const REFINERS: readonly Refiner[] = [cuesRefiner, changeRefiner, subjectRefiner];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const r of REFINERS) out = r.refine(ctx, out);
  return out;
}
