#!/usr/bin/env node
/**
 * Adversarial run (issue 6). After `npm run build`:
 *
 *   node scripts/adversarial.mjs [--docs 400] [--seed 1] [--size 250000] [--jobs N] [--cli dist/cli.js] [--keep DIR] [--no-timing]
 *
 * 1. Generates several hundred random documents in the genre's alphabet (numerals, units,
 *    quotes, 同比…, names, pinyin, invisible and control characters, lone surrogates; a few of
 *    them large), interleaved with malformed JSONL lines and records without a string text.
 * 2. Pipes them through `node dist/cli.js parse --jsonl` and checks: exactly one output line
 *    per input line, in order; ids preserved; error records `{"line": N, "error"}` for broken
 *    lines and `{"id", "error"}` for records without text; every other record validates against
 *    the zod schema with every span slicing back out of its input text; exit status 2 (there
 *    are error records) and 0 for a clean run of the valid records alone.
 * 3. Times parse() in-process (warm) on genre documents of size S and 4S and prints the cost
 *    ratio (target ≤ 6×, ideally ≈ 4×), for several kinds of document.
 *
 * Prints a short summary; exits 1 when any check fails.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]?.startsWith('--') || all[i + 1] === undefined ? 'true' : all[i + 1]]] : acc), []),
);
const DOCS = Number(args.docs ?? 400);
const SEED = Number(args.seed ?? 1);
const SIZE = Number(args.size ?? 250_000);
const CLI = path.resolve(root, args.cli ?? 'dist/cli.js');
const JOBS = args.jobs;

const { parse, ParseResult } = await import(path.join(root, 'dist/index.js'));

// ------------------------------------------------------------------ random text in the genre

function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let rand = rng(SEED);
const int = (n) => Math.floor(rand() * n);
const pick = (a) => a[int(a.length)];
const chance = (p) => rand() < p;

const NOISE = [
  ...'0123456789', '０', '１', '９', '.', ',', '．', '·', '•', '-', '/', ':', ...'〇零一二两三四五六七八九十百千万亿', '壹', '贰', '萬', '億', '兩', '廿',
  '余', '多', '逾', '近', '约', '%', '％', '‰', '倍', '成', '起', '名', '人次', '元', '万元', '亿元', '吨', '公斤', 'kg', '年', '月', '日', '第',
  '“', '”', '「', '」', '"', '‘', '’', '《', '》', '案', '专案', '行动', '专项行动', '、', '和', '，', '。', '；', '：', '(', ')', '（', '）',
  '(wàn)', '（yì）', ' ', '\n', '\r\n', '\t', '\u0000', '\ufeff', '\u200b', '\u200d', '\u00ad', '\u3000', '\u00a0', '\u2028', '\ud800', '\udc00', '😀',
  '<p>', '&nbsp;', 'HK$', 'million', 'percent',
];
const PLACES = ['全省', '全市', '桂林市', '惠城区', '本港', '澳门', '台湾', '全区', ''];
const PERIODS = ['今年1至9月，', '2023年以来，', '去年同期，', '上半年，', '行动开展以来，', ''];
const SUBJECTS = ['破获养老诈骗案件', '抓获犯罪嫌疑人', '追赃挽损', '刑事警情', '治安警情', '打掉黑恶势力团伙', '缴获毒品', '查扣矿石', '涉案金额', '立案数、破案数', '刑事、治安警情', '破案率'];
const DIRECTIONS = ['', '', '同比上升', '同比下降', '环比减少', '较去年同期增长', '与2019年相比下降', '分别下降', '分别上升', '增加', '降至', '持平，'];
const APPROX = ['', '', '', '约', '近', '逾', '超过', '共', '累计'];
const UNITS = ['%', '％', '个百分点', '倍', '起', '名', '人次', '个', '元', '万元', '亿元', '余万元', '多亿元', '港元', '新台币', '吨', '公斤', '千克', '克', '亩', '波次', '成', '年', '', '余名'];

function number() {
  switch (int(8)) {
    case 0: return String(int(10000));
    case 1: return `${int(1000)}.${int(100)}`;
    case 2: return (int(900000) + 1000).toLocaleString('en-US');
    case 3: return Array.from({ length: 1 + int(4) }, () => pick([...'〇零一二两三四五六七八九十百千万亿'])).join('');
    case 4: return String(int(100)).replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 5: return `${int(10)}${pick(['\u200b', '\ufeff', '(wàn)', '\u00ad', ''])}${int(1000)}`;
    case 6: return chance(0.05) ? '9'.repeat(200 + int(200)) : String(int(100));
    default: return String(1 + int(99));
  }
}
function figure() {
  const n = [pick(APPROX), number(), pick(UNITS)];
  return chance(0.3) ? `${n.join('')}${pick(['和', '、'])}${number()}${pick(UNITS)}` : n.join('');
}
function quoted() {
  const code = pick([`${1 + int(12)}·${1 + int(28)}`, `${2000 + int(30)}.${1 + int(12)}.${1 + int(28)}`, '净网', `昆仑${2018 + int(8)}`, '亮剑·六打', '百日行动', `飓风${int(99)}号`, `${int(999)}`]);
  return `${pick(['', '桂林', '惠东县', '香港'])}${pick(['“', '「', '"'])}${code}${pick(['”', '」', '"', ''])}${pick(['非法采矿案', '专案', '案件', '专项行动', '行动', '系列专项行动', '战役', ''])}`;
}
function sentence() {
  const parts = [pick(PERIODS), pick(PLACES), chance(0.5) ? '公安机关' : '', pick(SUBJECTS), pick(DIRECTIONS), figure()];
  if (chance(0.3)) parts.push('，', pick(SUBJECTS), pick(DIRECTIONS), figure());
  if (chance(0.2)) parts.push('，', quoted());
  if (chance(0.05)) parts.push('(人民币,下同)');
  if (chance(0.05)) parts.push(` Police arrested ${number()} people and seized HK$${number()} million, ${pick(['up', 'down'])} ${number()} per cent year-on-year. `);
  parts.push(pick(['。', '；', '，', '\n', '']));
  let s = parts.join('');
  // Sprinkle noise: insertions of genre tokens and arbitrary UTF-16 units.
  while (chance(0.25)) {
    const at = int(s.length + 1);
    const ins = chance(0.8) ? pick(NOISE) : String.fromCharCode(int(0x10000));
    s = s.slice(0, at) + ins + s.slice(at);
  }
  return s;
}
function documentOf(size) {
  const head = pick(['关于全省公安机关“净网”专项行动成果的通报\n', '香港警方公布上半年治安情况\n', '', '<p>通报</p>\n', '责任编辑：张三 来源：市公安局\n']);
  const out = [head];
  let n = head.length;
  while (n < size) {
    const s = chance(0.03) ? Array.from({ length: 1 + int(30) }, () => pick(NOISE)).join('') : sentence();
    out.push(s);
    n += s.length;
    if (chance(0.15)) { out.push('\n'); n++; }
  }
  return out.join('');
}

// ------------------------------------------------------------------ the batch

/** Input lines, each with what its output line must be. */
function batch() {
  const lines = [];
  const valid = (id, text, extra = {}) => lines.push({ line: JSON.stringify({ id, text, ...extra }), expect: { kind: 'ok', id, text } });
  const broken = (line, code) => lines.push({ line, expect: { kind: 'line-error', code } });
  const noText = (id, line) => lines.push({ line, expect: { kind: 'id-error', id, code: 'missing_text' } });
  for (let i = 0; i < DOCS; i++) {
    // Mostly small documents; every 50th 100-300 KB; two of 1-2 MB.
    const size = i === 7 || i === 211 ? 1_000_000 + int(1_000_000) : i % 50 === 25 ? 100_000 + int(200_000) : int(4000);
    valid(`doc-${i}`, documentOf(size), chance(0.1) ? { url: 'http://example.com/' + i, extra: [1, 2] } : {});
    if (i % 10 === 3) {
      const k = (i / 10) | 0;
      switch (k % 14) {
        case 0: broken('not json at all', 'invalid_json'); break;
        case 1: broken('{"id": "trunc", "text": "破获2031起', 'invalid_json'); break;
        case 2: broken('', 'empty_line'); break;
        case 3: broken('[1, 2, 3]', 'invalid_record'); break;
        case 4: broken('"just a string"', 'invalid_record'); break;
        case 5: broken('null', 'invalid_record'); break;
        case 6: noText(`nt-${i}`, JSON.stringify({ id: `nt-${i}` })); break;
        case 7: noText(`nt-${i}`, JSON.stringify({ id: `nt-${i}`, text: 2031 })); break;
        case 8: noText(`nt-${i}`, JSON.stringify({ id: `nt-${i}`, text: null })); break;
        case 9: noText(`nt-${i}`, JSON.stringify({ id: `nt-${i}`, text: ['破获2031起'] })); break;
        case 10: broken('{"id": "x", "text": "a"} trailing', 'invalid_json'); break;
        case 11: broken('{' + '"a":{'.repeat(5000), 'invalid_json'); break;
        case 12: broken('   \t  ', null); break; // empty_line or invalid_json
        case 13: broken('{"id":"bad\\uZZZZ","text":"x"}', 'invalid_json'); break;
      }
    }
    if (i === 100) valid(1234, '数字id：破获2031起');
    if (i === 101) valid('', '空id：破获2031起');
    if (i === 102) valid('dup', '重复id一：破获2031起'), valid('dup', '重复id二：抓获15名');
    if (i === 103) valid('lone\ud800', '孤立代理\udc00项：破获20\ud80031起');
    if (i === 104) valid('empty-text', '');
    if (i === 105) lines.push({ line: JSON.stringify({ id: 'crlf', text: '破获2031起' }) + '\r', expect: { kind: 'ok', id: 'crlf', text: '破获2031起' } });
    if (i === 106) valid('u2028', '破获\u20282031起\u2029抓获15名');
    if (i === 107) valid('too-long', '破获2031起'.repeat(10));
    // Bytes that are not UTF-8: a GBK-encoded record (破获2031起), raw binary, a truncated UTF-8 sequence.
    if (i === 108) lines.push({ bytes: Buffer.concat([Buffer.from('{"id":"gbk","text":"'), Buffer.from([0xc6, 0xc6, 0xbb, 0xf1]), Buffer.from('2031'), Buffer.from([0xc6, 0xf0]), Buffer.from('"}')]), expect: { kind: 'ok', id: 'gbk', text: '破获2031起' } });
    if (i === 109) lines.push({ bytes: Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x81, 0x7b, 0x22]), expect: { kind: 'line-error', code: null } });
    if (i === 110) lines.push({ bytes: Buffer.concat([Buffer.from('{"id":"trunc-utf8","text":"破获2031起'), Buffer.from([0xe7, 0xa0]), Buffer.from('"}')]), expect: { kind: 'id-any', id: 'trunc-utf8' } });
  }
  return lines;
}

