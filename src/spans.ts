/**
 * Searches shared by the scans: over spans sorted by start (answering questions about a stretch
 * of text from one scan of the whole text), and backwards over a bounded stretch of text.
 */

/** Index of the first span that starts at or after `pos` (spans sorted by start); spans.length when none does. */
export function firstStartingFrom(spans: ReadonlyArray<{ start: number }>, pos: number): number {
  let lo = 0, hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/**
 * The last position in [lowest, from] that holds `char`, or -1: text.lastIndexOf(char, from) for a
 * caller that ignores matches before `lowest`. lastIndexOf walks on to the text's start when the
 * character is absent, which made look-backs from every figure cost the length of the text.
 */
export function lastIndexWithin(text: string, char: string, from: number, lowest: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.min(from, text.length - 1); i >= Math.max(0, lowest); i--) if (text.charCodeAt(i) === code) return i;
  return -1;
}

/**
 * The first position in [from, end) that holds `char`, or -1: text.indexOf(char, from) for a caller
 * that ignores matches at or after `end` (indexOf walks on to the text's end when it is absent).
 */
export function indexWithin(text: string, char: string, from: number, end: number): number {
  const code = char.charCodeAt(0);
  for (let i = Math.max(0, from), stop = Math.min(end, text.length); i < stop; i++) if (text.charCodeAt(i) === code) return i;
  return -1;
}
