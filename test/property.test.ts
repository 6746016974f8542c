/**
 * Property tests (issue 6): for ANY string, `parse` never throws, the result validates against
 * the zod schema, every span lies inside the input and slices back out of it, every number is
 * finite, metrics come in reading order, and the same input always gives the same output.
 *
 * Run counts (numRuns per property; every property checks every invariant above):
 *   arbitrary UTF-16 strings, lone surrogates included (≤200 units) ....... 1000
 *   arbitrary code points, fc.string unit 'binary' (≤200) ................... 500
 *   printable ASCII (≤300) .................................................. 500
 *   genre alphabet: numerals, units, quotes, 同比…, figures, names (≤60 pieces) 2000
 *   genre alphabet, long (≤400 pieces, up to ~3000 characters) .............. 300
 *   mutated release sentences (insert/delete/duplicate/replace/swap) ....... 2000
 *   concatenations of 2-6 mutated sentences ................................. 500
 *   document analysis + English extractor directly, mixed inputs ............ 500
 *   English-like strings (parse + English extractor) ........................ 500
 *   HTML-like strings with format 'html' .................................... 500
 *   trace on + referenceDate ................................................ 300
 *   history independence: parse(b) is the same after parse(a) ............... 500
 *   mutated project fixtures (fixtures/**), 1-12 mutations, some spliced ..... 400
 *   every fixture unmutated, as text and as HTML ............................ all
 * About 9500 inputs (each parsed twice for determinism); ~15-20 s on one core.
 * Set FC_RUNS_SCALE=10 (e.g.) for a longer soak run; FC_SEED to replay a failure.
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, ParseResult } from '../src/index.js';
import { normalizePlain } from '../src/normalize/index.js';
import { analyzeDocument } from '../src/document/index.js';
import { runEnglish } from './englishRun.js';

const SCALE = Number(process.env.FC_RUNS_SCALE ?? 1) || 1;
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));
const SEED = process.env.FC_SEED ? Number(process.env.FC_SEED) : undefined;
const params = (n: number): fc.Parameters<unknown> => ({ numRuns: runs(n), seed: SEED, endOnFailure: false });

/** Every object in the result that carries start/end/text (metrics, cases, operations, dates, people, credits …). */
function spans(v: unknown, path = '$', out: Array<{ path: string; start: unknown; end: unknown; text: unknown }> = []) {
  if (Array.isArray(v)) v.forEach((x, i) => spans(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if ('start' in o && 'end' in o && 'text' in o) out.push({ path, start: o.start, end: o.end, text: o.text });
    for (const [k, x] of Object.entries(o)) if (x && typeof x === 'object') spans(x, `${path}.${k}`, out);
  }
  return out;
}

/** Every number anywhere in the result. */
function numbers(v: unknown, path = '$', out: Array<[string, number]> = []) {
  if (typeof v === 'number') out.push([path, v]);
  else if (Array.isArray(v)) v.forEach((x, i) => numbers(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) numbers(x, `${path}.${k}`, out);
  return out;
}

/** Throws (with a readable message) when any invariant fails for `input`. */
export function checkInvariants(input: string, options: Parameters<typeof parse>[1] = {}): void {
  let r: ParseResult;
  try {
    r = parse(input, options);
  } catch (e) {
    throw new Error(`parse threw: ${(e as Error)?.stack ?? e}`);
  }
  const z = ParseResult.safeParse(r);
  if (!z.success) throw new Error(`schema: ${z.error.message}`);
  for (const s of spans(r)) {
    const { start, end, text } = s;
    if (!Number.isInteger(start) || !Number.isInteger(end)) throw new Error(`${s.path}: non-integer offsets ${start}..${end}`);
    const a = start as number, b = end as number;
    if (a < 0 || a > b || b > input.length) throw new Error(`${s.path}: offsets ${a}..${b} out of range (length ${input.length})`);
    if (input.slice(a, b) !== text) throw new Error(`${s.path}: slice ${JSON.stringify(input.slice(a, b))} !== text ${JSON.stringify(text)}`);
  }
  if (r.body) {
    const { start, end } = r.body;
    if (start < 0 || start > end || end > input.length) throw new Error(`body ${start}..${end} out of range (length ${input.length})`);
  }
  for (const [p, n] of numbers(r)) if (!Number.isFinite(n)) throw new Error(`${p}: non-finite number ${n}`);
  for (let i = 1; i < r.metrics.length; i++) {
    if (r.metrics[i].start < r.metrics[i - 1].start) throw new Error(`metrics not sorted by start at ${i}: ${r.metrics[i - 1].start} > ${r.metrics[i].start}`);
  }
  // Determinism, and a JSON round trip (what the CLI writes) loses nothing.
  const again = parse(input, options);
  expect(again).toEqual(r);
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

/**
 * The document analyser and the English extractor on their own (parse() may not call them yet):
 * every span they report slices out of the input, no throw, finite numbers, determinism.
 */
export function checkComponents(input: string): void {
  const check = (what: string, r: unknown) => {
    for (const s of spans(r)) {
      const a = s.start as number, b = s.end as number;
      if (!Number.isInteger(a) || !Number.isInteger(b) || a < 0 || a > b || b > input.length) throw new Error(`${what} ${s.path}: offsets ${a}..${b} out of range (length ${input.length})`);
      if (input.slice(a, b) !== s.text) throw new Error(`${what} ${s.path}: slice ${JSON.stringify(input.slice(a, b))} !== text ${JSON.stringify(s.text)}`);
    }
    for (const [p, n] of numbers(r)) if (!Number.isFinite(n)) throw new Error(`${what} ${p}: non-finite number ${n}`);
  };
  const doc = analyzeDocument(normalizePlain(input), { referenceDate: '2024-01-01' });
  check('analyzeDocument', doc);
  if (doc.body && (doc.body.start < 0 || doc.body.start > doc.body.end || doc.body.end > input.length)) throw new Error(`analyzeDocument body ${doc.body.start}..${doc.body.end} out of range`);
  expect(analyzeDocument(normalizePlain(input), { referenceDate: '2024-01-01' })).toEqual(doc);
  const en = runEnglish(input);
  check('English path', en);
  expect(runEnglish(input)).toEqual(en);
}

// ---------------------------------------------------------------- arbitraries

/** Any UTF-16 code unit, so lone and mis-ordered surrogates occur. */
const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const surrogateHeavyUnit = fc.oneof(
  { weight: 3, arbitrary: utf16Unit },
  { weight: 1, arbitrary: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) },
  { weight: 2, arbitrary: fc.constantFrom('1', '2', '万', '元', '%', '起', '“', '”', '案', '行动') },
);

/** The genre's alphabet: what police releases are made of, plus the garbage scrapers leave. */
export const GENRE_TOKENS: readonly string[] = [
  // digits and separators
  ...'0123456789', '０', '１', '２', '９', '.', ',', '．', '，', '·', '•', '・', '-', '—', '/', ':',
  // Chinese numerals
  ...'〇零一二两三四五六七八九十百千万亿', '壹', '贰', '叁', '拾', '佰', '仟', '萬', '億', '兩', '廿', '卅', '点',
  // approximation
  '余', '多', '逾', '近', '约', '超过', '以上', '左右', '不足', '至少', '将近',
  // units and measure words
  '%', '％', '‰', '个百分点', '百分之', '倍', '成', '起', '名', '人', '人次', '个', '元', '万元', '亿元', '港元', '美元', '人民币', '新台币',
  '吨', '公斤', '千克', '克', 'kg', '亩', '公里', '处', '波次', '年', '月', '日', '时', '分', '第',
  // change and basis
  '同比', '环比', '上升', '下降', '增长', '减少', '增加', '持平', '降至', '较去年同期', '与2019年相比', '较', '比', '分别',
  // quotes, names, campaigns
  '“', '”', '「', '」', '『', '』', '"', '‘', '’', '《', '》', '案', '专案', '案件', '专项行动', '行动', '战役', '系列', '(人民币,下同)',
  // connectives and punctuation
  '、', '和', '及', '，', '。', '；', '：', '(', ')', '（', '）', '!', '？',
  // words
  '破获', '抓获', '犯罪嫌疑人', '刑事警情', '治安', '诈骗', '涉案金额', '挽损', '全省', '公安机关', '香港', '澳门', '台湾', '今年', '去年',
  '责任编辑', '编辑：', '来源：', '记者', '张三', '王某', '桂林', '市公安局',
  // pinyin and invisible/control characters
  '(wàn)', '（yì）', '(huì )', ' ', '  ', '\n', '\r\n', '\t', '\u0000', '\ufeff', '\u200b', '\u200d', '\u00ad', '\u3000', '\u00a0',
  // HTML-ish and English bits
  '<p>', '</p>', '&nbsp;', '&ldquo;', 'HK$', 'million', 'percent', 'Operation ', 'rose ', ' by ', '\ud83d\ude00', '\ud800', '\udc00',
];
const genreToken = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...GENRE_TOKENS) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,12}$/) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,6}\.[0-9]{1,4}$/) },
);
/** A figure as releases write it: [approximation][number][multiplier][余][unit]. */
const numberish = fc.oneof(
  fc.stringMatching(/^[1-9][0-9]{0,5}(\.[0-9]{1,3})?$/),
  fc.stringMatching(/^[1-9][0-9]{0,2}(,[0-9]{3}){1,3}$/),
  fc.stringMatching(/^[一二两三四五六七八九十百千万亿〇零壹贰萬億兩点]{1,6}$/),
  fc.stringMatching(/^[０-９]{1,5}(．[０-９]{1,2})?$/),
  fc.constantFrom('2\u200b031', '1\ufeff0', '3(wàn)', '1 234', '00', '0.0', '99999999999999999999', '1e5', '1' + '0'.repeat(400), '9'.repeat(308), '1' + '0'.repeat(303), '1' + '0'.repeat(299) + '.5'),
);
const figure = fc
  .tuple(
    fc.constantFrom('', '', '约', '近', '逾', '超过', '共', '同比上升', '下降', '分别增长', '较去年同期减少', '与2019年相比下降', '百分之', '增加了'),
    numberish,
    fc.constantFrom('', '', '万', '亿', '千万', '万亿', '余万', '多亿'),
    fc.constantFrom('', '余', '多'),
    fc.constantFrom('%', '％', '个百分点', '倍', '起', '名', '人次', '个', '元', '港元', '新台币', '美元', '吨', '公斤', 'kg', '克', '亩', '波次', '成', '年', '月', '', '余'),
    fc.constantFrom('', '', '左右', '以上', '和', '、', '，', '。', '(人民币,下同)'),
  )
  .map((parts) => parts.join(''));
