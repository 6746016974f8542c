/** Sentence and clause bounds around a position (normalized text). */
const SENTENCE_END = /[。；;！？!?\n]/;
const CLAUSE_END = /[。；;！？!?\n，,：:]/;

function bounds(text: string, pos: number, end: RegExp, maxReach: number): [number, number] {
  let s = pos;
  while (s > 0 && pos - s < maxReach && !end.test(text[s - 1])) s--;
  let e = pos;
  while (e < text.length && e - pos < maxReach && !end.test(text[e])) e++;
  return [s, e];
}

export const sentenceBounds = (text: string, pos: number): [number, number] => bounds(text, pos, SENTENCE_END, 300);
export const clauseBounds = (text: string, pos: number): [number, number] => bounds(text, pos, CLAUSE_END, 120);
export const isClauseEnd = (c: string | undefined): boolean => c !== undefined && CLAUSE_END.test(c);
