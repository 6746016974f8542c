/**
 * A normalized view of an input string that remembers, for every code unit, where it came
 * from in the original. Every stage (HTML stripping, pinyin removal, character mapping) takes
 * one OffsetText and returns another, so offsets survive any chain of stages.
 */
export interface OffsetText {
  /** The untouched input. */
  readonly original: string;
  /** The normalized text the extractors read. */
  readonly text: string;
  /** map[i] is the original offset of text[i]; map[text.length] is the original end. */
  readonly map: Int32Array;
}

export function identityText(original: string): OffsetText {
  const map = new Int32Array(original.length + 1);
  for (let i = 0; i <= original.length; i++) map[i] = i;
  return { original, text: original, map };
}

/** Maps a span of the normalized text to the original input. */
export function originalSpan(t: OffsetText, start: number, end: number): { start: number; end: number; text: string } {
  const s = t.map[start];
  // End is the original position just after the last kept unit, so deleted trailing noise
  // (pinyin after the last character) is not included.
  const e = end > start ? t.map[end - 1] + 1 : s;
  return { start: s, end: e, text: t.original.slice(s, e) };
}

/** The original text for a normalized span, with deleted material (pinyin, zero-width) removed. */
export function keptText(t: OffsetText, start: number, end: number): string {
  let out = '';
  for (let i = start; i < end; i++) out += t.original[t.map[i]] ?? '';
  return out;
}

/**
 * Builds a new OffsetText from `t` by keeping the ranges of `t.text` listed in `keep`
 * (sorted, non-overlapping [start, end) pairs) and optionally replacing their content.
 */
export class OffsetTextBuilder {
  private parts: string[] = [];
  private indices: number[] = [];
  constructor(private readonly source: OffsetText) {}

  /** Copy source.text[start, end) as is. */
  keep(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.source.text.slice(start, end));
    for (let i = start; i < end; i++) this.indices.push(this.source.map[i]);
  }

  /** Emit `replacement`, every unit of it mapped to the source unit at `at`. */
  emit(replacement: string, at: number): void {
    this.parts.push(replacement);
    const o = this.source.map[Math.min(at, this.source.text.length)];
    for (let i = 0; i < replacement.length; i++) this.indices.push(o);
  }

  build(): OffsetText {
    const text = this.parts.join('');
    const map = new Int32Array(text.length + 1);
    for (let i = 0; i < this.indices.length; i++) map[i] = this.indices[i];
    map[text.length] = this.source.map[this.source.text.length];
    return { original: this.source.original, text, map };
  }
}