/** A quoted name with what may follow it: a case code, a campaign, a chain of names. */
const quotedName = fc
  .tuple(
    fc.constantFrom('', '桂林', '惠城区', '香港'),
    fc.constantFrom('“', '「', '"', '‘', '『'),
    fc.oneof(fc.stringMatching(/^[0-9]{1,2}[·.•-][0-9]{1,2}$/), fc.constantFrom('净网', '昆仑2023', '亮剑·六打', '百日行动', '2017-311A', '飓风39号', '三·一六', ''), genreToken),
    fc.constantFrom('”', '」', '"', '’', '』', ''),
    fc.constantFrom('非法采矿案', '专案', '案件', '专项行动', '行动', '系列', '战役', '、', '“', '和', ''),
  )
  .map((parts) => parts.join(''));
const genrePiece = fc.oneof({ weight: 4, arbitrary: genreToken }, { weight: 2, arbitrary: figure }, { weight: 1, arbitrary: quotedName });
const genreText = (maxLength: number) => fc.array(genrePiece, { maxLength, size: "max" }).map((a) => a.join(''));

/** Release-like sentences, written for these tests (not taken from the corpus). */
export const SENTENCES: readonly string[] = [
  '今年1至9月，全省公安机关共破获养老诈骗案件2031起，抓获犯罪嫌疑人1万余名，追赃挽损8.13亿元。',
  '全市刑事、治安警情同比分别下降26.05%和31.31%，破案率为99.94%，同比提升5.2个百分点。',
  '桂林“1·17”非法采矿案中，警方查扣矿石90万余公斤，涉案金额约320万港元。',
  '“净网”“护网”系列专项行动开展以来，共打掉黑恶势力团伙12个，缴获毒品12.5千克、枪支3支。',
  '与2019年相比，立案数、破案数分别上升367.8%、302.2%，是去年的1.5倍。',
  '據香港警方消息，警務處今年檢獲市值約3,600萬元的毒品，按年上升一成七，拘捕兩千余名人士。',
  '新臺幣1.2億元，百分之二十六，两千余名，三波次，近百起，逾千亿元，1亿3580万元。',
  '萬(wàn)余名群众参与，涉案资金(人民币,下同)300余万元，约26.9万港元。',
  '2023年9月28日，“昆仑2023”专项行动第七督察组在一线开展一体作战，24万余元(约26.9万港元)。',
  '立案数同比增加120起，环比减少3起，较去年同期持平；降至3%，翻番。',
  '责任编辑：张三　来源：市公安局\n记者 王某 报道',
  'Police arrested 1,100 people and seized HK$3.14 million of drugs, up 12.9 percent year-on-year.',
  '<p>全区共破获案件&nbsp;１２３４起，同比上升１２．５％。</p>',
  '破获“2017-311A”毒品目标案件、「105」专案和“飓风39号”“飓风62号”特大虚开骗税案。',
];

