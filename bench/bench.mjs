#!/usr/bin/env node
/**
 * npm run bench — throughput, latency and memory of `tongbao parse --jsonl`, by default and with
 * --jobs 1 and --jobs 2, on about 4 MB and about 40 MB of releases, side by side with Microsoft
 * Recognizers-Text on the same texts, and the linear-cost check of issue 6.
 *
 * Input: releases made by repeating the dev corpus texts (../shared/corpus/dev, read at run time,
 * never committed; the project's fixtures when it is not there). Every copy after the first has
 * its digits shifted, so copies are not byte-identical (caches keyed on clause text do not flatter
 * the figures). The small input is the first ~4 MB of the large one.
 *
 * Rows (per input size):
 *   whole-process   wall time of `node dist/cli.js parse --jsonl [--jobs N] < input.jsonl` from
 *                   spawn to exit, start-up included (stdin is the file, as a user runs it):
 *                   MB/s of UTF-8 text; best run, and the median of the runs
 *   default, piped  the same with the input written to a pipe (its size is not known ahead)
 *   steady-state    throughput between the output of the first 10% of documents and the last one
 *   first result    time from spawn to the first output line
 *   peak RSS        largest resident set of the process (all its threads), from /usr/bin/time or
 *                   by polling /proc
 *   CPU             user + system seconds of the process (of the fastest run)
 *   Recognizers     NumberModel + PercentageModel + CurrencyModel (zh-cn) of
 *                   @microsoft/recognizers-text-*, models built once, run on whole documents of an
 *                   evenly spread subset; its rate is extrapolated to each input by bytes, and
 *                   compared with tongbao's parse() on the same subset in one process (both warm).
 *   2-job ceiling   2 × wall / CPU of the 1-job run: what two cores allow two jobs at best, since
 *                   the 1-job run already keeps more than one core busy (V8's compiler threads)
 *   warm threads    parse() docs/s of 2 worker threads at once against 1, each warmed up first:
 *                   the pool's scaling without start-up and JIT warm-up
 * The CLI runs are repeated (BENCH_RUNS, default 3), interleaved (default, --jobs 1, --jobs 2,
 * default, ...) so that a change in the machine's load touches every variant alike; the machine may
 * be shared, so CPU seconds and medians are printed too.
 *
 * Environment: BENCH_MB (small input, default 4), BENCH_LARGE_MB (large input, default 40; 0 skips
 * it), BENCH_RUNS (3), BENCH_RT_SECONDS (CPU-time budget for Recognizers-Text, default 20),
 * BENCH_DIST (build folder, default dist).
 */
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_DIST: a build folder other than dist/ (e.g. one no other process rebuilds meanwhile).
const DIST = process.env.BENCH_DIST ? join(process.cwd(), process.env.BENCH_DIST) : join(ROOT, 'dist');
const CLI = join(DIST, 'cli.js');
const TARGET_MB = Number(process.env.BENCH_MB ?? 4);
const LARGE_MB = Number(process.env.BENCH_LARGE_MB ?? 40);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const RT_SECONDS = Number(process.env.BENCH_RT_SECONDS ?? 20);
const MB = 1e6;

if (!existsSync(CLI)) {
  console.error(`bench: ${CLI} is missing; run \`npm run build\` (npm run bench does)`);
  process.exit(1);
}

// ---------------------------------------------------------------- corpus
function baseTexts() {
  const dev = join(ROOT, '..', 'shared', 'corpus', 'dev');
  if (existsSync(dev)) {
    const texts = readdirSync(dev).filter((f) => f.endsWith('.json')).sort()
      .map((f) => JSON.parse(readFileSync(join(dev, f), 'utf8')))
      .filter((r) => typeof r.text === 'string' && r.text.length > 0)
      .map((r) => ({ id: String(r.id), text: r.text }));
    if (texts.length) return { source: 'shared/corpus/dev', texts };
  }
  const texts = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.txt')) texts.push({ id: e.name, text: readFileSync(p, 'utf8') });
      else if (e.name.endsWith('.json')) {
        const j = JSON.parse(readFileSync(p, 'utf8'));
        for (const x of Array.isArray(j) ? j : [j]) if (x && typeof x.text === 'string') texts.push({ id: `${e.name}:${texts.length}`, text: x.text });
      }
    }
  };
  walk(join(ROOT, 'fixtures'));
  return { source: 'fixtures', texts };
}

