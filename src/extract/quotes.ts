/**
 * Short quoted names (`“1·17”`, `“两专项、一攻势”`, `“12123”`): numbers inside them are names,
 * not quantities. Returns sorted [start, end) ranges of quote contents on one line.
 */
const OPEN_TO_CLOSE: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’', '《': '》' };
/** Jumps straight to opening quotes instead of testing every character. */
const OPENING = /[“「『"‘《]/g;
/** Quotes longer than this are speech, where numbers are real. */
const MAX_NAME_LENGTH = 16;

export function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  OPENING.lastIndex = 0;
  for (let m = OPENING.exec(text); m; m = OPENING.exec(text)) {
    const i = m.index;
    const close = OPEN_TO_CLOSE[text[i]];
    const limit = Math.min(text.length, i + 1 + MAX_NAME_LENGTH + 1);
    for (let j = i + 1; j < limit; j++) {
      const c = text[j];
      if (c === close) { ranges.push([i + 1, j]); OPENING.lastIndex = j + 1; break; }
      if (c === '\n' || (c in OPEN_TO_CLOSE && c !== close)) break;
    }
  }
  return ranges;
}

/** Binary search over sorted ranges. */
export function insideRange(ranges: ReadonlyArray<[number, number]>, pos: number): boolean {
  let lo = 0, hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [s, e] = ranges[mid];
    if (pos < s) hi = mid - 1;
    else if (pos >= e) lo = mid + 1;
    else return true;
  }
  return false;
}
