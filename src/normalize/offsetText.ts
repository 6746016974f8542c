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
  /**
   * Original end (exclusive) of text[i] when one unit stands for several (an HTML entity
   * `&rdquo;` decoded to `”`); undefined when every unit stands for one original unit. Every
   * OffsetText has the field, so that the code that reads offsets sees one object shape.
   */
  readonly mapEnd: Int32Array | undefined;
}

/**
 * Identity maps are views of one shared, read-only table (no stage writes into a map it was
 * given), so a release does not pay for filling a map of its own. Longer texts get their own.
 */
const SHARED_IDENTITY_MAX = 1 << 20;
let sharedIdentity: Int32Array = new Int32Array(0);

function identityMap(length: number): Int32Array {
  if (length > SHARED_IDENTITY_MAX) return fillIdentity(new Int32Array(length));
  if (sharedIdentity.length < length) sharedIdentity = fillIdentity(new Int32Array(Math.min(SHARED_IDENTITY_MAX, Math.max(length, 2 * sharedIdentity.length))));
  return sharedIdentity.subarray(0, length);
}

function fillIdentity(map: Int32Array): Int32Array {
  for (let i = 0; i < map.length; i++) map[i] = i;
  return map;
}

export function identityText(original: string): OffsetText {
  return { original, text: original, map: identityMap(original.length + 1), mapEnd: undefined };
}

/** Maps a span of the normalized text to the original input. */
export function originalSpan(t: OffsetText, start: number, end: number): { start: number; end: number; text: string } {
  const s = t.map[start];
  const e = originalEnd(t, start, end);
  return { start: s, end: e, text: t.original.slice(s, e) };
}

/**
 * Original end of a normalized span: the position just after its last kept unit, so deleted
 * trailing noise (pinyin after the last character) is not included. (Its start is t.map[start].)
 */
export function originalEnd(t: OffsetText, start: number, end: number): number {
  return end > start ? (t.mapEnd ? t.mapEnd[end - 1] : t.map[end - 1] + 1) : t.map[start];
}

/**
 * The original text for a normalized span, with deleted material (pinyin, zero-width) removed.
 * A unit decoded from several original units (an HTML entity) gives the decoded character.
 */
export function keptText(t: OffsetText, start: number, end: number): string {
  if (isContiguous(t, start, end)) return t.original.slice(t.map[start], t.map[end - 1] + 1);
  let out = '';
  for (let i = start; i < end; i++) {
    const o = t.map[i];
    out += t.mapEnd && t.mapEnd[i] - o > 1 ? t.text[i] : t.original[o] ?? '';
  }
  return out;
}

/**
 * True when text[start, end) (not empty) comes from one unbroken run of the original, one unit
 * for one unit: its kept text is then a single slice, not a string built unit by unit.
 */
function isContiguous(t: OffsetText, start: number, end: number): boolean {
  if (end <= start) return false;
  const { map, mapEnd } = t;
  for (let i = start; i < end; i++) {
    if (i > start && map[i] !== map[i - 1] + 1) return false;
    if (mapEnd && mapEnd[i] - map[i] > 1) return false;
  }
  return map[end - 1] < t.original.length;
}

/**
 * Builds a new OffsetText from `t` by keeping the ranges of `t.text` listed in `keep`
 * (sorted, non-overlapping [start, end) pairs) and optionally replacing their content.
 */
export class OffsetTextBuilder {
  private parts: string[] = [];
  private indices: number[] = [];
  /** Original ends per unit, kept only once a unit stands for several original units. */
  private ends: number[] | null = null;
  constructor(private readonly source: OffsetText) {}

  /** Start recording ends: every unit so far ends right after its start. */
  private widen(): number[] {
    this.ends ??= this.indices.map((o) => o + 1);
    return this.ends;
  }

  /** Copy source.text[start, end) as is. */
  keep(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.source.text.slice(start, end));
    const { map, mapEnd } = this.source;
    const ends = mapEnd ? this.widen() : this.ends;
    for (let i = start; i < end; i++) {
      this.indices.push(map[i]);
      ends?.push(mapEnd ? mapEnd[i] : map[i] + 1);
    }
  }

  /**
   * Emit `replacement`, every unit of it mapped to the source units [at, endAt) — one unit by
   * default, several for a decoded entity, so spans ending on it end after the entity.
   */
  emit(replacement: string, at: number, endAt = at + 1): void {
    this.parts.push(replacement);
    const n = this.source.text.length;
    const o = this.source.map[Math.min(at, n)];
    const e = endAt > at + 1 ? this.source.map[Math.min(endAt, n)] : o + 1;
    const ends = e - o > 1 ? this.widen() : this.ends;
    for (let i = 0; i < replacement.length; i++) { this.indices.push(o); ends?.push(e); }
  }

  build(): OffsetText {
    const text = this.parts.join('');
    const map = new Int32Array(text.length + 1);
    for (let i = 0; i < this.indices.length; i++) map[i] = this.indices[i];
    map[text.length] = this.source.map[this.source.text.length];
    if (!this.ends) return { original: this.source.original, text, map, mapEnd: undefined };
    return { original: this.source.original, text, map, mapEnd: Int32Array.from(this.ends) };
  }
}