function runCli(input, extraArgs = []) {
  return new Promise((resolve, reject) => {
    const cliArgs = [CLI, 'parse', '--jsonl', '--quiet', ...(JOBS ? ['--jobs', JOBS] : []), ...extraArgs];
    const child = spawn(process.execPath, cliArgs, { stdio: ['pipe', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (d) => out.push(d));
    child.stderr.on('data', (d) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => {}); // a crashed CLI closes stdin early; the exit code tells
    child.stdin.end(input);
  });
}

/** Every object in a record that has start/end/text: metrics, cases, operations, dates, people, credits. */
function spans(v, out = []) {
  if (Array.isArray(v)) for (const x of v) spans(x, out);
  else if (v && typeof v === 'object') {
    if ('start' in v && 'end' in v && 'text' in v) out.push(v);
    for (const x of Object.values(v)) if (x && typeof x === 'object') spans(x, out);
  }
  return out;
}

function checkOutput(lines, stdout, failures) {
  const outLines = stdout.split('\n');
  if (outLines[outLines.length - 1] === '') outLines.pop();
  if (outLines.length !== lines.length) failures.push(`expected ${lines.length} output lines, got ${outLines.length}`);
  let spansChecked = 0, metrics = 0, lineErrors = 0, idErrors = 0;
  for (let i = 0; i < Math.min(lines.length, outLines.length); i++) {
    const exp = lines[i].expect;
    let rec;
    try { rec = JSON.parse(outLines[i]); } catch (e) { failures.push(`output line ${i + 1} is not JSON: ${outLines[i].slice(0, 120)}`); continue; }
    const where = `line ${i + 1}`;
    if (exp.kind === 'ok') {
      if (rec.error) { failures.push(`${where}: unexpected error ${JSON.stringify(rec.error)}`); continue; }
      if (rec.id !== exp.id) { failures.push(`${where}: id ${JSON.stringify(rec.id)} !== ${JSON.stringify(exp.id)}`); continue; }
      const z = ParseResult.safeParse(rec);
      if (!z.success) failures.push(`${where}: schema: ${z.error.message.slice(0, 300)}`);
      for (const s of spans(rec)) {
        spansChecked++;
        if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start <= s.end && s.end <= exp.text.length)) failures.push(`${where}: offsets ${s.start}..${s.end} out of range`);
        else if (exp.text.slice(s.start, s.end) !== s.text) failures.push(`${where}: slice ${JSON.stringify(exp.text.slice(s.start, s.end))} !== ${JSON.stringify(s.text)}`);
      }
      metrics += rec.metrics?.length ?? 0;
    } else if (exp.kind === 'line-error') {
      lineErrors++;
      if (rec.line !== i + 1 || !rec.error || typeof rec.error.code !== 'string' || typeof rec.error.message !== 'string') failures.push(`${where}: expected {"line": ${i + 1}, "error": {code, message}}, got ${outLines[i].slice(0, 200)}`);
      else if (exp.code && rec.error.code !== exp.code) failures.push(`${where}: error code ${rec.error.code}, expected ${exp.code} (input ${JSON.stringify(lines[i].line.slice(0, 40))})`);
    } else if (exp.kind === 'id-any') {
      if (rec.id !== exp.id) failures.push(`${where}: expected a record with id ${JSON.stringify(exp.id)}, got ${outLines[i].slice(0, 200)}`);
    } else {
      idErrors++;
      if (rec.id !== exp.id || !rec.error || rec.error.code !== exp.code || typeof rec.error.message !== 'string') failures.push(`${where}: expected {"id": ${JSON.stringify(exp.id)}, "error": {"code": "${exp.code}"}}, got ${outLines[i].slice(0, 200)}`);
    }
  }
  return { spansChecked, metrics, lineErrors, idErrors };
}

