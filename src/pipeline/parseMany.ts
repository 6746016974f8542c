/**
 * parseMany(): many releases through parse() on worker threads, results in input order.
 *
 *   for await (const r of parseMany(texts, { concurrency: 4 })) {
 *     if ('error' in r) console.error(r.id, r.error.code); else console.log(r.id, r.metrics.length);
 *   }
 */
import type { ParseResult } from '../schema.js';
import { type ErrorRecord, type Job, type PipelineParseOptions, type RecordError } from './job.js';
import { kindOf } from '../kindOf.js';
import { runOrdered } from './ordered.js';
import { availableParallelism } from 'node:os';

export type { PipelineParseOptions, RecordError } from './job.js';

/** A text (its id is its index), or a text with the caller's id (the index when it has none). */
export type ParseManyInput<Id = unknown> = string | { id?: Id; text: string };

/** The id type of the results for inputs of type I: the caller's id, or a number (the index). */
export type IdOf<I> = I extends string ? number
  : I extends { id: infer Id } ? Id
  : I extends { id?: infer Id } ? Exclude<Id, undefined> | number
  : number;

export type ParseManyResult<Id = unknown> = ({ id: Id } & ParseResult) | { id: Id; error: RecordError };

export interface ParseManyOptions {
  /** Worker threads (default: the number of cores). 1 parses in the calling thread. */
  concurrency?: number;
  /** Options for every parse() call (trace, maxLength, format). */
  parseOptions?: PipelineParseOptions;
  /** Inputs read ahead of the oldest unfinished one (default 8 per worker): bounds memory. */
  window?: number;
}

export function defaultConcurrency(): number {
  return Math.max(1, availableParallelism());
}

function* toJobsSync(src: Iterable<unknown>): Generator<Job> {
  let i = 0;
  for (const x of src) yield toJob(x, i++);
}

async function* toJobsAsync(src: AsyncIterable<unknown>): AsyncGenerator<Job> {
  let i = 0;
  for await (const x of src) yield toJob(x, i++);
}

/** Strings get their index as id; objects keep their id (the index when they have none). */
function toJob(x: unknown, index: number): Job {
  if (typeof x === 'string') return { kind: 'parse', id: index, text: x };
  if (x !== null && typeof x === 'object' && !Array.isArray(x)) {
    const rec = x as { id?: unknown; text?: unknown };
    const id = rec.id === undefined ? index : rec.id;
    if (typeof rec.text === 'string') return { kind: 'parse', id, text: rec.text };
    const record: ErrorRecord = { id, error: { code: 'missing_text', message: `record has no string "text" (got ${kindOf(rec.text)})` } };
    return { kind: 'error', record };
  }
  return { kind: 'error', record: { id: index, error: { code: 'invalid_record', message: `expected a string or an object with "text", got ${kindOf(x)}` } } };
}

/**
 * Parse many texts. Yields one record per input, in input order: `{ id, ...ParseResult }`, or
 * `{ id, error: { code, message } }` for an input that is neither a string nor `{ id?, text: string }`.
 * At most `window` inputs are pulled ahead, so a large or endless source streams in bounded memory.
 */
export async function* parseMany<I extends ParseManyInput>(
  texts: Iterable<I> | AsyncIterable<I>,
  options: ParseManyOptions = {},
): AsyncGenerator<ParseManyResult<IdOf<I>>> {
  const isAsync = texts != null && typeof (texts as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  if (!isAsync && (texts == null || typeof (texts as Iterable<unknown>)[Symbol.iterator] !== 'function')) {
    throw new TypeError(`parseMany() expects an iterable or async iterable, got ${kindOf(texts)}`);
  }
  const jobs = isAsync ? toJobsAsync(texts as AsyncIterable<unknown>) : toJobsSync(texts as Iterable<unknown>);
  for await (const r of runOrdered(jobs, {
    concurrency: options.concurrency ?? defaultConcurrency(),
    encoding: 'object',
    parseOptions: options.parseOptions,
    window: options.window,
  })) {
    yield r.out as ParseManyResult<IdOf<I>>;
  }
}
