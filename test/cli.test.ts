/**
 * The built CLI (`tongbao parse`): the JSONL filter property (one line out per line in, same order,
 * same ids, nothing else on stdout), error records and exit codes, files/folders/globs, CSV, JSON,
 * --out, GB18030 files.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt, CLI, ROOT } from './cli-build.js';

// Small releases written for these tests.
const SENTENCES = [
  '今年以来，全市公安机关共破获电信网络诈骗案件1200余起，同比上升15.3%。',
  '抓获犯罪嫌疑人356名，捣毁窝点27个，涉案金额达2.5亿元。',
  '全省刑事警情同比下降12%，治安警情下降8.6个百分点。',
  '缴获毒品1.2吨，比去年同期增长3倍。',
  '没有数字的一句话。',
  '共追赃挽损8130万元，返还群众近千万元。',
];

interface Run { status: number | null; stdout: string; stderr: string }

function tongbao(args: string[], opts: { input?: string | Buffer; cwd?: string; nodeFlags?: string[]; env?: Record<string, string> } = {}): Run {
  const env = opts.env ? { ...process.env, ...opts.env } : undefined;
  const r = spawnSync(process.execPath, [...(opts.nodeFlags ?? []), CLI, ...args], { input: opts.input ?? '', cwd: opts.cwd, env, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function jsonLines(s: string): Record<string, unknown>[] {
  expect(s.endsWith('\n') || s === '').toBe(true);
  return s.split('\n').slice(0, -1).map((l) => JSON.parse(l) as Record<string, unknown>);
}

/** A small RFC 4180 reader, to check what the CLI writes. */
function readCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '"' && field === '') {
      i++;
      for (;;) {
        if (s[i] === '"' && s[i + 1] === '"') { field += '"'; i += 2; } else if (s[i] === '"') { i++; break; } else field += s[i++];
      }
    } else if (c === ',') { row.push(field); field = ''; i++; }
    else if (c === '\r' && s[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; }
    else { field += c; i++; }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'tongbao-cli-'));
  mkdirSync(join(dir, 'news', '2023', 'deep'), { recursive: true });
  writeFileSync(join(dir, 'news', 'a.txt'), SENTENCES[0]);
  writeFileSync(join(dir, 'news', '2023', 'b.html'), `<html><head><title>通报</title></head><body><p>${SENTENCES[1]}</p></body></html>`);
  writeFileSync(join(dir, 'news', '2023', 'deep', 'c.txt'), SENTENCES[2]);
  writeFileSync(join(dir, 'news', '2023', 'notes.md'), '不是输入');
  writeFileSync(join(dir, 'news', 'batch.jsonl'), [{ id: 'j1', text: SENTENCES[3] }, { text: SENTENCES[5] }].map((r) => JSON.stringify(r)).join('\n') + '\n');
}, 180_000);

