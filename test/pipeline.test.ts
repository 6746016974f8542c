/** parseMany(): order, ids, error records, async input, backpressure; decoding of non-UTF-8 bytes. */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { parse } from '../src/parse.js';
import type { ParseManyResult, parseMany as ParseMany } from '../src/pipeline/parseMany.js';
import { decodeBytes } from '../src/pipeline/decode.js';
import { csvField, csvRows, CSV_HEADER } from '../src/pipeline/csv.js';
import { ensureBuilt, DIST } from './cli-build.js';

// Small releases written for these tests.
const TEXTS = [
  '今年以来，全市公安机关共破获电信网络诈骗案件1200余起，同比上升15.3%。',
  '抓获犯罪嫌疑人356名，捣毁窝点27个，涉案金额达2.5亿元。',
  '全省刑事警情同比下降12%，治安警情下降8.6个百分点。',
  '缴获毒品1.2吨，比去年同期增长3倍。',
  '没有数字的一句话。',
  '',
  '共追赃挽损8130万元，返还群众近千万元。',
];

function many(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${TEXTS[i % TEXTS.length]}第${i}批抓获${i + 1}人。`);
}

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

// parseMany from the built package: its worker threads run the built dist/worker.js.
let parseMany: typeof ParseMany;
beforeAll(async () => {
  ensureBuilt();
  ({ parseMany } = (await import(pathToFileURL(join(DIST, 'index.js')).href)) as { parseMany: typeof ParseMany });
}, 180_000);

describe('parseMany', () => {
  it('yields one result per string, in input order, equal to parse(), with 2 workers', async () => {
    const texts = many(40);
    const results = await collect(parseMany(texts, { concurrency: 2 }));
    expect(results.map((r) => r.id)).toEqual(texts.map((_, i) => i));
    results.forEach((r, i) => {
      expect('error' in r).toBe(false);
      const { id, ...rest } = r as Exclude<ParseManyResult, { error: unknown }>;
      expect(id).toBe(i);
      expect(rest).toEqual(parse(texts[i]));
    });
  });

  it('gives the same results in-process (concurrency 1) as on workers', async () => {
    const input = many(12).map((text, i) => ({ id: `doc-${i}`, text }));
    const one = await collect(parseMany(input, { concurrency: 1 }));
    const two = await collect(parseMany(input, { concurrency: 2 }));
    expect(two).toEqual(one);
    expect(one.map((r) => r.id)).toEqual(input.map((x) => x.id));
  });

  it('reads an async iterable of {id, text} whose items arrive slowly and out of step', async () => {
    async function* slow() {
      for (let i = 0; i < 15; i++) {
        await new Promise((r) => setTimeout(r, i % 3 === 0 ? 15 : 0));
        yield { id: { n: i }, text: many(15)[i] };
      }
    }
    const results = await collect(parseMany(slow(), { concurrency: 2 }));
    expect(results.map((r) => r.id)).toEqual(Array.from({ length: 15 }, (_, i) => ({ n: i })));
  });

  it('turns inputs without a string text into error records and goes on', async () => {
    const input = [
      '抓获3人。',
      { id: 'no-text' },
      { id: 'num', text: 42 },
      null,
      7,
      { text: '破获案件5起。' },
    ] as unknown as string[];
    const results = await collect(parseMany(input, { concurrency: 2 }));
    expect(results).toHaveLength(6);
    expect(results.map((r) => r.id)).toEqual([0, 'no-text', 'num', 3, 4, 5]);
    expect(results.map((r) => ('error' in r ? r.error.code : 'ok'))).toEqual(['ok', 'missing_text', 'missing_text', 'invalid_record', 'invalid_record', 'ok']);
    for (const r of results) if ('error' in r) expect(typeof r.error.message).toBe('string');
  });

  it('passes parse options to the workers', async () => {
    const [r] = await collect(parseMany(['抓获犯罪嫌疑人120名。'], { concurrency: 2, parseOptions: { maxLength: 5 } }));
    expect('error' in r).toBe(false);
    if (!('error' in r)) expect(r.warnings.map((w) => w.code)).toContain('input_too_long');
  });

  it('pulls only a bounded window ahead of what was consumed, and stops cleanly on break', async () => {
    let pulled = 0;
    function* endless() {
      for (let i = 0; ; i++) { pulled++; yield `抓获${i}人。`; }
    }
    let seen = 0;
    for await (const r of parseMany(endless(), { concurrency: 2, window: 6 })) {
      expect(r.id).toBe(seen);
      if (++seen === 10) break;
    }
    expect(pulled).toBeLessThanOrEqual(10 + 6);
  });

  it('passes on an error of the input source after the results before it', async () => {
    async function* failing() {
      yield '抓获3人。';
      yield '破获案件5起。';
      throw new Error('source broke');
    }
    const seen: unknown[] = [];
    await expect((async () => { for await (const r of parseMany(failing(), { concurrency: 2 })) seen.push(r.id); })()).rejects.toThrow('source broke');
    expect(seen.length).toBeLessThanOrEqual(2);
  });

  it('rejects a non-iterable', async () => {
    await expect(collect(parseMany(42 as unknown as string[]))).rejects.toThrow(TypeError);
  });

  it('works from the built package for ESM and CommonJS consumers', () => {
    const esm = spawnSync(process.execPath, ['--input-type=module', '-e', `
      import { parseMany } from ${JSON.stringify(pathToFileURL(join(DIST, 'index.js')).href)};
      const out = [];
      for await (const r of parseMany(['抓获3人。', '破获案件5起。', '缴获1吨。'], { concurrency: 2 })) out.push(r.id + ':' + r.metrics.length);
      console.log(out.join(','));`], { encoding: 'utf8' });
    expect(esm.stderr).toBe('');
    expect(esm.stdout.trim()).toBe('0:1,1:1,2:1');
    const cjs = spawnSync(process.execPath, ['-e', `
      const { parseMany } = require(${JSON.stringify(join(DIST, 'index.cjs'))});
      (async () => {
        const out = [];
        for await (const r of parseMany([{ id: 'a', text: '抓获3人。' }, { id: 'b', text: '破获案件5起。' }], { concurrency: 2 })) out.push(r.id + ':' + r.metrics.length);
        console.log(out.join(','));
      })();`], { encoding: 'utf8' });
    expect(cjs.stderr).toBe('');
    expect(cjs.stdout.trim()).toBe('a:1,b:1');
  });
});

describe('decodeBytes', () => {
  const text = '全市破获电信诈骗案件1200余起，同比上升15.3%。';

  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeBytes(Buffer.from(text))).toEqual({ text, warnings: [] });
    expect(decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)])).text).toBe(text);
  });

  it('decodes GB18030 (GBK) bytes and says so', () => {
    const gbk = Buffer.from('c8abcad0c6c6bbf1b0b8bcfe31323030c6f0', 'hex'); // 全市破获案件1200起 in GBK
    const d = decodeBytes(gbk);
    expect(d.text).toBe('全市破获案件1200起');
    expect(d.warnings.map((w) => w.code)).toEqual(['decoded_gb18030']);
  });

  it('falls back to UTF-8 with replacement characters and a warning', () => {
    const d = decodeBytes(Buffer.concat([Buffer.from('抓获'), Buffer.from([0x80]), Buffer.from('3人')]));
    expect(d.text).toBe('抓获\ufffd3人');
    expect(d.warnings.map((w) => w.code)).toEqual(['invalid_utf8']);
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('抓获3人', 'utf16le')]);
    expect(decodeBytes(le).text).toBe('抓获3人');
    expect(decodeBytes(le).warnings.map((w) => w.code)).toEqual(['decoded_utf16']);
  });
});

describe('CSV encoding', () => {
  it('quotes fields with quotes, commas and line breaks (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(false)).toBe('false');
    expect(CSV_HEADER).toBe('id,file,line,kind,value,unit,approximate,direction,basis,baseline,subject,text,start,end,period,period_from,period_to,place,place_code,warnings,error\r\n');
  });

  it('writes one row per metric', () => {
    const r = parse(TEXTS[1]);
    const rows = csvRows({ id: 'x' }, r).split('\r\n').filter(Boolean);
    expect(rows).toHaveLength(r.metrics.length);
    expect(rows.every((row) => row.startsWith('x,,,'))).toBe(true);
  });

  it('writes period and place, and a row with the warnings for a document without metrics', () => {
    const r = parse('抓获犯罪嫌疑人356名。');
    const m = r.metrics[0];
    const scoped = { ...r, metrics: [{ ...m, period: { start: 0, end: 4, text: '今年以来', from: '2024-01' }, place: { start: 4, end: 6, text: '全区', name: '广西壮族自治区', code: '450000' } }] };
    expect(csvRows({ id: 'x' }, scoped)).toBe('x,,,count,356,名,,,,,抓获犯罪嫌疑人,356名,7,11,今年以来,2024-01,,广西壮族自治区,450000,,\r\n');
    const tooLong = parse('x'.repeat(5), { maxLength: 2 });
    expect(csvRows({ id: null, file: 'a.jsonl', line: 3 }, tooLong))
      .toBe(`,a.jsonl,3${','.repeat(16)},"input_too_long: input has 5 characters, over the limit of 2; not parsed",\r\n`);
    expect(csvRows({ id: 'e' }, parse(''))).toBe(`e${','.repeat(20)}\r\n`);
  });
});
