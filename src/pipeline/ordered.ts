/**
 * Runs jobs with bounded concurrency and yields their results in input order. At most `window`
 * jobs are read ahead of the oldest unfinished one (backpressure on the input); finished results
 * are yielded as soon as everything before them is out, even while the input is slow.
 */
import { runJob, type Encoding, type Job, type JobResult, type PipelineParseOptions } from './job.js';
import { WorkerPool } from './pool.js';

export interface RunOptions {
  /** Worker threads; 1 runs in this thread. */
  concurrency: number;
  encoding: Encoding;
  parseOptions?: PipelineParseOptions;
  /** Jobs read ahead of the oldest unfinished one (default 8 per worker). */
  window?: number;
}

interface Entry { done: boolean; value?: JobResult; promise: Promise<JobResult> }

type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

function iteratorOf<T>(src: AnyIterable<T>): AsyncIterator<T> | Iterator<T> {
  const a = (src as AsyncIterable<T>)[Symbol.asyncIterator];
  if (typeof a === 'function') return a.call(src);
  const s = (src as Iterable<T>)[Symbol.iterator];
  if (typeof s === 'function') return s.call(src);
  throw new TypeError('parseMany() expects an iterable or async iterable');
}

export async function* runOrdered(jobs: AnyIterable<Job>, opts: RunOptions): AsyncGenerator<JobResult> {
  const concurrency = Math.max(1, Math.floor(opts.concurrency) || 1);
  const it = iteratorOf(jobs);
  if (concurrency === 1) {
    // In-process: one job at a time, no look-ahead.
    try {
      for (;;) {
        const r = await it.next();
        if (r.done) return;
        yield runJob(r.value, opts.encoding, opts.parseOptions);
      }
    } finally {
      await it.return?.();
    }
  }

  const window = Math.max(concurrency, opts.window ?? concurrency * 8);
  // Workers start now, so their start-up overlaps reading the first inputs.
  const pool = new WorkerPool(concurrency, opts.parseOptions);
  const entries = new Map<number, Entry>();
  let nextOut = 0;
  let nextIn = 0;
  let inputDone = false;
  let pendingInput: Promise<IteratorResult<Job>> | null = null;
  try {
    for (;;) {
      // Everything finished at the head goes out first.
      for (let e = entries.get(nextOut); e && e.done; e = entries.get(nextOut)) {
        entries.delete(nextOut++);
        yield e.value!;
      }
      if (inputDone && nextOut === nextIn) return;
      const canRead = !inputDone && nextIn - nextOut < window;
      if (canRead && !pendingInput) {
        pendingInput = Promise.resolve(it.next());
        pendingInput.catch(() => { /* rethrown where it is awaited; not an unhandled rejection meanwhile */ });
      }
      const waits: Promise<unknown>[] = [];
      if (canRead) waits.push(pendingInput!);
      const head = entries.get(nextOut);
      if (head) waits.push(head.promise);
      const first = await Promise.race(waits.map((p, i) => p.then(() => i)));
      if (canRead && first === 0) {
        const r = await pendingInput!;
        pendingInput = null;
        if (r.done) { inputDone = true; continue; }
        let promise: Promise<JobResult>;
        if (r.value.kind === 'error') promise = Promise.resolve(runJob(r.value, opts.encoding));
        else {
          promise = pool.run(r.value, opts.encoding);
        }
        const entry: Entry = { done: false, promise };
        promise.then((v) => { entry.done = true; entry.value = v; });
        entries.set(nextIn++, entry);
      } else {
        await head!.promise; // settles `done` (its then() ran first)
      }
    }
  } finally {
    await pool.close();
    if (!inputDone) await it.return?.();
  }
}
