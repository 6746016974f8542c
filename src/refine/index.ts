import type { Draft, ExtractContext } from '../extract/types.js';
import { changeRefiner } from './change.js';
import { cuesRefiner } from './cues.js';
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
 * Cues come next: change and subject read the cues of each figure's clause, found once.
 * Each language has its own refiners (they skip the other language's drafts).
 */
export const REFINERS: readonly Refiner[] = [
  scopeRefiner, cuesRefiner, changeRefiner, englishChangeRefiner, subjectRefiner, englishSubjectRefiner, englishScopeRefiner,
];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const r of REFINERS) out = r.refine(ctx, out);
  return out;
}
