/**
 * Robustness (issue 6): pathological inputs parse without throwing, with exact offsets. These
 * check correctness only, not speed (the cost ratio is measured by scripts/adversarial.mjs).
 */
import { describe, it, expect } from 'vitest';
import { parse, ParseResult, DEFAULT_MAX_LENGTH } from '../src/index.js';
import { cpuMillis } from './cpuTime.js';

/** Schema, offsets in range and slice-equal, finite numbers, metrics in reading order. */
function expectValid(input: string, r: ParseResult = parse(input)): ParseResult {
  const z = ParseResult.safeParse(r);
  if (!z.success) expect.fail(`schema: ${z.error.message.slice(0, 2000)}`);
  const spanned = [...r.metrics, ...r.cases, ...r.operations, ...(r.dates ?? []), ...(r.people ?? []), ...(r.credits ?? [])];
  // Plain comparisons: a 10 MB document has hundreds of thousands of spans.
  for (const x of spanned) {
    if (!(x.start >= 0 && x.start <= x.end && x.end <= input.length)) expect.fail(`offsets ${x.start}..${x.end} out of range (length ${input.length}): ${JSON.stringify(x)}`);
    if (input.slice(x.start, x.end) !== x.text) expect(input.slice(x.start, x.end)).toBe(x.text);
  }
  for (const m of r.metrics) if (!Number.isFinite(m.value)) expect.fail(`non-finite value: ${JSON.stringify(m)}`);
  for (let i = 1; i < r.metrics.length; i++) if (r.metrics[i].start < r.metrics[i - 1].start) expect.fail(`metrics not in reading order at ${i}`);
  if (r.body && !(r.body.start >= 0 && r.body.start <= r.body.end && r.body.end <= input.length)) expect.fail(`body out of range: ${JSON.stringify(r.body)}`);
  return r;
}

const SENTENCE = '今年1至9月，全省公安机关共破获养老诈骗案件2031起，抓获犯罪嫌疑人1万余名，追赃挽损8.13亿元，刑事、治安警情同比分别下降26.05%和31.31%。';
const one = (r: ParseResult, text: string) => r.metrics.find((m) => m.text === text);

describe('long runs', () => {
  it('100k digits: no metric of infinite value, no throw', () => {
    for (const s of ['1'.repeat(100_000), `破获${'9'.repeat(100_000)}起`, `${'9'.repeat(100_000)}亿元`, `${'1,'.repeat(50_000)}1起`, `${'1.'.repeat(50_000)}5%`, `${'1 '.repeat(50_000)}起`]) {
      const r = expectValid(s);
      for (const m of r.metrics) expect(Number.isFinite(m.value)).toBe(true);
    }
  });

  it('100k Chinese numerals and 万/亿 runs', () => {
    for (const s of ['一'.repeat(100_000) + '起', '万'.repeat(100_000) + '元', '十百千'.repeat(30_000) + '名', '1' + '亿'.repeat(50_000) + '元', '两'.repeat(100_000)]) expectValid(s);
  });

  it('numbers at the float limit are not metrics of value Infinity', () => {
    for (const s of ['9'.repeat(308) + '吨', '9'.repeat(306) + ' 万元', '1' + '0'.repeat(299) + '.5亿吨', '9'.repeat(308) + '‰', '9'.repeat(308) + '、1万元']) {
      const r = expectValid(s);
      expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    }
  });

  it('10k quote pairs, 10k open quotes, 10k quoted codes', () => {
    expectValid('“”'.repeat(10_000));
    expectValid('“'.repeat(10_000) + '破获2031起' + '”'.repeat(10_000));
    const codes = Array.from({ length: 10_000 }, (_, i) => `“${i % 12 + 1}·${i % 28 + 1}”案`).join('');
    const r = expectValid(codes);
    expect(r.cases.length).toBeGreaterThan(0);
    const ops = Array.from({ length: 10_000 }, (_, i) => `“行动${i}”专项行动`).join('、');
    expect(expectValid(ops).operations.length).toBeGreaterThan(0);
  });

  it('a line of 1 MB without any punctuation or newline', () => {
    expectValid('破获案件'.repeat(250_000) + '2031起');
    expectValid('同比上升'.repeat(250_000) + '12%');
  });
});

describe('a 10 MB document', () => {
  it('parses, with exact offsets (correctness, not time)', () => {
    const paragraphs: string[] = [];
    let size = 0;
    for (let i = 0; size < 10_000_000; i++) {
      const p = `${i + 1}. ${SENTENCE.replace('2031', String(1000 + (i % 9000)))}“${(i % 12) + 1}·${(i % 28) + 1}”非法采矿案，“净网${i % 50}”专项行动。\n`;
      paragraphs.push(p);
      size += p.length;
    }
    const doc = '关于全省公安机关打击整治养老诈骗专项行动的通报\n' + paragraphs.join('');
    expect(doc.length).toBeGreaterThanOrEqual(10_000_000);
    const r = expectValid(doc);
    expect(r.metrics.length).toBeGreaterThan(10_000);
  }, 120_000);
});

