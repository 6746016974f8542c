/**
 * Coded case references (`桂林“1·17”非法采矿案`, `“2008.7.30”故意杀人案`, `「105」专案`,
 * `“2017-311A”毒品目标案件`, unquoted `京津冀4·15销售假烟网络案件`): a code, an optional place before it,
 * and a description up to 案 / 专案 / 案件. Each distinct case once, at its first mention; one code
 * names two cases when places or crimes differ (`崂山“1.19”杀人案` and `四方“1.19”抢夺案`).
 */
import { keptText, originalSpan, type OffsetText } from '../normalize/index.js';
import type { CaseRef } from '../schema.js';
import { tag, type Token } from '../segment/jieba.js';
import { divisionsByName, isProvinceAbbreviationRun } from '../lexicon/divisions.js';
import { indexQuotedNames, type QuotedNameIndex } from './quotedNames.js';

/** Date-like designations with separators (`1·17`, `三·一六`, `2008.7.30`): always a case, never a campaign. */
export const SEPARATED_CODE = /^[0-9一二三四五六七八九十〇○]{1,4}(?:\s*[·•・‧.\-—]\s*[0-9一二三四五六七八九十〇○]{1,4}){1,2}$/;
/** A case designation: a separated code, an alphanumeric file number, or a name ending in 号 (`飓风39号`). */
export const CASE_CODE = new RegExp(`${SEPARATED_CODE.source}|^(?:[0-9]{2,6}(?:-[0-9A-Za-z]{1,6})?[A-Za-z]?|[\u4e00-\u9fff]{1,4}[0-9一二三四五六七八九十]{1,3}号)$`);
/** The description after a code, up to the word that makes it a case. */
export const CASE_AFTER = /^[^,。;“”「」\n]{0,20}?(专案|案件|案)/;
/**
 * Descriptions that end in 案 without naming a case (`“110”报案`, `立案`, `方案`), or that name a
 * hotline or a platform (`“12345”热线转来的案件`).
 */
const NOT_CASE = /(?:报|立|结|破|办|备|作|翻|方|档|预|答|提|议|法|草|图)案$|热线|号码/;
/** A list member that names its crime without 案 (`“2·19”特大盗窃珠宝专柜;`), kept only between cases. */
const LIST_MEMBER_AFTER = /^[^,。;、“”「」\n案]{2,12}(?=[、;])/;
/**
 * An unquoted date code with middle dots (`4·15`) and its description, up to 案; a place or an
 * opening quote must precede it. A dotted code (`3.21`) counts only at the start of a quote that
 * closes right after 案 (`“3.21王某等人偷越国(边)境案”`): elsewhere it is a decimal.
 */
const UNQUOTED_DOT_CODE = /(?<![0-9A-Za-z.·•・‧-])[0-9]{1,4}(?:[·•・‧][0-9]{1,4}){1,2}(?![0-9])/g;
const OPENING_QUOTES = '[“「『‘"]';
const QUOTE_OPENED_DECIMAL_CODE = new RegExp(`(?<=${OPENING_QUOTES})[0-9]{1,4}(?:\\.[0-9]{1,4}){1,2}(?![0-9.])`, 'g');
/**
 * What a quote-opened code needs somewhere in the text. The code pattern opens with a lookbehind,
 * which a search tries at every character (several times slower than this test): most releases
 * have no digit after an opening quote and skip it.
 */
const QUOTE_THEN_DIGIT = new RegExp(`${OPENING_QUOTES}[0-9]`);
/** One opening quote (tested on the character before a code: a pattern ending in `$` would scan the whole text before it). */
const OPENING_QUOTE = new RegExp(`^${OPENING_QUOTES}$`);
const PLACE_END = /[省市县区州镇乡村]$/;
/** Degree words that do not tell two crimes apart (`特大杀人案` is the `杀人案` of the same code). */
const DEGREE = /^(?:特大|重大|系列|专案)+/;

/** One written mention of a case, in normalized offsets. */
interface Mention { codeStart: number; codeEnd: number; placeStart: number; quoteStart: number; descStart: number; end: number; hasPlace: boolean }

