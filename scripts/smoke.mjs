#!/usr/bin/env node
// Consumer smoke test: packs the library as a user would get it, installs the tarball into two
// fresh projects (install scripts on, so nodejieba builds; and --ignore-scripts, so it cannot and
// jieba-wasm takes over), parses a sample there from ESM, CommonJS, parseMany's worker threads and
// the CLI, and checks that every way gives the same metrics. Then publint and arethetypeswrong on
// the tarball. Exit 1 on any difference. Usage: node scripts/smoke.mjs [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const keep = process.argv.includes('--keep');
const work = mkdtempSync(join(tmpdir(), 'tongbao-smoke-'));
const started = Date.now();
const failures = [];
const log = (s) => console.log(`smoke: ${s}`);
const check = (ok, what) => { if (!ok) failures.push(what); log(`${ok ? 'ok  ' : 'FAIL'} ${what}`); };
const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' } });

// Sentences written for this test: a list whose subjects are split with POS tags, a case, money.
const SAMPLE = [
  '全区刑事、治安警情分别下降26.05%和31.31%，盗窃、诈骗案件分别下降12%和8%。',
  '成功侦破桂林“1·17”非法采矿案，抓获犯罪嫌疑人356名，追赃挽损8.13亿元。',
];

function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) t = Math.max(t, e.isDirectory() ? newest(join(dir, e.name)) : statSync(join(dir, e.name)).mtimeMs);
  return t;
}

/** npm pack; its `prepare` builds dist/ first unless dist/ is newer than the sources (CI ran `npm test`, which built it). */
function pack() {
  const built = existsSync(join(ROOT, 'dist', 'index.js')) && statSync(join(ROOT, 'dist', 'index.js')).mtimeMs > newest(join(ROOT, 'src'));
  const out = npm(['pack', '--json', '--pack-destination', work, ...(built ? ['--ignore-scripts'] : [])], ROOT);
  const [info] = JSON.parse(out.slice(out.indexOf('[')));
  const files = info.files.map((f) => f.path);
  log(`packed ${info.filename}: ${files.length} files, ${(info.size / 1e6).toFixed(2)} MB packed, ${(info.unpackedSize / 1e6).toFixed(2)} MB unpacked${built ? ' (dist/ was fresh)' : ''}`);
  for (const f of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/cli.js', 'dist/worker.js', 'dist/jieba/dict.utf8', 'LICENSE', 'README.md']) {
    check(files.includes(f), `tarball holds ${f}`);
  }
  check(!files.some((f) => f.endsWith('.map')), 'tarball holds no source maps');
  return join(work, info.filename);
}

const ESM = `import { parse, parseMany } from 'tongbao';
const sample = JSON.parse(process.argv[2]);
const single = sample.map((t) => parse(t));
const many = [];
for await (const r of parseMany(sample.map((text, i) => ({ id: i, text })), { concurrency: 2 })) many.push(r);
console.log(JSON.stringify({ single, many }));
`;
const CJS = `const { parse } = require('tongbao');
const sample = JSON.parse(process.argv[2]);
console.log(JSON.stringify({ single: sample.map((t) => parse(t)) }));
`;

