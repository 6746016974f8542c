import type { UnitReader } from '../types.js';

/**
 * A unit reader with the phrasings it reads and the ones it must not (chrono's parsers keep
 * theirs next to the pattern): test/units.test.ts runs every example and negative through parse().
 */
export interface UnitReaderSpec extends UnitReader {
  /** [input, metric text, value, unit, approximate]: parse(input) gives exactly this one metric. */
  examples: ReadonlyArray<readonly [input: string, text: string, value: number, unit: string, approximate: string | null]>;
  /** Inputs where this reader must find nothing (parse() gives no metric at all). */
  negatives: readonly string[];
}
