import { CodeUnitSet } from './codeUnitSet.js';
import { codeAt } from '../codeAt.js';

/**
 * Lexicon rows looked up by the UTF-16 code of one of their characters, with two array reads and
 * no hashing or one-character strings: scans over running text look up every character, and
 * most characters have no rows.
 */
export class CodeIndex<T> {
  /** Codes that have rows: a small bitset that stays in the CPU cache, tested before the slot table. */
  private readonly codes = new CodeUnitSet();
  /** Code → slot in `groups`; slot 0 is the empty group. */
  private readonly slotOf = new Uint16Array(0x10000);
  private readonly groups: T[][] = [[]];

  /** Rows keep the order in which they are given. */
  constructor(rows: readonly T[], codeOf: (row: T) => number) {
    for (const row of rows) {
      const code = codeOf(row);
      if (this.slotOf[code] === 0) {
        this.codes.add(code);
        this.slotOf[code] = this.groups.length;
        this.groups.push([]);
      }
      this.groups[this.slotOf[code]].push(row);
    }
  }

  /** Whether `code` has rows: scans test this first, most characters have none. */
  has(code: number): boolean {
    return this.codes.has(code); // false for NaN, read past the end of a text
  }

  /** The rows for `code`, often none (NaN, from reading past the text, has none). */
  get(code: number): readonly T[] {
    return this.codes.has(code) ? this.groups[this.slotOf[code]] : this.groups[0];
  }
}

const longestFirst = <T extends { word: string }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => b.word.length - a.word.length);

/** Rows by the first code unit of their word, longest word first. */
export function byFirstChar<T extends { word: string }>(rows: readonly T[]): CodeIndex<T> {
  return new CodeIndex(longestFirst(rows), (r) => r.word.charCodeAt(0));
}

/** Rows by the last code unit of their word, longest word first (for words read backwards from a position). */
export function byLastChar<T extends { word: string }>(rows: readonly T[]): CodeIndex<T> {
  return new CodeIndex(longestFirst(rows), (r) => r.word.charCodeAt(r.word.length - 1));
}

/** The rows of a byFirstChar index whose word could start at text[i]. */
export function rowsAt<T>(index: CodeIndex<T>, text: string, i: number): readonly T[] {
  return index.get(codeAt(text, i));
}

/** The rows of a byLastChar index whose word could end right before text[end]. */
export function rowsEndingAt<T>(index: CodeIndex<T>, text: string, end: number): readonly T[] {
  return index.get(codeAt(text, end - 1));
}

/** Length of the longest word of a byLastChar index that ends text[s, e) and lies inside it; 0 when none does. */
export function longestWordEnding(index: CodeIndex<{ word: string }>, text: string, s: number, e: number): number {
  if (e <= s) return 0;
  for (const { word } of rowsEndingAt(index, text, e)) {
    if (word.length <= e - s && text.startsWith(word, e - word.length)) return word.length;
  }
  return 0;
}

/**
 * A one-character regex class (`/[、,\s]/`) as a test on char codes: each code is tested with the
 * regex once and remembered, so the exact meaning of classes like \s is kept without a regex
 * call per character.
 */
export function codeClass(re: RegExp): (code: number) => boolean {
  const seen = new Uint8Array(0x10000); // 0 not tested yet, 1 in the class, 2 not
  return (code) => {
    if (seen[code] === 0) seen[code] = re.test(String.fromCharCode(code)) ? 1 : 2;
    return seen[code] === 1;
  };
}
