import type { Draft, ExtractContext } from '../extract/types.js';

export interface Refiner {
  name: string;
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[];
}

export const REFINERS: readonly Refiner[] = [];

export function runRefiners(ctx: ExtractContext, drafts: Draft[]): Draft[] {
  let out = drafts;
  for (const r of REFINERS) out = r.refine(ctx, out);
  return out;
}
