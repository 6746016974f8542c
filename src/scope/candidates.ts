/**
 * Where sticky patterns may start in a stretch of text, for several patterns at once. The period
 * scanner tries each of its patterns only at its own first characters (or at clause starts);
 * walking the stretch once per pattern cost more than the patterns themselves. Here one walk
 * collects the start positions of every kind asked for so far, and the next questions about the
 * same stretch are answered from it. A kind asked for the first time joins the walk.
 */
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { isClauseEnd } from '../refine/clauses.js';

/** Where a pattern may start: a set of first characters, or right after a clause's end. */
export type Candidate = CodeUnitSet | 'clause-start';

export class CandidateIndex {
  private readonly sets: CodeUnitSet[] = [];
  /** Every character of the sets: most characters are in none and cost one test. */
  private readonly union = new CodeUnitSet();
  private clauseStarts = false;
  /** The stretch last walked and the start positions found there, per set (and for clause starts). */
  private text = '';
  private from = -1;
  private to = -1;
  private found: number[][] = [];
  private foundClauseStarts: number[] = [];

  /** Start positions of `kind` in text[from, to), ascending. */
  starts(text: string, from: number, to: number, kind: Candidate): readonly number[] {
    const known = kind === 'clause-start' ? this.clauseStarts : this.sets.includes(kind);
    if (!known) {
      if (kind === 'clause-start') this.clauseStarts = true;
      else { this.sets.push(kind); this.union.addAll(kind); }
      this.from = -1;
    }
    if (from !== this.from || to !== this.to || text !== this.text) this.walk(text, from, to);
    return kind === 'clause-start' ? this.foundClauseStarts : this.found[this.sets.indexOf(kind)];
  }

  private walk(text: string, from: number, to: number): void {
    const { sets, union } = this;
    const found: number[][] = sets.map(() => []);
    const clauseStarts: number[] = [];
    const withClauseStarts = this.clauseStarts;
    for (let i = from, before = text.charCodeAt(from - 1); i < to; i++) {
      const code = text.charCodeAt(i);
      if (withClauseStarts && (i === 0 || isClauseEnd(before))) clauseStarts.push(i);
      before = code;
      if (!union.has(code)) continue;
      for (let k = 0; k < sets.length; k++) if (sets[k].has(code)) found[k].push(i);
    }
    this.text = text;
    this.from = from;
    this.to = to;
    this.found = found;
    this.foundClauseStarts = clauseStarts;
  }
}
