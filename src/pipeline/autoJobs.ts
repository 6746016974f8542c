/**
 * The default number of parsing threads (`tongbao parse` without --jobs): worker threads only when
 * they pay for themselves on the machine at hand.
 *
 * A worker thread costs a few CPU-seconds before it parses at full speed: it loads the module and
 * the segmenter, and V8 compiles and optimizes its own copy of the code (about a thousand releases
 * go by before that is done). A one-job run already keeps 1.2–1.5 cores busy (V8 compiles on other
 * threads), so on two cores a second job breaks even only on inputs of 15–20 MB, and it loses
 * whenever other programs keep the cores busy. So a worker is started for every BYTES_PER_WORKER
 * bytes of input in sight, and only while the machine has idle cores for it; the main thread is
 * one of the jobs (it parses what the workers cannot take yet), so the workers are at most the
 * cores less one.
 */
import { availableParallelism, cpus } from 'node:os';
import { fstatSync } from 'node:fs';
import { Transform } from 'node:stream';

/** Bytes of input for which one more worker pays for its start-up. */
export const BYTES_PER_WORKER = 16_000_000;
/** Idle cores the machine must have shown for one more worker to be started. */
export const IDLE_CORES_PER_WORKER = 0.2;
/** Milliseconds over which idle cores are measured; a worker is started after IDLE_WINDOWS such windows in a row. */
export const IDLE_SAMPLE_MS = 150;
export const IDLE_WINDOWS = 2;

/** Cumulative CPU times of the machine's cores, in milliseconds. */
export interface CpuTimes { idle: number; total: number }

function machineCpuTimes(): CpuTimes | null {
  let idle = 0;
  let total = 0;
  for (const c of cpus()) {
    const t = c.times;
    idle += t.idle;
    total += t.user + t.nice + t.sys + t.idle + t.irq;
  }
  return total > 0 ? { idle, total } : null;
}

export interface AutoJobsOptions {
  cores?: number;
  /** Clock in milliseconds (tests pass their own). */
  now?: () => number;
  /** The machine's CPU times; null when the platform does not tell (then idle cores are not checked). */
  cpuTimes?: () => CpuTimes | null;
}

/** Decides, as the input grows, how many workers to run. */
export class AutoJobs {
  private readonly cores: number;
  private readonly now: () => number;
  private readonly cpuTimes: () => CpuTimes | null;
  private workers = 0;
  private sample: { at: number; times: CpuTimes } | null = null;
  /** Windows in a row in which the cores were idle enough for one more worker. */
  private idleWindows = 0;

  constructor(opts: AutoJobsOptions = {}) {
    this.cores = Math.max(1, opts.cores ?? availableParallelism());
    this.now = opts.now ?? (() => performance.now());
    this.cpuTimes = opts.cpuTimes ?? machineCpuTimes;
  }

  /**
   * Workers for an input of which `bytes` are in sight (its whole size when known, else what was
   * read so far). Cheap when no worker is due; when one is, it is granted once the cores were seen
   * idle enough in IDLE_WINDOWS windows of IDLE_SAMPLE_MS in a row (one at a time: the next is
   * measured with this one running; a moment's lull on a busy machine starts none).
   */
  wanted(bytes: number): number {
    const bySize = Math.min(this.cores - 1, Math.floor(bytes / BYTES_PER_WORKER));
    if (bySize <= this.workers) return this.workers;
    const at = this.now();
    if (this.sample && at - this.sample.at < IDLE_SAMPLE_MS) return this.workers;
    const times = this.cpuTimes();
    if (!times) return (this.workers = bySize);
    if (!this.sample) {
      this.sample = { at, times };
      return this.workers;
    }
    const total = times.total - this.sample.times.total;
    const idleCores = total > 0 ? (this.cores * (times.idle - this.sample.times.idle)) / total : 0;
    this.sample = { at, times };
    this.idleWindows = idleCores >= IDLE_CORES_PER_WORKER ? this.idleWindows + 1 : 0;
    if (this.idleWindows >= IDLE_WINDOWS) {
      this.workers++;
      this.idleWindows = 0;
    }
    return this.workers;
  }
}

/**
 * Bytes of a pipe read ahead of the parser: a pipe says nothing of its length, and what a fast
 * producer has already written shows a large input earlier. Small enough to keep memory low (it
 * adds to peak RSS).
 */
export const PIPE_READ_AHEAD = 4_000_000;

/**
 * Standard input with a count of the bytes in sight: the size of a file (`< in.jsonl`; `sized`), or,
 * for a pipe, twice what was read so far (a stream that has delivered n bytes is taken to have as
 * many to come: a worker started late has too little input left to pay for its start-up).
 */
export function stdinInSight(stdin: NodeJS.ReadableStream): { stream: NodeJS.ReadableStream; bytes: () => number; sized: boolean } {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd === 'number') {
    try {
      const st = fstatSync(fd);
      if (st.isFile()) return { stream: stdin, bytes: () => st.size, sized: true };
    } catch { /* not a file descriptor we can look at: count what is read */ }
  }
  let received = 0;
  const counted = new Transform({
    readableHighWaterMark: PIPE_READ_AHEAD,
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      done(null, chunk);
    },
  });
  stdin.on('error', (e) => counted.destroy(e));
  stdin.pipe(counted);
  return { stream: counted, bytes: () => 2 * received, sized: false };
}
