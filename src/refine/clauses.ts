/** Sentence and clause bounds around a position (normalized text). */
/** Flags per UTF-16 code unit, so the scan below reads numbers, not one-character strings. */
const SENTENCE = 1, CLAUSE = 2;
const ENDS = new Uint8Array(0x10000);
for (const c of '。；;！？!?\n') ENDS[c.charCodeAt(0)] = SENTENCE | CLAUSE;
for (const c of '，,：:') ENDS[c.charCodeAt(0)] = CLAUSE;

/** A bound reaches at most this far from the position each way (a text without punctuation has no sentences). */
const SENTENCE_REACH = 300;
const CLAUSE_REACH = 120;

type Span = [number, number];

/** Index of the first element of the ascending `sorted` that is >= `pos` (sorted.length when none). */
function firstAtOrAfter(sorted: readonly number[], pos: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The end characters of one text, found in a single scan; each metric then gets its sentence and
 * clause with two binary searches instead of walking the text back and forth.
 */
export class TextBounds {
  private readonly sentenceEnds: number[] = [];
  private readonly clauseEnds: number[] = [];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const flags = ENDS[text.charCodeAt(i)];
      if (flags & CLAUSE) this.clauseEnds.push(i);
      if (flags & SENTENCE) this.sentenceEnds.push(i);
    }
  }

  sentence(pos: number): Span {
    return this.around(this.sentenceEnds, pos, SENTENCE_REACH);
  }

  clause(pos: number): Span {
    return this.around(this.clauseEnds, pos, CLAUSE_REACH);
  }

  /**
   * [s, e): s follows the last end before `pos`, e is the first end at or after it, each at most
   * `reach` away. A position outside the text stays a bound on that side (as a walk from it would).
   */
  private around(ends: readonly number[], pos: number, reach: number): Span {
    const k = firstAtOrAfter(ends, pos);
    const previousEnd = k > 0 ? ends[k - 1] : -1;
    const nextEnd = k < ends.length ? ends[k] : this.text.length;
    const s = Math.min(pos, Math.max(previousEnd + 1, pos - reach));
    const e = Math.max(pos, Math.min(nextEnd, pos + reach, this.text.length));
    return [s, e];
  }
}
