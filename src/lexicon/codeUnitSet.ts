/**
 * A set of UTF-16 code units as an 8 KB bitset. Hot scanning loops test every character of a
 * release; a table this small stays in the CPU cache between releases, where a byte per code
 * unit (64 KB) or a Map does not.
 */
export class CodeUnitSet {
  private readonly bits = new Uint32Array(0x10000 / 32);

  constructor(chars: Iterable<string> = []) {
    for (const c of chars) this.add(c.charCodeAt(0));
  }

  add(unit: number): void {
    // Keeps has(NaN) false: NaN reads the bit of U+0000.
    if (unit === 0) throw new RangeError('CodeUnitSet does not hold U+0000');
    this.bits[unit >>> 5] |= 1 << (unit & 31);
  }

  /** The code units of the set, ascending. */
  units(): number[] {
    const out: number[] = [];
    for (let k = 0; k < this.bits.length; k++) {
      for (let word = this.bits[k]; word !== 0; word &= word - 1) out.push(k * 32 + 31 - Math.clz32(word & -word));
    }
    return out;
  }

  /** False for NaN, what charCodeAt gives past the end of the text. */
  has(unit: number): boolean {
    return (this.bits[unit >>> 5] & (1 << (unit & 31))) !== 0;
  }
}
