import type { Draft, ExtractContext } from '../extract/types.js';
import { changeRefiner } from './change.js';
import { subjectRefiner } from './subject.js';

export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[];
}

/** Each refiner reads the text and its own results only, so they are independent; change runs first for readable traces. */
export const REFINERS: readonly Refiner[] = [changeRefiner, subjectRefiner];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const r of REFINERS) out = r.refine(ctx, out);
  return out;
}
