import type { Draft, ExtractContext } from '../extract/types.js';
import { changeRefiner } from './change.js';
import { subjectRefiner } from './subject.js';
import { englishChangeRefiner, englishSubjectRefiner } from '../en/refiners.js';
import { englishScopeRefiner } from '../en/scope.js';

export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[];
}

/**
 * Each refiner reads the text and its own results only, so they are independent; change runs first
 * for readable traces. Each language has its own (they skip the other language's drafts), except
 * where one reading serves both.
 */
export const REFINERS: readonly Refiner[] = [changeRefiner, englishChangeRefiner, subjectRefiner, englishSubjectRefiner, englishScopeRefiner];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const r of REFINERS) out = r.refine(ctx, out);
  return out;
}
