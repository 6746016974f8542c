/** Percentage points: `5.2个百分点`, `1.7百分点` (Hong Kong tables: `-56.2百分點`). */
import type { UnitReading } from '../types.js';
import { skipSpace } from './scale.js';
import type { UnitReaderSpec } from './types.js';

/** Longest first: 个百分点 keeps its 个. */
const PERCENTAGE_POINT_WORDS = ['个百分点', '百分点'] as const;

export const percentagePointReader: UnitReaderSpec = {
  name: 'percentage_point',
  read({ text }, n): UnitReading | null {
    const i = skipSpace(text, n.end);
    for (const w of PERCENTAGE_POINT_WORDS) if (text.startsWith(w, i)) return { kind: 'percentage_point', value: n.value, unit: 'pp', end: i + w.length };
    return null;
  },
  examples: [
    ['同比上升5.2个百分点', '5.2个百分点', 5.2, 'pp', null],
    ['破案率上升3.1百分點', '3.1百分點', 3.1, 'pp', null],
    ['破案率提高五个百分点', '五个百分点', 5, 'pp', null],
  ],
  negatives: ['百分点的变化', '几个百分点'],
};
