/**
 * Finds the numbers of an English sentence: digits (`1,191`, `49 927`, `30.67`) and number words
 * (`twelve`, `two million`, `twenty-five`), with a trailing scale word (`1.2 million`). Word numbers
 * below a hundred are valued from a table, others by compromise (memoized, so each distinct phrase
 * is parsed once).
 */
import { createRequire } from 'node:module';
import { currencyGluedBefore, SCALES } from './lexicon.js';
import { roundValue as round } from '../numbers/numerals.js';

type Nlp = (text: string) => { numbers(): { get(): unknown[] } };
let nlpInstance: Nlp | null = null;
/** compromise takes about 0.25 s to load: only releases with number words in English pay for it. */
function nlp(text: string): ReturnType<Nlp> {
  nlpInstance ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlpInstance(text);
}

export interface NumberToken {
  start: number;
  /** End of the number including a general scale word (`million`), not `m`/`k`. */
  end: number;
  value: number;
  /** Written in words (`two`), not digits. */
  word: boolean;
  /** Digits only, no separator, no decimals (`2020`): could be a year. */
  plainInt: boolean;
  /** A scale word was taken (`1.2 million`). */
  scaled: boolean;
}

/**
 * Digits: groups of three separated by a (thin/no-break) space as in Hong Kong statistics (`49 927`),
 * or digits with commas and decimals. Linear: every quantifier is followed by a distinct class.
 */
const DIGITS = /\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,]\d)|\d+(?:,\d+)*(?:\.\d+)?/g;

/** Number words below twenty, at their value. */
const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
/** Tens from twenty: TENS[i] is 20 + 10·i. */
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALE_WORDS = ['hundred', 'thousand', 'million', 'billion', 'trillion'];
const WORD = [...ONES, ...TENS, ...SCALE_WORDS].join('|');
/** A run of number words: `two million`, `twenty-five`, `one hundred and five`. */
const WORDS = new RegExp(`\\b(?:${WORD})(?:(?:[ -]| and )(?:${WORD}))*\\b`, 'gi');

/**
 * The phrases below a hundred (`seven`, `twenty`, `twenty-five`, `twenty five`) with the value
 * compromise gives them (test/en-numbers.test.ts checks every one against it): releases whose
 * number words are all of these never load compromise, a quarter of a second of start-up.
 */
export const PLAIN_WORD_VALUES: ReadonlyMap<string, number> = new Map([
  ...ONES.map((w, v) => [w, v] as const),
  ...TENS.flatMap((t, i) => [
    [t, 20 + 10 * i] as const,
    ...ONES.slice(1, 10).flatMap((o, j) => [[`${t}-${o}`, 20 + 10 * i + j + 1], [`${t} ${o}`, 20 + 10 * i + j + 1]] as const),
  ]),
]);

const wordValues = new Map<string, number | null>();
/** Value of a number-word phrase (plain ones from the table, others through compromise); null if it is not one number. */
export function wordValue(phrase: string): number | null {
  const key = phrase.toLowerCase();
  const plain = PLAIN_WORD_VALUES.get(key);
  if (plain !== undefined) return plain;
  let v = wordValues.get(key);
  if (v === undefined) {
    const got = nlp(key).numbers().get() as unknown[];
    v = got.length === 1 && typeof got[0] === 'number' && Number.isFinite(got[0]) ? (got[0] as number) : null;
    if (wordValues.size < 10_000) wordValues.set(key, v);
  }
  return v;
}

export function findNumbers(text: string, start: number, end: number): NumberToken[] {
  const out: NumberToken[] = [];
  const s = text.slice(start, end);
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(s); m; m = DIGITS.exec(s)) {
    const a = start + m.index;
    const prev = text[a - 1];
    // Part of a longer token: `A380`, `COVID-19`, `v1.2`, `.5`.
    if (prev && /[\d.,]/.test(prev) && !(prev === '.' && /\s/.test(text[a - 2] ?? ' '))) continue;
    if (prev === '-' && /[A-Za-z]/.test(text[a - 2] ?? '')) continue;
    // Glued to a word or a symbol (`R9`, `{5`, `|0`): code or garbage, unless a currency code (`HKD210,000`).
    if (prev && /[A-Za-z{}|^@#*\\/_=+~<>]/.test(prev) && !currencyGluedBefore(text, a)) continue;
    const raw = m[0];
    const value = Number(raw.replace(/[ ,\u00a0\u202f\u2009]/g, ''));
    if (!Number.isFinite(value)) continue;
    let b = a + raw.length;
    let scaled = value;
    const rest = text.slice(b, b + 12);
    for (const sc of SCALES) {
      if (sc.moneyOnly) continue;
      const sm = sc.pattern.exec(rest);
      if (sm) { scaled = value * sc.factor; b += sm[0].length; break; }
    }
    out.push({ start: a, end: b, value: round(scaled), word: false, plainInt: /^\d+$/.test(raw) && b === a + raw.length, scaled: b !== a + raw.length });
  }
  WORDS.lastIndex = 0;
  for (let m = WORDS.exec(s); m; m = WORDS.exec(s)) {
    const a = start + m.index;
    const phrase = m[0];
    if (/^(?:hundred|thousand|million|billion|trillion)/i.test(phrase)) continue; // `hundreds of`: no number
    // A digit number already took the scale word (`1.2 million`).
    if (out.some((t) => t.start < a + phrase.length && a < t.end)) continue;
    const v = wordValue(phrase);
    if (v === null) continue;
    out.push({ start: a, end: a + phrase.length, value: v, word: true, plainInt: false, scaled: false });
  }
  out.sort((x, y) => x.start - y.start);
  return out;
}

/** Rounds away binary noise: 4.67 * 1e6 → 4670000. */
