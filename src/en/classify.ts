/**
 * Turns the numbers of a sentence into typed metric candidates: money, percent, percentage
 * points, multiples, quantities and counts, and drops what is not a statistic (years, dates,
 * times, ages, ordinals, phone and reference numbers, section numbers, numbers inside names).
 */
import type { Approximate, MetricKind } from '../schema.js';
import {
  APPROX_AFTER, APPROX_BEFORE, CURRENCY_PREFIX, CURRENCY_SUFFIX, MULTIPLE_SUFFIX, PERCENT_SUFFIX, SCALES, TIMES_SUFFIX,
  FRACTION_NOUNS, PERSON_ACTIONS, TIME_NOUNS, UNITS,
} from './lexicon.js';
import type { NumberToken } from './numbers.js';
import { roundValue as round } from '../numbers/numerals.js';
import { isHeadNoun, nounPhraseAfter, type Phrase } from './phrases.js';

export interface Candidate {
  kind: MetricKind;
  value: number;
  unit: string;
  approximate: Approximate | null;
  start: number;
  end: number;
  /** Where the number itself starts (after a currency prefix). */
  numStart: number;
  /** The counted/measured noun phrase right after the metric (`people`, `of ketamine`). */
  noun: Phrase | null;
  /** For counts without a noun: `232 were Mainlanders`. */
  predicate: Phrase | null;
  trace: string[];
}

