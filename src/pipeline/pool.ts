/**
 * Worker threads that take jobs in batches. Each worker is kept fed with about BATCH_MS of work per
 * batch and at most two batches in flight, sized by the speed it reported for its last batches: a
 * cold worker (code not yet optimized) gets one job at a time, a warm one a batch of a dozen
 * releases, so a message carries many jobs and a slow worker never holds many. A worker that dies
 * fails its in-flight jobs with an error record and is replaced.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { encodeError, type Encoding, type Job, type JobResult, type PipelineParseOptions } from './job.js';
import type { WorkerReply, WorkerRequest } from './worker.js';

/**
 * dist/worker.js next to the running bundle (dist/index.js, dist/index.cjs or dist/cli.js); when
 * this module runs from source (tests), the built dist/worker.js of the package.
 */
export function workerFile(): string {
  const candidates = [new URL('./worker.js', import.meta.url), new URL('../../dist/worker.js', import.meta.url)];
  for (const u of candidates) {
    const p = fileURLToPath(u);
    if (existsSync(p)) return p;
  }
  throw new Error(`tongbao: worker script not found (looked for ${candidates.map((u) => fileURLToPath(u)).join(', ')}); run the build`);
}

const MAX_RESPAWNS = 8;

/** Flags for the main script (--input-type, --eval …): a worker given them fails to load its file. */
const SCRIPT_FLAG = /^--(input-type|eval|print|test)\b|^-[ep]$/;

/**
 * The node options a worker accepts, from this process's own. Worker() refuses V8 options
 * (`node --max-semi-space-size=… cli.js`) and process-wide ones; those already hold for every
 * thread of the process, so dropping them loses nothing.
 */
function workerExecArgv(): string[][] {
  const own = process.execArgv.filter((a) => !SCRIPT_FLAG.test(a));
  const nodeOnly = own.filter((a) => process.allowedNodeEnvironmentFlags.has(a.split('=')[0]));
  return [own, nodeOnly, []];
}

