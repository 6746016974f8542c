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

/** Bit of the code units that end a clause, in the table below; the sets take the bits under it. */
const CLAUSE_END = 1 << 15;
const MAX_SETS = 15;

export class CandidateIndex {
  private readonly sets: CodeUnitSet[] = [];
  /** Per code unit, the sets it opens (bit k for sets[k]) and whether it ends a clause: one read per character. */
  private readonly kinds = new Uint16Array(0x10000);
  private clauseStarts = false;
  /** The stretch last walked and the start positions found there, per set (and for clause starts). */
  private text = '';
  private from = -1;
  private to = -1;
  private found: number[][] = [];
  private foundClauseStarts: number[] = [];

  constructor() {
    for (let unit = 1; unit < 0x10000; unit++) if (isClauseEnd(unit)) this.kinds[unit] |= CLAUSE_END;
  }

  /** Start positions of `kind` in text[from, to), ascending. */
  starts(text: string, from: number, to: number, kind: Candidate): readonly number[] {
    const known = kind === 'clause-start' ? this.clauseStarts : this.sets.includes(kind);
    if (!known) {
      if (kind === 'clause-start') this.clauseStarts = true;
      else this.addSet(kind);
      this.from = -1;
    }
    if (from !== this.from || to !== this.to || text !== this.text) this.walk(text, from, to);
    return kind === 'clause-start' ? this.foundClauseStarts : this.found[this.sets.indexOf(kind)];
  }

  private addSet(set: CodeUnitSet): void {
    if (this.sets.length === MAX_SETS) throw new RangeError(`CandidateIndex holds at most ${MAX_SETS} sets`);
    const bit = 1 << this.sets.length;
    this.sets.push(set);
    for (const unit of set.units()) this.kinds[unit] |= bit;
  }

  private walk(text: string, from: number, to: number): void {
    const { kinds } = this;
    const found: number[][] = this.sets.map(() => []);
    const clauseStarts: number[] = [];
    const withClauseStarts = this.clauseStarts;
    for (let i = from, before = from === 0 ? CLAUSE_END : kinds[text.charCodeAt(from - 1)]; i < to; i++) {
      const kind = kinds[text.charCodeAt(i)];
      if (withClauseStarts && (before & CLAUSE_END) !== 0) clauseStarts.push(i);
      before = kind;
      // Each set the character opens, lowest bit first.
      for (let bits = kind & (CLAUSE_END - 1); bits !== 0; bits &= bits - 1) found[31 - Math.clz32(bits & -bits)].push(i);
    }
    this.text = text;
    this.from = from;
    this.to = to;
    this.found = found;
    this.foundClauseStarts = clauseStarts;
  }
}