const MONTH = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.? ?$`);
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?,? (?:of )?${MONTH}\\b`);
/** Labels whose number is a reference, not a quantity: `No. 12`, `Cap. 134`, `section 4`, `Room 1203`. */
const REF_BEFORE = /(?:\b(?:No|Nos|no|Cap|Chapter|Ch|Art|Article|article|Section|section|sec|s|Rule|rule|Room|Flat|Block|Tower|Level|Floor|Phase|Unit|Shop|Lot|Gate|Exit|Pier|Route|route|Bus|bus|Ward|Court|Case|case|Ref|ref|Reference|reference|number|tel|Tel|phone|Phone|hotline|Hotline|Fax|fax|Version|version|Form|form|Schedule|Annex|page|Page|paragraph|Paragraph|item|Item|Category|Grade|Class|Level|COVID|Covid|covid|Ordinance|G20|Top)\.? ?|#|№|\bNo\.? ?)$/;
/** The second day of a range: `from September 1 to 14`. */
const DAY_RANGE_END = new RegExp(`\\b${MONTH}\\.? \\d{1,2}(?:st|nd|rd|th)? ?(?:to|and|until|till|-|–) ?$`);
/** The first day of a range: `from 12 to 16 May`. */
const DAY_RANGE_START = new RegExp(`^ ?(?:to|and|until|till|-|–) ?\\d{1,2}(?:st|nd|rd|th)? ${MONTH}\\b`);
const AGE_AFTER = /^(?:-year-old|-years?-olds?| years? old|-month-old| months? old)\b/i;
const AGE_BEFORE = /\b(?:aged|age of|ages of|aged between|aged from|ages)\s*$/i;
const STREET_AFTER = /^ (?:[A-Z][a-z]+ )*(?:Street|Road|Avenue|Lane|Drive|Terrace|Path|Square|Building|Estate|House|Centre|Center|Plaza|Tower|Court|Rua|Avenida|Estrada|Travessa)\b/;
/** A number used as a pronoun or in a fixed phrase: `one of the`, `one-stop`, `one by one`. */
const ONE_FIXED = /^(?:-(?:stop|off|way|time|on-one)|\s+(?:of|another|by|or|day|time|way|side|thing|hand|point|such))\b/i;

function approxBefore(text: string, at: number): Approximate | null {
  const pre = text.slice(Math.max(0, at - 24), at).replace(/\b(?:a total of|totall?ing|in total|total of)\s*$/i, '');
  // `handed over HKD210,000`, `took over 3 flats`: a phrasal verb, not `more than`.
  if (/\b(?:hand(?:ed|s|ing)?|turn(?:ed|s|ing)?|t[ao]ok|taken?|taking|pass(?:ed|es|ing)?|g[ai]ve|given|sign(?:ed|s|ing)?|carr(?:y|ied)|went|go(?:ne|es)?)\s+over\s*$/i.test(pre)) return null;
  for (const row of APPROX_BEFORE) if (row.pattern.test(pre)) return row.value;
  return null;
}
function approxAfter(text: string, at: number): Approximate | null {
  const post = text.slice(at, at + 16);
  for (const row of APPROX_AFTER) if (row.pattern.test(post)) return row.value;
  return null;
}

const RATIO_WORDS: Readonly<Record<string, number>> = { two: 2, three: 3, four: 4, five: 5, ten: 10 };
const ratioWhole = (w: string): number => RATIO_WORDS[w.toLowerCase()] ?? Number(w);

/** Is this number a date, time, year, age, reference or part of a name? */
function excluded(text: string, t: NumberToken, sentStart: number): string | null {
  const pre = text.slice(Math.max(0, t.start - 24), t.start);
  const post = text.slice(t.end, t.end + 24);
  if (/^(?::\d|[/-]\d|\.\d{1,2}[./-]\d)/.test(post) || /\d[:/-]$/.test(pre)) return 'date/time';
  if (/^(?:st|nd|rd|th)\b/i.test(post)) return 'ordinal';
  if (MONTH_BEFORE.test(pre) || MONTH_AFTER.test(post) || DAY_RANGE_END.test(pre) || DAY_RANGE_START.test(post)) return 'date';
  if (t.plainInt && t.value >= 1900 && t.value <= 2100 && !/^\s*(?:%|per ?cent|percent)/i.test(post)) return 'year';
  if (AGE_AFTER.test(post) || AGE_BEFORE.test(pre)) return 'age';
  if (/\baged (?:between |from )?\d+ ?(?:to|and|-) ?$/i.test(pre)) return 'age';
  // `Five in 10 victims`, `one in three`: a ratio, not a count. A part is no larger than its
  // whole, so `HK$46 million in 132 accounts` is an amount.
  // `from 151 in 2023`: a year is no whole.
  const whole = /^ in (\d+|ten|five|four|three|two)\b/i.exec(post);
  if ((whole && t.value <= ratioWhole(whole[1]) && !/^(?:19|20)\d\d$/.test(whole[1])) || /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine) (?:in|out of) $/i.test(pre)) return 'ratio';
  if (REF_BEFORE.test(pre)) return 'reference';
  // `1 193 per 100 000 population`: a rate per base, neither number is a count.
  if (/\bper $/i.test(pre) || /^ per (?:\d|capita|head|one|ten|hundred|thousand|million)/i.test(post)) return 'rate base';
  if (STREET_AFTER.test(post)) return 'address';
  if (!t.word && /^\d{7,}$/.test(text.slice(t.start, t.end))) return 'phone/id';
  // Section number at the start of a line: `1.   Overall crime situation`, or a number alone on a line.
  // Sentences never cross a line break, so the line starts at or before the sentence.
  if (/^\s*$/.test(text.slice(sentStart, t.start)) && /^(?:[.)]\s|\s*(?:\n|$))/.test(post)) return 'heading';
  // Inside a short quoted name: codenamed "Thunderbolt 12"; or a capitalized name right before: `Thunderbolt 12`.
  if (/["“][^"“”\n]{0,30}$/.test(pre) && /^[^"“”\n]{0,30}["”]/.test(post)) return 'name';
  if (!t.word && /\b(?!(?:Among|About|Around|Over|Some|Nearly|Almost|Only|Another|All|Of|In|At|And|But|With|Up|To|By|From|Police|The|A|Approximately|Roughly|Just|More|Less|Under|Than|Total|Totally|Altogether|Between)\b)[A-Z][a-z]+ $/.test(pre)
    && t.start - pre.length + pre.search(/[A-Z][a-z]+ $/) > sentStart && !/^\s*(?:%|per ?cent|percent|[A-Za-z]+)/.test(post)) return 'name';
  return null;
}

