/** Direction and comparison-basis words (contract: change.direction, change.basis). Normalized script. */
import type { Basis } from '../schema.js';
import { BASIS_ROWS, DIRECTION_ROWS, LEVEL_MARKERS, type DirectionRow } from './vocabulary.js';

const basisWords = (value: 'yoy' | 'mom'): string => BASIS_ROWS.filter((r) => r.value === value).map((r) => r.word).join('|');

/** Direction words, longest first, so 上升 wins over 升 (rows of the vocabulary). */
export type DirectionWord = DirectionRow;
export const DIRECTION_WORDS: readonly DirectionWord[] = DIRECTION_ROWS;

/** Words between a direction verb and a number that describe a new level, not a change (`降至3%`). */
export const LEVEL_AFTER_DIRECTION = new RegExp(`^(?:${LEVEL_MARKERS.join('|')})`);

export interface BasisPattern {
  basis: Basis;
  /** Matched against the sentence before the number; the last match wins. Group 1 is the baseline as written. */
  pattern: RegExp;
  example: string;
}

/**
 * A year written as a comparison period: Gregorian (`2019年`, `二〇一九年`) or Minguo (`112年`,
 * Taiwan's releases), as regex source. The subject trimmer ends a subject at the same phrases.
 */
export const COMPARED_YEAR = '(?:(?:19|20)\\d\\d|[〇○零一二三四五六七八九]{4}|1[01]\\d)年';
/**
 * The year before, as regex source: a comparison with it is year on year (`较去年`, `较上年`, `较前一年`, and
 * Taiwan's `较去(113)年`, the Minguo year in brackets).
 */
export const PREVIOUS_YEAR = '(?:去年|上年|前一年|上一年|去\\(1[01]\\d\\)年)';
const PREVIOUS_YEAR_WHOLE = new RegExp(`^${PREVIOUS_YEAR}$`);
export const isPreviousYear = (written: string): boolean => PREVIOUS_YEAR_WHOLE.test(written);

export const BASIS_PATTERNS: readonly BasisPattern[] = [
  { basis: 'yoy', pattern: new RegExp(`${basisWords('yoy')}|(?<![环同])比(?=[降升增减涨跌])|(?:较|比|与|和|同)(?:${PREVIOUS_YEAR}|${COMPARED_YEAR})同期(?:相比|相较|比较)?`, 'g'), example: '较去年同期下降' },
  { basis: 'mom', pattern: new RegExp(`${basisWords('mom')}|(?:较|比|与|和|同)(?:上月|上个月|前一个月|上周|上一周)(?:相比)?`, 'g'), example: '环比下降5%' },
  {
    basis: 'baseline',
    pattern: new RegExp(`(?:与|和|同)((?:20|19)\\d\\d年(?:[0-9一二三四五六七八九十]{1,2}月)?|[^\\s,。;、“”]{2,10}?)(?:相比|相较|比较)|(?:较|比)(${COMPARED_YEAR}(?:度|[0-9一二三四五六七八九十]{1,2}月)?|${PREVIOUS_YEAR}|前年|上半年|[0-9一二三四五六七八九十]{1,2}月(?:份)?)`, 'g'),
    example: '较2019年分别下降12.9%',
  },
];
