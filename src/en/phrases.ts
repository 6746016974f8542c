/**
 * Noun phrases around a number, found with word lists rather than a tagger: the phrase after a
 * count (`1,100 people`, `72,000 rolls of contraband cigarettes`, `37,000 pornographic and pirated
 * compact discs`) and after a unit (`40 kilograms of ketamine`). It stops at a preposition, verb,
 * punctuation, or after a plural head, so it stays short.
 */
import { ACTION_BASE, ACTION_VERBS, NP_STOP } from './lexicon.js';

export interface Phrase {
  start: number;
  end: number;
  text: string;
  /** Last word: what is counted. */
  head: string;
  words: string[];
}

/** Nouns that are plural without an s: `686 men`. */
const IRREGULAR_PLURAL = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'persons', 'youths', 'cattle',
  'equipment', 'cash', 'ammunition', 'livestock', 'ice', 'cocaine', 'heroin', 'ketamine', 'cannabis', 'petrol', 'diesel']);
export const isHeadNoun = (w: string) => {
  const l = w.toLowerCase();
  return IRREGULAR_PLURAL.has(l) || (/[a-z]s$/i.test(l) && !/(?:ss|ous|us|is)$/.test(l));
};

/** A word of two letters or more, after spaces, ending at a word boundary. */
const WORD_AT = /^[ \u00a0]+([A-Za-z][A-Za-z'’]+(?:-[A-Za-z0-9][A-Za-z'’]*)*)(?![\w$%{}|^@#*\\/_=+~<>])/;

/** Words following `at` (separated by spaces only), up to `max`. */
function wordsAfter(text: string, at: number, limit: number, max: number): Array<{ w: string; s: number; e: number }> {
  const out: Array<{ w: string; s: number; e: number }> = [];
  let i = at;
  while (out.length < max && i < limit) {
    const m = WORD_AT.exec(text.slice(i, Math.min(limit, i + 60)));
    if (!m) break;
    const s = i + m[0].length - m[1].length;
    out.push({ w: m[1], s, e: s + m[1].length });
    i = s + m[1].length;
  }
  return out;
}

/**
 * The noun phrase after position `at`. With `leadOf`, a leading `of` / `worth of` / `in` is skipped
 * (`40 kilograms of ketamine`, `HK$62,000 worth of illegal drugs`, `HKD200,000 in cash`).
 */
export function nounPhraseAfter(text: string, at: number, limit: number, leadOf = true): Phrase | null {
  let ws = wordsAfter(text, at, limit, 10);
  if (leadOf && ws.length) {
    const a = ws[0].w.toLowerCase();
    if (a === 'of' || (a === 'in' && ws[1] && !/^(?:total|aggregate|all|the|a|an|\d)/i.test(ws[1].w))) ws = ws.slice(1);
    else if (a === 'worth' && ws[1]?.w.toLowerCase() === 'of') ws = ws.slice(2);
    if (ws[0] && /^(?:the|a|an|various|all|some)$/i.test(ws[0].w) && ws.length > 1) ws = ws.slice(1);
  }
  const kept: typeof ws = [];
  let usedOf = false;
  for (let k = 0; k < ws.length && kept.length < 7; k++) {
    const { w } = ws[k];
    const l = w.toLowerCase();
    const prev = kept[kept.length - 1]?.w;
    // `72,000 rolls of contraband cigarettes`, `31 blocks of suspected cocaine`, `6 465 cases of violent crime`.
    if (l === 'of' && prev && kept.length === 1 && !usedOf && ws[k + 1] && !NP_STOP.has(ws[k + 1].w.toLowerCase())
      && !/^(?:them|these|those|which|whom|it|us)$/i.test(ws[k + 1].w)) {
      usedOf = true; kept.push(ws[k]); continue;
    }
    if ((l === 'and' || l === 'or') && prev && !isHeadNoun(prev) && ws[k + 1] && !NP_STOP.has(ws[k + 1].w.toLowerCase())
      && !ACTION_VERBS.has(ws[k + 1].w.toLowerCase()) && text.slice(ws[k].e, ws[k + 1].s).length === 1) {
      kept.push(ws[k]); continue;
    }
    if (NP_STOP.has(l) || ACTION_VERBS.has(l)) break;
    if (/ly$/.test(l) && kept.length === 0) break; // adverb: `1,100 respectively`
    // Words must be contiguous (single space).
    if (prev && text.slice(kept[kept.length - 1].e, ws[k].s).length > 1) break;
    if (!prev && ws[k].s - at > 1 && !leadOf) break;
    kept.push(ws[k]);
    if (isHeadNoun(w) && !(ws[k + 1] && ws[k + 1].w.toLowerCase() === 'of' && kept.length === 1)) break;
  }
  while (kept.length && /^(?:of|and|or)$/i.test(kept[kept.length - 1].w)) kept.pop();
  if (!kept.length) return null;
  const s = kept[0].s;
  const e = kept[kept.length - 1].e;
  return { start: s, end: e, text: text.slice(s, e), head: kept[kept.length - 1].w, words: kept.map((x) => x.w) };
}

/**
 * The noun phrase that ends right before `at` (`dangerous drugs and illicit goods` before
 * `worth about $15 million`), walking back over adjectives, nouns and one `and`.
 */
export function nounPhraseBefore(text: string, at: number, floor: number): Phrase | null {
  const seg = text.slice(Math.max(floor, at - 80), at);
  const re = /[A-Za-z][A-Za-z'’-]*/g;
  const toks: Array<{ w: string; s: number; e: number }> = [];
  const base = at - seg.length;
  for (let m = re.exec(seg); m; m = re.exec(seg)) toks.push({ w: m[0], s: base + m.index, e: base + m.index + m[0].length });
  const kept: typeof toks = [];
  for (let k = toks.length - 1; k >= 0 && kept.length < 7; k--) {
    const t = toks[k];
    const l = t.w.toLowerCase();
    const next = kept[0];
    const gap = text.slice(t.e, next ? next.s : at);
    if (next && !/^ $/.test(gap)) break;
    if (!next && !/^\s*$/.test(gap)) break;
    if ((l === 'and' || l === 'or') && kept.length) { kept.unshift(t); continue; }
    if (NP_STOP.has(l) || ACTION_VERBS.has(l) || ACTION_BASE[l] || /(?:ed)$/.test(l) && kept.length === 0) break;
    kept.unshift(t);
  }
  while (kept.length && /^(?:and|or)$/i.test(kept[0].w)) kept.shift();
  if (!kept.length) return null;
  const s = kept[0].s;
  const e = kept[kept.length - 1].e;
  return { start: s, end: e, text: text.slice(s, e), head: kept[kept.length - 1].w, words: kept.map((x) => x.w) };
}