/** Copy n of a text: every digit shifted by n (mod 10), so numbers, and clause texts, differ. */
function vary(text, n) {
  if (n === 0) return text;
  return text.replace(/[0-9]/g, (d) => String((Number(d) + n) % 10));
}

const { source, texts: base } = baseTexts();
/** Copies of the corpus texts until `mb` megabytes of text (the copies of a smaller size are a prefix of a larger one). */
function makeDocs(mb) {
  const out = [];
  let b = 0;
  for (let n = 0; b < mb * MB; n++) {
    for (const d of base) {
      const text = vary(d.text, n);
      out.push({ id: `${d.id}#${n}`, text });
      b += Buffer.byteLength(text);
    }
  }
  return out;
}
const work = mkdtempSync(join(tmpdir(), 'tongbao-bench-'));
/** An input for the CLI runs: its documents, UTF-8 bytes of text per document, and the JSON lines file. */
function makeInput(name, list) {
  const docBytes = list.map((d) => Buffer.byteLength(d.text));
  const file = join(work, `${name}.jsonl`);
  writeFileSync(file, list.map((d) => JSON.stringify(d)).join('\n') + '\n');
  return { name, docs: list, docBytes, bytes: docBytes.reduce((a, b) => a + b, 0), file };
}
const largeDocs = LARGE_MB > 0 ? makeDocs(Math.max(LARGE_MB, TARGET_MB)) : null;
const smallDocs = largeDocs ? largeDocs.slice(0, makeDocs(TARGET_MB).length) : makeDocs(TARGET_MB);
const small = makeInput('small', smallDocs);
const large = largeDocs ? makeInput('large', largeDocs) : null;
// The in-process measurements below (warm threads, parse() against Recognizers-Text) use the small input.
const docs = small.docs;
const bytes = small.bytes;

// ---------------------------------------------------------------- tongbao CLI runs
const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

/**
 * One run of the CLI on `input` with `args` (e.g. ['--jobs', '1']); stdin is the input file, or a
 * pipe the input is written to when `piped`.
 */
function runCli(input, args, piped = false) {
  return new Promise((resolve, reject) => {
    const argv0 = [CLI, 'parse', '--jsonl', ...args];
    const statsFile = join(work, 'time.txt');
    rmSync(statsFile, { force: true });
    const [cmd, argv] = timeBin ? [timeBin, ['-f', '%M %U %S', '-o', statsFile, process.execPath, ...argv0]] : [process.execPath, argv0];
    const fd = piped ? null : openSync(input.file, 'r');
    const t0 = performance.now();
    const child = spawn(cmd, argv, { stdio: [piped ? 'pipe' : fd, 'pipe', 'pipe'] });
    if (fd !== null) closeSync(fd);
    const stamps = [];
    let peakPolled = 0;
    const poll = timeBin ? null : setInterval(() => {
      try {
        const m = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (m) peakPolled = Math.max(peakPolled, Number(m[1]));
      } catch { /* exited */ }
    }, 20);
    child.stdout.on('data', (chunk) => {
      const now = performance.now();
      let i = -1;
      while ((i = chunk.indexOf(10, i + 1)) >= 0) stamps.push(now - t0);
    });
    let stderr = '';
    child.stderr.on('data', (c) => { stderr += c; });
    child.on('error', reject);
    child.on('close', (code) => {
      const wall = (performance.now() - t0) / 1000;
      if (poll) clearInterval(poll);
      let rssKb = peakPolled;
      let cpu = NaN;
      if (timeBin && existsSync(statsFile)) {
        const [m, u, s] = readFileSync(statsFile, 'utf8').trim().split(/\s+/).slice(-3).map(Number);
        rssKb = m; cpu = u + s;
      }
      const n = input.docs.length;
      if (stamps.length !== n) {
        reject(new Error(`${args.join(' ') || 'default'}: ${stamps.length} output lines for ${n} inputs (exit ${code}) ${stderr.slice(0, 500)}`));
        return;
      }
      const k = Math.floor(n / 10);
      const steadyBytes = input.docBytes.slice(k).reduce((a, b) => a + b, 0);
      const steadySecs = (stamps[n - 1] - stamps[k - 1]) / 1000;
      resolve({ wall, cpu, rssMb: rssKb / 1024, first: stamps[0] / 1000, steadyMbps: steadyBytes / MB / steadySecs });
    });
    if (piped) {
      child.stdin.on('error', () => {});
      child.stdin.end(readFileSync(input.file));
    }
  });
}

const median = (xs) => { const a = [...xs].sort((x, y) => x - y); const m = a.length >> 1; return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2; };

