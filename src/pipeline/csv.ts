/**
 * CSV (RFC 4180): one row per metric, CRLF line ends, fields quoted when they hold `"`, `,`, CR or
 * LF. Every document gives at least one row: a document without metrics a row with empty metric
 * fields, so that its id and warnings are not lost; an error record a row with the error.
 */
import type { Metric, ParseResult, Warning } from '../schema.js';
import type { RecordError } from './job.js';

/** Where a record came from: `file` and `line` for a line of JSON lines input whose record had no id. */
export interface RecordOrigin { id: unknown; file?: string; line?: number }

/** The columns, in order, and how each is read from a metric (documented in the README). */
const METRIC_COLUMNS = {
  kind: (m: Metric) => m.kind,
  value: (m: Metric) => m.value,
  unit: (m: Metric) => m.unit,
  approximate: (m: Metric) => m.approximate,
  direction: (m: Metric) => m.change?.direction,
  basis: (m: Metric) => m.change?.basis,
  baseline: (m: Metric) => m.change?.baseline,
  subject: (m: Metric) => m.subject,
  text: (m: Metric) => m.text,
  start: (m: Metric) => m.start,
  end: (m: Metric) => m.end,
  period: (m: Metric) => m.period?.text,
  period_from: (m: Metric) => m.period?.from,
  period_to: (m: Metric) => m.period?.to,
  place: (m: Metric) => m.place?.name ?? m.place?.text,
  place_code: (m: Metric) => m.place?.code,
} as const;
const METRIC_READERS = Object.values(METRIC_COLUMNS);

export const CSV_COLUMNS = ['id', 'file', 'line', ...Object.keys(METRIC_COLUMNS) as (keyof typeof METRIC_COLUMNS)[], 'warnings', 'error'] as const;

export function csvField(v: unknown): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? v : typeof v === 'object' ? JSON.stringify(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(fields: readonly unknown[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

export const CSV_HEADER = csvRow(CSV_COLUMNS);

const EMPTY_METRIC: unknown[] = METRIC_READERS.map(() => null);

/** A document's warnings in one cell: `code: message`, separated by `; `. */
function warningsCell(warnings: readonly Warning[]): string | null {
  return warnings.length ? warnings.map((w) => `${w.code}: ${w.message}`).join('; ') : null;
}

/** The rows of one document: one per metric, each with the document's warnings; one row without metric fields when it has none. */
export function csvRows(origin: RecordOrigin, r: ParseResult): string {
  const head = [origin.id, origin.file, origin.line];
  const warnings = warningsCell(r.warnings);
  if (r.metrics.length === 0) return csvRow([...head, ...EMPTY_METRIC, warnings, null]);
  let out = '';
  for (const m of r.metrics) out += csvRow([...head, ...METRIC_READERS.map((read) => read(m)), warnings, null]);
  return out;
}

/** The row of an error record: id, file and line as known, `code: message` in the last column. */
export function csvErrorRow(origin: RecordOrigin, error: RecordError): string {
  return csvRow([origin.id, origin.file, origin.line, ...EMPTY_METRIC, null, `${error.code}: ${error.message}`]);
}
