/**
 * Global regex search with a first-character prefilter. A regex that is an alternation of words
 * with many different first characters (公安…|警方|司法警察局…) defeats V8's own prefilters, so a
 * global search tries the whole alternation at every character. Testing each character in a
 * small bitset and trying the regex (sticky) only where one of its matches can begin finds the
 * same leftmost matches several times faster. A second bitset, of the code units that follow
 * the first, turns away most of the common characters the first set lets through (国, 地, 机).
 */
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';

export class FirstUnitSearch {
  private readonly sticky: RegExp;
  private readonly firstUnits: CodeUnitSet;
  private readonly secondUnits: CodeUnitSet;

  /**
   * `firstUnits` must hold every code unit a match of `source` can begin with (look-behinds
   * excepted: they read before the start), `secondUnits` every code unit that can come second.
   * Matches are two code units long or more. `flags` must not hold `g` or `y`.
   */
  constructor(source: string, firstUnits: Iterable<string>, secondUnits: Iterable<string>, flags = '') {
    this.sticky = new RegExp(source, flags + 'y');
    this.firstUnits = new CodeUnitSet(firstUnits);
    this.secondUnits = new CodeUnitSet(secondUnits);
  }

  /**
   * The leftmost match that starts in [from, to), or null: what a global search from `from`
   * finds when its match starts before `to`.
   */
  exec(text: string, from: number, to: number): RegExpExecArray | null {
    const end = Math.min(to, text.length);
    for (let i = from; i < end; i++) {
      if (!this.firstUnits.has(text.charCodeAt(i)) || !this.secondUnits.has(text.charCodeAt(i + 1))) continue;
      this.sticky.lastIndex = i;
      const m = this.sticky.exec(text);
      if (m) return m;
    }
    return null;
  }
}

