/** Sentence and clause bounds around a position (normalized text). */
const SENTENCE_END = new Set('。；;！？!?\n');
const CLAUSE_END = new Set('。；;！？!?\n，,：:');

/** Walks out from `pos` to the nearest end characters, at most `maxReach` each way (bounded cost). */
function bounds(text: string, pos: number, end: ReadonlySet<string>, maxReach: number): [number, number] {
  let s = pos;
  while (s > 0 && pos - s < maxReach && !end.has(text[s - 1])) s--;
  let e = pos;
  while (e < text.length && e - pos < maxReach && !end.has(text[e])) e++;
  return [s, e];
}

export const sentenceBounds = (text: string, pos: number): [number, number] => bounds(text, pos, SENTENCE_END, 300);
export const clauseBounds = (text: string, pos: number): [number, number] => bounds(text, pos, CLAUSE_END, 120);
