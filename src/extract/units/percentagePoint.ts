/** Percentage points: `5.2个百分点`, `1.7百分点` (Hong Kong tables: `-56.2百分點`). */
import type { UnitReading } from '../types.js';
import { skipSpace } from './scale.js';
import { CodeUnitSet } from '../../lexicon/codeUnitSet.js';
import { codeAt } from '../../codeAt.js';
import type { UnitReaderSpec } from './types.js';

/** Longest first: 个百分点 keeps its 个. */
const PERCENTAGE_POINT_WORDS = ['个百分点', '百分点'] as const;
/** Their first characters: after most numerals stands neither. */
const FIRST = new CodeUnitSet(PERCENTAGE_POINT_WORDS.map((w) => w[0]));

export const percentagePointReader: UnitReaderSpec = {
  name: 'percentage_point',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    if (!FIRST.has(codeAt(text, i))) return null;
    for (const w of PERCENTAGE_POINT_WORDS) if (text.startsWith(w, i)) return { kind: 'percentage_point', value: n.value, unit: 'pp', end: i + w.length, approximate: undefined };
    return null;
  },
  examples: [
    ['同比上升5.2个百分点', '5.2个百分点', 5.2, 'pp', null],
    ['破案率上升3.1百分點', '3.1百分點', 3.1, 'pp', null],
    ['破案率提高五个百分点', '五个百分点', 5, 'pp', null],
  ],
  negatives: ['百分点的变化', '几个百分点'],
};