/**
 * Every variant run RUNS times, interleaved; per variant the fastest run (its CPU, steady state and
 * first result), the median wall time and the largest peak RSS of all its runs.
 */
async function runVariants(input, variants) {
  const runs = variants.map(() => []);
  for (let r = 0; r < RUNS; r++) {
    for (const [i, v] of variants.entries()) runs[i].push(await runCli(input, v.args, v.piped));
  }
  return variants.map((v, i) => {
    const best = runs[i].reduce((a, b) => (b.wall < a.wall ? b : a));
    const wall = median(runs[i].map((x) => x.wall));
    return {
      ...v, ...best, medianWall: wall, mbps: input.bytes / MB / best.wall, medianMbps: input.bytes / MB / wall,
      rssMb: Math.max(...runs[i].map((x) => x.rssMb)),
    };
  });
}

/** How much faster two threads of pure arithmetic run than one: ~2.0 on an idle 2-core machine. */
async function parallelCapacity() {
  const { Worker } = await import('node:worker_threads');
  const code = `const { parentPort } = require('node:worker_threads'); let x = 0; for (let i = 0; i < 2e8; i++) x += i % 7; parentPort.postMessage(x);`;
  const time = async (n) => {
    const t0 = performance.now();
    await Promise.all(Array.from({ length: n }, () => new Promise((r) => new Worker(code, { eval: true }).once('message', r))));
    return performance.now() - t0;
  };
  const one = await time(1);
  const two = await time(2);
  return (2 * one) / two;
}

/**
 * parse() throughput of n worker threads at once, each warmed up first (two passes over the input),
 * then timed on two passes over copies whose digits none of the CLI runs saw: how the pool's
 * threads scale once start-up and JIT warm-up are behind them.
 */