// ------------------------------------------------------------------ timing

function time(fn, reps) {
  const ts = [];
  for (let i = 0; i < reps; i++) { const t0 = performance.now(); fn(); ts.push(performance.now() - t0); }
  ts.sort((a, b) => a - b);
  return ts[0]; // the least disturbed run (the machine is shared)
}

function costRatios() {
  const kinds = {
    genre: (size) => documentOf(size),
    'money+(人民币,下同)': (size) => { const o = []; let n = 0; for (let i = 0; n < size; i++) { const s = `${i % 7 === 0 ? '涉案资金(人民币,下同)' : '追赃挽损'}${1 + (i % 900)}万元，`; o.push(s); n += s.length; } return o.join(''); },
    'quotes/cases/ops': (size) => { const o = []; let n = 0; for (let i = 0; n < size; i++) { const s = `桂林“${1 + (i % 12)}·${1 + (i % 28)}”非法采矿案、“净网${i}”专项行动，“”“`; o.push(s); n += s.length; } return o.join(''); },
    english: (size) => { const o = []; let n = 0; for (let i = 0; n < size; i++) { const s = `Police arrested ${1 + (i % 900)} people and seized HK$${(i % 50) / 10 + 1} million of drugs in Operation Thunderbolt ${i % 30}, up ${i % 40}.${i % 10} percent year-on-year compared with 2019${i % 9 === 0 ? '\n' : ' '}`; o.push(s); n += s.length; } return o.join(''); },
    'html (format html)': (size) => { const o = ['<html><head><title>通报</title><script>var x = 1;</script></head><body>']; let n = o[0].length; while (n < size) { const s = `<p>${sentence()}</p>\n<div class="c"><span>${figure()}</span>&nbsp;&ldquo;${quoted()}&rdquo;</div>`; o.push(s); n += s.length; } return o.join(''); },
    'one line, no punctuation': (size) => { const o = []; let n = 0; for (let i = 0; n < size; i++) { const s = `破获案件${i % 1000}起同比上升${i % 100}%`; o.push(s); n += s.length; } return o.join(''); },
  };
  const rows = [];
  for (const [name, gen] of Object.entries(kinds)) {
    rand = rng(SEED + 17);
    const small = gen(SIZE);
    const large = gen(4 * SIZE);
    const opts = name.startsWith('html') ? { format: 'html' } : {};
    parse(small.slice(0, 50_000), opts); // warm: jieba loaded, code optimized
    const a = time(() => parse(small, opts), 3);
    const b = time(() => parse(large, opts), 2);
    rows.push({ name, small: small.length, large: large.length, a, b, ratio: b / a });
  }
  return rows;
}