describe('tongbao parse --jsonl (the filter)', () => {
  const lines = [
    ...SENTENCES.map((text, i) => JSON.stringify({ id: `s${i}`, text })),
    JSON.stringify({ id: 17, text: SENTENCES[1] + SENTENCES[2] }),
    JSON.stringify({ id: { page: 3 }, text: '' }),
    'this is not json',
    '',
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'num-text', text: 12 }),
    '[1,2]',
    JSON.stringify({ text: SENTENCES[0] }),
    '{"id":"truncated","text":"抓获',
    JSON.stringify({ id: 'last', text: SENTENCES[5] }),
  ];
  const input = lines.join('\n') + '\n';
  // A record without an id keeps id null (and gains its line): a line number could be a real id.
  const expectedIds: unknown[] = [...SENTENCES.map((_, i) => `s${i}`), 17, { page: 3 }, null, null, 'no-text', 'num-text', null, null, null, 'last'];

  for (const jobs of ['1', '2']) {
    it(`writes exactly one record per input line, in order, and nothing else (--jobs ${jobs})`, () => {
      const r = tongbao(['parse', '--jsonl', '--jobs', jobs], { input });
      expect(r.stderr).toBe('');
      const out = jsonLines(r.stdout);
      expect(out).toHaveLength(lines.length);
      expect(out.map((o) => o.id)).toEqual(expectedIds);
      expect(r.status).toBe(2);
    });
  }

  it('gives error records for bad lines and bad records', () => {
    const out = jsonLines(tongbao(['parse', '--jsonl'], { input }).stdout);
    expect(out[8]).toEqual({ id: null, line: 9, error: { code: 'invalid_json', message: expect.any(String) } });
    expect(out[9]).toEqual({ id: null, line: 10, error: { code: 'empty_line', message: expect.any(String) } });
    expect(out[10]).toEqual({ id: 'no-text', error: { code: 'missing_text', message: expect.any(String) } });
    expect(out[11]).toEqual({ id: 'num-text', error: { code: 'missing_text', message: expect.any(String) } });
    expect(out[12]).toEqual({ id: null, line: 13, error: { code: 'invalid_record', message: expect.any(String) } });
    expect(out[13]).toMatchObject({ id: null, line: 14, metrics: [{ text: '1200余起' }, { text: '15.3%' }] });
    expect(out[14]).toEqual({ id: null, line: 15, error: { code: 'invalid_json', message: expect.any(String) } });
    expect(out[0]).not.toHaveProperty('line');
    for (const i of [0, 1, 2, 3, 4, 5, 6, 7, 13, 15]) {
      expect(out[i]).not.toHaveProperty('error');
      expect(out[i]).toHaveProperty('metrics');
      expect(out[i]).toHaveProperty('warnings');
    }
    const first = out[0] as { metrics: { start: number; end: number; text: string }[] };
    expect(first.metrics.length).toBeGreaterThan(0);
    for (const m of first.metrics) expect(SENTENCES[0].slice(m.start, m.end)).toBe(m.text);
  });

  it('exits 0 and gives the same output with 1 and 2 jobs when every line parses', () => {
    const good = lines.slice(0, 8).join('\r\n'); // CRLF and no final newline
    const one = tongbao(['parse', '--jsonl', '--jobs', '1'], { input: good });
    const two = tongbao(['parse', '--jsonl', '--jobs=2'], { input: good });
    expect(one.status).toBe(0);
    expect(two.status).toBe(0);
    expect(jsonLines(one.stdout)).toHaveLength(8);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stderr + two.stderr).toBe('');
  });

  it('gives the same output with 1, 2 and 3 jobs and by default on an input large enough to start the workers part-way', () => {
    const big: string[] = [];
    for (let i = 0; big.join('').length < 150_000; i++) {
      const text = SENTENCES.map((t) => t.replace(/\d/g, (d) => String((Number(d) + i) % 10))).join('');
      big.push(i % 97 === 50 ? 'broken' : JSON.stringify({ id: i, text }));
    }
    const input = big.join('\n') + '\n';
    const one = tongbao(['parse', '--jsonl', '--jobs', '1'], { input });
    const two = tongbao(['parse', '--jsonl', '--jobs', '2'], { input });
    const three = tongbao(['parse', '--jsonl', '--jobs', '3'], { input });
    const auto = tongbao(['parse', '--jsonl'], { input });
    expect(jsonLines(two.stdout)).toHaveLength(big.length);
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    expect(auto.stdout).toBe(one.stdout);
    expect([two.status, three.status, auto.status]).toEqual([one.status, one.status, one.status]);
  });

  it('starts its workers when node runs with V8 flags, which Worker() refuses to take', () => {
    const lines: string[] = [];
    for (let i = 0; lines.join('').length < 150_000; i++) lines.push(JSON.stringify({ id: i, text: SENTENCES.join('') }));
    const input = lines.join('\n') + '\n';
    const one = tongbao(['parse', '--jsonl', '--jobs', '1'], { input });
    const two = tongbao(['parse', '--jsonl', '--jobs', '2'], { input, nodeFlags: ['--max-semi-space-size=16', '--no-turbo-inlining'] });
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(jsonLines(two.stdout)).toHaveLength(lines.length);
    expect(two.stdout).toBe(one.stdout);
  });

  it('warns once on stderr, and still parses, when the compact dictionary is missing', () => {
    // The case name before the quote is read from POS tags: this release needs the segmenter.
    const input = ['成功侦破桂林“1·17”非法采矿案，抓获犯罪嫌疑人356名。', '破获案件12起。'].map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
    const r = tongbao(['parse', '--jsonl', '--jobs', '1'], { input, env: { TONGBAO_JIEBA_DIR: join(tmpdir(), 'tongbao-no-dictionary-here') } });
    expect(r.status).toBe(0);
    expect(r.stderr.match(/TONGBAO_FULL_DICTIONARY/g)).toHaveLength(1);
    expect(r.stderr).toContain('tongbao-no-dictionary-here');
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual([0, 1]);
    expect(out[0].metrics).toMatchObject([{ kind: 'count', value: 356, unit: '名', start: 25, end: 29 }]);
    expect(out[0].cases).toMatchObject([{ code: '1·17', place: '桂林', crime: '非法采矿', start: 4, end: 17 }]);
  });

  it('writes nothing for empty input and exits 0', () => {
    const r = tongbao(['parse', '--jsonl'], { input: '' });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
  });

  it('decodes a GB18030 line and warns', () => {
    const line = Buffer.concat([Buffer.from('{"id":"gb","text":"'), Buffer.from('c8abcad0c6c6bbf1b0b8bcfe31323030c6f0', 'hex'), Buffer.from('"}\n')]);
    const [rec] = jsonLines(tongbao(['parse', '--jsonl'], { input: line }).stdout) as { id: string; warnings: { code: string }[]; metrics: { text: string }[] }[];
    expect(rec.id).toBe('gb');
    expect(rec.warnings.map((w) => w.code)).toContain('decoded_gb18030');
    expect(rec.metrics.map((m) => m.text)).toContain('1200起');
  });

  it('prints the summary line on stderr with --summary only', () => {
    const r = tongbao(['parse', '--jsonl', '--summary'], { input: lines.slice(0, 3).join('\n') + '\nbad\n' });
    expect(jsonLines(r.stdout)).toHaveLength(4);
    expect(r.stderr).toMatch(/^tongbao: 4 documents, \d+ metrics, 1 errors, [\d.]+ s\n$/);
  });
});

