/**
 * Sentence spans of an English region, as offsets into the full text. A sentence ends at a
 * line break or at `.`/`!`/`?` followed by a space and a capital, quote or bracket, except after
 * abbreviations (`Mr.`, `Jan.`, `U.S.`, `No.`). We do this by hand rather than with compromise:
 * it is linear, keeps offsets exact, and the regions can be large.
 */
export interface Span { start: number; end: number }

/** Abbreviations after which a full stop does not end a sentence. Example: `Jan. 10`, `U.S. dollars`. */
const ABBREV = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'no', 'nos', 'st', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'cap', 'co', 'ltd', 'inc', 'corp', 'gov', 'govt', 'dept', 'supt', 'insp', 'sgt', 'cpl',
  'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'a.m', 'p.m', 'approx', 'ref', 'art', 'sec', 'para', 'fig', 'mt', 'ave', 'rd']);

export function sentenceSpans(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let s = start;
  const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x3000 || c === 0x2009 || c === 0x202f;
  const flush = (e: number) => {
    let a = s;
    let b = e;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
    s = e;
  };
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    // Only line breaks and . ! ? ; can end a sentence.
    if (code !== 10 && code !== 13 && code !== 46 && code !== 33 && code !== 63 && code !== 59) continue;
    const ch = text[i];
    if (ch === '\n' || ch === '\r') { flush(i + 1); continue; }
    if (ch === '.' || ch === '!' || ch === '?' || ch === ';') {
      const next = text[i + 1];
      if (i + 1 < end && next !== ' ' && next !== '\u00a0' && next !== '"' && next !== '”' && next !== '’') continue;
      if (ch === ';') { flush(i + 1); continue; }
      let j = i + 1;
      while (j < end && (text[j] === '"' || text[j] === '”' || text[j] === '’' || text[j] === ')')) j++;
      while (j < end && (text[j] === ' ' || text[j] === '\u00a0')) j++;
      const after = text[j];
      if (j < end && after && !/[A-Z"“‘(\[]/.test(after)) continue;
      if (ch === '.') {
        // Word before the dot: an abbreviation or a single capital (initials) does not end the sentence.
        let k = i;
        while (k > start && /[A-Za-z.]/.test(text[k - 1])) k--;
        const word = text.slice(k, i).toLowerCase();
        if (ABBREV.has(word) || /^[a-z]$/.test(word)) continue;
      }
      flush(j);
      i = j - 1;
    }
  }
  flush(end);
  return out;
}
