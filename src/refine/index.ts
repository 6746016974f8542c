import type { Draft, ExtractContext } from '../extract/types.js';
import { changeRefiner } from './change.js';
import { TextBounds } from './clauses.js';
import { subjectRefiner } from './subject.js';

/** What refiners read: the text, and its sentence and clause bounds computed once per document. */
export interface RefineContext extends ExtractContext {
  bounds: TextBounds;
}

export interface Refiner {
  name: string;
  refine(ctx: RefineContext, drafts: Draft[]): Draft[];
}

/** Each refiner reads the text and its own results only, so they are independent; change runs first for readable traces. */
export const REFINERS: readonly Refiner[] = [changeRefiner, subjectRefiner];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  if (drafts.length === 0) return drafts;
  const refineCtx: RefineContext = { ...ctx, bounds: new TextBounds(ctx.text) };
  let out = drafts;
  for (const r of REFINERS) out = r.refine(refineCtx, out);
  return out;
}