function newWorker(file: string): Worker {
  let refused: unknown;
  for (const execArgv of workerExecArgv()) {
    try {
      // A worker's default young generation is smaller than the main thread's; parsing allocates
      // many short-lived strings, and with the main thread's size (16 MB semi-spaces) a worker
      // parses about a third faster.
      return new Worker(file, { execArgv, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
    } catch (e) {
      if ((e as { code?: unknown }).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
      refused = e;
    }
  }
  throw refused;
}

/** A short release with the usual kinds of figures: parsing it loads the segmenter and warms the code. */
const WARM_UP_TEXT = '今年以来，全市公安机关共破获电信网络诈骗案件1200余起，同比上升15.3%，抓获犯罪嫌疑人356名，追赃挽损2.5亿元。';

/**
 * Work per batch, in milliseconds of the worker's measured speed: long enough that the message
 * costs little against it (a round trip costs the two threads ~20–40 µs), short enough that the
 * thread waiting on a result, or on a free worker, waits little.
 */
const BATCH_MS = 20;
/** Batches in flight per worker: one being parsed, one waiting (no gap between batches). */
const BATCHES_IN_FLIGHT = 3;

/** Size of a job for batching: the characters parse() reads. */
export function jobChars(job: Job): number {
  return job.kind === 'parse' ? job.text.length : job.kind === 'jsonl' ? job.json.length : 0;
}

/** A job waiting for a thread, with what to do with its result. */
export interface Task { job: Job; chars: number; settle: (r: JobResult) => void }

/** Jobs waiting for a thread, oldest first, with their characters counted. */
export class TaskQueue {
  private tasks: Task[] = [];
  chars = 0;

  get length(): number {
    return this.tasks.length;
  }

  push(t: Task): void {
    this.tasks.push(t);
    this.chars += t.chars;
  }

  /** The first n tasks, removed. */
  take(n: number): Task[] {
    const out = this.tasks.splice(0, n);
    for (const t of out) this.chars -= t.chars;
    return out;
  }

  /** How many tasks from the front fit in `chars` characters (at least one). */
  fitting(chars: number): number {
    let n = 1;
    for (let sum = this.tasks[0].chars; n < this.tasks.length && sum + this.tasks[n].chars <= chars; n++) sum += this.tasks[n].chars;
    return n;
  }
}

interface Batch { tasks: Task[]; chars: number }

/**
 * `ready`: the worker answered its warm-up job (module, segmenter loaded). `charsPerMs`: its
 * parsing speed over its recent batches (0 until it has reported one).
 */
interface Slot { worker: Worker; inFlight: Map<number, Batch>; chars: number; ready: boolean; charsPerMs: number }

export class WorkerPool {
  private slots: Slot[] = [];
  private seq = 0;
  private closed = false;
  private readonly file: string;
  /** Worker failures since the last reply; past MAX_RESPAWNS the pool stops respawning and fails jobs. */
  private failuresInARow = 0;
  private brokenReason: string | null = null;
  private spawned = 0;

  /**
   * @param warmUp send each new worker a small release to parse first, so that it loads what
   *   parsing needs before real jobs arrive; a worker takes jobs once it has answered (Slot.ready).
   * @param onReply called after a worker answered (results settled, or it became ready): there may
   *   be room for more jobs.
   */
  constructor(
    private readonly encoding: Encoding,
    private readonly defaults: PipelineParseOptions | undefined,
    private readonly warmUp: boolean,
    private readonly onReply: () => void = () => {},
  ) {
    this.file = workerFile();
  }

  /** Workers started so far (those replaced after a failure count once). */
  get size(): number {
    return this.spawned;
  }

  /** Starts workers until there are n. */
  grow(n: number): void {
    while (!this.closed && this.spawned < n && this.brokenReason === null) {
      this.slots.push(this.spawn());
      this.spawned++;
    }
  }

  /** Jobs in flight on all workers. */
  get inFlight(): number {
    let n = 0;
    for (const s of this.slots) for (const b of s.inFlight.values()) n += b.tasks.length;
    return n;
  }

  private spawn(): Slot {
    const worker = newWorker(this.file);
    const slot: Slot = { worker, inFlight: new Map(), chars: 0, ready: !this.warmUp, charsPerMs: 0 };
    if (this.warmUp) {
      const req: WorkerRequest = { seq: -1, jobs: [{ kind: 'parse', id: null, text: WARM_UP_TEXT }], encoding: 'json', defaults: this.defaults };
      worker.postMessage(req);
    }
    worker.on('message', (m: WorkerReply) => {
      this.failuresInARow = 0;
      if (m.seq === -1) {
        slot.ready = true;
      } else {
        const batch = slot.inFlight.get(m.seq);
        if (!batch) return;
        slot.inFlight.delete(m.seq);
        slot.chars -= batch.chars;
        // Speed over the recent batches; a batch of a cold worker weighs as much as a warm one, so
        // the estimate follows the worker as V8 optimizes its code.
        if (m.ms > 0 && batch.chars > 0) {
          const rate = batch.chars / m.ms;
          slot.charsPerMs = slot.charsPerMs === 0 ? rate : 0.5 * slot.charsPerMs + 0.5 * rate;
        }
        batch.tasks.forEach((t, i) => t.settle(m.results[i]));
      }
      this.onReply();
    });
    const fail = (why: string) => {
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const lost = [...slot.inFlight.values()].flatMap((b) => b.tasks);
      slot.inFlight.clear();
      void worker.terminate();
      if (++this.failuresInARow > MAX_RESPAWNS) {
        this.brokenReason = why;
        this.slots.splice(i, 1);
      } else {
        this.slots[i] = this.spawn();
      }
      for (const t of lost) t.settle(encodeError({ ...whereOf(t.job), error: { code: 'worker_failed', message: why } }, this.encoding));
      this.onReply();
    };
    worker.on('error', (e) => fail(`worker thread failed: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => fail(`worker thread exited with code ${code}`));
    return slot;
  }

  /**
   * Characters of jobs to keep queued so that a worker that finishes a batch gets its next one at
   * once: a batch for each ready worker (one job for a worker that has not reported its speed yet).
   */
  stock(): number {
    let n = 0;
    for (const s of this.slots) if (s.ready) n += Math.max(1, s.charsPerMs * BATCH_MS);
    return n;
  }

  /** Why no worker is left (they failed too often), or null. */
  get failure(): string | null {
    return this.slots.length === 0 ? this.brokenReason : null;
  }

  /** Settles every queued job with an error record: no worker is left to run it. */
  failAll(queue: TaskQueue): void {
    const message = this.brokenReason ?? 'no worker thread';
    for (const t of queue.take(queue.length)) t.settle(encodeError({ ...whereOf(t.job), error: { code: 'worker_failed', message } }, this.encoding));
  }

  /** Sends jobs from the front of `queue` (removed from it) to ready workers with room, in batches; returns whether any was sent. */
  dispatch(queue: TaskQueue): boolean {
    if (this.closed || queue.length === 0) return false;
    let sent = false;
    for (;;) {
      // The ready worker with the least work in flight, if it has room for a batch.
      let slot: Slot | null = null;
      for (const s of this.slots) if (s.ready && s.inFlight.size < BATCHES_IN_FLIGHT && (!slot || s.chars < slot.chars)) slot = s;
      if (!slot || queue.length === 0) return sent;
      const tasks = queue.take(queue.fitting(slot.charsPerMs * BATCH_MS));
      let chars = 0;
      for (const t of tasks) chars += t.chars;
      const seq = this.seq++;
      slot.inFlight.set(seq, { tasks, chars });
      slot.chars += chars;
      const req: WorkerRequest = { seq, jobs: tasks.map((t) => t.job), encoding: this.encoding, defaults: this.defaults };
      slot.worker.postMessage(req);
      sent = true;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}

/** Where an error record for a job points: its id, or its file and line. */
function whereOf(j: Job): { id?: unknown; file?: string; line?: number } {
  return j.kind === 'parse' ? { id: j.id } : j.kind === 'jsonl' ? (j.file !== undefined ? { file: j.file, line: j.line } : { line: j.line }) : { id: j.record.id };
}
