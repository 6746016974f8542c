/**
 * Binary searches over spans sorted by start, shared by the scans that answer questions about a
 * stretch of text from one scan of the whole text.
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
