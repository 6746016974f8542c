/**
 * What the English extractor learnt about each draft that only the English refiners read: the
 * sentence it stands in, where its number starts, and the noun phrase or predicate after it.
 * Kept beside the draft, not on it, so that every draft keeps one shape whatever its language.
 */
import type { Draft } from '../extract/types.js';
import type { Phrase } from './phrases.js';

export interface EnglishFacts {
  /** The sentence (or the piece of an over-long one) the draft was read in. */
  sentStart: number;
  sentEnd: number;
  /** Where the number itself starts (after a currency prefix). */
  numStart: number;
  /** The counted or measured noun phrase right after the metric (`people`, `of ketamine`). */
  noun: Phrase | null;
  /** For counts without a noun: `232 were Mainlanders`. */
  predicate: Phrase | null;
}

const FACTS = new WeakMap<Draft, EnglishFacts>();

export function recordFacts(d: Draft, facts: EnglishFacts): void {
  FACTS.set(d, facts);
}

/** An English draft with the facts its extractor recorded. */
export interface EnglishDraft { draft: Draft; facts: EnglishFacts }

/** The English drafts that carry facts, grouped by sentence, in reading order. */
export function englishSentences(drafts: readonly Draft[]): EnglishDraft[][] {
  const out: EnglishDraft[][] = [];
  let last: EnglishFacts | null = null;
  for (const draft of drafts) {
    if (draft.lang !== 'en') continue;
    const facts = FACTS.get(draft);
    if (!facts) continue;
    if (last && last.sentStart === facts.sentStart && last.sentEnd === facts.sentEnd) out[out.length - 1].push({ draft, facts });
    else out.push([{ draft, facts }]);
    last = facts;
  }
  return out;
}
