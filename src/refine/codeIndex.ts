/**
 * Lexicon rows looked up by the UTF-16 code of one of their characters, with two array reads and
 * no hashing: scans over running text look up every character, and most have no rows.
 */
export class CodeIndex<T> {
  /** Code → slot in `groups`; slot 0 is the empty group. */
  private readonly slotOf = new Uint16Array(0x10000);
  private readonly groups: T[][] = [[]];

  /** Rows keep the order in which they are given. */
  constructor(rows: readonly T[], codeOf: (row: T) => number) {
    for (const row of rows) {
      const code = codeOf(row);
      if (this.slotOf[code] === 0) {
        this.slotOf[code] = this.groups.length;
        this.groups.push([]);
      }
      this.groups[this.slotOf[code]].push(row);
    }
  }

  /** Whether `code` has rows: scans test this first, most characters have none. */
  has(code: number): boolean {
    return this.slotOf[code] > 0; // NaN reads undefined: no rows
  }

  /** The rows for `code`, often none (NaN, from reading past the text, has none). */
  get(code: number): readonly T[] {
    return this.groups[this.slotOf[code] ?? 0];
  }
}

/** A set of characters as a test on char codes (one typed-array read, no one-character strings). */
export function codeSet(chars: string): (code: number) => boolean {
  const member = new Uint8Array(0x10000);
  for (const c of chars) member[c.charCodeAt(0)] = 1;
  return (code) => member[code] === 1;
}

/**
 * A one-character regex class (`/[、，\s]/`) as a test on char codes: each code is tested with the
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

/** Words by their last character, longest first, for reading backwards from a position. */
export const byLastChar = (words: readonly string[]): CodeIndex<string> =>
  new CodeIndex([...words].sort((a, b) => b.length - a.length), (w) => w.charCodeAt(w.length - 1));

/** Length of the longest word of `index` that ends text[s, e) and lies inside it; 0 when none does. */
export function longestWordEnding(index: CodeIndex<string>, text: string, s: number, e: number): number {
  if (e <= s) return 0;
  for (const word of index.get(text.charCodeAt(e - 1))) {
    if (word.length <= e - s && text.startsWith(word, e - word.length)) return word.length;
  }
  return 0;
}
