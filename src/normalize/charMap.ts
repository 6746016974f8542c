/**
 * One-for-one character mapping: traditional → simplified Chinese, full-width ASCII →
 * half-width, ideographic space → space, C0 controls → space. The length never changes, so the
 * offset map is carried over untouched.
 */
import { identityText, type OffsetText } from './offsetText.js';
import { SIMPLIFIED, TRADITIONAL } from './tradSimp.data.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';

/**
 * Traditional characters as a small bitset (tested for every CJK character, it stays in the CPU
 * cache) and their simplified forms in a flat table indexed by code unit (read only for those).
 */
interface TradTable { traditional: CodeUnitSet; simplified: Uint16Array }
let tradToSimp: TradTable | null = null;

/** Built once from the generated opencc pairs and the corrections below. */
function tradTable(): TradTable {
  if (tradToSimp) return tradToSimp;
  const pairs: Array<readonly [string, string]> = [...TRADITIONAL].map((t, i) => [t, SIMPLIFIED[i]] as const);
  // Corrections where a character-level table guesses wrong for this genre.
  pairs.push(...EXTRA_PAIRS);
  const traditional = new CodeUnitSet(pairs.map(([t]) => t));
  const simplified = new Uint16Array(0x10000);
  for (const [t, s] of pairs) simplified[t.charCodeAt(0)] = s.charCodeAt(0);
  tradToSimp = { traditional, simplified };
  return tradToSimp;
}

/** Variants opencc leaves alone but that mean the same in releases. */
const EXTRA_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['凈', '净'],
  ['乾', '干'],
  ['崙', '仑'],
  ['侖', '仑'],
];

function mapUnit(code: number, table: TradTable): number {
  if (code >= 0xff01 && code <= 0xff5e) return code - 0xfee0; // full-width ASCII
  if (code === 0x3000) return 0x20; // ideographic space
  if (code === 0x0d) return 0x0a; // CR → LF keeps line-based rules simple
  if (code < 0x20 && code !== 0x0a && code !== 0x09) return 0x20; // NUL and other controls
  if (code >= 0x3400 && table.traditional.has(code)) return table.simplified[code];
  return code;
}

/** Decodes code units to a string natively; it would replace lone surrogates, so those texts take fromCharCode. */
const UTF16 = new TextDecoder('utf-16le');

/**
 * Scratch space for the mapped code units, reused across texts (a new typed array per release
 * cost a third of the mapping). Texts longer than SCRATCH_MAX get their own, so that one huge
 * input does not stay in memory.
 */
const SCRATCH_MAX = 1 << 22;
let scratch = new Uint16Array(1 << 16);

function codeBuffer(length: number): Uint16Array {
  if (length > SCRATCH_MAX) return new Uint16Array(length);
  if (scratch.length < length) scratch = new Uint16Array(Math.min(SCRATCH_MAX, Math.max(length, 2 * scratch.length)));
  return scratch.subarray(0, length);
}

/** The unit a code unit maps to; printable ones below U+3000 (ASCII, Latin, punctuation) map to themselves without a lookup. */
function mappedUnit(code: number, table: TradTable): number {
  return code >= 0x20 && code < 0x3000 ? code : mapUnit(code, table);
}

export function mapCharacters(t: OffsetText): OffsetText {
  const src = t.text;
  const table = tradTable();
  const codes = codeBuffer(src.length);
  let changed = false;
  let surrogates = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    const m = mappedUnit(c, table);
    codes[i] = m;
    if (m !== c) changed = true;
    else if (c >= 0xd800 && c <= 0xdfff) surrogates = true;
  }
  if (!changed) return t;
  return { original: t.original, text: surrogates ? fromCodes(codes) : UTF16.decode(codes), map: t.map, mapEnd: t.mapEnd };
}

/**
 * mapCharacters for a short string with no offsets to keep (a numeral parseNumeral is given): the
 * string itself when no unit maps to another, without the buffers and offset map of a text.
 */
export function mapString(s: string): string {
  const table = tradTable();
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (mappedUnit(c, table) !== c) return mapCharacters(identityText(s)).text;
  }
  return s;
}

function fromCodes(codes: Uint16Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let i = 0; i < codes.length; i += CHUNK) text += String.fromCharCode(...codes.subarray(i, i + CHUNK));
  return text;
}
