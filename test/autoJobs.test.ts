/** The default number of jobs: workers by the input in sight and the idle cores, one at a time. */
import { describe, it, expect } from 'vitest';
import { Readable } from 'node:stream';
import { AutoJobs, BYTES_PER_WORKER, IDLE_SAMPLE_MS, IDLE_WINDOWS, stdinInSight, type CpuTimes } from '../src/pipeline/autoJobs.js';
import { TaskQueue, type Task } from '../src/pipeline/pool.js';

/** A machine whose clock and CPU times the test moves: `idle` cores idle per elapsed millisecond. */
function machine(cores: number) {
  let now = 0;
  let times: CpuTimes = { idle: 0, total: 0 };
  return {
    now: () => now,
    cpuTimes: () => times,
    /** `ms` go by with `idleCores` of the cores idle. */
    pass(ms: number, idleCores: number) {
      now += ms;
      times = { idle: times.idle + ms * idleCores, total: times.total + ms * cores };
    },
  };
}

describe('AutoJobs', () => {
  it('starts no worker for an input below BYTES_PER_WORKER, however idle the machine', () => {
    const m = machine(8);
    const auto = new AutoJobs({ cores: 8, now: m.now, cpuTimes: m.cpuTimes });
    for (let i = 0; i < 20; i++) {
      expect(auto.wanted(BYTES_PER_WORKER - 1)).toBe(0);
      m.pass(IDLE_SAMPLE_MS, 7);
    }
  });

  /** Lets IDLE_WINDOWS windows go by with `idle` cores idle, asking after each; returns the last answer. */
  function windows(m: ReturnType<typeof machine>, auto: AutoJobs, bytes: number, idle: number): number {
    let n = 0;
    for (let i = 0; i < IDLE_WINDOWS; i++) {
      m.pass(IDLE_SAMPLE_MS, idle);
      n = auto.wanted(bytes);
    }
    return n;
  }

  it('starts one worker per BYTES_PER_WORKER in sight, one per run of idle windows, at most cores − 1', () => {
    const m = machine(4);
    const auto = new AutoJobs({ cores: 4, now: m.now, cpuTimes: m.cpuTimes });
    const big = 10 * BYTES_PER_WORKER;
    expect(auto.wanted(big)).toBe(0); // first sample taken
    m.pass(IDLE_SAMPLE_MS / 2, 3);
    expect(auto.wanted(big)).toBe(0); // too soon to tell
    m.pass(IDLE_SAMPLE_MS / 2, 3);
    auto.wanted(big);
    for (let i = 1; i < IDLE_WINDOWS; i++) { m.pass(IDLE_SAMPLE_MS, 3); auto.wanted(big); }
    expect(auto.wanted(big)).toBe(1);
    expect(windows(m, auto, big, 2)).toBe(2);
    expect(windows(m, auto, big, 1)).toBe(3);
    expect(windows(m, auto, big, 1)).toBe(3); // the main thread is the fourth job
  });

  it('grows with the input: a second worker only once twice BYTES_PER_WORKER are in sight', () => {
    const m = machine(4);
    const auto = new AutoJobs({ cores: 4, now: m.now, cpuTimes: m.cpuTimes });
    auto.wanted(BYTES_PER_WORKER);
    expect(windows(m, auto, BYTES_PER_WORKER, 3)).toBe(1);
    expect(windows(m, auto, 2 * BYTES_PER_WORKER - 1, 3)).toBe(1);
    expect(windows(m, auto, 2 * BYTES_PER_WORKER, 3)).toBe(2);
  });

  it('starts no worker while other programs keep the cores busy, nor on a short lull, and one once they are idle', () => {
    const m = machine(2);
    const auto = new AutoJobs({ cores: 2, now: m.now, cpuTimes: m.cpuTimes });
    const big = 3 * BYTES_PER_WORKER;
    auto.wanted(big);
    for (let i = 0; i < 5; i++) {
      m.pass(IDLE_SAMPLE_MS, i === 2 ? 0.7 : 0.1);
      expect(auto.wanted(big)).toBe(0);
    }
    expect(windows(m, auto, big, 0.7)).toBe(1);
  });

  it('starts no worker on one core, and goes by size alone where CPU times are unknown', () => {
    const m = machine(1);
    expect(new AutoJobs({ cores: 1, now: m.now, cpuTimes: m.cpuTimes }).wanted(100 * BYTES_PER_WORKER)).toBe(0);
    const blind = new AutoJobs({ cores: 4, now: m.now, cpuTimes: () => null });
    expect(blind.wanted(BYTES_PER_WORKER / 2)).toBe(0);
    expect(blind.wanted(2 * BYTES_PER_WORKER)).toBe(2);
  });
});

describe('stdinInSight', () => {
  it('counts the bytes of a pipe as they are read (twice: as many again to come), and passes them on unchanged', async () => {
    const chunks = [Buffer.from('{"id":1}\n'), Buffer.from('{"id":2,"text":"抓获3人"}\n')];
    const { stream, bytes, sized } = stdinInSight(Readable.from(chunks));
    expect(sized).toBe(false);
    const got: Buffer[] = [];
    for await (const c of stream as AsyncIterable<Buffer>) got.push(c);
    expect(Buffer.concat(got).equals(Buffer.concat(chunks))).toBe(true);
    expect(bytes()).toBe(2 * (chunks[0].length + chunks[1].length)); // as much again to come
  });
});

describe('TaskQueue', () => {
  const task = (chars: number): Task => ({ job: { kind: 'error', record: { error: { code: 'x', message: String(chars) } } }, chars, settle: () => {} });

  it('counts its characters and takes batches from the front that fit a size (at least one task)', () => {
    const q = new TaskQueue();
    for (const n of [5, 3, 4, 10]) q.push(task(n));
    expect(q.chars).toBe(22);
    expect(q.fitting(0)).toBe(1);
    expect(q.fitting(8)).toBe(2);
    expect(q.fitting(12)).toBe(3);
    expect(q.fitting(100)).toBe(4);
    expect(q.take(2).map((t) => t.chars)).toEqual([5, 3]);
    expect(q.chars).toBe(14);
    expect(q.length).toBe(2);
  });
});
