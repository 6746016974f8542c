/** Word lists read backwards from a position: grouped by the code of their last character, longest first. */
export type LastCharIndex = ReadonlyMap<number, readonly string[]>;

export function byLastChar(words: readonly string[]): LastCharIndex {
  const index = new Map<number, string[]>();
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const last = word.charCodeAt(word.length - 1);
    index.set(last, [...(index.get(last) ?? []), word]);
  }
  return index;
}

/** Length of the longest word of `index` that ends text[s, e) and lies inside it; 0 when none does. */
export function longestWordEnding(index: LastCharIndex, text: string, s: number, e: number): number {
  const words = e > s ? index.get(text.charCodeAt(e - 1)) : undefined;
  if (!words) return 0;
  for (const word of words) {
    if (word.length <= e - s && text.startsWith(word, e - word.length)) return word.length;
  }
  return 0;
}
