/**
 * Lexicon rows grouped by their first character, longest word first: a reader tests only the
 * rows that can start at a position instead of every row of the table.
 */
export function byFirstChar<T extends { word: string }>(rows: readonly T[]): ReadonlyMap<string, readonly T[]> {
  const index = new Map<string, T[]>();
  for (const row of [...rows].sort((a, b) => b.word.length - a.word.length)) {
    const list = index.get(row.word[0]) ?? [];
    list.push(row);
    index.set(row.word[0], list);
  }
  return index;
}

const NONE: readonly never[] = [];

/** The rows of `index` whose word could start at text[i]. */
export function rowsAt<T>(index: ReadonlyMap<string, readonly T[]>, text: string, i: number): readonly T[] {
  return index.get(text[i]) ?? NONE;
}