async function warmThreadRate(n) {
  const { Worker } = await import('node:worker_threads');
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    import(workerData.index).then(({ parse }) => {
      for (let pass = 0; pass < 2; pass++) for (const t of workerData.texts) parse(t);
      const fresh = [1, 7].flatMap((k) => workerData.texts.map((t) => t.replace(/[0-9]/g, (d) => String((Number(d) * 3 + k) % 10))));
      parentPort.postMessage('warm');
      parentPort.once('message', () => {
        const t0 = performance.now();
        for (const t of fresh) parse(t);
        parentPort.postMessage(fresh.length / ((performance.now() - t0) / 1000));
      });
    });`;
  const workerData = { index: pathToFileURL(join(DIST, 'index.js')).href, texts: docs.map((d) => d.text) };
  const workers = Array.from({ length: n }, () => new Worker(code, { eval: true, workerData, resourceLimits: { maxYoungGenerationSizeMb: 48 } }));
  await Promise.all(workers.map((w) => new Promise((r) => w.once('message', r))));
  const rates = workers.map((w) => new Promise((r) => w.once('message', r)));
  for (const w of workers) w.postMessage('go');
  const total = (await Promise.all(rates)).reduce((a, b) => a + b, 0);
  await Promise.all(workers.map((w) => w.terminate()));
  return total;
}

const capacityBefore = await parallelCapacity();
const VARIANTS = [
  { label: 'default', args: [] },
  { label: '--jobs 1', args: ['--jobs', '1'] },
  { label: '--jobs 2', args: ['--jobs', '2'] },
];
const sizes = [];
for (const input of [small, large]) {
  if (!input) continue;
  console.error(`bench: ${input.docs.length} documents, ${(input.bytes / MB).toFixed(2)} MB of text from ${source} (${base.length} texts), ${availableParallelism()} cores, ${RUNS} runs each`);
  // The large input also piped: a pipe does not tell its size, the default goes by what it has read.
  const variants = input === large ? [...VARIANTS, { label: 'default, piped', args: [], piped: true }] : VARIANTS;
  const results = await runVariants(input, variants);
  sizes.push({ input, results });
  console.error(`bench: ${results.map((r) => `${r.label} ${r.wall.toFixed(2)} s`).join(', ')}`);
}
const one = sizes[0].results.find((r) => r.label === '--jobs 1');
const capacityAfter = await parallelCapacity();
const warmOne = await warmThreadRate(1);
const warmTwo = await warmThreadRate(2);
console.error(`bench: warm threads done (${warmOne.toFixed(0)} / ${warmTwo.toFixed(0)} docs/s)`);

// ---------------------------------------------------------------- same subset: tongbao parse() vs Recognizers-Text
const require = createRequire(import.meta.url);
const { parse } = await import(join(DIST, 'index.js'));
const step = Math.max(1, Math.floor(base.length / 12));
const subset = base.filter((_, i) => i % step === 0).map((d) => d.text);
const subsetBytes = subset.reduce((a, t) => a + Buffer.byteLength(t), 0);

/** Runs fn over the texts (whole passes, at least one) until `budget` CPU seconds; rates use CPU time of this process. */
function rate(fn, texts, budget) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const cpu = () => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1e6; };
  let done = 0;
  let b = 0;
  for (;;) {
    for (const t of texts) {
      fn(t);
      done++;
      b += Buffer.byteLength(t);
      if (cpu() > budget) return { bytes: b, docs: done, secs: cpu(), wall: (performance.now() - t0) / 1000 };
    }
    if (cpu() > budget / 4) return { bytes: b, docs: done, secs: cpu(), wall: (performance.now() - t0) / 1000 };
  }
}

// Warm: the segmenter loaded and the code optimized. V8 needs about a thousand releases before
// parse() runs at full speed, so one pass over the whole input, not over the small subset.
for (const d of docs) parse(d.text);
const ours = rate((t) => parse(t), subset, 3);

let rt = null;
try {
  const c0 = process.cpuUsage();
  const N = require('@microsoft/recognizers-text-number');
  const U = require('@microsoft/recognizers-text-number-with-unit');
  const nr = new N.NumberRecognizer('zh-cn');
  const ur = new U.NumberWithUnitRecognizer('zh-cn');
  const models = [nr.getNumberModel(), nr.getPercentageModel(), ur.getCurrencyModel()];
  models.forEach((m) => m.parse('共破获案件1200起，同比上升15.3%，涉案金额2.5亿元。'));
  const cu = process.cpuUsage(c0);
  const startup = (cu.user + cu.system) / 1e6;
  let found = 0;
  const r = rate((t) => { for (const m of models) found += m.parse(t).length; }, subset, RT_SECONDS);
  rt = { ...r, startup, found };
} catch (e) {
  console.error(`bench: Recognizers-Text not run (${e.message}); npm install runs it as a devDependency`);
}

// ---------------------------------------------------------------- linear cost (issue 6)
function genre(size) {
  let s = '';
  for (let n = 0; s.length < size; n++) for (const d of base) { s += vary(d.text, n) + '\n'; if (s.length >= size) break; }
  return s.slice(0, size);
}
function timeParse(text) {
  let b = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    parse(text);
    const c = process.cpuUsage(c0);
    b = Math.min(b, (c.user + c.system) / 1e6);
  }
  return b;
}
const S = 250_000;
const smallDoc = timeParse(genre(S));
const largeDoc = timeParse(genre(4 * S));

// ---------------------------------------------------------------- table
const f = (x, d = 2) => (Number.isFinite(x) ? x.toFixed(d) : 'n/a');
// Recognizers-Text over an input, extrapolated by bytes from its CPU time on the subset, plus its start-up.
const rtSecsFor = (b) => (rt ? rt.startup + (b * rt.secs) / rt.bytes : NaN);
const out = [];
const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c] ?? '').length)));
  const line = (r) => '| ' + r.map((x, c) => String(x ?? '').padEnd(widths[c])).join(' | ') + ' |';
  out.push(line(rows[0]));
  out.push('| ' + widths.map((w) => '-'.repeat(w)).join(' | ') + ' |');
  for (const r of rows.slice(1)) out.push(line(r));
};
out.push(`tongbao benchmark: node ${process.version}, ${availableParallelism()} cores; text from ${source}; CLI runs: ${RUNS} each, interleaved`);
out.push(`machine check: 2 threads of arithmetic run ${f(capacityBefore)}× / ${f(capacityAfter)}× faster than 1 (before / after the CLI runs; 2.0 on an idle 2-core machine)`);
const summary = [];
for (const { input, results } of sizes) {
  const rtSecs = rtSecsFor(input.bytes);
  const j1 = results.find((r) => r.label === '--jobs 1');
  const def = results.find((r) => r.label === 'default');
  out.push('');
  out.push(`${input.docs.length} documents, ${f(input.bytes / MB)} MB (UTF-8 text):`);
  table([
    ['', ...results.map((r) => `tongbao ${r.label}`), 'Recognizers-Text*'],
    ['whole-process MB/s (best run)', ...results.map((r) => f(r.mbps)), f(input.bytes / MB / rtSecs, 4)],
    ['whole-process MB/s (median run)', ...results.map((r) => f(r.medianMbps)), ''],
    ['wall seconds (best / median)', ...results.map((r) => `${f(r.wall)} / ${f(r.medianWall)}`), f(rtSecs, 0)],
    ['CPU seconds (user+sys, best run)', ...results.map((r) => f(r.cpu)), f(rtSecs, 0)],
    ['steady-state MB/s', ...results.map((r) => f(r.steadyMbps)), rt ? f(rt.bytes / MB / rt.secs, 4) : 'n/a'],
    ['first result (s)', ...results.map((r) => f(r.first)), rt ? f(rt.startup + rt.secs / rt.docs) : 'n/a'],
    ['peak RSS (MB, all runs)', ...results.map((r) => f(r.rssMb, 0)), 'n/a'],
    ['/ --jobs 1, best (median)', ...results.map((r) => `${f(j1.wall / r.wall)}× (${f(j1.medianWall / r.medianWall)}×)`), ''],
  ]);
  summary.push({ input, def, j1, rtSecs, rss: Math.max(...results.map((r) => r.rssMb)) });
}
out.push('');
out.push(`* Recognizers-Text (NumberModel + PercentageModel + CurrencyModel, zh-cn, models built once): CPU seconds, measured in this process on ${rt ? rt.docs : 0} documents (${rt ? (rt.bytes / 1000).toFixed(0) : 0} kB) of a ${subset.length}-text subset of the corpus, extrapolated by bytes to each input; start-up ${rt ? f(rt.startup) : 'n/a'} CPU s; ${rt ? rt.found : 0} entities found.`);
// The 1-job run already keeps more than one core busy (V8 compiles and collects on other threads):
// on two cores, two jobs cannot end before half its CPU seconds even if they added no work.
out.push(`ceiling for 2 jobs on 2 cores from the ${f(small.bytes / MB)} MB 1-job run: 2 × wall / CPU = ${f((2 * one.wall) / one.cpu)}× (the 1-job run keeps ${f(one.cpu / one.wall)} cores busy)`);
out.push(`warm threads, parse() only: 2 threads at once ${f(warmTwo, 0)} docs/s vs 1 thread ${f(warmOne, 0)} docs/s → ${f(warmTwo / warmOne)}× (each thread warmed up first; the pool's scaling once start-up and JIT warm-up are paid)`);
if (rt) out.push(`tongbao parse() on the same subset, one thread, warm: ${f(ours.bytes / MB / ours.secs)} MB per CPU-second → ${f(ours.bytes / ours.secs / (rt.bytes / rt.secs), 0)}× Recognizers-Text`);
out.push(`linear cost: one document of ${S / 1000}k characters ${f(smallDoc * 1000, 0)} ms, of ${(4 * S) / 1000}k characters ${f(largeDoc * 1000, 0)} ms → ratio ${f(largeDoc / smallDoc)} (4× input; target ≤ 5×)`);
out.push('');
out.push('targets (issue 15), default run, best of the runs:');
const mark = (ok) => (ok ? 'met' : 'NOT met');
const [s4, s40] = summary;
const line = (label, value, ok) => out.push(`  ${label.padEnd(44)} ${value.padEnd(26)} ${mark(ok)}`);
line(`≥ 5 MB/s on ${f(s4.input.bytes / MB)} MB`, `${f(s4.def.mbps)} MB/s`, s4.def.mbps >= 5);
if (s40) line(`≥ 10 MB/s on ${f(s40.input.bytes / MB)} MB`, `${f(s40.def.mbps)} MB/s`, s40.def.mbps >= 10);
for (const s of summary) line(`default / --jobs 1 ≥ 0.95 on ${f(s.input.bytes / MB)} MB`, `${f(s.j1.wall / s.def.wall)}× (median ${f(s.j1.medianWall / s.def.medianWall)}×)`, s.j1.wall / s.def.wall >= 0.95);
const rss = Math.max(...summary.map((s) => s.rss));
line('peak RSS ≤ 400 MB (every run)', `${f(rss, 0)} MB`, rss <= 400);
if (rt) for (const s of summary) {
  const x = s.def.mbps / (s.input.bytes / MB / s.rtSecs);
  line(`≥ 300× Recognizers-Text on ${f(s.input.bytes / MB)} MB (wall)`, `${f(x, 0)}× (by CPU: ${f(s.rtSecs / s.def.cpu, 0)}×)`, x >= 300);
}
console.log(out.join('\n'));
rmSync(work, { recursive: true, force: true });
