/**
 * Longest-match lookup of lexicon words in running text, without slicing the text: a trie over
 * UTF-16 code units. A scanner asks at every position; most positions are turned away by a
 * small table of first code units, and most of the rest because no word starts with the pair of
 * code units found there.
 */
import { CodeUnitSet } from './codeUnitSet.js';
import { codeAt } from '../codeAt.js';

/**
 * Bits in the set of first-pair hashes. A million bits (128 KB) hold a few thousand pairs with
 * few collisions: the division names let ~2% of the positions of a release through.
 */
const PAIR_SLOTS = 1 << 20;

const pairSlot = (first: number, second: number): number => ((first << 10) ^ second) & (PAIR_SLOTS - 1);

/** The key of the edge from `node` on code unit `unit`: a small integer (no heap number) below 16384 nodes. */
const edgeKey = (node: number, unit: number): number => node * 0x10000 + unit;

export interface WordMatch<T> {
  length: number;
  value: T;
}

/** Words of at least two code units, each with a value. */
export class WordTrie<T> {
  /**
   * Every edge of the trie in one map, keyed by edgeKey(node, code unit) → child node; node 0 is
   * the root. One map, not one per node: the division names make ~9000 nodes, most of them leaves,
   * and a map each was ~2 MB built at the first parse of every process.
   */
  private readonly edges = new Map<number, number>();
  /** values[node]: the value of the word ending at that node, if one does. */
  private readonly values: Array<T | undefined> = [undefined];
  /** Code units that begin a word: a small table that turns most positions away. */
  private readonly firstUnits = new CodeUnitSet();
  /** Code units in second place of a word: with firstUnits, nine positions in ten are turned away. */
  private readonly secondUnits = new CodeUnitSet();
  /** firstUnits and secondUnits together: a unit in neither turns away its own position and the one before. */
  private readonly eitherUnits = new CodeUnitSet();
  /** Set bits where some word's first two code units hash to: may say yes wrongly, never no wrongly. */
  private readonly pairs = new Uint32Array(PAIR_SLOTS / 32);

  /** Adds `word` (or replaces its value). */
  set(word: string, value: T): void {
    if (word.length < 2) throw new RangeError(`WordTrie words have two code units or more: "${word}"`);
    let node = 0;
    for (let i = 0; i < word.length; i++) {
      const unit = word.charCodeAt(i);
      let next = this.edges.get(edgeKey(node, unit));
      if (next === undefined) {
        next = this.values.length;
        this.values.push(undefined);
        this.edges.set(edgeKey(node, unit), next);
      }
      node = next;
    }
    this.values[node] = value;
    const first = word.charCodeAt(0);
    this.firstUnits.add(first);
    this.secondUnits.add(word.charCodeAt(1));
    this.eitherUnits.add(first);
    this.eitherUnits.add(word.charCodeAt(1));
    const slot = pairSlot(first, word.charCodeAt(1));
    this.pairs[slot >>> 5] |= 1 << (slot & 31);
  }

  /** False when no word starts with these two code units. The small sets turn most positions away. */
  private mayStartWith(first: number, second: number): boolean {
    if (!this.firstUnits.has(first) || !this.secondUnits.has(second)) return false;
    const slot = pairSlot(first, second);
    return (this.pairs[slot >>> 5] & (1 << (slot & 31))) !== 0;
  }

  /** Non-overlapping words in text[from, to), left to right, the longest at each position. */
  scan(text: string, from: number, to: number, found: (start: number, length: number, value: T) => void): void {
    let i = from;
    while (i + 1 < to) {
      const second = codeAt(text, i + 1);
      // No word has it first or second: none starts at i or at i + 1 (about two steps in three in a release).
      if (!this.eitherUnits.has(second)) { i += 2; continue; }
      if (!this.mayStartWith(codeAt(text, i), second)) { i++; continue; }
      const match = this.walk(text, i, to);
      if (match) {
        found(i, match.length, match.value);
        i += match.length;
      } else i++;
    }
  }

  /** The longest word that starts at text[i] and ends at or before `to`, or null. */
  longestAt(text: string, i: number, to: number): WordMatch<T> | null {
    if (i + 1 >= to || !this.mayStartWith(codeAt(text, i), codeAt(text, i + 1))) return null;
    return this.walk(text, i, to);
  }

  /** Follows text[i, to) down the trie, remembering the last word passed. */
  private walk(text: string, i: number, to: number): WordMatch<T> | null {
    let node = 0;
    let found: WordMatch<T> | null = null;
    for (let j = i; j < to; j++) {
      const next = this.edges.get(edgeKey(node, codeAt(text, j)));
      if (next === undefined) break;
      node = next;
      const value = this.values[node];
      if (value !== undefined) found = { length: j + 1 - i, value };
    }
    return found;
  }
}