describe('invisible and control characters', () => {
  it('zero-width characters inside a number are read through; the span covers the original', () => {
    for (const zw of ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad']) {
      const input = `破获2${zw}031起`;
      const r = expectValid(input);
      const m = r.metrics.find((x) => x.kind === 'count');
      expect(m, JSON.stringify(zw)).toBeDefined();
      expect(m!.value).toBe(2031);
      expect(m!.unit).toBe('起');
      expect(m!.start).toBe(2);
      expect(m!.end).toBe(input.length);
      expect(m!.text).toBe(`2${zw}031起`);
    }
  });

  it('a BOM at the start shifts nothing else', () => {
    const plain = parse(SENTENCE);
    const input = '\ufeff' + SENTENCE;
    const r = expectValid(input);
    expect(r.metrics.map((m) => [m.text, m.value, m.start - 1])).toEqual(plain.metrics.map((m) => [m.text, m.value, m.start]));
  });

  it('NUL bytes and other C0 controls', () => {
    expectValid('\u0000'.repeat(10_000));
    const input = `破获\u00002031起\u0000，追赃挽损\u00078.13亿元\u0000`;
    const r = expectValid(input);
    expect(one(r, '2031起')?.value).toBe(2031);
    expect(one(r, '8.13亿元')?.value).toBe(813_000_000);
    expectValid(SENTENCE.split('').join('\u0000'));
    expectValid(Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('').repeat(100) + SENTENCE);
  });

  it('lone surrogates anywhere, also inside numbers', () => {
    for (const s of ['\ud800', '\udc00', '\udbff\ud800', '\udfff\ud83d']) {
      expectValid(s);
      expectValid(`破获2${s}031起`);
      expectValid(`${s}2031起${s}`);
      expectValid(SENTENCE.split('').join(s));
    }
    const r = expectValid('破获2031起\ud800，追赃8.13亿元');
    expect(one(r, '2031起')?.value).toBe(2031);
  });

  it('CRLF, CR only, and mixed line ends', () => {
    for (const nl of ['\r\n', '\r', '\u2028', '\u0085']) expectValid(['标题', SENTENCE, SENTENCE, '责任编辑：张三'].join(nl));
  });

  it('pinyin and entity-like noise', () => {
    expectValid('萬(wàn)'.repeat(10_000) + '起');
    expectValid('&nbsp;'.repeat(10_000), parse('&nbsp;'.repeat(10_000), { format: 'html' }));
    expectValid('<'.repeat(100_000), parse('<'.repeat(100_000), { format: 'html' }));
    expectValid('<p'.repeat(50_000), parse('<p'.repeat(50_000), { format: 'html' }));
    expectValid('<script>'.repeat(20_000), parse('<script>'.repeat(20_000), { format: 'html' }));
  });
});

describe('no catastrophic backtracking', () => {
  // TRAILING in src/en/subject.ts once nested `(?:\s+(?:of|in)\s+…)*` inside an outer `(…)+`, so
  // k such phrases were tried in 2^k ways (k=30: minutes). With k=40 an exponential regex would
  // hang far beyond the timeout; the cost is measured by scripts/adversarial.mjs, not here.
  it('an English subject with many `in 2020` phrases parses', () => {
    for (const phrase of [' in 2020', ' in Macau', ' of Hong']) {
      const r = expectValid(`Cases${phrase.repeat(40)} x rose 12 percent.`);
      expect(r.metrics.map((m) => m.value)).toEqual([12]);
    }
  }, 20_000);
});

describe('credit labels', () => {
  // findCredits once scanned each label's name token to the end of the text (quadratic: 384k
  // characters took 45 s); it now reads only the label's value. A relapse exceeds the timeout.
  it('thousands of credit labels in a row parse', () => {
    expectValid('编辑：'.repeat(128_000));
  }, 20_000);
});

describe('limits and argument errors', () => {
  it('an input over maxLength gives input_too_long and nothing else', () => {
    const r = parse(SENTENCE, { maxLength: 10 });
    expect(ParseResult.safeParse(r).success).toBe(true);
    expect(r.metrics).toEqual([]);
    expect(r.cases).toEqual([]);
    expect(r.operations).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toEqual(['input_too_long']);
    expect(r.warnings[0].message).toMatch(/10/);
  });

  it('an input of exactly maxLength is parsed', () => {
    const r = parse(SENTENCE, { maxLength: SENTENCE.length });
    expect(r.metrics.length).toBeGreaterThan(0);
    expect(r.warnings.map((w) => w.code)).not.toContain('input_too_long');
  });

  it('the default limit is 20,000,000 and applies without options', () => {
    expect(DEFAULT_MAX_LENGTH).toBe(20_000_000);
    const huge = ' '.repeat(DEFAULT_MAX_LENGTH + 1);
    let r = parse('');
    // Refused up front, not after parsing.
    expect(cpuMillis(() => { r = parse(huge); })).toBeLessThan(1000);
    expect(r.warnings.map((w) => w.code)).toEqual(['input_too_long']);
  });

  it('maxLength 0 refuses everything but the empty string', () => {
    expect(parse('', { maxLength: 0 }).warnings).toEqual([]);
    expect(parse('1起', { maxLength: 0 }).warnings[0].code).toBe('input_too_long');
  });

  it('non-string input throws a TypeError that names the type', () => {
    const cases: Array<[unknown, RegExp]> = [
      [undefined, /undefined/], [null, /null/], [42, /number/], [true, /boolean/], [{ text: 'x' }, /object/],
      [['x'], /array/], [Symbol('x'), /symbol/], [10n, /bigint/], [() => 'x', /function/],
      [Buffer.from('破获2031起'), /object/], [new String('x'), /object/],
    ];
    for (const [v, re] of cases) {
      let err: unknown;
      try { parse(v as string); } catch (e) { err = e; }
      expect(err, String(re)).toBeInstanceOf(TypeError);
      expect((err as Error).message).toMatch(re);
    }
  });

  it('empty and whitespace-only input give empty, valid results', () => {
    for (const s of ['', ' ', '\n\n\n', '\u3000', '\ufeff', '\u200b']) {
      const r = expectValid(s);
      expect(r.metrics).toEqual([]);
    }
  });
});
