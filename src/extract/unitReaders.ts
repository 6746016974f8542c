/**
 * Unit readers, one phrasing each (src/extract/units/<reader>.ts, each with its examples and
 * negatives), tried in order after every numeral. The first that reads a unit makes the numeral a
 * metric; a numeral no reader accepts is not a metric.
 */
import { countReader } from './units/count.js';
import { moneyReader } from './units/money.js';
import { multipleReader } from './units/multiple.js';
import { percentReader } from './units/percent.js';
import { percentagePointReader } from './units/percentagePoint.js';
import { quantityReader } from './units/quantity.js';
import type { UnitReaderSpec } from './units/types.js';

export { countReader, moneyReader, multipleReader, percentReader, percentagePointReader, quantityReader };
export { fractionPrefixAt } from './units/percent.js';
export { currencyBefore } from './units/money.js';

/** Order matters: percentage points before counts (个百分点 starts with 个), quantities before counts (米 vs 个). */
export const UNIT_READERS: readonly UnitReaderSpec[] = [
  percentReader, percentagePointReader, multipleReader, moneyReader, quantityReader, countReader,
];