describe('tongbao parse PATH...', () => {
  it('walks folders recursively in path order, reads .txt, .html and .jsonl, and skips other files', () => {
    const r = tongbao(['parse', 'news'], { cwd: dir });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual([join('news', '2023', 'b.html'), join('news', '2023', 'deep', 'c.txt'), join('news', 'a.txt'), 'j1', null]);
    expect(out[4]).toMatchObject({ file: join('news', 'batch.jsonl'), line: 2 });
    const html = out[0] as { metrics: { start: number; end: number; text: string }[] };
    const source = readFileSync(join(dir, 'news', '2023', 'b.html'), 'utf8');
    expect(html.metrics.length).toBeGreaterThan(0);
    for (const m of html.metrics) expect(source.slice(m.start, m.end)).toBe(m.text); // offsets index the HTML file
  });

  it('expands quoted globs, including ** and {a,b}', () => {
    const out = jsonLines(tongbao(['parse', 'news/**/*.{txt,html}'], { cwd: dir }).stdout);
    expect(out.map((o) => o.id)).toEqual([join('news', '2023', 'b.html'), join('news', '2023', 'deep', 'c.txt'), join('news', 'a.txt')]);
    const one = jsonLines(tongbao(['parse', 'news/*.txt'], { cwd: dir }).stdout);
    expect(one.map((o) => o.id)).toEqual([join('news', 'a.txt')]);
  });

  it('gives an error record for an unreadable path or an empty glob, goes on, and exits 2', () => {
    const r = tongbao(['parse', 'news/a.txt', 'missing.txt', 'news/*.pdf', join('news', '2023', 'deep', 'c.txt')], { cwd: dir });
    expect(r.status).toBe(2);
    const out = jsonLines(r.stdout);
    expect(out.map((o) => o.id)).toEqual(['news/a.txt', 'missing.txt', 'news/*.pdf', join('news', '2023', 'deep', 'c.txt')]);
    expect((out[1].error as { code: string }).code).toBe('unreadable');
    expect((out[2].error as { code: string }).code).toBe('no_match');
    expect(out[3]).toHaveProperty('metrics');
  });

  it('decodes a GB18030 file and adds a warning; undecodable bytes get replacement characters and a warning', () => {
    // Node decodes GB18030 but does not encode it: these are the GBK bytes of 全市破获案件1200起，
    writeFileSync(join(dir, 'gb.txt'), Buffer.from('c8abcad0c6c6bbf1b0b8bcfe31323030c6f0a3ac', 'hex'));
    writeFileSync(join(dir, 'broken.txt'), Buffer.concat([Buffer.from('抓获犯罪嫌疑人'), Buffer.from([0xff, 0x80]), Buffer.from('30名')]));
    const r = tongbao(['parse', 'gb.txt', 'broken.txt'], { cwd: dir });
    expect(r.status).toBe(0);
    const [gb, broken] = jsonLines(r.stdout) as { warnings: { code: string }[]; metrics: { text: string; value: number }[] }[];
    expect(gb.warnings.map((w) => w.code)).toContain('decoded_gb18030');
    expect(gb.metrics.map((m) => [m.text, m.value])).toContainEqual(['1200起', 1200]);
    expect(broken.warnings.map((w) => w.code)).toContain('invalid_utf8');
    expect(broken.metrics.map((m) => m.text)).toContain('30名');
  });

  const HEADER = 'id,file,line,kind,value,unit,approximate,direction,basis,baseline,subject,text,start,end,period,period_from,period_to,place,place_code,warnings,error';
  const col = (name: string) => HEADER.split(',').indexOf(name);

  it('writes CSV with one row per metric, RFC 4180 quoting, CRLF, and an optional BOM', () => {
    const tricky = join(dir, 'say "hi", ok.txt');
    writeFileSync(tricky, '据介绍，“平安”行动中抓获犯罪嫌疑人356名，捣毁窝点27个。');
    const r = tongbao(['parse', '--format', 'csv', '--bom', 'say "hi", ok.txt', 'nope.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    expect(r.stdout.startsWith(`\ufeff${HEADER}\r\n`)).toBe(true);
    const rows = readCsv(r.stdout.slice(1));
    expect(rows[0]).toHaveLength(21);
    const data = rows.slice(1);
    expect(data.every((row) => row.length === 21)).toBe(true);
    const metrics = data.filter((row) => row[0] === 'say "hi", ok.txt');
    expect(metrics.length).toBeGreaterThanOrEqual(2);
    expect(metrics.map((row) => row[col('text')])).toEqual(expect.arrayContaining(['356名', '27个']));
    expect(metrics.find((row) => row[col('text')] === '356名')!.slice(col('kind'), col('approximate') + 1)).toEqual(['count', '356', '名', '']);
    expect(r.stdout).toContain('"say ""hi"", ok.txt"');
    const err = data.find((row) => row[0] === 'nope.txt')!;
    expect(err[col('error')]).toMatch(/^unreadable: /);
    const noBom = tongbao(['parse', '--format', 'csv', 'say "hi", ok.txt'], { cwd: dir });
    expect(noBom.stdout.startsWith('id,file,line,kind,')).toBe(true);
  });

  it('gives every document a CSV row: without metrics, its warnings; a bad line, its line number', () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'case-only.txt'), '桂林“1·17”非法采矿案告破。');
    writeFileSync(join(dir, 'lines.jsonl'), [JSON.stringify({ id: 7, text: '破获案件12起。' }), 'oops', JSON.stringify({ text: '没有数字。' })].join('\n') + '\n');
    const r = tongbao(['parse', '--format', 'csv', '--max-length', '20', 'empty.txt', 'case-only.txt', 'lines.jsonl', 'say "hi", ok.txt'], { cwd: dir });
    expect(r.status).toBe(2);
    const rows = readCsv(r.stdout).slice(1);
    const pick = (row: string[]) => [row[col('id')], row[col('file')], row[col('line')], row[col('text')], row[col('warnings')], row[col('error')]];
    expect(rows.map(pick)).toEqual([
      ['empty.txt', '', '', '', '', ''],
      ['case-only.txt', '', '', '', '', ''],
      ['7', '', '', '12起', '', ''],
      ['', 'lines.jsonl', '2', '', '', expect.stringMatching(/^invalid_json: /)],
      ['', 'lines.jsonl', '3', '', '', ''],
      ['say "hi", ok.txt', '', '', '', expect.stringMatching(/^input_too_long: input has 31 characters, over the limit of 20/), ''],
    ]);
  });

  it('writes a JSON array with --format json, and to a file with --out', () => {
    const r = tongbao(['parse', '--format', 'json', '--out', 'out.json', 'news/a.txt', 'news/2023/deep/c.txt'], { cwd: dir });
    expect(r).toEqual({ status: 0, stdout: '', stderr: '' });
    const arr = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { id: string }[];
    expect(arr.map((x) => x.id)).toEqual(['news/a.txt', 'news/2023/deep/c.txt']);
    expect(JSON.parse(tongbao(['parse', '--format', 'json', 'none-*.txt'], { cwd: dir }).stdout)).toHaveLength(1);
  });
});

