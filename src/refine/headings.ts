/**
 * Headings and list items that name what the figures under them measure:
 * `(一)盗窃类警情。本月环比上升2.81%`, `1.盗窃电瓶。本月环比上升94.74%`, `三、交通类警情⏎…`.
 * A heading is a short line opener after a list marker, ending at 。, : or the line end, with no
 * digits of its own (a numbered paragraph that states figures is not a heading).
 */
import type { Span } from './subjectSpans.js';

const HEADING = /^[ \t\u3000]*(?:\([ ]?[一二三四五六七八九十0-9]{1,3}[ ]?\)|[一二三四五六七八九十]{1,3}[、.]|[0-9]{1,2}[.、](?![0-9]))[ \t\u3000]*([^。:;!?\n0-9]{2,24}?)[ \t\u3000]*(?:[。:;]|\n|$)/d;

/** How far back a heading still governs: lines and characters. */
const MAX_LINES = 8, MAX_REACH = 800;

/** The title of the nearest heading that opens the line of `pos` or a line before it, or null. */
export function headingBefore(text: string, pos: number): Span | null {
  let lineEnd = pos;
  for (let lines = 0; lines < MAX_LINES && lineEnd > 0 && pos - lineEnd < MAX_REACH; lines++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const m = HEADING.exec(text.slice(lineStart, Math.min(text.length, lineStart + 40)));
    if (m) {
      const start = lineStart + m.indices![1][0], end = lineStart + m.indices![1][1];
      if (end <= pos) return [start, end];
    }
    if (lineStart === 0) break;
    lineEnd = lineStart - 1;
  }
  return null;
}