/**
 * Growth on repeated patterns: parse time at k and 4k repetitions. Catastrophic backtracking
 * shows as a ratio far above 4 (exponential: seconds at 4k when k takes a millisecond). The
 * sizes are small enough that even a broken pattern costs about a second.
 */
function patternGrowth() {
  const patterns = [
    // English subjects: `Cases in 2020 in 2020 … x rose` (TRAILING in src/en/subject.ts, nested quantifiers)
    ['en: cases + " in 2020"×k + " x rose"', (k) => `Cases${' in 2020'.repeat(k)} x rose 12 percent.`, 5],
    ['en: cases + " in Macau"×k + " x were"', (k) => `The number of cases${' in Macau'.repeat(k)} x were 1,234 cases.`, 5],
    ['en: number words', (k) => `${'one two three twenty-five hundred and '.repeat(k)} x people`, 500],
    ['en: spaced digit groups', (k) => `${'1 234 '.repeat(k)},5 people`, 2000],
    ['en: " - " asides', (k) => `Cases${' - a ('.repeat(k)} rose 5%.`, 300],
    ['zh: digit run', (k) => `破获${'9'.repeat(k)}起`, 20000],
    ['zh: 1,1,1,… separators', (k) => `${'1,'.repeat(k)}1起`, 10000],
    ['zh: Chinese numerals', (k) => `${'十百千'.repeat(k)}名`, 5000],
    ['zh: open quotes', (k) => `${'“'.repeat(k)}破获2031起${'”'.repeat(k)}`, 10000],
    ['zh: quoted case codes', (k) => Array.from({ length: k }, (_, i) => `“${i % 12 + 1}·${i % 28 + 1}”案`).join(''), 2000],
    ['zh: (人民币,下同) + amounts', (k) => Array.from({ length: k }, (_, i) => `${i % 5 ? '追赃' : '资金(人民币,下同)'}${i}万元，`).join(''), 2000],
    ['zh: clause without punctuation', (k) => `${'破获案件'.repeat(k)}2031起`, 10000],
    ['zh: pinyin insertions', (k) => `${'萬(wàn)'.repeat(k)}起`, 5000],
    ['html: unclosed tags', (k) => '<a '.repeat(k), 10000],
    // Credit labels without spaces between them (findCredits in src/document/credits.ts)
    ['doc: 编辑：编辑：… (credit labels)', (k) => '编辑：'.repeat(k), 4000],
    ['doc: 记者 王某 …', (k) => '记者 王某 '.repeat(k), 4000],
    ['doc: 2023年9月28日 dates', (k) => '2023年9月28日至10月1日，'.repeat(k), 4000],
  ];
  const rows = [];
  for (const [name, gen, k] of patterns) {
    const opts = name.startsWith('html') ? { format: 'html' } : {};
    parse(gen(k), opts);
    const a = time(() => parse(gen(k), opts), 3);
    const b = time(() => parse(gen(4 * k), opts), 2);
    rows.push({ name, k, a, b, ratio: b / Math.max(a, 0.5) });
  }
  return rows;
}