export const EN_TOKENS: readonly string[] = [
  ...'0123456789', '.', ',', ' ', ' ', ' ', '\n', '%', '$', 'HK$', 'S$', 'NT$', 'MOP ', 'RMB', 'million', 'billion', 'thousand', 'm', 'bn', 'k',
  'one', 'two', 'twelve', 'twenty-five', 'hundred', 'and', 'percent', 'per cent', 'percentage points', 'fold', 'times', 'kg', 'tonnes', 'grams',
  'more than ', 'over ', 'nearly ', 'about ', 'some ', '-plus', 'rose', 'fell', 'up', 'down', 'by', 'to', 'from', 'year-on-year', 'compared with ',
  'Police', 'arrested', 'people', 'cases', 'seized', 'drugs', 'Operation ', 'Thunderbolt', '"', '“', '”', 'campaign', 'crackdown', 'No. ', 'Cap. ',
  'January', '2019', '2023', '.', '; ', ', ', 'respectively', '(', ')', '-', 'á', 'ção', '万', '。',
];
const enText = fc.array(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...EN_TOKENS) }, { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,3}(,[0-9]{3}){0,3}(\.[0-9]{1,2})?$/) }), { maxLength: 80, size: "max" }).map((a) => a.join(''));

const HTML_TOKENS: readonly string[] = [
  '<p>', '</p>', '<br>', '<br/>', '<div class="a>b">', '</div>', '<td>', '</td>', '<tr>', '<script>var a="2031起";</script>', '<script>', '</script>',
  '<style>p{}</style>', '<!-- 1万元 -->', '<!--', '-->', '<!DOCTYPE html>', '<', '>', '</', '<a href="x?a=1&b=2">', '</a>', '<span>', '</span>',
  '&nbsp;', '&nbsp', '&amp;', '&ldquo;', '&rdquo;', '&#12345;', '&#x4e07;', '&#xD800;', '&#0;', '&#99999999;', '&bogus;', '&', '&#', '&#x',
  '<title>', '</title>', '<h1>', '</h1>', '<head>', '</head>', '<textarea>', '<svg', '"', "'",
];
const htmlText = fc
  .array(fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...HTML_TOKENS) }, { weight: 3, arbitrary: genrePiece }), { maxLength: 80, size: 'max' })
  .map((a) => a.join(''));

