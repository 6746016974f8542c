/** CSV (RFC 4180): one row per metric, CRLF line ends, fields quoted when they hold `"`, `,`, CR or LF. */
import type { ParseResult } from '../schema.js';

export const CSV_COLUMNS = [
  'id', 'kind', 'value', 'unit', 'approximate', 'direction', 'basis', 'baseline', 'subject', 'text', 'start', 'end', 'error',
] as const;

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly unknown[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export const CSV_HEADER = csvRow(CSV_COLUMNS);

/** The rows of one document: one per metric (none for a document without metrics). */
export function csvRows(id: unknown, r: ParseResult): string {
  let out = '';
  for (const m of r.metrics) {
    out += csvRow([
      id, m.kind, m.value, m.unit, m.approximate, m.change?.direction, m.change?.basis, m.change?.baseline,
      m.subject, m.text, m.start, m.end, null,
    ]);
  }
  return out;
}

/** The row of an error record: id (or file:line), the error in the last column. */
export function csvErrorRow(id: unknown, error: { code: string; message: string }): string {
  const cells: unknown[] = new Array(CSV_COLUMNS.length).fill(null);
  cells[0] = id;
  cells[CSV_COLUMNS.length - 1] = `${error.code}: ${error.message}`;
  return csvRow(cells);
}