// ------------------------------------------------------------------ main

const t0 = performance.now();
const lines = batch();
const toBuffer = (ls) => Buffer.concat(ls.flatMap((l) => [l.bytes ?? Buffer.from(l.line, 'utf8'), Buffer.from('\n')]));
const input = toBuffer(lines);
if (args.keep) { mkdirSync(args.keep, { recursive: true }); writeFileSync(path.join(args.keep, 'adversarial.jsonl'), input); }
const failures = [];
const r = await runCli(input);
if (r.signal || (r.code !== 0 && r.code !== 2)) failures.push(`CLI crashed: exit ${r.code} signal ${r.signal}; stderr: ${r.stderr.slice(0, 500)}`);
else if (r.code !== 2) failures.push(`exit status ${r.code}, expected 2 (error records were written)`);
const stats = checkOutput(lines, r.stdout, failures);
const cliSeconds = (performance.now() - t0) / 1000;

// A clean run (valid records only) must exit 0.
const clean = lines.filter((l) => l.expect.kind === 'ok');
const rc = await runCli(toBuffer(clean));
if (rc.code !== 0) failures.push(`clean run: exit status ${rc.code}, expected 0; stderr: ${rc.stderr.slice(0, 300)}`);
const cleanStats = checkOutput(clean, rc.stdout, failures);

