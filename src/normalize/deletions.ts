/**
 * Removes material that is not part of the running text but was inserted by scrapers or
 * editors: pinyin after characters (`萬(wàn)`, `會(huì )`), zero-width characters, BOMs and
 * soft hyphens. (NUL and other C0 controls become spaces in charMap, one for one.)
 */
import { OffsetText, OffsetTextBuilder } from './offsetText.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { codeAt } from '../codeAt.js';

const TONE_VOWELS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü';
/**
 * A pinyin syllable in parentheses; a space may precede `)`. It counts only right after a CJK
 * character, checked in code: a look-behind in the pattern would be tried at every position.
 */
const PINYIN_IN_PARENS = new RegExp(`[(（]\\s?([a-z${TONE_VOWELS}]{1,6})\\s{0,2}[)）]`, 'g');
/** The same pattern tried at one position (an opening parenthesis found by the scan). */
const PINYIN_AT = new RegExp(PINYIN_IN_PARENS.source, 'y');
const isCjkUnit = (c: number): boolean => c >= 0x3400 && c <= 0x9fff;
const HAS_VOWEL = new RegExp(`[aeiouv${TONE_VOWELS}]`);
/** Zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE_CHARS = '\u200b\u200c\u200d\u2060\ufeff\u00ad';
const INVISIBLE = new CodeUnitSet(INVISIBLE_CHARS);
/**
 * Where a cut can start: an opening parenthesis (pinyin) or an invisible character. A regex
 * search finds the next one about twice as fast as a loop over every character.
 */
const NEXT_CUT_START = new RegExp(`[(（${INVISIBLE_CHARS}]`, 'g');

interface Cut { start: number; end: number }

/**
 * The cuts in order of their start, in one search for the characters a cut starts with (two
 * regex scans of the whole text cost more). A pinyin match holds no opening parenthesis after
 * its first unit, so trying the pattern at every parenthesis finds the same matches as a global scan.
 */
function findCuts(text: string): Cut[] {
  const cuts: Cut[] = [];
  NEXT_CUT_START.lastIndex = 0;
  while (NEXT_CUT_START.test(text)) {
    const i = NEXT_CUT_START.lastIndex - 1;
    if (INVISIBLE.has(text.charCodeAt(i))) { cuts.push({ start: i, end: i + 1 }); continue; }
    PINYIN_AT.lastIndex = i;
    const m = PINYIN_AT.exec(text);
    if (m && isCjkUnit(codeAt(text, i - 1)) && HAS_VOWEL.test(m[1])) cuts.push({ start: i, end: i + m[0].length });
  }
  return cuts;
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
