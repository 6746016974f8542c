/**
 * Coded case references (`桂林“1·17”非法采矿案`, `“2008.7.30”故意杀人案`, `「105」专案`,
 * `“2017-311A”毒品目标案件`): a quoted code, an optional place before it, and a description
 * up to 案 / 专案 / 案件. Each distinct code once, at its first mention.
 */
import { keptText, originalSpan, type OffsetText } from '../normalize/index.js';
import type { CaseRef } from '../schema.js';
import { tag, type Token } from '../segment/jieba.js';
import { divisionsByName } from '../lexicon/divisions.js';
import { indexQuotedNames, type QuotedNameIndex } from './quotedNames.js';

/** Date-like designations with separators (`1·17`, `三·一六`, `2008.7.30`): always a case, never a campaign. */
export const SEPARATED_CODE = /^[0-9一二三四五六七八九十〇○]{1,4}(?:\s*[·•・‧.\-—]\s*[0-9一二三四五六七八九十〇○]{1,4}){1,2}$/;
/** A case designation: a separated code, an alphanumeric file number, or a name ending in 号 (`飓风39号`). */
const CASE_CODE = new RegExp(`${SEPARATED_CODE.source}|^(?:[0-9]{2,6}(?:-[0-9A-Za-z]{1,6})?[A-Za-z]?|[\u4e00-\u9fff]{1,4}[0-9一二三四五六七八九十]{1,3}号)$`);
const CASE_AFTER = /^[^,。;“”「」\n]{0,20}?(专案|案件|案)/;
const PLACE_END = /[省市县区州镇乡村]$/;

/** `keep` (original offsets) limits mentions to the article, before the first mention is chosen. */
export function extractCases(t: OffsetText, keep: (start: number, end: number) => boolean = () => true, quoted: QuotedNameIndex = indexQuotedNames(t.text)): CaseRef[] {
  const text = t.text;
  const out: CaseRef[] = [];
  const seen = new Set<string>();
  for (const chain of quoted.chains) {
    const tail = chain[chain.length - 1];
    const after = CASE_AFTER.exec(text.slice(tail.end, tail.end + 40));
    if (!after || /行动|战役/.test(after[0])) continue;
    const end = tail.end + after[0].length;
    for (const [k, q] of chain.entries()) {
      const inner = text.slice(q.innerStart, q.innerEnd).trim();
      if (!CASE_CODE.test(inner)) continue;
      const code = keptText(t, q.innerStart, q.innerEnd).trim();
      const key = code.replace(/[\s·•・‧.]/g, '.');
      if (seen.has(key)) continue;
      const quoted = originalSpan(t, q.start, end);
      if (!keep(quoted.start, quoted.end)) continue; // page chrome: not worth tagging a place for
      const placeStart = k === 0 ? placeBefore(text, q.start) : q.start;
      const span = placeStart < q.start ? originalSpan(t, placeStart, end) : quoted;
      seen.add(key);
      const crime = after[0].replace(/^(?:特大|重大|系列|专案)+/, '').replace(/(?:专案|案件|案)$/, '');
      out.push({
        code, name: keptText(t, placeStart, end), start: span.start, end: span.end, text: span.text,
        place: placeStart < q.start ? keptText(t, placeStart, q.start) : null,
        crime: crime ? keptText(t, tail.end + after[0].indexOf(crime), tail.end + after[0].indexOf(crime) + crime.length) : null,
      });
    }
  }
  return out;
}

/** jieba tags some cities as person names (桂林/nr), so the division table is asked too. */
function isPlace(tk: Token): boolean {
  return tk.tag === 'ns' || (PLACE_END.test(tk.word) && tk.word.length >= 2) || divisionsByName(tk.word).length > 0;
}

/** Place words right before the quote (`桂林`, `惠城区`, `惠东县吉隆`), via jieba place tags. */
function placeBefore(text: string, quoteStart: number): number {
  let s = quoteStart;
  while (s > 0 && quoteStart - s < 8 && /[\u4e00-\u9fff]/.test(text[s - 1])) s--;
  if (s === quoteStart) return quoteStart;
  const tokens = tag(text.slice(s, quoteStart));
  let start = quoteStart;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const tk = tokens[i];
    if (isPlace(tk)) start -= tk.word.length;
    else if (i === tokens.length - 1 && tk.tag === 'nr' && i > 0 && isPlace(tokens[i - 1])) start -= tk.word.length; // 惠东县吉隆: a town after its county
    else break;
  }
  return start;
}