/** A number right before, joined by `,` or `and`: `1 234 and 567`. */
const LIST_MEMBER_BEFORE = /\d\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:more than|over|about|around|nearly|almost|some|approximately)\s+)?$/i;
/** A number right after, joined by `,` or `and`. */
const LIST_MEMBER_AFTER = /^(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:(?:more than|over|about|around|nearly|almost|some|approximately)\s+)?\d/i;
const APPROX_WORDS = /(?:\b(?:about|around|over|more than|nearly|almost|some|a total of|another|at least|approximately|up to)\s+)*$/i;
const PERSON_VERB_BEFORE = /\b([A-Za-z]+)\s+$/;
const PERSON_VERB_AFTER = /^ (?:of (?:whom|them|these|those) )?(?:(?:were|was|have been|has been|had been|being|will be|would be|are to be)\s+)?(?:(?:all|also|subsequently|later|then|eventually|successfully|since|each)\s+)?([a-z]+)\b/;

/**
 * A bare number that counts persons: the object of `arrest`-like verbs with no noun of its own
 * (`Police arrest 410 in raids`, `nab 23, seize …`), or their subject (`36 were charged`, `the
 * 58 arrested`). The subject reads `people arrested`.
 */
function personAction(text: string, t: NumberToken, sentStart: number, post: string): Phrase | null {
  let participle: string | undefined;
  let at = t.start;
  const after = PERSON_VERB_AFTER.exec(post);
  if (after && /ed$/.test(after[1]) && PERSON_ACTIONS[after[1]] === after[1]) {
    participle = after[1];
    at = t.end + after[0].length - after[1].length;
  } else {
    const pre = text.slice(Math.max(sentStart, t.start - 40), t.start).replace(APPROX_WORDS, '');
    const before = PERSON_VERB_BEFORE.exec(pre);
    // Only where no noun follows the number: `arrest 410 illegal workers` counts workers.
    if (!before || nounPhraseAfter(text, t.end, t.end + 60, false)) return null;
    participle = PERSON_ACTIONS[before[1].toLowerCase()];
    if (!participle || !/^(?:\s*(?:[,.;:)]|$)|\s+(?:in|at|on|over|for|after|during|across|from|as|and|with|near|amid|under|since|including)\b)/i.test(post)) return null;
    at = t.start - (text.slice(Math.max(sentStart, t.start - 40), t.start).length - pre.length) - before[0].length;
  }
  const subject = `people ${participle}`;
  return { start: at, end: at + participle.length, text: subject, head: 'people', words: subject.split(' ') };
}

