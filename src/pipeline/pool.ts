/**
 * A fixed set of worker threads. A job goes to the worker with the fewest jobs in flight; a worker
 * that dies fails its in-flight jobs with an error record and is replaced.
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

/** `ready`: the worker answered its warm-up job (module, segmenter and hot code loaded). */
interface Slot { worker: Worker; inFlight: Map<number, Pending>; ready: boolean }
interface Pending { job: Job; encoding: Encoding; resolve: (r: JobResult) => void }

export class WorkerPool {
  private slots: Slot[] = [];
  private seq = 0;
  private closed = false;
  private readonly file: string;
  /** Worker failures since the last reply; past MAX_RESPAWNS the pool stops respawning and fails jobs. */
  private failuresInARow = 0;
  private brokenReason: string | null = null;

  /**
   * @param warmUp send each new worker a small release to parse first, so that it loads what
   *   parsing needs before real jobs arrive; a worker takes jobs once it has answered (Slot.ready).
   */
  constructor(size: number, private readonly defaults?: PipelineParseOptions, private readonly warmUp = false) {
    this.file = workerFile();
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private spawn(): Slot {
    const worker = newWorker(this.file);
    const slot: Slot = { worker, inFlight: new Map(), ready: !this.warmUp };
    if (this.warmUp) {
      const req: WorkerRequest = { seq: -1, job: { kind: 'parse', id: null, text: WARM_UP_TEXT }, encoding: 'json', defaults: this.defaults };
      worker.postMessage(req);
    }
    worker.on('message', (m: WorkerReply) => {
      this.failuresInARow = 0;
      if (m.seq === -1) { slot.ready = true; return; }
      const p = slot.inFlight.get(m.seq);
      if (!p) return;
      slot.inFlight.delete(m.seq);
      p.resolve(m.result);
    });
    const fail = (why: string) => {
      if (this.closed) return;
      const i = this.slots.indexOf(slot);
      if (i < 0) return;
      const lost = [...slot.inFlight.values()];
      slot.inFlight.clear();
      void worker.terminate();
      if (++this.failuresInARow > MAX_RESPAWNS) {
        this.brokenReason = why;
        this.slots.splice(i, 1);
      } else {
        this.slots[i] = this.spawn();
      }
      for (const p of lost) {
        const j = p.job;
        const where = j.kind === 'parse' ? { id: j.id } : j.kind === 'jsonl' ? (j.file !== undefined ? { file: j.file, line: j.line } : { line: j.line }) : { id: j.record.id };
        p.resolve(encodeError({ ...where, error: { code: 'worker_failed', message: why } }, p.encoding));
      }
    };
    worker.on('error', (e) => fail(`worker thread failed: ${e instanceof Error ? e.message : String(e)}`));
    worker.on('exit', (code) => fail(`worker thread exited with code ${code}`));
    return slot;
  }

  /** Jobs in flight on the least busy ready worker (Infinity when none is ready). */
  minInFlight(): number {
    let m = Infinity;
    for (const s of this.slots) if (s.ready) m = Math.min(m, s.inFlight.size);
    return m;
  }

  /** Runs the job on the least busy worker (a ready one when there is one). */
  run(job: Job, encoding: Encoding): Promise<JobResult> {
    if (this.closed) return Promise.reject(new Error('pool closed'));
    if (this.slots.length === 0) {
      const id = job.kind === 'parse' ? job.id : job.kind === 'error' ? job.record.id : undefined;
      return Promise.resolve(encodeError({ ...(job.kind === 'jsonl' ? { line: job.line } : { id }), error: { code: 'worker_failed', message: this.brokenReason ?? 'no worker thread' } }, encoding));
    }
    let slot = this.slots[0];
    for (const s of this.slots) if ((s.ready && !slot.ready) || (s.ready === slot.ready && s.inFlight.size < slot.inFlight.size)) slot = s;
    const seq = this.seq++;
    return new Promise<JobResult>((resolve) => {
      slot.inFlight.set(seq, { job, encoding, resolve });
      const req: WorkerRequest = { seq, job, encoding, defaults: this.defaults };
      slot.worker.postMessage(req);
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }
}
