/**
 * A global search that tries its pattern only where a match can open. V8 scans for most patterns
 * quickly on its own, but a big alternation behind an optional prefix or a look-behind (the
 * agency names) it enters at every character, several times slower than this loop over a bitset.
 * Where V8 can skip (a pattern led by a few literal words), its own global search is faster, and
 * so it is where the opening units are common (Latin capitals in an English release): use this
 * only where a profile shows the pattern's own time. The code units that can stand first and
 * second in a match are read from the pattern's source, so the pattern stays the one place its
 * words are written.
 */
import { CodeUnitSet } from './codeUnitSet.js';
import { codeAt } from '../codeAt.js';

/** Possible lengths of a part's match, as bits: empty, one code unit, two or more. */
const EMPTY = 1;
const ONE = 2;
const MORE = 4;

/** Inclusive code-unit ranges, or null for any code unit. */
type Units = Array<readonly [number, number]> | null;

/** What a part of a pattern can match: its lengths and the code units at its first two places. */
interface Shape { lengths: number; first: Units; second: Units }

const union = (a: Units, b: Units): Units => (a === null || b === null ? null : a.concat(b));

/** Lengths after a part of lengths `a` and then one of lengths `b` (two or more stays so). */
function addLengths(a: number, b: number): number {
  let out = 0;
  for (let x = 0; x < 3; x++) {
    if (!(a & (1 << x))) continue;
    for (let y = 0; y < 3; y++) if (b & (1 << y)) out |= 1 << Math.min(2, x + y);
  }
  return out;
}

/** The parts in order: a part's first unit stands first where all before it may be empty, second where they may be one unit long. */
function sequence(parts: readonly Shape[]): Shape {
  let lengths = EMPTY;
  let first: Units = [];
  let second: Units = [];
  for (const p of parts) {
    if (lengths & EMPTY) { first = union(first, p.first); second = union(second, p.second); }
    if (lengths & ONE) second = union(second, p.first);
    lengths = addLengths(lengths, p.lengths);
  }
  return { lengths, first, second };
}

const ZERO_WIDTH: Shape = { lengths: EMPTY, first: [], second: [] };
const oneOf = (units: Units): Shape => ({ lengths: ONE, first: units, second: [] });
const optional = (s: Shape): Shape => ({ lengths: s.lengths | EMPTY, first: s.first, second: s.second });

/** A pattern this reader does not follow (back-references, Unicode escapes): the search tries every position. */
class Unsupported extends Error {}

const DIGITS: Units = [[0x30, 0x39]];
const WORD: Units = [[0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]];
/** The code units \s matches. */
const SPACES: Units = [[0x09, 0x0d], [0x20, 0x20], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000], [0xfeff, 0xfeff]];
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13, 0: 0 };

/** Reads a pattern source (no `u` or `v` flag) into its shape. */
class Reader {
  private pos = 0;
  constructor(private readonly src: string) {}

  read(): Shape {
    const s = this.alternation();
    if (this.pos !== this.src.length) throw new Unsupported(`unbalanced ) at ${this.pos}`);
    return s;
  }

  private alternation(): Shape {
    const branches = [this.sequence()];
    while (this.src[this.pos] === '|') { this.pos++; branches.push(this.sequence()); }
    return branches.reduce((a, b) => ({ lengths: a.lengths | b.lengths, first: union(a.first, b.first), second: union(a.second, b.second) }));
  }

  private sequence(): Shape {
    const parts: Shape[] = [];
    while (this.pos < this.src.length && this.src[this.pos] !== '|' && this.src[this.pos] !== ')') parts.push(this.quantified(this.atom()));
    return sequence(parts);
  }

  /** The atom repeated as its quantifier says; three copies tell all that two places can show. */
  private quantified(atom: Shape): Shape {
    const q = /^(?:([?*+])|\{(\d+)(?:(,)(\d*))?\})\??/.exec(this.src.slice(this.pos));
    if (!q) return atom;
    this.pos += q[0].length;
    const min = q[1] ? (q[1] === '+' ? 1 : 0) : +q[2];
    const max = q[1] ? (q[1] === '?' ? 1 : Infinity) : q[3] ? (q[4] ? +q[4] : Infinity) : min;
    const copies: Shape[] = [];
    for (let k = 0; k < Math.min(min, 3); k++) copies.push(atom);
    for (let k = min; k < Math.min(max, min + 3); k++) copies.push(optional(atom));
    return sequence(copies);
  }

