/**
 * POS tags of clauses, from the segmenter of src/segment/load.ts (loaded once per thread, on the
 * first clause that needs tags), cached per clause.
 */
import type { Warning } from '../schema.js';
import { loadSegmenter, type Segmenter, type Token } from './load.js';

export type { Token } from './load.js';

let segmenter: Segmenter | null = null;
/** Why the segmenter is not the one asked for: reported once, on the result whose parse loaded it. */
let notice: Warning | null = null;

function instance(): Segmenter {
  if (!segmenter) ({ segmenter, notice } = loadSegmenter());
  return segmenter;
}

/** The segmenter's warning, once: parse() adds it to the result that loaded the segmenter. */
export function takeSegmenterNotice(): Warning | null {
  const w = notice;
  notice = null;
  return w;
}

/**
 * Tags of text[s, e), as tag(text.slice(s, e)), looked up without copying the span: refiners tag
 * many short spans that repeat across releases, and a hit then costs a hash over char codes and
 * one comparison instead of a new string and V8's string hashing.
 */
interface SpanEntry { hash: number; clause: string; tokens: Token[]; /** Next entry in the same slot. */ next: SpanEntry | null }
/** Most entries kept; the table is cleared when they are exceeded. */
const MAX_ENTRIES = 5000;
/**
 * Entries by the low bits of their hash, chained: an array read where a Map lookup (a builtin
 * call, and the costliest line of tagSpan in profiles) was. More slots than entries keep chains short.
 */
const SLOTS = 1 << 13;
const spanTable: Array<SpanEntry | null> = new Array<SpanEntry | null>(SLOTS).fill(null);
let spanEntries = 0;

/** FNV-1a over the UTF-16 codes of text[s, e), cut to 30 bits so that V8 keeps it a small integer. */
function spanHash(text: string, s: number, e: number): number {
  let h = 0x811c9dc5;
  for (let i = s; i < e; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h & 0x3fffffff;
}

/**
 * text[s, e) as a string of its own. A slice of 13 or more characters points into `text`; kept
 * as a cache key it would hold on to the whole release and make each comparison read it.
 */
function detachedCopy(text: string, s: number, e: number): string {
  let copy = '';
  const CHUNK = 4096; // fromCharCode takes the codes as arguments: a bounded number at a time
  for (let a = s; a < e; a += CHUNK) {
    const codes: number[] = [];
    for (let i = a; i < Math.min(e, a + CHUNK); i++) codes.push(text.charCodeAt(i));
    copy += String.fromCharCode(...codes);
  }
  return copy;
}

/**
 * Whether `word` stands at text[s]. A loop over char codes: cache hits compare short spans, and
 * startsWith with a position showed as the costliest line of the lookup.
 */
function holdsAt(text: string, s: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(s + i) !== word.charCodeAt(i)) return false;
  return true;
}

/**
 * No tokens, as an array of the same elements kind as the tagged ones (a literal `[]` holds small
 * integers only, and code reading both kinds sees two array maps and deoptimizes).
 */
const NO_TOKENS: Token[] = [{ word: '', tag: '' }];
NO_TOKENS.pop();

/**
 * The span asked for last and its tokens: half the calls ask for the same span again (the rules
 * of one figure read the same words), and then no hash is computed. Holds one text at most.
 */
let lastText = '', lastStart = 0, lastEnd = 0, lastTokens = NO_TOKENS;

export function tagSpan(text: string, s: number, e: number): Token[] {
  e = Math.min(e, text.length);
  if (e <= s) return NO_TOKENS;
  if (s === lastStart && e === lastEnd && text === lastText) return lastTokens;
  lastTokens = cachedTags(text, s, e);
  lastText = text; lastStart = s; lastEnd = e;
  return lastTokens;
}

function cachedTags(text: string, s: number, e: number): Token[] {
  const hash = spanHash(text, s, e);
  for (let entry = spanTable[hash & (SLOTS - 1)]; entry !== null; entry = entry.next) {
    if (entry.hash === hash && entry.clause.length === e - s && holdsAt(text, s, entry.clause)) return entry.tokens;
  }
  return tagAndRemember(text, s, e, hash);
}

/** The miss path of tagSpan, a function of its own: the hit path stays small where it is inlined. */
function tagAndRemember(text: string, s: number, e: number, hash: number): Token[] {
  const clause = detachedCopy(text, s, e);
  const tokens = uniform(instance().tag(clause));
  if (spanEntries > MAX_ENTRIES) { spanTable.fill(null); spanEntries = 0; }
  const slot = hash & (SLOTS - 1);
  spanTable[slot] = { hash, clause, tokens, next: spanTable[slot] };
  spanEntries++;
  return tokens;
}

/**
 * The segmenter's tokens as a packed array of objects built here: the native binding returns a
 * holey array, jieba-wasm a packed one, each of objects of its own map; readers then see one shape.
 */
function uniform(tokens: readonly Token[]): Token[] {
  const out = NO_TOKENS.slice();
  for (const t of tokens) out.push({ word: t.word, tag: t.tag });
  return out;
}

/** POS-tagged tokens of a short clause, from the same cache as tagSpan. */
export function tag(clause: string): Token[] {
  return tagSpan(clause, 0, clause.length);
}