const QUOTES = /[“”"]/g;

/** The first plural noun of a predicate, not one inside a quoted name that a noun follows (`"pretend officials" scams`). */
function headOfPredicate(words: string[]): number {
  let quoted = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k];
    if (/^["“]/.test(w)) quoted = true;
    const closes = quoted && /["”]$/.test(w);
    if (closes) quoted = false;
    if (quoted || (closes && words[k + 1] && isHeadNoun(words[k + 1]))) continue;
    if (isHeadNoun(w.replace(QUOTES, '')) && !/ed$/.test(w)) return k;
  }
  return -1;
}
const DIFFERENCE_AFTER = /^ (?:more|fewer|less) than\b/i;
/** A part of a group named before it: `of whom 2,110 were …`, `Among the injured, 64 were …`. */
const AGE_PREDICATE = /^ \w+ (?:aged|under \d|below \d|over \d|above \d|between \d)|years? old/i;
const PARTITIVE_PRONOUN = /\b(?:of|among) (?:whom|them|these|those|which)\s*,?\s*$/i;
const PARTITIVE_OPENER = /^(?:Among|Of) (?:the |those |these )?([A-Za-z][A-Za-z -]{1,40}),\s*$/;

/**
 * A bare number that is a part of a group, followed by a copula (`were below 30 years old`):
 * the group's phrase when the sentence opens with it, null when a pronoun stands for it
 * (its subject is the figure before), undefined when the number is no such part.
 */
function partitiveGroup(text: string, sentStart: number, at: number, post: string): Phrase | null | undefined {
  // An age is no group of its own (`Of these, 12 were aged under 18`).
  if (!/^ (?:were|was|are|is|had|have)\b/.test(post) || AGE_PREDICATE.test(post)) return undefined;
  if (PARTITIVE_PRONOUN.test(text.slice(Math.max(sentStart, at - 20), at))) return null;
  const opener = PARTITIVE_OPENER.exec(text.slice(sentStart, at));
  if (!opener) return undefined;
  const start = sentStart + opener[0].indexOf(opener[1], 3);
  const words = opener[1].split(' ');
  return { start, end: start + opener[1].length, text: opener[1], head: words[words.length - 1], words };
}

/** A count candidate of the bare number `t`; `plusAfter` reads `1,000-plus` after it too. */
function countOf(text: string, t: NumberToken, phrases: Pick<Candidate, 'noun' | 'predicate'>, trace: string, plusAfter = false): Candidate {
  const approximate = approxBefore(text, t.start) ?? (plusAfter ? approxAfter(text, t.end) : null);
  return { kind: 'count', value: t.value, unit: '', approximate, start: t.start, end: t.end, numStart: t.start, ...phrases, trace: [trace] };
}

export function classify(text: string, t: NumberToken, sentStart: number, sentEnd: number): Candidate | null {
  if (excluded(text, t, sentStart)) return null;
  const post = text.slice(t.end, Math.min(sentEnd, t.end + 40));
  const pre = text.slice(Math.max(sentStart, t.start - 12), t.start);
  const base = { noun: null as Phrase | null, predicate: null as Phrase | null };

  // Money: a currency before the number (`HK$3 million`) or after it (`8.13 billion yuan`).
  for (const row of CURRENCY_PREFIX) {
    const cm = row.pattern.exec(pre);
    if (!cm) continue;
    const code = typeof row.code === 'function' ? row.code(cm) : row.code;
    if (code === undefined) continue;
    let end = t.end;
    let value = t.value;
    if (!t.scaled) {
      const rest = text.slice(end, end + 8);
      for (const sc of SCALES) {
        if (!sc.moneyOnly) continue;
        const sm = sc.pattern.exec(rest);
        if (sm) { value = round(value * sc.factor); end += sm[0].length; break; }
      }
    }
    const start = t.start - cm[0].length;
    return { kind: 'money', value, unit: code ?? '$', approximate: approxBefore(text, start) ?? approxAfter(text, end), start, end,
      numStart: t.start, ...base, noun: nounPhraseAfter(text, end, sentEnd), trace: ['en.money.prefix'] };
  }
  for (const row of CURRENCY_SUFFIX) {
    const cm = row.pattern.exec(post);
    if (!cm) continue;
    const code = typeof row.code === 'function' ? row.code(cm) : row.code;
    if (code === undefined) continue;
    const end = t.end + cm[0].length;
    return { kind: 'money', value: t.value, unit: code ?? '$', approximate: approxBefore(text, t.start) ?? approxAfter(text, end),
      start: t.start, end, numStart: t.start, ...base, noun: nounPhraseAfter(text, end, sentEnd), trace: ['en.money.suffix'] };
  }
  for (const row of PERCENT_SUFFIX) {
    const pm = row.pattern.exec(post);
    if (!pm) continue;
    const end = t.end + pm[0].length;
    return { kind: row.kind, value: t.value, unit: row.kind === 'percent' ? '%' : 'pp', approximate: approxBefore(text, t.start) ?? approxAfter(text, end),
      start: t.start, end, numStart: t.start, ...base, noun: nounPhraseAfter(text, end, sentEnd), trace: [`en.${row.kind}`] };
  }
  const fm = MULTIPLE_SUFFIX.exec(post) ?? TIMES_SUFFIX.exec(post);
  if (fm) {
    const end = t.end + fm[0].replace(/\s+$/, '').length;
    return { kind: 'multiple', value: t.value, unit: '倍', approximate: approxBefore(text, t.start), start: t.start, end,
      numStart: t.start, ...base, trace: ['en.multiple'] };
  }
  for (const row of UNITS) {
    const um = row.pattern.exec(post);
    if (!um) continue;
    const end = t.end + um[0].length;
    return { kind: 'quantity', value: round(t.value * row.factor), unit: row.unit, approximate: approxBefore(text, t.start) ?? approxAfter(text, end),
      start: t.start, end, numStart: t.start, ...base, noun: nounPhraseAfter(text, end, sentEnd), trace: ['en.quantity'] };
  }

  // Count: needs a counted noun (`1,100 people`), or, for digits, a level slot (`to 10,057`, `232 were Mainlanders`).
  if (t.word && t.value === 1 && ONE_FIXED.test(post)) return null;
  const persons = personAction(text, t, sentStart, post);
  if (persons) {
    return countOf(text, t, { noun: null, predicate: persons }, 'en.count.persons', true);
  }
  const noun = nounPhraseAfter(text, t.end, sentEnd);
  if (noun) {
    const head = noun.head.toLowerCase();
    const first = noun.words[0]?.toLowerCase() ?? '';
    if (TIME_NOUNS.has(head) || TIME_NOUNS.has(first) || FRACTION_NOUNS.has(first)) return null;
    // Counted things are plural (`686 men`, `1,100 people`); a singular noun after a number is a label: `999 hotline`.
    const ofAt = noun.words.findIndex((w) => w.toLowerCase() === 'of');
    const counted = ofAt > 0 ? noun.words[ofAt - 1] : noun.head;
    if (t.value !== 1 && !isHeadNoun(counted)) return null;
    return countOf(text, t, { noun, predicate: null }, 'en.count.noun', true);
  }
  if (t.word) return null;
  // `232 were Mainlanders`, `300 were men and 110 were women`: up to the first plural noun after the copula.
  // A quoted name counts too: `1,203 were "pretend officials" scams`.
  // `135 involved village houses`: the cases that involved them.
  const wm = /^ (?:were|was|are|is|(involved)) (?:all |also )?([A-Za-z"“][\w'"”-]*(?: ["“]?[A-Za-z][\w'"”-]*){0,3})/.exec(post);
  const pw = wm ? wm[2].split(' ') : [];
  const headAt = headOfPredicate(pw);
  if (wm && headAt >= 0 && /^[A-Z(]|(?:,|\band)\s*$/.test(text.slice(Math.max(sentStart, t.start - 4), t.start).trim() || 'A')) {
    const words = pw.slice(0, headAt + 1);
    const phrase = words.join(' ');
    const ps = t.end + wm[0].length - wm[2].length;
    const predicate: Phrase = { start: ps, end: ps + phrase.length, text: wm[1] ? `cases involving ${phrase}` : phrase, head: words[headAt], words };
    return countOf(text, t, { noun: null, predicate }, 'en.count.predicate');
  }
  const partitive = partitiveGroup(text, sentStart, t.start, post);
  if (partitive !== undefined) {
    return countOf(text, t, { noun: null, predicate: partitive }, 'en.count.partitive');
  }
  // `41 of the 64 pedestrian fatalities`: a part of a counted whole.
  if (/^ of (?:the|all|these|those) \d/.test(post)) return countOf(text, t, base, 'en.count.part');
  // `41 more than in the second quarter`: a difference, counted like the figure it is compared with.
  if (DIFFERENCE_AFTER.test(post)) {
    return countOf(text, t, base, 'en.count.difference');
  }
  const before = text.slice(Math.max(sentStart, t.start - 30), t.start);
  // `were 1 234 and 567 respectively`: members of a list of levels count like its head.
  const respectively = /\brespectively\b/i.test(text.slice(t.end, sentEnd));
  const listBefore = respectively && LIST_MEMBER_BEFORE.test(before);
  const listAfter = respectively && LIST_MEMBER_AFTER.test(post);
  // `up from 18,472 in the same period`: the level compared with is a count too.
  if ((listBefore || (/\b(?:to|was|were|at|totall?ed|reached|numbered|amounted to|stood at|of|from|compared (?:with|to)|against|versus)\s+(?:(?:more than|over|about|around|nearly|almost|some|approximately|just|only)\s+)?$/i.test(before) && /[A-Za-z]{3}/.test(before)))
    && (listAfter || /^(?:\s*(?:[,.;)]|$)|\s+to\s+(?:(?:about|around|over|nearly|some)\s+)?\d|\s+(?:in (?:aggregate|total|all|(?:19|20)\d\d)|altogether|overall|respectively)\b|\s+(?:in|during|for) the (?:same|previous|preceding|corresponding) (?:period|quarter|month|half|year)\b)/.test(post))) {
    return countOf(text, t, base, 'en.count.level');
  }
  return null;
}
