/**
 * The first comparison or direction word in a span (SUBJECT_END_WORDS, SUBJECT_END_PHRASES): the
 * subject stops there. A scan by first character instead of a regex search over a sliced span.
 */
import { SUBJECT_END_PHRASES, SUBJECT_END_WORDS, type EndPhrase } from '../lexicon/subjectTrim.js';
import { CodeIndex } from '../lexicon/codeIndex.js';

/** One word or phrase, under a character it can start with. */
interface Marker {
  first: number;
  /** Whether the marker matches at text[i] inside text[i, e). */
  matchesAt(text: string, i: number, e: number): boolean;
}

const wordMarker = (word: string): Marker => ({
  first: word.charCodeAt(0),
  matchesAt: (text, i, e) => i + word.length <= e && text.startsWith(word, i),
});

/** A phrase pattern made sticky (tried at one position), listed under each of its first characters. */
function phraseMarkers(phrase: EndPhrase): Marker[] {
  const sticky = new RegExp(phrase.pattern.source, 'y');
  return [...phrase.firstChars].map((c) => ({ first: c.charCodeAt(0), matchesAt: (text, i, e) => phraseAt(sticky, text, i, e) }));
}

/**
 * Whether a phrase matches at text[i] inside text[i, e). Tried on the whole text first (no copy);
 * a match running past e may still have a shorter form inside the span, so that case is retried
 * on the span itself. The patterns have no lookarounds, so a match inside the span is the same
 * either way.
 */
function phraseAt(sticky: RegExp, text: string, i: number, e: number): boolean {
  sticky.lastIndex = i;
  const m = sticky.exec(text);
  if (!m) return false;
  if (i + m[0].length <= e) return true;
  sticky.lastIndex = 0;
  return sticky.test(text.slice(i, e));
}

const MARKERS_BY_FIRST = new CodeIndex<Marker>(
  [...SUBJECT_END_WORDS.map(wordMarker), ...SUBJECT_END_PHRASES.flatMap(phraseMarkers)],
  (m) => m.first,
);

/** Start of the first end marker inside text[s, e), or -1. */
export function firstEndMarker(text: string, s: number, e: number): number {
  for (let i = s; i < e; i++) {
    const code = text.charCodeAt(i);
    if (!MARKERS_BY_FIRST.has(code)) continue;
    for (const m of MARKERS_BY_FIRST.get(code)) if (m.matchesAt(text, i, e)) return i;
  }
  return -1;
}
