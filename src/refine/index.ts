import type { Draft, ExtractContext } from '../extract/types.js';
import { changeRefiner } from './change.js';
import { subjectRefiner } from './subject.js';
import { scopeRefiner } from './scope.js';

export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[];
}

/** Scope runs first: the period, place and acting body it finds are roles the subject leaves out. */
export const REFINERS: readonly Refiner[] = [scopeRefiner, changeRefiner, subjectRefiner];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const r of REFINERS) out = r.refine(ctx, out);
  return out;
}
