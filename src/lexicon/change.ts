/** Direction and comparison-basis words (contract: change.direction, change.basis). Normalized script. */
import type { Basis, Direction } from '../schema.js';

export interface DirectionWord {
  word: string;
  direction: Direction;
  /** Single-character verbs (增, 跌) count only right before the number. */
  adjacentOnly?: boolean;
  example: string;
}

/** Longest first, so 上升 wins over 升. */
export const DIRECTION_WORDS: readonly DirectionWord[] = ([
  { word: '上升', direction: 'up', example: '同比上升373%' },
  { word: '增长', direction: 'up', example: '同比增长16.4%' },
  { word: '增加', direction: 'up', example: '较去年同期增加两成六' },
  { word: '提升', direction: 'up', example: '破案率同比提升14.1个百分点' },
  { word: '提高', direction: 'up', example: '破案率提高5个百分点' },
  { word: '上涨', direction: 'up', example: '上涨12%' },
  { word: '增幅', direction: 'up', example: '增幅一成七' },
  { word: '升幅', direction: 'up', example: '升幅达8%' },
  { word: '攀升', direction: 'up', example: '攀升30%' },
  { word: '增多', direction: 'up', example: '增多20%' },
  { word: '翻番', direction: 'up', example: '翻番' },
  { word: '下降', direction: 'down', example: '分别下降26.05%和31.31%' },
  { word: '减少', direction: 'down', example: '同比减少120起' },
  { word: '降低', direction: 'down', example: '降低3个百分点' },
  { word: '回落', direction: 'down', example: '回落5.2%' },
  { word: '下滑', direction: 'down', example: '下滑8%' },
  { word: '下跌', direction: 'down', example: '下跌百分之六点四' },
  { word: '跌幅', direction: 'down', example: '跌幅达一成' },
  { word: '降幅', direction: 'down', example: '降幅12%' },
  { word: '减幅', direction: 'down', example: '减幅12%' },
  { word: '微跌', direction: 'down', example: '微跌百分之〇点八' },
  { word: '大跌', direction: 'down', example: '大跌一成三' },
  { word: '持平', direction: 'flat', example: '与去年同期持平' },
  { word: '增', direction: 'up', adjacentOnly: true, example: '同比增一成七' },
  { word: '升', direction: 'up', adjacentOnly: true, example: '按年升5%' },
  { word: '涨', direction: 'up', adjacentOnly: true, example: '涨12%' },
  { word: '多', direction: 'up', adjacentOnly: true, example: '比去年多120起' },
  { word: '降', direction: 'down', adjacentOnly: true, example: '降12%' },
  { word: '跌', direction: 'down', adjacentOnly: true, example: '按年跌3%' },
  { word: '减', direction: 'down', adjacentOnly: true, example: '减两成' },
  { word: '少', direction: 'down', adjacentOnly: true, example: '比去年少30起' },
] as DirectionWord[]).sort((a, b) => b.word.length - a.word.length);

/** Words between a direction verb and a number that describe a new level, not a change (`降至3%`). */
export const LEVEL_AFTER_DIRECTION = /^(至|到|为)/;

export interface BasisPattern {
  basis: Basis;
  /** Matched against the sentence before the number; the last match wins. Group 1 is the baseline as written. */
  pattern: RegExp;
  example: string;
}

export const BASIS_PATTERNS: readonly BasisPattern[] = [
  { basis: 'yoy', pattern: /同比|按年|(?<![环同])比(?=[降升增减涨跌])|(?:较|比|与|和|同)(?:去年|上年|前一年|(?:19|20)\d\d年|[〇○零一二三四五六七八九]{4}年)同期(?:相比|相较|比较)?/g, example: '较去年同期下降' },
  { basis: 'mom', pattern: /环比|按月|(?:较|比|与|和|同)(?:上月|上个月|前一个月|上周|上一周)(?:相比)?/g, example: '环比下降5%' },
  {
    basis: 'baseline',
    pattern: /(?:与|和|同)((?:20|19)\d\d年(?:[0-9一二三四五六七八九十]{1,2}月)?|[^\s,。;、“”]{2,10}?)(?:相比|相较|比较)|(?:较|比)((?:(?:20|19)\d\d|[〇○零一二三四五六七八九]{4})年(?:度|[0-9一二三四五六七八九十]{1,2}月)?|上年|去年|前年|上半年|[0-9一二三四五六七八九十]{1,2}月(?:份)?)/g,
    example: '较2019年分别下降12.9%',
  },
];
