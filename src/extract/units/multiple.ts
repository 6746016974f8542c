/** Multiples: `增长2倍`, `是去年的1.5倍`, `增长1倍多` (over), `一倍半` (1.5). */
import { isOverMark } from '../../numbers/numerals.js';
import type { UnitReading } from '../types.js';
import { halfAfter, skipSpace } from './scale.js';
import type { UnitReaderSpec } from './types.js';
import { codeAt } from '../../codeAt.js';

const TIMES = 0x500d; // 倍

export const multipleReader: UnitReaderSpec = {
  name: 'multiple',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    if (codeAt(text, i) !== TIMES) return null;
    // 两倍半: half a time more.
    const half = halfAfter(text, i + 1, n.value, 1);
    if (half > 0) return { kind: 'multiple', value: n.value + 0.5, unit: '倍', end: half };
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
  ],
  negatives: ['倍加珍惜', '事半功倍', '事倍功半'],
};
