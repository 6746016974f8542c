/** Worker thread: runs batches of jobs posted by the pool (each worker loads the segmenter once, on first use). */
import { parentPort } from 'node:worker_threads';
import { runJob, type Encoding, type Job, type JobResult, type PipelineParseOptions } from './job.js';

export interface WorkerRequest { seq: number; jobs: Job[]; encoding: Encoding; defaults?: PipelineParseOptions }
/** `ms`: time this thread spent on the batch (the pool sizes the next batches by it). */
export interface WorkerReply { seq: number; results: JobResult[]; ms: number }

const port = parentPort;
if (port) {
  port.on('message', (m: WorkerRequest) => {
    const t0 = performance.now();
    const results = m.jobs.map((job) => runJob(job, m.encoding, m.defaults));
    const reply: WorkerReply = { seq: m.seq, results, ms: performance.now() - t0 };
    port.postMessage(reply);
  });
}