// --max-length gives a warning, not an error record.
const rm = await runCli(JSON.stringify({ id: 'long', text: '破获2031起'.repeat(10) }) + '\n', ['--max-length', '20']);
const longRec = (() => { try { return JSON.parse(rm.stdout.split('\n')[0]); } catch { return null; } })();
if (rm.code !== 0 || !longRec?.warnings?.some((w) => w.code === 'input_too_long') || longRec.metrics?.length) failures.push(`--max-length 20: expected exit 0 and warning input_too_long, got exit ${rm.code}: ${rm.stdout.slice(0, 200)}`);

const ratios = args['no-timing'] ? [] : costRatios();
const growth = args['no-timing'] ? [] : patternGrowth();

const docs = lines.filter((l) => l.expect.kind === 'ok');
const bytes = input.length;
console.log(`adversarial run (seed ${SEED}): ${lines.length} input lines = ${docs.length} documents (${(bytes / 1e6).toFixed(1)} MB, largest ${(Math.max(...docs.map((l) => l.expect.text.length)) / 1e6).toFixed(2)} M chars) + ${stats.lineErrors} malformed lines + ${stats.idErrors} records without text`);
console.log(`CLI: exit ${r.code}, ${r.stdout.split('\n').filter(Boolean).length} output lines, ${stats.metrics} metrics, ${stats.spansChecked} spans checked against their input, ${cliSeconds.toFixed(1)} s`);
console.log(`clean run: exit ${rc.code}, ${cleanStats.spansChecked} spans checked; --max-length: exit ${rm.code}, warning ${longRec?.warnings?.[0]?.code ?? 'none'}`);
console.log(`cost of 4× input (in-process, warm, best of runs; S = ${SIZE.toLocaleString('en-US')} chars):`);
for (const x of ratios) console.log(`  ${x.name.padEnd(24)} ${(x.small / 1e3).toFixed(0).padStart(5)}K: ${x.a.toFixed(0).padStart(6)} ms   ${(x.large / 1e3).toFixed(0).padStart(5)}K: ${x.b.toFixed(0).padStart(6)} ms   ratio ${x.ratio.toFixed(2)}×${x.ratio > 6 ? '  OVER 6×' : ''}`);
console.log('cost of 4× repetitions of adversarial patterns (flagged when over 10× and 100 ms):');
for (const x of growth) {
  const bad = x.ratio > 10 && x.b > 100;
  console.log(`  ${x.name.padEnd(40)} k=${String(x.k).padStart(5)}: ${x.a.toFixed(1).padStart(7)} ms   4k: ${x.b.toFixed(1).padStart(8)} ms   ratio ${x.ratio.toFixed(1)}×${bad ? '  SUPER-LINEAR' : ''}`);
  if (bad) failures.push(`super-linear: ${x.name}: ${x.a.toFixed(1)} ms at k=${x.k}, ${x.b.toFixed(1)} ms at 4k`);
}
const worst = Math.max(0, ...ratios.map((x) => x.ratio));
if (worst > 6) failures.push(`a 4× larger input cost ${worst.toFixed(2)}× (target ≤ 6×)`);
if (failures.length) {
  console.log(`FAILED: ${failures.length} problem(s)`);
  for (const f of failures.slice(0, 30)) console.log(`  - ${f}`);
  process.exit(1);
}
console.log('OK: one record per input line, in order, ids kept, offsets exact, no crash, cost ratio ≤ 6×');
