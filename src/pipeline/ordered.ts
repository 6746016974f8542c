/**
 * Runs jobs with bounded concurrency and yields their results in input order. At most `window`
 * jobs are read ahead of the oldest unfinished one (backpressure on the input); finished results
 * are yielded as soon as everything before them is out, even while the input is slow.
 */
import { runJob, type Encoding, type Job, type JobResult, type PipelineParseOptions } from './job.js';
import { jobChars, TaskQueue, WorkerPool } from './pool.js';

export interface RunOptions {
  /** Threads at most; 1 runs in this thread. */
  concurrency: number;
  encoding: Encoding;
  parseOptions?: PipelineParseOptions;
  /** Jobs read ahead of the oldest unfinished one (default 32 per worker; 512 in hybrid mode). */
  window?: number;
  /**
   * This thread is one of the `concurrency` parsers (for the CLI, whose main thread has little
   * else to do): up to concurrency − 1 workers are started, each kept fed with a batch or two,
   * and this thread parses the jobs they cannot take yet. A small input then never waits for a
   * worker's start-up, and one thread's start-up (module load, segmenter, JIT warm-up) is saved.
   */
  mainThreadParses?: boolean;
  /**
   * Hybrid mode: how many workers the input in sight calls for, asked after every job read
   * (`charsRead`: characters of the jobs read so far). Workers are started up to that number
   * (at most concurrency − 1) and kept to the end. Default: all of them once SPAWN_AFTER_CHARS
   * characters were read.
   */
  workersWanted?: (charsRead: number) => number;
}

/** Hybrid mode starts workers only once this many characters were read: small inputs never pay for them. */
const SPAWN_AFTER_CHARS = 100_000;
/**
 * Hybrid mode's window: this thread parses ahead while a worker holds the oldest job, which a
 * worker still compiling its code takes tens of milliseconds over.
 */
const HYBRID_WINDOW = 512;
/** Characters read ahead of the oldest unfinished job, at most (beyond one job): bounds memory for long texts. */
const WINDOW_CHARS = 4_000_000;

type AnyIterable<T> = Iterable<T> | AsyncIterable<T>;

function iteratorOf<T>(src: AnyIterable<T>): AsyncIterator<T> | Iterator<T> {
  const a = (src as AsyncIterable<T>)[Symbol.asyncIterator];
  if (typeof a === 'function') return a.call(src);
  const s = (src as Iterable<T>)[Symbol.iterator];
  if (typeof s === 'function') return s.call(src);
  throw new TypeError('parseMany() expects an iterable or async iterable');
}

const nextTurn = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

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

  const hybrid = opts.mainThreadParses === true;
  const maxWorkers = hybrid ? concurrency - 1 : concurrency;
  const window = Math.max(concurrency, opts.window ?? (hybrid ? HYBRID_WINDOW : concurrency * 32));
  const workersWanted = opts.workersWanted ?? ((chars: number) => (!hybrid || chars >= SPAWN_AFTER_CHARS ? maxWorkers : 0));

  // Worker replies and input arrive in callbacks; they wake the loop below when it waits.
  let wake: (() => void) | null = null;
  let woken = false;
  const signal = (): void => {
    woken = true;
    const w = wake;
    wake = null;
    w?.();
  };
  // Workers start when the input calls for them; in hybrid mode they take jobs once warmed up (no
  // result waits on a start-up).
  const pool = new WorkerPool(opts.encoding, opts.parseOptions, hybrid, signal);
  const results = new Map<number, JobResult>();
  const chars = new Map<number, number>();
  /** Jobs read and not yet given to a thread, oldest first. */
  const queue = new TaskQueue();
  let nextIn = 0;
  let nextOut = 0;
  let charsRead = 0;
  let charsAhead = 0;
  let inputDone = false;
  let reading = false;
  let inputError = null as { error: unknown } | null;

  const accept = (job: Job): void => {
    const index = nextIn++;
    if (job.kind === 'error') {
      results.set(index, runJob(job, opts.encoding));
      return;
    }
    const n = jobChars(job);
    charsRead += n;
    charsAhead += n;
    chars.set(index, n);
    queue.push({ job, chars: n, settle: (r) => results.set(index, r) });
    pool.grow(Math.min(maxWorkers, workersWanted(charsRead)));
  };
  // One read in flight at a time, while the window has room and the queue holds less than a batch
  // for every worker (with no worker ready, this thread reads a job when it has none left to parse:
  // nothing is read long before it is parsed, so inputs die young). Input already buffered arrives
  // in microtasks, so the queue is full again before the loop turns.
  const pull = (): void => {
    if (reading || inputDone || inputError || nextIn - nextOut >= window || (charsAhead >= WINDOW_CHARS && nextIn > nextOut)) return;
    if (queue.length > 0 && queue.chars >= pool.stock()) return;
    reading = true;
    let next: Promise<IteratorResult<Job>>;
    try {
      next = Promise.resolve(it.next());
    } catch (error) {
      next = Promise.reject(error);
    }
    next.then(
      (r) => {
        reading = false;
        if (r.done) inputDone = true;
        else accept(r.value);
        pull();
        signal();
      },
      (error: unknown) => {
        reading = false;
        inputError = { error };
        signal();
      },
    );
  };

  try {
    for (;;) {
      woken = false;
      // Everything finished at the head goes out first.
      for (let r = results.get(nextOut); r; r = results.get(nextOut)) {
        results.delete(nextOut);
        charsAhead -= chars.get(nextOut) ?? 0;
        chars.delete(nextOut++);
        yield r;
      }
      if (inputError) throw inputError.error;
      if (inputDone && nextOut === nextIn) return;
      pull();
      pool.dispatch(queue);
      if (!hybrid && pool.failure !== null) pool.failAll(queue);
      if (hybrid && queue.length > 0) {
        // The workers have what they can take: this thread parses the oldest job left, then lets
        // the event loop deliver the workers' replies (macrotasks, which parsing here would starve).
        const [task] = queue.take(1);
        task.settle(runJob(task.job, opts.encoding, opts.parseOptions));
        if (pool.size > 0) await nextTurn();
        continue;
      }
      if (!woken) await new Promise<void>((resolve) => { wake = resolve; });
    }
  } finally {
    await pool.close();
    if (!inputDone) await it.return?.();
  }
}
