/**
 * Sentence and clause bounds around a position (normalized text). A sentence or clause is
 * [start, end): start follows the last end character before the position, end is the first end
 * character at or after it. Each side is found by walking from the position, at most a reach
 * away (bounded cost), and only the side a caller needs is walked: clauses are short, and the
 * sentence start is asked for only when a subject has to be looked for in an earlier clause.
 */
import { isHan } from '../codeAt.js';

/** Flags per UTF-16 code unit, so the walks below read numbers, not one-character strings. */
const SENTENCE = 1, CLAUSE = 2;
const ENDS = new Uint8Array(0x10000);
for (const c of '。;!?\n') ENDS[c.charCodeAt(0)] = SENTENCE | CLAUSE;
for (const c of ',:') ENDS[c.charCodeAt(0)] = CLAUSE;

const SENTENCE_REACH = 300;
export const CLAUSE_REACH = 120;

export const isClauseEnd = (code: number): boolean => (ENDS[code] & CLAUSE) !== 0;

function startBefore(text: string, pos: number, flag: number, reach: number): number {
  let s = pos;
  while (s > 0 && pos - s < reach && !(ENDS[text.charCodeAt(s - 1)] & flag)) s--;
  return s;
}

function endAfter(text: string, pos: number, flag: number, reach: number): number {
  let e = pos;
  while (e < text.length && e - pos < reach && !(ENDS[text.charCodeAt(e)] & flag)) e++;
  return e;
}

export const sentenceStart = (text: string, pos: number): number => startBefore(text, pos, SENTENCE, SENTENCE_REACH);
export const clauseStart = (text: string, pos: number): number => startBefore(text, pos, CLAUSE, CLAUSE_REACH);

const SPACE = 0x20;

/**
 * Start of the phrase of `pos` within its clause: a space between two Han characters separates
 * phrases in headlines and scraped pages (`行动成效显著 半年1.2万余名嫌疑人落网`), where prose has none.
 */
export function phraseStart(text: string, pos: number): number {
  const cs = clauseStart(text, pos);
  for (let i = pos - 1; i > cs; i--) {
    // A single character after the space (`诈骗案 负3.9%`) is a sign or a measure, not a phrase of its own.
    if (text.charCodeAt(i) === SPACE && isHan(text.charCodeAt(i - 1)) && isHan(text.charCodeAt(i + 1)) && isHan(text.charCodeAt(i + 2))) return i + 1;
  }
  return cs;
}
export const clauseEnd = (text: string, pos: number): number => endAfter(text, pos, CLAUSE, CLAUSE_REACH);
