/**
 * Short quoted names (`“1·17”`, `“百日行动”`, `“两专项、一攻势”`, `《禁毒法》`), found once per text.
 * Numbers inside them are names, not quantities; chains of them (`“净网”“护网”系列专项行动`,
 * `“飓风39号”“飓风62号”特大虚开骗税案`) feed the case and campaign extractors.
 */
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';

const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '「': '」', '『': '』', '"': '"', '‘': '’', '《': '》' };
/** Opening quotes as a small bitset, tested on the characters inside a quote. */
const OPENING = new CodeUnitSet(Object.keys(QUOTE_PAIRS));
/** The same as a search: a regex finds the next opening quote about twice as fast as a loop over the characters. */
const NEXT_OPENING = new RegExp(`[${Object.keys(QUOTE_PAIRS).join('')}]`, 'g');
const CLOSING = new Map(Object.entries(QUOTE_PAIRS).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));
const NEWLINE = 0x0a;
const BOOK = 0x300a; // 《
/** Quotes longer than this are speech, where numbers are real. */
const MAX_NAME = 16;

export interface QuotedName {
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** A title in 《》: a name, but never a case or a campaign. */
  book: boolean;
}

/** Every quoted name of at most MAX_NAME characters on one line, in order. */
export function quotedNames(text: string): QuotedName[] {
  const out: QuotedName[] = [];
  NEXT_OPENING.lastIndex = 0;
  while (NEXT_OPENING.test(text)) {
    const i = NEXT_OPENING.lastIndex - 1;
    const open = text.charCodeAt(i);
    const close = CLOSING.get(open);
    for (let j = i + 1; j < text.length && j <= i + MAX_NAME + 1; j++) {
      const c = text.charCodeAt(j);
      if (c === close) {
        if (j > i + 1) out.push({ start: i, end: j + 1, innerStart: i + 1, innerEnd: j, book: open === BOOK });
        NEXT_OPENING.lastIndex = j + 1; // the search goes on after the closing quote
        break;
      }
      if (c === NEWLINE || OPENING.has(c)) break;
    }
  }
  return out;
}

/** Groups names written one after another, joined by nothing, 、, 和, 及, 与 or 暨. */
export function chains(text: string, names: QuotedName[]): QuotedName[][] {
  const out: QuotedName[][] = [];
  for (const q of names) {
    const last = out[out.length - 1]?.at(-1);
    if (last && /^\s?[、和及与暨]?\s?$/.test(text.slice(last.end, q.start))) out[out.length - 1].push(q);
    else out.push([q]);
  }
  return out;
}

/** The quoted names of a text and the chains of those that can name a case or campaign. */
export interface QuotedNameIndex { names: QuotedName[]; chains: QuotedName[][] }

export function indexQuotedNames(text: string): QuotedNameIndex {
  const names = quotedNames(text);
  return { names, chains: chains(text, names.filter((q) => !q.book)) };
}

/** True when `pos` lies inside the content of a quoted name (binary search; names are sorted). */
export function insideQuotedName(names: readonly QuotedName[], pos: number): boolean {
  let lo = 0, hi = names.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = names[mid];
    if (pos < q.innerStart) hi = mid - 1;
    else if (pos >= q.innerEnd) lo = mid + 1;
    else return true;
  }
  return false;
}
