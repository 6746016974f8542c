/**
 * A regular-expression alternation of literal words, longest first (so `截止到` is tried before
 * `截止`), with the characters that mean something in a pattern escaped.
 */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeLiteral).join('|');
}

const escapeLiteral = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