/** Installs the tarball into a new project and parses the sample every way; the results by way. */
function consumer(tarball, name, npmFlags) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `smoke-${name}`, private: true, version: '1.0.0' }));
  const t0 = Date.now();
  npm(['install', '--no-package-lock', ...npmFlags, tarball], dir);
  const binding = existsSync(join(dir, 'node_modules', 'nodejieba', 'build', 'Release', 'nodejieba.node'));
  log(`${name}: npm install ${[...npmFlags, 'tongbao.tgz'].join(' ')} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  check(binding === !npmFlags.includes('--ignore-scripts'), `${name}: nodejieba's binding is ${binding ? 'built' : 'absent'}`);
  writeFileSync(join(dir, 'esm.mjs'), ESM);
  writeFileSync(join(dir, 'cjs.cjs'), CJS);
  const run = (file) => {
    const r = spawnSync(process.execPath, [file, JSON.stringify(SAMPLE)], { cwd: dir, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${name} ${file} exited ${r.status}: ${r.stderr}`);
    return JSON.parse(r.stdout);
  };
  const esm = run('esm.mjs');
  const cjs = run('cjs.cjs');
  const input = SAMPLE.map((text, id) => JSON.stringify({ id, text })).join('\n') + '\n';
  const bin = join(dir, 'node_modules', '.bin', 'tongbao');
  const cli = spawnSync(bin, ['parse', '--jsonl'], { cwd: dir, input, encoding: 'utf8' });
  if (cli.status !== 0) throw new Error(`${name} tongbao parse exited ${cli.status}: ${cli.stderr}`);
  const version = spawnSync(bin, ['--version'], { cwd: dir, encoding: 'utf8' }).stdout.trim();
  return {
    'ESM parse': esm.single,
    'ESM parseMany (worker threads)': esm.many.map(({ id: _id, ...r }) => r),
    'CJS parse': cjs.single,
    'CLI': cli.stdout.trim().split('\n').map((l) => { const { id: _id, ...r } = JSON.parse(l); return r; }),
    version,
  };
}

const figures = (results) => results.map((r) => r.metrics.map((m) => [m.kind, m.value, m.unit, m.approximate, m.change, m.subject, m.start, m.end]));
const warningCodes = (results) => results.flatMap((r) => r.warnings.map((w) => w.code));

try {
  const tarball = pack();
  const installs = { scripts: consumer(tarball, 'scripts', []), 'ignore-scripts': consumer(tarball, 'ignore-scripts', ['--ignore-scripts']) };
  const reference = figures(installs.scripts['ESM parse']);
  check(isDeepStrictEqual(reference.map((doc) => doc.map(([kind, value, unit, , , subject]) => `${kind} ${value} ${unit} ${subject}`)), [
    ['percent 26.05 % 刑事警情', 'percent 31.31 % 治安警情', 'percent 12 % 盗窃案件', 'percent 8 % 诈骗案件'],
    ['count 356 名 抓获犯罪嫌疑人', 'money 813000000 CNY 追赃挽损'],
  ]), 'the sample gives its six metrics with their subjects');
  for (const [mode, ways] of Object.entries(installs)) {
    check(/^\d+\.\d+\.\d+/.test(ways.version), `${mode}: tongbao --version prints ${ways.version}`);
    for (const [way, results] of Object.entries(ways)) {
      if (way === 'version') continue;
      check(isDeepStrictEqual(figures(results), reference), `${mode}: ${way} gives the same metrics`);
      check(isDeepStrictEqual(results.map((r) => r.cases.map((c) => c.code)), [[], ['1·17']]), `${mode}: ${way} finds the case`);
    }
  }
  // With scripts nodejieba is the segmenter (no warning); without, jieba-wasm says so once per thread.
  check(warningCodes(installs.scripts['ESM parse']).length === 0, 'scripts: no warning (nodejieba loaded)');
  check(isDeepStrictEqual(warningCodes(installs['ignore-scripts']['ESM parse']), ['segmenter_fallback']), 'ignore-scripts: one segmenter_fallback warning (jieba-wasm)');

  const publint = spawnSync(join(ROOT, 'node_modules', '.bin', 'publint'), ['run', tarball, '--strict'], { encoding: 'utf8' });
  log(`publint: ${(publint.stdout + publint.stderr).trim().split('\n').join(' | ')}`);
  check(publint.status === 0, 'publint finds no problem');
  const attw = spawnSync(join(ROOT, 'node_modules', '.bin', 'attw', ), [tarball, '--format', 'ascii', '--no-emoji', '--no-color'], { encoding: 'utf8' });
  log(`arethetypeswrong:\n${(attw.stdout + attw.stderr).trim()}`);
  check(attw.status === 0, 'arethetypeswrong finds no problem');
} catch (e) {
  failures.push(String(e instanceof Error ? e.message : e));
  console.error(`smoke: ${e instanceof Error ? e.stack : e}`);
} finally {
  if (!keep) rmSync(work, { recursive: true, force: true });
  else log(`kept ${work}`);
}
log(`${failures.length ? `${failures.length} failed` : 'all passed'} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failures.length ? 1 : 0;
