/**
 * text.charCodeAt(i) with the bounds tested here: NaN before the start and past the end, as
 * charCodeAt gives. The readers look one character beyond a figure (`i + 1`, `start - 1`) and
 * rely on that NaN; but V8's optimized code assumes an in-bounds read, and the first figure that
 * stands at the end of a text throws that code away and compiles the function again (about 30
 * recompilations of the number readers in the first releases of a run). Tested here, the read
 * is in bounds on both paths.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : NaN;
}

/**
 * Whether a code unit is a Han character as the rules read one: the CJK Unified Ideographs block
 * (U+4E00–U+9FFF), where the characters of press releases are. NaN (a read outside the text) is none.
 */
export function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
