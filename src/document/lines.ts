/** Line helpers over the normalized text (CR was mapped to LF by normalization). */
export interface Line {
  /** Offsets of the line in the normalized text, whitespace trimmed. */
  start: number;
  end: number;
  /** Offset just after the line's newline (start of the next raw line). */
  next: number;
}

/** The characters of /[\s\u3000\u00a0]/, tested by code (no one-character string per test). */
export function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Non-empty lines with surrounding whitespace trimmed, in order. Stops after `limit` lines. */
export function splitLines(text: string, from = 0, to = text.length, limit = Infinity): Line[] {
  const out: Line[] = [];
  let p = from;
  while (p < to && out.length < limit) {
    let nl = text.indexOf('\n', p);
    if (nl < 0 || nl > to) nl = to;
    let s = p;
    let e = nl;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, next: Math.min(nl + 1, to) });
    p = nl + 1;
  }
  return out;
}

/** Number of CJK ideographs in text[s, e). */
export function cjkCount(text: string, s: number, e: number): number {
  let n = 0;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && c <= 0x9fff) n++;
  }
  return n;
}