type Mutation =
  | { op: 'insert'; at: number; s: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'replace'; at: number; s: string }
  | { op: 'swap'; at: number; len: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.oneof(genreToken, utf16Unit) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ op: fc.constant('replace' as const), at: fc.nat(), s: fc.oneof(genreToken, utf16Unit) }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 6 }) }),
);

export function applyMutations(text: string, muts: readonly Mutation[]): string {
  let t = text;
  for (const m of muts) {
    const at = t.length === 0 ? 0 : m.at % (t.length + 1);
    switch (m.op) {
      case 'insert': t = t.slice(0, at) + m.s + t.slice(at); break;
      case 'delete': t = t.slice(0, at) + t.slice(at + m.len); break;
      case 'duplicate': t = t.slice(0, at + m.len) + t.slice(at, at + m.len) + t.slice(at + m.len); break;
      case 'replace': t = t.slice(0, at) + m.s + t.slice(at + 1); break;
      case 'swap': t = t.slice(0, at) + t.slice(at + m.len, at + 2 * m.len) + t.slice(at, at + m.len) + t.slice(at + 2 * m.len); break;
    }
  }
  return t;
}

/** The project's fixtures (fixtures/**: JSON `text` fields, .txt and .html files), read at test time. */
function fixtureTexts(): Array<{ name: string; text: string; html: boolean }> {
  const root = path.resolve(__dirname, '../fixtures');
  const out: Array<{ name: string; text: string; html: boolean }> = [];
  const walk = (dir: string): void => {
    let entries: import('node:fs').Dirent[];
    try { entries = readdirSync(dir, { withFileTypes: true }); } catch { return; }
    for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const f = path.join(dir, e.name);
      if (e.isDirectory()) { if (e.name !== 'adversarial') walk(f); continue; }
      try {
        if (e.name.endsWith('.json')) {
          const j = JSON.parse(readFileSync(f, 'utf8'));
          if (typeof j?.text === 'string') out.push({ name: f, text: j.text, html: false });
        } else if (/\.(txt|html?)$/.test(e.name)) out.push({ name: f, text: readFileSync(f, 'utf8'), html: /\.html?$/.test(e.name) });
      } catch { /* a fixture being written right now */ }
    }
  };
  walk(root);
  return out;
}
const FIXTURES = fixtureTexts();