/** `keep` (original offsets) limits mentions to the article, before the first mention is chosen. */
export function extractCases(t: OffsetText, keep: (start: number, end: number) => boolean = () => true, quoted: QuotedNameIndex = indexQuotedNames(t.text)): CaseRef[] {
  const text = t.text;
  const mentions = [...quotedMentions(text, quoted), ...unquotedMentions(text)].sort((a, b) => a.codeStart - b.codeStart);
  const out: CaseRef[] = [];
  /** Cases found so far by code key, with the place each has been named with. */
  const known = new Map<string, Array<{ place: string | null; crime: string }>>();
  for (const m of mentions) {
    const code = keptText(t, m.codeStart, m.codeEnd).trim();
    const key = code.replace(/[\s·•・‧.]/g, '.');
    const place = m.hasPlace ? keptText(t, m.placeStart, m.quoteStart) : null;
    const written = text.slice(m.descStart, m.end);
    const crime = written.replace(/(?:专案|案件|案)$/, '').trim().replace(DEGREE, '');
    const same = known.get(key)?.find((k) => sameCase(k, place, crime));
    if (same) { same.place ??= place; continue; }
    const span = originalSpan(t, m.placeStart, m.end);
    if (!keep(span.start, span.end)) continue;
    const entries = known.get(key) ?? [];
    entries.push({ place, crime });
    known.set(key, entries);
    const crimeAt = m.descStart + written.indexOf(crime);
    out.push({
      code, name: keptText(t, m.placeStart, m.end), start: span.start, end: span.end, text: span.text,
      place, crime: crime ? keptText(t, crimeAt, crimeAt + crime.length) : null,
    });
  }
  return out;
}

/**
 * One code names one case unless the two mentions give different places or crimes with nothing
 * in common (`杀人` and `尾随抢夺`); a crime written longer or shorter is the same one
 * (`尾随抢夺巨款` and `尾随抢夺提款人巨额现金`).
 */
function sameCase(k: { place: string | null; crime: string }, place: string | null, crime: string): boolean {
  if (k.place && place && k.place !== place) return false;
  if (!k.crime || !crime) return true;
  for (let i = 0; i + 2 <= crime.length; i++) if (k.crime.includes(crime.slice(i, i + 2))) return true;
  return false;
}

/** Quoted codes followed by a description up to 案, and separated codes in a list of cases. */
function quotedMentions(text: string, quoted: QuotedNameIndex): Mention[] {
  const out: Mention[] = [];
  /** Separated codes with a list-member description but no 案: kept when a case stands next to them. */
  const listed: Array<Mention & { before: number; after: number }> = [];
  for (const chain of quoted.chains) {
    const tail = chain[chain.length - 1];
    const rest = text.slice(tail.end, tail.end + 40);
    const after = CASE_AFTER.exec(rest);
    if (after && (/行动|战役/.test(after[0]) || NOT_CASE.test(after[0]))) continue;
    const member = after ? null : LIST_MEMBER_AFTER.exec(rest);
    if (!after && !member) continue;
    const end = tail.end + (after ?? member)![0].length;
    for (const [k, q] of chain.entries()) {
      const inner = text.slice(q.innerStart, q.innerEnd).trim();
      if (!(after ? CASE_CODE : SEPARATED_CODE).test(inner)) continue;
      const placeStart = k === 0 ? placeBefore(text, q.start) : q.start;
      const mention = {
        codeStart: q.innerStart, codeEnd: q.innerEnd, placeStart, quoteStart: q.start, descStart: tail.end, end,
        hasPlace: placeStart < q.start,
      };
      if (after) out.push(mention);
      else listed.push({ ...mention, before: placeStart, after: end });
    }
  }
  // `“1·30”抢劫金行案、“2·19”特大盗窃珠宝专柜;“1·5”纵火案`: a member between cases is one.
  for (const l of listed) {
    const joined = (m: Mention) => (m.end === l.before - 1 && /[、;]/.test(text[m.end])) || (m.placeStart === l.after + 1);
    if (out.some(joined)) out.push(l);
  }
  return out;
}

/** Unquoted codes: `京津冀4·15销售假烟网络案件`, or a whole case name in quotes (`“3.21王某…案”`). */
function unquotedMentions(text: string): Mention[] {
  const out: Mention[] = [];
  const read = (re: RegExp, closeAfter: boolean) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const codeStart = m.index, codeEnd = m.index + m[0].length;
      const after = CASE_AFTER.exec(text.slice(codeEnd, codeEnd + 40));
      if (!after || /行动|战役/.test(after[0]) || NOT_CASE.test(after[0])) continue;
      const end = codeEnd + after[0].length;
      if (closeAfter && !/[”」』’"]/.test(text[end] ?? '')) continue;
      const quote = OPENING_QUOTE.test(text[codeStart - 1] ?? '');
      const placeStart = quote ? codeStart : placeBefore(text, codeStart);
      if (!quote && placeStart === codeStart) continue;
      out.push({ codeStart, codeEnd, placeStart, quoteStart: codeStart, descStart: codeEnd, end, hasPlace: placeStart < codeStart });
    }
  };
  if (/[·•・‧]/.test(text)) read(UNQUOTED_DOT_CODE, false);
  if (QUOTE_THEN_DIGIT.test(text)) read(QUOTE_OPENED_DECIMAL_CODE, true);
  return out;
}

/** jieba tags some cities as person names (桂林/nr), so the division table is asked too; runs of province abbreviations (京津冀) are places. */
function isPlace(tk: Token): boolean {
  return tk.tag === 'ns' || (PLACE_END.test(tk.word) && tk.word.length >= 2) || divisionsByName(tk.word).length > 0
    || isProvinceAbbreviationRun(tk.word);
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
