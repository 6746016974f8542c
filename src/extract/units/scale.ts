/**
 * What may stand between a numeral and its unit, shared by the money, quantity and count readers:
 * a space, a multiplier the numeral reader left (`300余万元`, `18 亿余元`), 余/多 before or after it,
 * and 来 after a round number (`二十来个`: about 20).
 */
import { isKiloUnitAt, isOverMark, isPlaceUnitCode, MULTIPLIER_WORDS } from '../../numbers/numerals.js';
import { CodeUnitSet } from '../../lexicon/codeUnitSet.js';
import type { UnitReading } from '../types.js';
import { codeAt, isHan } from '../../codeAt.js';

/** First characters of the multipliers. */
const MULTIPLIER_FIRST = new CodeUnitSet(MULTIPLIER_WORDS.map(([w]) => w));
/** Multipliers 余/多 may stand before (`300余万元`): the first characters of the multiplier words. */
const SCALE_AFTER_OVER = MULTIPLIER_FIRST;

/** The multiplier written at i, or null. */
function readMultiplier(text: string, i: number): readonly [string, number] | null {
  if (!MULTIPLIER_FIRST.has(codeAt(text, i)) || isKiloUnitAt(text, i)) return null;
  for (const m of MULTIPLIER_WORDS) if (text.startsWith(m[0], i)) return m;
  return null;
}

export interface Scale { end: number; factor: number; approximate: UnitReading['approximate'] }

/** Allows one space between a number and its unit (`3 个多月`, `12.5 kg`). */
export function skipSpace(text: string, i: number): number {
  return codeAt(text, i) === 0x20 ? i + 1 : i;
}

/** The last scale read, kept for the next reader: the readers ask in turn about the same numeral. */
const lastScale: { text: string; after: number; scale: Scale } = { text: '', after: -1, scale: { end: 0, factor: 1, approximate: undefined } };

/** The scale after a numeral that ends at `after`. */
export function readScale(text: string, after: number): Scale {
  if (lastScale.text === text && lastScale.after === after) return lastScale.scale;
  lastScale.text = text;
  lastScale.after = after;
  lastScale.scale = scaleAt(text, after);
  return lastScale.scale;
}

const LAI = 0x6765; // 来

function scaleAt(text: string, after: number): Scale {
  // 二十来个, 一百来人: 来 after a round number is "about".
  if (codeAt(text, after) === LAI && isPlaceUnitCode(codeAt(text, after - 1))) return { end: after + 1, factor: 1, approximate: 'about' };
  let i = skipSpace(text, after);
  let approximate: UnitReading['approximate'];
  if (isOverMark(codeAt(text, i)) && SCALE_AFTER_OVER.has(codeAt(text, i + 1))) { approximate = 'over'; i++; }
  const multiplier = readMultiplier(text, i);
  let end = multiplier ? i + multiplier[0].length : i;
  if (isOverMark(codeAt(text, end))) { approximate = 'over'; end++; }
  return { end, factor: multiplier ? multiplier[1] : 1, approximate };
}

const HALF = 0x534a; // 半

/**
 * 半 right after a unit adds half of it (`一吨半`, `一年半`): only after a whole number with no
 * multiplier, and not when 半 starts a word of its own (`3天半夜` is not 3.5 days: 半 is followed by
 * a character that is not a unit's end). Returns the end after 半, or -1.
 */
export function halfAfter(text: string, unitEnd: number, value: number, factor: number): number {
  if (codeAt(text, unitEnd) !== HALF || factor !== 1 || !Number.isInteger(value)) return -1;
  // 一吨半, / 一年半的 / 一年半以上: punctuation, the end, or a particle or approximation word after it.
  return closesFigureAt(text, unitEnd + 1) ? unitEnd + 1 : -1;
}

/** Whether a figure may end before i (`一吨半,`, `翻一番的`, `一年半以上`): not a character that goes on with a word. */
export function closesFigureAt(text: string, i: number): boolean {
  const next = codeAt(text, i);
  return !isHan(next) || HALF_FOLLOWERS.has(next);
}

/** Characters that may follow a figure that ends in a character (`…半`, `翻一番`): 的, 左右, 以上, 多 … */
const HALF_FOLLOWERS = new CodeUnitSet('的左以多和及、');
