/** Multiples: `增长2倍`, `是去年的1.5倍`, `增长1倍多` (over), `一倍半` (1.5), `翻一番` (1: doubled). */
import { AFTER_DIRECTION_WORDS } from '../../lexicon/vocabulary.js';
import { isOverMark, type NumeralMatch } from '../../numbers/numerals.js';
import type { UnitReading } from '../types.js';
import { closesFigureAt, halfAfter, skipSpace } from './scale.js';
import type { UnitReaderSpec } from './types.js';
import { codeAt } from '../../codeAt.js';

const TIMES = 0x500d; // 倍
const FAN = 0x756a; // 番
/** 翻 before the numeral of 番, with the fillers a direction word takes (`翻了近两番`). */
const FLIP_BEFORE = new RegExp(`翻(?:${AFTER_DIRECTION_WORDS.join('|')})*$`);
/** More doublings than this are no statistic (`翻十番`). */
const MAX_DOUBLINGS = 5;

export const multipleReader: UnitReaderSpec = {
  name: 'multiple',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    if (codeAt(text, i) === FAN) return doublings(text, n, i);
    if (codeAt(text, i) !== TIMES) return null;
    // 两倍半: half a time more.
    const half = halfAfter(text, i + 1, n.value, 1);
    if (half > 0) return { kind: 'multiple', value: n.value + 0.5, unit: '倍', end: half, approximate: undefined };
    // 增长1倍多: 多/余 after 倍 makes it a lower bound.
    const over = isOverMark(codeAt(text, i + 1));
    return { kind: 'multiple', value: n.value, unit: '倍', end: over ? i + 2 : i + 1, approximate: over ? 'over' : undefined };
  },
  examples: [
    ['立案数增长2倍', '2倍', 2, '倍', null],
    ['破案数是去年的1.5倍', '1.5倍', 1.5, '倍', null],
    ['抓获人数增长两三倍', '两三倍', 2, '倍', 'about'],
    ['涉案金额增长1倍多', '1倍多', 1, '倍', 'over'],
    ['受理量是去年的一倍半', '一倍半', 1.5, '倍', null],
    ['查处数增长两倍半，', '两倍半', 2.5, '倍', null],
    ['诈骗案发案数翻了一番', '一番', 1, '倍', null],
    ['涉案金额比去年翻两番', '两番', 3, '倍', null],
    ['涉案金额翻了一番多，', '一番多', 1, '倍', 'over'],
  ],
  negatives: ['倍加珍惜', '事半功倍', '事倍功半', '经过一番努力', '三番五次上门', '翻了两番话', '两番交涉'],
};

/**
 * 翻一番, 翻了两番: each 番 doubles. The value is the increase in times, as in 增长N倍 (the change
 * refiner reads 翻 as up): 翻一番 = 增长1倍 = twice as much, 翻两番 = 增长3倍 = four times as much.
 */
function doublings(text: string, n: NumeralMatch, fanAt: number): UnitReading | null {
  if (n.over || n.range || !Number.isInteger(n.value) || n.value < 1 || n.value > MAX_DOUBLINGS) return null;
  if (!FLIP_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start))) return null;
  const over = isOverMark(codeAt(text, fanAt + 1));
  // 翻了两番话: 番 opens another word.
  if (!over && !closesFigureAt(text, fanAt + 1)) return null;
  return { kind: 'multiple', value: 2 ** n.value - 1, unit: '倍', end: over ? fanAt + 2 : fanAt + 1, approximate: over ? 'over' : undefined };
}

