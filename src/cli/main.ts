/**
 * tongbao CLI. `tongbao parse` reads files, folders, globs or JSON lines on stdin and writes one
 * record per input document, in input order, as JSON lines, a JSON array or CSV.
 */
import { createReadStream, createWriteStream, promises as fsp, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { recordJsonSchema } from '../schema.js';
import { decodeBytes } from '../pipeline/decode.js';
import { CSV_COLUMNS, CSV_HEADER } from '../pipeline/csv.js';
import type { Job, PipelineParseOptions } from '../pipeline/job.js';
import { runOrdered } from '../pipeline/ordered.js';
import { defaultConcurrency } from '../pipeline/parseMany.js';
import { AutoJobs, BYTES_PER_WORKER, stdinInSight } from '../pipeline/autoJobs.js';
import { DEFAULT_MAX_LENGTH } from '../options.js';
import { expandPaths, errMessage, type Input } from './inputs.js';
import { byteLines } from './lines.js';
import { Progress } from './progress.js';
import { tuneV8 } from './v8Flags.js';

declare const __TONGBAO_VERSION__: string | undefined;
/** The package version, set by the build (tsup define); the sources run by tests have none. */
export const VERSION = typeof __TONGBAO_VERSION__ === 'string' ? __TONGBAO_VERSION__ : '0.0.0-source';

export const HELP = `tongbao — structured statistics from Chinese police press releases

Usage:
  tongbao parse [options] PATH...   parse files, folders (recursive) and globs of .txt, .html/.htm, .jsonl
  tongbao parse --jsonl [options]   filter: JSON lines {"id","text"} on stdin → one result line per input line
  tongbao schema                    print the JSON Schema of the records tongbao parse writes
  tongbao -h, --help                this text
  tongbao -V, --version             the version

PATH is a file, a folder (its .txt, .html, .htm and .jsonl files, recursively, in path order), a
quoted glob ('news/**/*.html') or - for stdin. A .txt/.html file is one document whose id is its
path; each line of a .jsonl file is one document {"id", "text"}. A record without an id keeps
"id": null and gains "line" (and "file" for a .jsonl file).

Options:
      --jsonl          input is JSON lines (stdin when no PATH is given; every PATH otherwise)
      --html           inputs not named .html/.jsonl are HTML too
  -f, --format F       jsonl (default): one JSON record per line, {"id", ...ParseResult}
                       json: one JSON array of the records
                       csv: one row per metric, a row with empty metric fields for a document
                            without metrics (RFC 4180, CRLF); columns:
                            ${CSV_COLUMNS.slice(0, 11).join(',')},
                            ${CSV_COLUMNS.slice(11).join(',')}
                            (warnings: the document's, "code: message; ..."; error: "code: message")
      --bom            start CSV output with a UTF-8 byte order mark (for spreadsheets)
  -o, --out FILE       write results to FILE instead of stdout
  -j, --jobs N         parsing threads: this one plus N-1 worker threads, started once the input
                       passes 100k characters. Default: worker threads only for large inputs, where
                       they pay for their start-up: one per 16 MB of input (file sizes, or twice
                       what was read so far from a pipe) while cores are idle, at most the cores
                       less one (here ${defaultConcurrency() - 1})
      --trace          add the extractor and refiners behind each metric
      --max-length N   inputs longer than N characters are not parsed (warning input_too_long)
      --summary        print the summary line (documents, metrics, errors, seconds) on stderr even
                       when stderr is not a terminal
  -q, --quiet          no progress bar and no summary
  -h, --help           this text
  -V, --version        the version

stdout carries only results. On a terminal, stderr shows a progress bar and a summary line;
otherwise stderr stays quiet. With --jsonl and no PATH the command is a pure filter: exactly one
output line per input line, in input order, so it can run as a mapper (GNU parallel --pipe -k,
Hadoop Streaming, Spark RDD.pipe).

Every input yields exactly one record and the run goes on after bad input:
  {"id": null, "line": N, "error": {"code", "message"}}
                       a line that is empty or not a JSON object (codes empty_line, invalid_json,
                       invalid_record); "file" too for a line of a .jsonl file
  {"id": ID, "error": {"code", "message"}}    a record without a string "text" (missing_text)
  {"id": PATH, "error": {"code", "message"}}  a file that cannot be read (unreadable, no_match,
                                               file_too_large)
Files that are not UTF-8 are decoded as GB18030 (GBK) when they are clean GB18030, else with
U+FFFD replacement; the result then has a warning (decoded_gb18030, decoded_utf16, invalid_utf8).

Environment:
  TONGBAO_SEGMENTER=native|wasm   use nodejieba or jieba-wasm only (default: nodejieba where its
                                  binding loads, else jieba-wasm, with a warning segmenter_fallback)

Exit status:
  0  every input was parsed
  1  usage error, or the output could not be written
  2  at least one error record was written
`;

export interface Io {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WriteStream | (NodeJS.WritableStream & { isTTY?: boolean; columns?: number });
}

class UsageError extends Error {}

export interface ParseArgs {
  paths: string[];
  jsonl: boolean;
  html: boolean;
  format: 'jsonl' | 'json' | 'csv';
  bom: boolean;
  out: string | null;
  /** Parsing threads; 'auto': as many as the input in sight pays for (autoJobs.ts). */
  jobs: number | 'auto';
  trace: boolean;
  maxLength: number | undefined;
  summary: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

export function parseArgs(args: readonly string[]): ParseArgs {
  const a: ParseArgs = {
    paths: [], jsonl: false, html: false, format: 'jsonl', bom: false, out: null, jobs: 'auto',
    trace: false, maxLength: undefined, summary: false, quiet: false, help: false, version: false,
  };
  let onlyPaths = false;
  for (let i = 0; i < args.length; i++) {
    let arg = args[i];
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) { a.paths.push(arg); continue; }
    if (arg === '--') { onlyPaths = true; continue; }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) { value = arg.slice(eq + 1); arg = arg.slice(0, eq); }
    const need = (): string => {
      if (value !== undefined) return value;
      if (i + 1 >= args.length) throw new UsageError(`${arg} needs a value`);
      return args[++i];
    };
    switch (arg) {
      case '--jsonl': a.jsonl = true; break;
      case '--html': a.html = true; break;
      case '--bom': a.bom = true; break;
      case '--trace': a.trace = true; break;
      case '--summary': a.summary = true; break;
      case '--quiet': case '-q': a.quiet = true; break;
      case '--help': case '-h': a.help = true; break;
      case '--version': case '-V': a.version = true; break;
      case '--format': case '-f': {
        const f = need();
        if (f !== 'jsonl' && f !== 'json' && f !== 'csv') throw new UsageError(`--format must be jsonl, json or csv, not ${f}`);
        a.format = f;
        break;
      }
      case '--out': case '-o': a.out = need(); break;
      case '--jobs': case '-j': {
        const v = need();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs must be a whole number ≥ 1, not ${v}`);
        a.jobs = n;
        break;
      }
      case '--max-length': {
        const v = need();
        const n = Number(v);
        if (!Number.isInteger(n) || n < 0) throw new UsageError(`--max-length must be a whole number ≥ 0, not ${v}`);
        a.maxLength = n;
        break;
      }
      default: throw new UsageError(`unknown option ${arg}`);
    }
  }
  return a;
}

/**
 * Writes results to the output stream, a few at a time: results are encoded as UTF-8 straight into
 * a buffer (no joined copy of the strings) and written once FLUSH_BYTES are gathered (one system
 * call instead of one per document), and at the latest FLUSH_MS after a result came, so a slow
 * input never holds back results already made (the first result goes out at once). Writes with
 * backpressure; remembers a closed pipe (EPIPE) instead of crashing.
 */
const FLUSH_BYTES = 1 << 16;
const FLUSH_MS = 20;
/** Room for a flush's worth plus one result of up to FLUSH_BYTES UTF-16 units (3 bytes each at most); larger results are written on their own. */
const BUFFER_BYTES = 4 * FLUSH_BYTES;

class Sink {
  broken = false;
  failure: Error | null = null;
  private buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private used = 0;
  private flushSoon: NodeJS.Timeout | null = null;
  private lastFlush = -Infinity;
  constructor(private readonly stream: NodeJS.WritableStream) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') this.broken = true;
      else this.failure = e;
    });
  }

  write(s: string): Promise<void> | void {
    if (this.broken || this.failure || s.length === 0) return;
    if (3 * s.length > BUFFER_BYTES - FLUSH_BYTES) {
      this.emit();
      return this.send(s);
    }
    this.used += this.buf.write(s, this.used);
    if (this.used >= FLUSH_BYTES || performance.now() - this.lastFlush >= FLUSH_MS) return this.flush();
    this.flushSoon ??= setTimeout(() => { this.flushSoon = null; void this.flush(); }, FLUSH_MS);
  }

  /** Writes what is gathered; resolves once the stream can take more. */
  flush(): Promise<void> | void {
    if (this.used === 0 || this.broken || this.failure) return;
    return this.emit();
  }

  /** Hands the gathered bytes to the stream (a new buffer takes the next results: the stream may hold this one). */
  private emit(): Promise<void> | void {
    if (this.flushSoon) { clearTimeout(this.flushSoon); this.flushSoon = null; }
    if (this.used === 0) return;
    const chunk = this.buf.subarray(0, this.used);
    this.buf = Buffer.allocUnsafe(BUFFER_BYTES);
    this.used = 0;
    return this.send(chunk);
  }

  private send(chunk: string | Buffer): Promise<void> | void {
    this.lastFlush = performance.now();
    if (!this.stream.write(chunk)) {
      return new Promise<void>((resolve) => {
        const done = () => { this.stream.off('drain', done); this.stream.off('error', done); this.stream.off('close', done); resolve(); };
        this.stream.on('drain', done);
        this.stream.on('error', done);
        this.stream.on('close', done);
      });
    }
  }
}

/** Input bytes of each job read but not yet written (results come out in job order). */
interface Counters { pending: number[] }

async function* jobsOf(inputs: readonly Input[], io: Io, base: PipelineParseOptions, counters: Counters): AsyncGenerator<Job> {
  const htmlOptions: PipelineParseOptions = { ...base, format: 'html' };
  for (const input of inputs) {
    if (input.type === 'error') {
      counters.pending.push(0);
      yield { kind: 'error', record: { id: input.path, error: { code: input.code, message: input.message } } };
      continue;
    }
    const file = input.type === 'file' ? input.path : undefined;
    const options = input.kind === 'html' ? htmlOptions : base;
    if (input.kind === 'jsonl') {
      const stream = input.type === 'file' ? createReadStream(input.path) : io.stdin;
      let line = 0;
      try {
        for await (const bytes of byteLines(stream as AsyncIterable<Buffer>)) {
          line++;
          counters.pending.push(bytes.length + 1);
          const { text, warnings } = decodeBytes(bytes);
          yield { kind: 'jsonl', line, file, json: text, options, warnings: warnings.length ? warnings : undefined };
        }
      } catch (e) {
        // The file went away or could not be read part-way: one error record for what is left.
        counters.pending.push(0);
        yield { kind: 'error', record: { id: file ?? '-', ...(line ? { line: line + 1 } : {}), error: { code: 'unreadable', message: errMessage(e) } } };
      }
      continue;
    }
    let bytes: Buffer;
    try {
      if (input.type === 'file') {
        const maxBytes = 4 * (base.maxLength ?? DEFAULT_MAX_LENGTH) + 1024;
        if (input.size > maxBytes) {
          counters.pending.push(input.size);
          yield { kind: 'error', record: { id: input.path, error: { code: 'file_too_large', message: `file has ${input.size} bytes, over the limit of ${maxBytes} (see --max-length)` } } };
          continue;
        }
        bytes = await fsp.readFile(input.path);
      } else {
        const chunks: Buffer[] = [];
        for await (const c of io.stdin as AsyncIterable<Buffer | string>) chunks.push(typeof c === 'string' ? Buffer.from(c) : c);
        bytes = Buffer.concat(chunks);
      }
    } catch (e) {
      counters.pending.push(input.type === 'file' ? input.size : 0);
      yield { kind: 'error', record: { id: file ?? '-', error: { code: 'unreadable', message: errMessage(e) } } };
      continue;
    }
    counters.pending.push(bytes.length);
    const { text, warnings } = decodeBytes(bytes);
    yield { kind: 'parse', id: file ?? '-', text, options, warnings: warnings.length ? warnings : undefined };
  }
}

async function runParse(a: ParseArgs, io: Io): Promise<number> {
  if (a.paths.length === 0 && !a.jsonl) {
    throw new UsageError('give PATHs to parse, or --jsonl to read JSON lines on stdin');
  }
  const started = Date.now();
  const inputs: Input[] = a.paths.length === 0 ? [{ type: 'stdin', kind: 'jsonl' }] : expandPaths(a.paths, { jsonl: a.jsonl, html: a.html });
  // Standard input counted as it is read, for the default number of jobs.
  const stdin = a.jobs === 'auto' && inputs.some((i) => i.type === 'stdin') ? stdinInSight(io.stdin) : null;
  let outStream: NodeJS.WritableStream = io.stdout;
  if (a.out) {
    const ws = createWriteStream(a.out);
    await new Promise<void>((resolve, reject) => { ws.once('open', () => resolve()); ws.once('error', reject); }).catch((e) => {
      throw new UsageError(`cannot write ${a.out}: ${errMessage(e)}`);
    });
    outStream = ws;
  }
  const sink = new Sink(outStream);
  const stderrTty = (io.stderr as { isTTY?: boolean }).isTTY === true;
  const showProgress = stderrTty && !a.quiet;
  const totalBytes = inputs.some((i) => i.type === 'stdin') ? null : inputs.reduce((s, i) => s + (i.type === 'file' ? i.size : 0), 0);
  const progress = showProgress ? new Progress(io.stderr as NodeJS.WriteStream, totalBytes) : null;
  const counters: Counters = { pending: [] };
  let bytesDone = 0;
  const base: PipelineParseOptions = {};
  if (a.trace) base.trace = true;
  if (a.maxLength !== undefined) base.maxLength = a.maxLength;
  if (a.html) base.format = 'html';
  const jobs = jobsOf(inputs, stdin ? { ...io, stdin: stdin.stream } : io, base, counters);
  // Default jobs: workers for the input in sight (file sizes, bytes on stdin).
  const filesBytes = inputs.reduce((s, i) => s + (i.type === 'file' ? i.size : 0), 0);
  const inSight = (): number => filesBytes + (stdin ? stdin.bytes() : 0);
  // An input whose whole size is known to be too small for a worker runs as --jobs 1 does.
  const small = (stdin === null || stdin.sized) && inSight() < BYTES_PER_WORKER;
  const auto = a.jobs === 'auto' && !small ? new AutoJobs() : null;
  const workersWanted = auto ? () => auto.wanted(inSight()) : undefined;
  const concurrency = a.jobs !== 'auto' ? a.jobs : auto ? defaultConcurrency() : 1;

  let docs = 0;
  let metrics = 0;
  let errors = 0;
  const encoding = a.format === 'csv' ? 'csv' : a.format === 'json' ? 'pretty' : 'json';
  if (a.format === 'csv') await sink.write((a.bom ? '\ufeff' : '') + CSV_HEADER);
  if (a.format === 'json') await sink.write('[');
  try {
    for await (const r of runOrdered(jobs, { concurrency, encoding, mainThreadParses: true, workersWanted })) {
      const s = r.out as string;
      if (a.format === 'json') await sink.write((docs ? ',\n' : '\n') + s);
      else if (a.format === 'csv') await sink.write(s);
      else await sink.write(s + '\n');
      docs++;
      metrics += r.metrics;
      if (r.error) errors++;
      bytesDone += counters.pending.shift() ?? 0;
      progress?.tick(docs, bytesDone);
      if (sink.broken || sink.failure) break;
    }
  } finally {
    // Results already made go out even when the run stops on an error.
    await sink.flush();
  }
  if (a.format === 'json') await sink.write(docs ? '\n]\n' : ']\n');
  await sink.flush();
  if (outStream !== io.stdout) await new Promise<void>((resolve) => outStream.end(resolve));
  progress?.clear();
  if (sink.failure) {
    io.stderr.write(`tongbao: cannot write output: ${sink.failure.message}\n`);
    return 1;
  }
  if ((stderrTty || a.summary) && !a.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(`tongbao: ${docs} documents, ${metrics} metrics, ${errors} errors, ${secs} s\n`);
  }
  return errors > 0 ? 2 : 0;
}

export async function main(argv: readonly string[], io: Io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') { io.stdout.write(HELP); return 0; }
  if (cmd === '--version' || cmd === '-V') { io.stdout.write(`${VERSION}\n`); return 0; }
  if (cmd === 'schema') { io.stdout.write(JSON.stringify(recordJsonSchema(), null, 2) + '\n'); return 0; }
  if (cmd !== 'parse') { io.stderr.write(`tongbao: unknown command ${cmd}\n\n${HELP}`); return 1; }
  try {
    const a = parseArgs(rest);
    if (a.help) { io.stdout.write(HELP); return 0; }
    if (a.version) { io.stdout.write(`${VERSION}\n`); return 0; }
    return await runParse(a, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`tongbao: ${e.message}\nRun tongbao --help for usage.\n`);
      return 1;
    }
    throw e;
  }
}

function isEntry(): boolean {
  const entry = process.argv[1];
  if (!entry) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(entry)).href;
  } catch {
    return false;
  }
}

if (isEntry()) {
  tuneV8();
  main(process.argv.slice(2)).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`tongbao: ${e instanceof Error ? e.stack ?? e.message : String(e)}\n`); process.exitCode = 1; },
  );
}
