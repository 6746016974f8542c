import type { Draft, ExtractContext } from '../extract/types.js';
import { changeRefiner } from './change.js';
import { subjectRefiner } from './subject.js';
import { englishChangeRefiner, englishSubjectRefiner } from '../en/refiners.js';
import { englishScopeRefiner } from '../en/scope.js';
import { scopeRefiner } from './scope.js';

export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[];
}

/**
 * Scope runs first: the period, place and acting body it finds are roles the subject leaves out.
 * Each language has its own refiners (they skip the other language's drafts).
 */
export const REFINERS: readonly Refiner[] = [scopeRefiner, changeRefiner, englishChangeRefiner, subjectRefiner, englishSubjectRefiner, englishScopeRefiner];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const r of REFINERS) out = r.refine(ctx, out);
  return out;
}
