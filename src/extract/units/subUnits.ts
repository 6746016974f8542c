/**
 * Smaller units after a main one, each with a number of its own: `50元6角三分` (money), `六斤八两`
 * (mass). The money and quantity readers share it; the tables are in lexicon/units.ts.
 */
import { byFirstChar, rowsAt, type CodeIndex } from '../../lexicon/codeIndex.js';
import type { SubUnit } from '../../lexicon/units.js';
import { readNumeral } from '../../numbers/numerals.js';
import { codeAt, isHan } from '../../codeAt.js';

type SubUnitRow = Pick<SubUnit, 'word' | 'factor'>;

const indexes = new Map<readonly SubUnitRow[], CodeIndex<SubUnitRow>>();
/** Code index of a table of smaller units, built once per table. */
function indexOf(rows: readonly SubUnitRow[]): CodeIndex<SubUnitRow> {
  let index = indexes.get(rows);
  if (!index) indexes.set(rows, index = byFirstChar(rows));
  return index;
}

/**
 * The smaller units after `at`, in falling order, each at most once. The last unit may be left
 * out, as with 四百五, where the amount ends there: `两块五` = 2.5, `一块二毛五` = 1.25, `六斤八` =
 * 6斤8两. Value in the main unit's output unit (the rows' factors), or null when none follows.
 */
export function readSubUnits(text: string, at: number, rows: readonly SubUnitRow[]): { value: number; end: number } | null {
  const units = indexOf(rows);
  let value = 0;
  let end = at;
  let lastFactor = Infinity;
  for (;;) {
    const m = readNumeral(text, end);
    if (!m || m.over || m.range || !Number.isInteger(m.value) || m.value >= 10) break;
    const unit = rowsAt(units, text, m.end).find((u) => text.startsWith(u.word, m.end));
    if (!unit && m.value > 0 && m.end === end + 1 && amountEndsAt(text, m.end)) {
      // The elided unit is the next smaller one of the table: 角 after 元, 分 after 角, 两 after 斤.
      const next = nextSmaller(rows, lastFactor);
      if (next > 0) { value += m.value * next; end = m.end; }
      break;
    }
    // 分 before 钟/之 is a time or a fraction.
    if (!unit || unit.factor >= lastFactor || /^分[钟之]/.test(text.slice(m.end, m.end + 2))) break;
    value += m.value * unit.factor;
    lastFactor = unit.factor;
    end = m.end + unit.word.length;
  }
  return end > at ? { value, end } : null;
}

/** The largest factor of the table below `factor`, or 0. */
function nextSmaller(rows: readonly SubUnitRow[], factor: number): number {
  let best = 0;
  for (const r of rows) if (r.factor < factor && r.factor > best) best = r.factor;
  return best;
}

/** Whether an amount may end at i (`两块五。`, `两块五的`): the end, punctuation, or 的; not a word going on (`一块五花肉`). */
export function amountEndsAt(text: string, i: number): boolean {
  const code = codeAt(text, i);
  if (Number.isNaN(code) || code === 0x7684 /* 的 */) return true;
  return !isHan(code) && !(code >= 0x30 && code <= 0x39) && code !== 0x2e;
}