  private atom(): Shape {
    const c = this.src[this.pos++];
    switch (c) {
      case '(': return this.group();
      case '[': return oneOf(this.charClass());
      case '.': return oneOf(null);
      case '^': case '$': return ZERO_WIDTH;
      case '\\': return this.escape();
      case '*': case '+': case '?': throw new Unsupported(`quantifier without atom at ${this.pos}`);
      default: {
        const unit = c.charCodeAt(0);
        return oneOf([[unit, unit]]);
      }
    }
  }

  private group(): Shape {
    const lookaround = /^\?(?:=|!|<=|<!)/.exec(this.src.slice(this.pos));
    const opener = lookaround ?? /^\?(?::|<[A-Za-z_$][\w$]*>)/.exec(this.src.slice(this.pos));
    if (opener) this.pos += opener[0].length;
    const inner = this.alternation();
    if (this.src[this.pos++] !== ')') throw new Unsupported('unclosed group');
    // A look-around reads text but matches none of it.
    return lookaround ? ZERO_WIDTH : inner;
  }

  private escape(): Shape {
    const c = this.src[this.pos];
    if (c === 'b' || c === 'B') { this.pos++; return ZERO_WIDTH; }
    const units = this.escapedUnits();
    if (units === undefined) throw new Unsupported(`escape \\${c}`);
    return oneOf(units);
  }

  /** The code units of the escape at pos (after its backslash); undefined for one this reader does not follow. */
  private escapedUnits(): Units | undefined {
    const c = this.src[this.pos++];
    switch (c) {
      case 'd': return DIGITS;
      case 'w': return WORD;
      case 's': return SPACES;
      case 'D': case 'W': case 'S': return null;
      case 'u': case 'x': {
        const n = c === 'u' ? 4 : 2;
        const hex = this.src.slice(this.pos, this.pos + n);
        if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== n) return undefined;
        this.pos += n;
        return [[parseInt(hex, 16), parseInt(hex, 16)]];
      }
      default:
        // Back-references, octal escapes, \k<name>, \cX, \p{…}: not read here.
        if (/[1-9kcpP]/.test(c) || (c === '0' && /\d/.test(this.src[this.pos] ?? ''))) return undefined;
        if (c in CONTROL_ESCAPES) return [[CONTROL_ESCAPES[c], CONTROL_ESCAPES[c]]];
        return [[c.charCodeAt(0), c.charCodeAt(0)]];
    }
  }

  /** The units of a class, the `[` read; null for a negated class. */
  private charClass(): Units {
    const negated = this.src[this.pos] === '^';
    if (negated) this.pos++;
    const out: Array<readonly [number, number]> = [];
    let any = false;
    while (this.pos < this.src.length && this.src[this.pos] !== ']') {
      const lo = this.classAtom();
      if (this.src[this.pos] === '-' && this.src[this.pos + 1] !== ']' && lo !== null && lo.length === 1 && lo[0][0] === lo[0][1]) {
        this.pos++;
        const hi = this.classAtom();
        if (hi === null || hi.length !== 1 || hi[0][0] !== hi[0][1]) throw new Unsupported('class range to a set');
        out.push([lo[0][0], hi[0][0]]);
      } else if (lo === null) any = true;
      else out.push(...lo);
    }
    if (this.src[this.pos++] !== ']') throw new Unsupported('unclosed class');
    return negated || any ? null : out;
  }

  private classAtom(): Units {
    const c = this.src[this.pos++];
    if (c !== '\\') return [[c.charCodeAt(0), c.charCodeAt(0)]];
    // In a class \b is the backspace.
    if (this.src[this.pos] === 'b') { this.pos++; return [[8, 8]]; }
    const units = this.escapedUnits();
    if (units === undefined) throw new Unsupported('escape in class');
    return units;
  }
}