describe('tongbao usage', () => {
  it('documents the exit statuses and error records in --help', () => {
    const r = tongbao(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Exit status/);
    expect(r.stdout).toMatch(/2 +at least one error record/);
    expect(r.stdout).toMatch(/--format/);
    expect(tongbao(['parse', '--help']).stdout).toBe(r.stdout);
  });

  it('exits 1 on a usage error with nothing on stdout', () => {
    for (const args of [['parse', '--format', 'xml', 'x.txt'], ['parse', '--jobs', '0', '--jsonl'], ['parse', '--wat'], ['parse'], ['frobnicate']]) {
      const r = tongbao(args);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe('');
      expect(r.stderr).not.toBe('');
    }
  });

  it('prints the JSON Schema of its records: a result or an error record (validated against real output in schema-cli.test.ts)', () => {
    const r = tongbao(['schema']);
    expect(r.status).toBe(0);
    const schema = JSON.parse(r.stdout) as { anyOf: { required: string[] }[] };
    expect(schema.anyOf.map((s) => s.required.filter((k) => k === 'id' || k === 'error' || k === 'metrics'))).toEqual([['metrics', 'id'], ['id', 'error']]);
  });

  it('prints its version', () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    for (const args of [['--version'], ['-V'], ['parse', '--version']]) expect(tongbao(args)).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('lists every option it accepts, short and long, in --help', () => {
    const help = tongbao(['--help']).stdout;
    const source = readFileSync(join(ROOT, 'src', 'cli', 'main.ts'), 'utf8');
    const flags = [...source.matchAll(/case '(-{1,2}[a-zA-Z][\w-]*)'/g)].map((m) => m[1]);
    expect(flags).toEqual(expect.arrayContaining(['--jsonl', '-f', '--format', '-j', '--jobs', '-o', '--out', '-q', '-V', '--version']));
    for (const flag of flags) expect(help).toMatch(new RegExp(`(^|[ ,])${flag}[ ,=\n]`, 'm'));
  });
});
