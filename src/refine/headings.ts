/**
 * Headings and list items that name what the figures under them measure:
 * `(一)盗窃类警情。本月环比上升2.81%`, `1.盗窃电瓶。本月环比上升94.74%`, `三、交通类警情⏎…`.
 * A heading opens a line or a sentence with a list marker and a short title ending at 。, : or
 * the line end, with no digits of its own (a numbered paragraph that states figures is not one).
 */
import type { Span } from './subjectSpans.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';

const HEADING = /[ \t\u3000]*(?:\([ ]?[一二三四五六七八九十0-9]{1,3}[ ]?\)|[一二三四五六七八九十]{1,3}[、.]|[0-9]{1,2}[.、](?![0-9]))[ \t\u3000]*([^。:;!?,\n0-9]{2,24}?)[ \t\u3000]*(?:[。:;]|\n|$)/dy;

/** Where a heading can start: after one of these, or at the start of the text. */
const OPENS_AFTER = new CodeUnitSet('\n。');

/** How far back a heading still governs, in characters. */
const MAX_REACH = 800;

/**
 * The title of the heading that starts at each position tried, for the text last asked about:
 * every figure looks back over the same line starts.
 */
let titles: { text: string; at: Map<number, Span | null> } = { text: '', at: new Map() };

function titleOfHeadingAt(text: string, i: number): Span | null {
  if (titles.text !== text) titles = { text, at: new Map() };
  let title = titles.at.get(i);
  if (title === undefined) {
    HEADING.lastIndex = i;
    const m = HEADING.exec(text);
    title = m ? [m.indices![1][0], m.indices![1][1]] : null;
    titles.at.set(i, title);
  }
  return title;
}

/**
 * Where the heading sentence that opens at `i` ends (after its 。 or :), or null when none opens
 * there: `(一)盗窃类警情。本月…` → the offset of `本月`.
 */
export function headingEndAt(text: string, i: number): number | null {
  const title = titleOfHeadingAt(text, i);
  if (!title) return null;
  HEADING.lastIndex = i;
  HEADING.exec(text);
  return HEADING.lastIndex;
}

/** The title of the nearest heading before `pos` (at a line or sentence start), or null. */
export function headingBefore(text: string, pos: number): Span | null {
  const limit = Math.max(0, pos - MAX_REACH);
  for (let i = pos; i >= limit; i--) {
    if (i > 0 && !OPENS_AFTER.has(text.charCodeAt(i - 1))) continue;
    const title = titleOfHeadingAt(text, i);
    if (title && title[1] <= pos) return [title[0], title[1]];
  }
  return null;
}