/** The set of these units, or null when it would be every unit (or hold U+0000, which CodeUnitSet does not). */
function unitSet(units: Units): CodeUnitSet | null {
  if (units === null || units.some(([lo]) => lo === 0)) return null;
  const set = new CodeUnitSet();
  for (const [lo, hi] of units) for (let u = lo; u <= hi; u++) set.add(u);
  return set;
}

/**
 * The code units that can open a match of the pattern, and those that can follow them; null
 * where a pattern can match the empty string or open with any unit (the search then tries every
 * position), or uses what this reader does not follow (case folding, Unicode mode).
 */
export function patternOpeners(re: RegExp): { first: CodeUnitSet; second: CodeUnitSet | null } | null {
  if (/[iuv]/.test(re.flags)) return null;
  let shape: Shape;
  try {
    shape = new Reader(re.source).read();
  } catch (e) {
    if (e instanceof Unsupported) return null;
    throw e;
  }
  if (shape.lengths & EMPTY) return null;
  const first = unitSet(shape.first);
  if (first === null) return null;
  // A match of one unit has no second.
  return { first, second: shape.lengths & ONE ? null : unitSet(shape.second) };
}

/**
 * The matches of a pattern from a position on, as a global search finds them (leftmost first),
 * trying the pattern (sticky) only where its first two code units can stand.
 */
export class PatternSearch {
  private readonly sticky: RegExp;
  private readonly global: RegExp;
  private readonly first: CodeUnitSet | null;
  private readonly second: CodeUnitSet | null;
  /** The units of first and second together: a unit outside both lets the search step over two positions. */
  private readonly either: CodeUnitSet | null;

  constructor(re: RegExp) {
    const flags = re.flags.replace(/[gy]/g, '');
    this.sticky = new RegExp(re.source, flags + 'y');
    this.global = new RegExp(re.source, flags + 'g');
    const openers = patternOpeners(re);
    this.first = openers?.first ?? null;
    this.second = openers?.second ?? null;
    this.either = openers?.second ? new CodeUnitSet() : null;
    if (this.either) for (const u of [...openers!.first.units(), ...openers!.second!.units()]) this.either.add(u);
  }

  /** The first match that opens in [from, to), or null: what re.exec finds from lastIndex `from` when it opens before `to`. */
  exec(text: string, from: number, to = text.length): RegExpExecArray | null {
    if (this.first === null) {
      this.global.lastIndex = from;
      const m = this.global.exec(text);
      return m && m.index < to ? m : null;
    }
    const end = Math.min(to, text.length);
    return this.second === null ? this.fromFirst(text, Math.max(0, from), end) : this.fromPair(text, Math.max(0, from), end);
  }

  /** Whether some match opens in [from, to). */
  test(text: string, from = 0, to = text.length): boolean {
    return this.exec(text, from, to) !== null;
  }

  /** The search where a match can be one unit long: tried at every first unit. */
  private fromFirst(text: string, from: number, end: number): RegExpExecArray | null {
    const first = this.first!;
    for (let i = from; i < end; i++) {
      if (!first.has(text.charCodeAt(i))) continue;
      const m = this.tryAt(text, i);
      if (m) return m;
    }
    return null;
  }

  /** The search where every match has two units or more: tried where its first two units can stand. */
  private fromPair(text: string, from: number, end: number): RegExpExecArray | null {
    const first = this.first!, second = this.second!, either = this.either!;
    for (let i = from; i < end; ) {
      // codeAt: a read past the end (NaN, in no set) keeps the optimized loop.
      const next = codeAt(text, i + 1);
      // Neither i (wrong second unit) nor i + 1 (wrong first unit) opens a match.
      if (!either.has(next)) { i += 2; continue; }
      if (second.has(next) && first.has(text.charCodeAt(i))) {
        const m = this.tryAt(text, i);
        if (m) return m;
      }
      i++;
    }
    return null;
  }

  private tryAt(text: string, i: number): RegExpExecArray | null {
    this.sticky.lastIndex = i;
    return this.sticky.exec(text);
  }
}
