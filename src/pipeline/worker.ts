/** Worker thread: runs jobs posted by the pool (each worker loads the segmenter once, on first use). */
import { parentPort } from 'node:worker_threads';
import { runJob, type Encoding, type Job, type PipelineParseOptions } from './job.js';

export interface WorkerRequest { seq: number; job: Job; encoding: Encoding; defaults?: PipelineParseOptions }
export interface WorkerReply { seq: number; result: ReturnType<typeof runJob> }

const port = parentPort;
if (port) {
  port.on('message', (m: WorkerRequest) => {
    const reply: WorkerReply = { seq: m.seq, result: runJob(m.job, m.encoding, m.defaults) };
    port.postMessage(reply);
  });
}