const mutatedSentence = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.array(mutation, { minLength: 1, maxLength: 8 }))
  .map(([s, muts]) => applyMutations(s, muts));

// ---------------------------------------------------------------- properties

const holds = (input: string): boolean => {
  checkInvariants(input);
  return true;
};

describe('parse invariants (property-based)', () => {
  it('holds for arbitrary UTF-16 strings, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: surrogateHeavyUnit, maxLength: 200, size: "max" }), holds), params(1000));
  });

  it('holds for arbitrary code points', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200, size: "max" }), holds), params(500));
  });

  it('holds for printable ASCII', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300, size: "max" }), holds), params(500));
  });

  it('holds for strings in the genre alphabet', () => {
    fc.assert(fc.property(genreText(60), holds), params(2000));
  });

  it('holds for long strings in the genre alphabet', () => {
    fc.assert(fc.property(genreText(400), holds), params(300));
  });

  it('holds for mutated release sentences', () => {
    fc.assert(fc.property(mutatedSentence, holds), params(2000));
  });

  it('holds for concatenations of mutated sentences', () => {
    fc.assert(fc.property(fc.array(mutatedSentence, { minLength: 2, maxLength: 6 }).map((a) => a.join('')), holds), params(500));
  });

  it('document analysis and English extraction keep their spans exact on genre strings', () => {
    fc.assert(fc.property(fc.oneof(genreText(80), mutatedSentence, fc.string({ unit: surrogateHeavyUnit, maxLength: 120, size: "max" })), (s) => { checkComponents(s); return true; }), params(500));
  });

  it('parse and the English extractor hold on English-like strings', () => {
    fc.assert(fc.property(enText, (s) => { checkInvariants(s); checkComponents(s); return true; }), params(500));
  });

  it('holds for HTML-like strings with format html (offsets index the HTML source)', () => {
    fc.assert(fc.property(htmlText, (s) => { checkInvariants(s, { format: 'html' }); return true; }), params(500));
  });

  it('holds with trace on and a reference date', () => {
    fc.assert(fc.property(fc.oneof(genreText(60), mutatedSentence), (s) => { checkInvariants(s, { trace: true, referenceDate: '2023-06-30' }); return true; }), params(300));
  });

  it('the output does not depend on what was parsed before (no state leaks between calls)', () => {
    const anyText = fc.oneof(genreText(60), mutatedSentence, htmlText, enText, fc.string({ unit: surrogateHeavyUnit, maxLength: 100, size: 'max' }));
    fc.assert(
      fc.property(anyText, anyText, fc.boolean(), (a, b, html) => {
        const options = html ? { format: 'html' as const } : {};
        const before = parse(b, options);
        parse(a);
        parse(a, { format: 'html', trace: true });
        expect(parse(b, options)).toEqual(before);
        return true;
      }),
      params(500),
    );
  });

  it('holds for mutated fixtures (every fixture text, 1-12 mutations, also spliced together)', () => {
    if (FIXTURES.length === 0) return;
    const mutatedFixture = fc
      .tuple(fc.constantFrom(...FIXTURES), fc.array(mutation, { minLength: 1, maxLength: 12 }), fc.option(fc.constantFrom(...FIXTURES), { nil: undefined }), fc.nat())
      .map(([f, muts, other, cut]) => {
        let text = applyMutations(f.text, muts);
        if (other) text = text.slice(0, cut % (text.length + 1)) + other.text.slice(cut % (other.text.length + 1));
        return { text, html: f.html };
      });
    fc.assert(fc.property(mutatedFixture, ({ text, html }) => { checkInvariants(text, html ? { format: 'html' } : {}); return true; }), params(400));
  });

  it('holds for every fixture as it is, as text and as HTML', () => {
    expect(FIXTURES.length).toBeGreaterThan(10);
    for (const f of FIXTURES) { checkInvariants(f.text); checkInvariants(f.text, { format: 'html' }); }
  });

  it('holds for every unmutated sentence, alone and all together', () => {
    for (const s of SENTENCES) { checkInvariants(s); checkComponents(s); }
    checkInvariants(SENTENCES.join(''));
    checkInvariants(SENTENCES.join('\n'));
  });
});
