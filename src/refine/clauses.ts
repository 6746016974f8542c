/** Sentence and clause bounds around a position (normalized text). */
/** Flags per UTF-16 code unit, so the walks below read numbers, not one-character strings. */
const SENTENCE = 1, CLAUSE = 2;
const ENDS = new Uint8Array(0x10000);
for (const c of '。；;！？!?\n') ENDS[c.charCodeAt(0)] = SENTENCE | CLAUSE;
for (const c of '，,：:') ENDS[c.charCodeAt(0)] = CLAUSE;

/** Walks out from `pos` to the nearest end characters, at most `maxReach` each way (bounded cost). */
function bounds(text: string, pos: number, flag: number, maxReach: number): [number, number] {
  let s = pos;
  while (s > 0 && pos - s < maxReach && !(ENDS[text.charCodeAt(s - 1)] & flag)) s--;
  let e = pos;
  while (e < text.length && e - pos < maxReach && !(ENDS[text.charCodeAt(e)] & flag)) e++;
  return [s, e];
}

export const sentenceBounds = (text: string, pos: number): [number, number] => bounds(text, pos, SENTENCE, 300);
export const clauseBounds = (text: string, pos: number): [number, number] => bounds(text, pos, CLAUSE, 120);
