/**
 * English extraction: metrics and named operations from the region text[start,end) of a full
 * text, with offsets into the full text. Pipeline per sentence: numbers → typed candidates →
 * change/basis → subject. Sentences without a digit or a number word are skipped before any work.
 */
import type { Metric, Operation } from '../schema.js';
import { assignChanges } from './change.js';
import { classify, type Candidate } from './classify.js';
import { looksPortuguese } from './languages.js';
import { findNumbers } from './numbers.js';
import { findOperations } from './operations.js';
import { sentenceSpans } from './sentences.js';
import { assignSubjects } from './subject.js';

export { splitLanguages, type LangSegment } from './languages.js';
export { findOperations } from './operations.js';

export interface EnglishContext {
  /** ISO code for a bare `$` or `dollars`: the currency of the place the release speaks for. */
  currency: string;
}

const MAYBE_NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b/i;
/** A digit, tested on code units first: most sentences with a number have one, and the word pattern is slower. */
function hasAsciiDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) { const c = text.charCodeAt(i); if (c >= 0x30 && c <= 0x39) return true; }
  return false;
}

/** Sentences longer than this are garbage or tables; they are cut into pieces of this size. */
const MAX_SENTENCE = 2000;

export function extractEnglish(text: string, start: number, end: number, ctx: EnglishContext): { metrics: Metric[]; operations: Operation[] } {
  const metrics: Metric[] = [];
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
      const changed = assignChanges(text, ss, se, cands);
      for (const m of assignSubjects(text, ss, se, changed)) {
        metrics.push({
          kind: m.kind,
          value: m.value,
          unit: m.unit === '$' ? dollarOf(ctx.currency) : m.unit,
          approximate: m.approximate,
          change: m.change,
          subject: m.subject,
          start: m.start,
          end: m.end,
          text: text.slice(m.start, m.end),
          period: null,
          place: null,
          lang: 'en',
          trace: m.trace,
        });
      }
    }
  }
  return { metrics, operations: findOperations(text, start, end) };
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
