/**
 * The default number of parsing threads (`tongbao parse` without --jobs): worker threads only when
 * they pay for themselves on this machine.
 *
 * A worker thread costs about a CPU-second before it parses at full speed: it loads the module and
 * the segmenter, and V8 compiles and optimizes its own copy of the code (about a thousand releases
 * go by before that is done). A one-job run already keeps about 1.2–1.5 cores busy (V8 compiles on
 * other threads), so on two cores a second job breaks even only on inputs of a dozen megabytes or
 * more. The main thread is one of the jobs (it parses what the workers cannot take yet), so the
 * workers are at most the cores less one.
 */
import { availableParallelism } from 'node:os';
import { fstatSync } from 'node:fs';
import { Transform } from 'node:stream';

/** Bytes of input still to parse for which one more worker pays for its start-up. */
export const BYTES_PER_WORKER = 16_000_000;

/**
 * Workers for an input of which `bytes` are in sight (the whole size when it is known, else what
 * was read so far), on `cores` cores: one per BYTES_PER_WORKER, as the input grows.
 */
export function workersFor(bytes: number, cores: number = availableParallelism()): number {
  return Math.max(0, Math.min(cores - 1, Math.floor(bytes / BYTES_PER_WORKER)));
}

/**
 * Standard input with a count of the bytes in sight: the size of a file (`< in.jsonl`), or, for a
 * pipe, what was read so far, reading up to BYTES_PER_WORKER ahead of the consumer (a pipe says
 * nothing of its length; what a fast producer has already written shows a large input early).
 */
export function stdinInSight(stdin: NodeJS.ReadableStream): { stream: NodeJS.ReadableStream; bytes: () => number } {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd === 'number') {
    try {
      const st = fstatSync(fd);
      if (st.isFile()) return { stream: stdin, bytes: () => st.size };
    } catch { /* not a file descriptor we can look at: count what is read */ }
  }
  let received = 0;
  const counted = new Transform({
    readableHighWaterMark: BYTES_PER_WORKER,
    transform(chunk: Buffer, _enc, done) {
      received += chunk.length;
      done(null, chunk);
    },
  });
  stdin.on('error', (e) => counted.destroy(e));
  stdin.pipe(counted);
  return { stream: counted, bytes: () => received };
}
