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
  /**
   * This thread is one of the `concurrency` parsers (for the CLI, whose main thread has little
   * else to do): concurrency − 1 workers are started, each kept fed with a few jobs, and this
   * thread parses the jobs they cannot take yet. A small input then never waits for a worker's
   * start-up, and one thread's start-up (module load, segmenter, JIT warm-up) is saved.
   */
  mainThreadParses?: boolean;
}

/** Jobs queued on a worker before this thread parses one itself (hybrid mode). */
const WORKER_QUEUE = 16;
/** Hybrid mode starts workers only once this many characters were read: small inputs never pay for them. */
const SPAWN_AFTER_CHARS = 100_000;

function jobChars(job: Job): number {
  return job.kind === 'parse' ? job.text.length : job.kind === 'jsonl' ? job.json.length : 0;
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

  const window = Math.max(concurrency, opts.window ?? concurrency * 32);
  // Workers start now, so their start-up overlaps reading the first inputs; in hybrid mode once the
  // input proves large, and they take jobs only when warmed up (no result waits on a start-up).
  const hybrid = opts.mainThreadParses === true;
  let pool: WorkerPool | null = hybrid ? null : new WorkerPool(concurrency, opts.parseOptions);
  let charsRead = 0;
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
        let parsedHere = false;
        charsRead += jobChars(r.value);
        if (!pool && charsRead >= SPAWN_AFTER_CHARS) pool = new WorkerPool(concurrency - 1, opts.parseOptions, true);
        if (r.value.kind === 'error') promise = Promise.resolve(runJob(r.value, opts.encoding));
        else if (!pool || (hybrid && pool.minInFlight() >= WORKER_QUEUE)) {
          promise = Promise.resolve(runJob(r.value, opts.encoding, opts.parseOptions));
          parsedHere = true;
        } else {
          promise = pool.run(r.value, opts.encoding);
        }
        const entry: Entry = { done: false, promise };
        promise.then((v) => { entry.done = true; entry.value = v; });
        entries.set(nextIn++, entry);
        // After parsing here, let the event loop deliver the workers' replies (they are macrotasks;
        // a read-ahead that resolves in microtasks would otherwise starve them).
        if (parsedHere) await new Promise<void>((resolve) => setImmediate(resolve));
      } else {
        await head!.promise; // settles `done` (its then() ran first)
      }
    }
  } finally {
    await pool?.close();
    if (!inputDone) await it.return?.();
  }
}
