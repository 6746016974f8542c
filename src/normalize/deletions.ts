/**
 * Removes material that is not part of the running text but was inserted by scrapers or
 * editors: pinyin after characters (`萬(wàn)`, `會(huì )`), zero-width characters, BOMs and
 * soft hyphens. (NUL and other C0 controls become spaces in charMap, one for one.)
 */
import { OffsetText, OffsetTextBuilder } from './offsetText.js';

const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
/**
 * A pinyin syllable in parentheses; a space may precede `)`. It counts only right after a CJK
 * character, checked in code: a look-behind in the pattern would be tried at every position.
 */
const PINYIN_IN_PARENS = new RegExp(`[(（]\\s?([a-z${TONE_VOWELS}]{1,6})\\s{0,2}[)）]`, 'g');
const isCjkUnit = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
const HAS_VOWEL = new RegExp(`[aeiouv${TONE_VOWELS}]`);
/** Zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

interface Cut { start: number; end: number }

function findCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  for (const m of text.matchAll(PINYIN_IN_PARENS)) {
    if (isCjkUnit(text.charCodeAt(m.index - 1)) && HAS_VOWEL.test(m[1])) cuts.push({ start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(INVISIBLE)) cuts.push({ start: m.index!, end: m.index! + 1 });
  return cuts.sort((a, b) => a.start - b.start);
}

/** True when the text shows the scraped-pinyin pattern (`萬(wàn)`), for callers that want to know. */
export function hasInsertedPinyin(text: string): boolean {
  for (const m of text.matchAll(PINYIN_IN_PARENS)) if (isCjkUnit(text.charCodeAt(m.index - 1))) return true;
  return false;
}

export function removeInsertions(t: OffsetText): OffsetText {
  const cuts = findCuts(t.text);
  if (cuts.length === 0) return t;
  const b = new OffsetTextBuilder(t);
  let pos = 0;
  for (const c of cuts) {
    if (c.start < pos) continue;
    b.keep(pos, c.start);
    pos = c.end;
  }
  b.keep(pos, t.text.length);
  return b.build();
}
