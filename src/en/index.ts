/**
 * English extraction: metric drafts and named operations from the region text[start,end) of a
 * full text, with offsets into the full text. Per sentence: numbers → typed candidates → drafts;
 * change, subject and scope come from the refiners (src/en/refiners.ts, src/en/scope.ts), which
 * read what the extractor recorded beside each draft. Sentences without a digit or a number word
 * are skipped before any work.
 */
import type { Draft, ExtractContext } from '../extract/types.js';
import { LOCALE_CURRENCY } from '../lexicon/locale.js';
import type { Operation } from '../schema.js';
import { classify, type Candidate } from './classify.js';
import { recordFacts } from './facts.js';
import { looksPortuguese } from './languages.js';
import { findNumbers } from './numbers.js';
import { findOperations } from './operations.js';
import { sentenceSpans } from './sentences.js';

export { splitLanguages, type LangSegment } from './languages.js';
export { findOperations } from './operations.js';

const MAYBE_NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;
/** A digit, tested on code units first: most sentences with a number have one, and the word pattern is slower. */
function hasAsciiDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) { const c = text.charCodeAt(i); if (c >= 0x30 && c <= 0x39) return true; }
  return false;
}

/** Sentences longer than this are garbage or tables; they are cut into pieces of this size. */
const MAX_SENTENCE = 2000;

export function extractEnglish(ctx: ExtractContext, start: number, end: number): { drafts: Draft[]; operations: Operation[] } {
  const { text } = ctx;
  // A bare `$` or `dollars`: the currency of the place the release speaks for.
  const dollar = dollarOf(LOCALE_CURRENCY[ctx.locale]);
  const drafts: Draft[] = [];
  for (const s0 of sentenceSpans(text, start, end)) {
    for (let ss = s0.start, se = ss; ss < s0.end; ss = se) {
      // Cut an over-long sentence at a space, so that no number is split.
      se = Math.min(s0.end, ss + MAX_SENTENCE);
      if (se < s0.end) { const sp = text.lastIndexOf(' ', se); if (sp > ss + MAX_SENTENCE / 2) se = sp; }
      const sentence = text.slice(ss, se);
      if (!hasAsciiDigit(text, ss, se) && !MAYBE_NUMBER_WORD.test(sentence)) continue;
      if (looksPortuguese(sentence)) continue;
      const cands: Candidate[] = [];
      for (const t of findNumbers(text, ss, se)) {
        const c = classify(text, t, ss, se);
        if (c && (!cands.length || c.start >= cands[cands.length - 1].end)) cands.push(c);
      }
      if (!cands.length) continue;
      inheritApprox(text, se, cands);
      for (const c of cands) {
        const d: Draft = {
          kind: c.kind, lang: 'en', value: c.value, unit: c.unit === '$' ? dollar : c.unit, approximate: c.approximate,
          change: null, start: c.start, end: c.end, trace: c.trace,
          // Set here, filled by the refiners: every draft, English or Chinese, keeps one shape (the
          // Chinese extractor's field order), so code that reads drafts of both stays monomorphic.
          baselineSpan: undefined, subjectSpans: undefined, subjectText: undefined, period: undefined, place: undefined, actor: undefined,
          directionCue: undefined, basisCue: undefined, listCue: undefined,
        };
        recordFacts(d, { sentStart: ss, sentEnd: se, numStart: c.numStart, noun: c.noun, predicate: c.predicate });
        drafts.push(d);
      }
    }
  }
  return { drafts, operations: findOperations(text, start, end) };
}

/**
 * A bare `$` is the dollar of the place. Yuan and patacas are not written `$` in English releases
 * (the mainland writes `yuan`, Macau `MOP`), so there `$` falls back to the Hong Kong dollar, the
 * commonest bare `$` of the genre.
 */
const DOLLARS = new Set(['HKD', 'SGD', 'TWD', 'USD', 'AUD', 'CAD', 'NZD']);
const dollarOf = (currency: string) => (DOLLARS.has(currency) ? currency : 'HKD');

/** `over $1.2 billion and $700 million respectively`: the qualifier covers the whole list. */
function inheritApprox(text: string, sentEnd: number, cands: Candidate[]): void {
  for (let i = 1; i < cands.length; i++) {
    const a = cands[i - 1];
    const b = cands[i];
    if (b.approximate || !a.approximate || a.kind !== b.kind) continue;
    if (!/^\s*(?:,|and|or|, and)\s*$/.test(text.slice(a.end, b.start))) continue;
    if (!/^\s*,?\s*respectively\b/.test(text.slice(b.end, Math.min(sentEnd, b.end + 20)))) continue;
    b.approximate = a.approximate;
    b.trace.push('en.approx.list');
  }
}
