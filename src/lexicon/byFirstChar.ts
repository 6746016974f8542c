/**
 * Lexicon rows grouped by the code unit they start (or end) with, longest word first: a reader
 * tests only the rows that can match at a position instead of every row of the table. Keys are
 * UTF-16 code units, so a lookup allocates no one-character string.
 */
export type RowIndex<T> = ReadonlyMap<number, readonly T[]>;

function indexBy<T extends { word: string }>(rows: readonly T[], at: (word: string) => number): RowIndex<T> {
  const index = new Map<number, T[]>();
  for (const row of [...rows].sort((a, b) => b.word.length - a.word.length)) {
    const key = at(row.word);
    const list = index.get(key) ?? [];
    list.push(row);
    index.set(key, list);
  }
  return index;
}

/** Rows by the first code unit of their word. */
export function byFirstChar<T extends { word: string }>(rows: readonly T[]): RowIndex<T> {
  return indexBy(rows, (w) => w.charCodeAt(0));
}

/** Rows by the last code unit of their word (for words read backwards from a position). */
export function byLastChar<T extends { word: string }>(rows: readonly T[]): RowIndex<T> {
  return indexBy(rows, (w) => w.charCodeAt(w.length - 1));
}

const NONE: readonly never[] = [];

/** The rows of a byFirstChar index whose word could start at text[i]. */
export function rowsAt<T>(index: RowIndex<T>, text: string, i: number): readonly T[] {
  return index.get(text.charCodeAt(i)) ?? NONE;
}

/** The rows of a byLastChar index whose word could end right before text[end]. */
export function rowsEndingAt<T>(index: RowIndex<T>, text: string, end: number): readonly T[] {
  return index.get(text.charCodeAt(end - 1)) ?? NONE;
}
