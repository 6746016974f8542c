/** One unit of work for the pipeline and how its result is encoded (shared by the in-process path and the workers). */
import { parse, type ParseOptions } from '../parse.js';
import type { ParseResult, RecordError, Warning } from '../schema.js';
import { kindOf } from '../kindOf.js';
import { csvErrorRow, csvRows } from './csv.js';

/** Options handed to parse(); `format: 'html'` is for HTML sources. */
export type PipelineParseOptions = ParseOptions & { format?: 'text' | 'html' };

export type { RecordError } from '../schema.js';

/** What the pipeline yields for an input it could not parse. */
export interface ErrorRecord { id?: unknown; file?: string; line?: number; error: RecordError }

/** A JSON lines record without an id: its id stays null and the record says where it was. */
export interface LineOrigin { file?: string; line: number }


export type Job =
  | { kind: 'parse'; id: unknown; text: string; options?: PipelineParseOptions; warnings?: Warning[]; origin?: LineOrigin }
  /** One line of JSON lines input, parsed and checked where the job runs (the worker). */
  | { kind: 'jsonl'; line: number; file?: string; json: string; options?: PipelineParseOptions; warnings?: Warning[] }
  /** An error found before parsing (unreadable file): passed through in order. */
  | { kind: 'error'; record: ErrorRecord };

/** object: the record; json: one line of JSON; pretty: indented JSON; csv: CSV rows. */
export type Encoding = 'object' | 'json' | 'pretty' | 'csv';

export interface JobResult { out: unknown; metrics: number; error: boolean }

/** Every error record has an id (null when the input had none), then file and line where known. */
export function encodeError(input: ErrorRecord, encoding: Encoding): JobResult {
  const { id = null, file, line, error } = input;
  const record: ErrorRecord = { id, ...(file !== undefined ? { file } : {}), ...(line !== undefined ? { line } : {}), error };
  let out: unknown = record;
  if (encoding === 'json') out = JSON.stringify(record);
  else if (encoding === 'pretty') out = JSON.stringify(record, null, 2);
  else if (encoding === 'csv') out = csvErrorRow({ id, file, line }, error);
  return { out, metrics: 0, error: true };
}


/**
 * A JSON line → a parse job, or the error record for it: `{line, error}` when the line is not a
 * JSON object, `{id, error}` when the object has no string `text`. A record without `id` keeps
 * `id: null` and gains its `line` (and `file` for a file): a line number as id could collide with
 * a real numeric id.
 */
export function jobOfLine(j: Extract<Job, { kind: 'jsonl' }>): Exclude<Job, { kind: 'jsonl' }> {
  const where = (): LineOrigin => (j.file !== undefined ? { file: j.file, line: j.line } : { line: j.line });
  if (j.json.trim() === '') {
    return { kind: 'error', record: { ...where(), error: { code: 'empty_line', message: 'empty line; expected a JSON object {"id", "text"}' } } };
  }
  let rec: unknown;
  try {
    rec = JSON.parse(j.json);
  } catch (e) {
    return { kind: 'error', record: { ...where(), error: { code: 'invalid_json', message: e instanceof Error ? e.message : String(e) } } };
  }
  if (rec === null || typeof rec !== 'object' || Array.isArray(rec)) {
    return { kind: 'error', record: { ...where(), error: { code: 'invalid_record', message: `expected a JSON object {"id", "text"}, got ${kindOf(rec)}` } } };
  }
  const { id, text } = rec as { id?: unknown; text?: unknown };
  const origin = id == null ? where() : undefined;
  if (typeof text !== 'string') {
    return { kind: 'error', record: { id: id ?? null, ...origin, error: { code: 'missing_text', message: `record has no string "text" (got ${kindOf(text)})` } } };
  }
  return { kind: 'parse', id: id ?? null, text, options: j.options, warnings: j.warnings, origin };
}

export function runJob(input: Job, encoding: Encoding, defaults?: PipelineParseOptions): JobResult {
  const job = input.kind === 'jsonl' ? jobOfLine(input) : input;
  if (job.kind === 'error') return encodeError(job.record, encoding);
  let result: ParseResult;
  try {
    result = parse(job.text, job.options ?? defaults);
  } catch (e) {
    return encodeError({ id: job.id, error: { code: 'parse_failed', message: e instanceof Error ? e.message : String(e) } }, encoding);
  }
  if (job.warnings && job.warnings.length) result = { ...result, warnings: [...job.warnings, ...result.warnings] };
  const metrics = result.metrics.length;
  const head = { id: job.id, ...job.origin };
  switch (encoding) {
    case 'json': return { out: JSON.stringify({ ...head, ...result }), metrics, error: false };
    case 'pretty': return { out: JSON.stringify({ ...head, ...result }, null, 2), metrics, error: false };
    case 'csv': return { out: csvRows(head, result), metrics, error: false };
    default: return { out: { ...head, ...result }, metrics, error: false };
  }
}
