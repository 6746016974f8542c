/**
 * `tongbao schema` describes exactly what `tongbao parse` writes: real CLI output (the dev corpus,
 * the fixtures, HTML, --trace, --format json, bad lines and bad files) validates against it with a
 * JSON Schema validator, and records the schema does not describe are rejected.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ensureBuilt, CLI, ROOT } from './cli-build.js';
import { recordJsonSchema } from '../src/schema.js';

function tongbao(args: string[], input = '', cwd = ROOT): { status: number | null; stdout: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { input, cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
  return { status: r.status, stdout: r.stdout };
}

const records = (jsonl: string): unknown[] => jsonl.trim().split('\n').map((l) => JSON.parse(l) as unknown);

/** The dev corpus beside the project (CI lays shared/ next to the clone) as JSON lines {"id", "text"}. */
const DEV = join(ROOT, '..', 'shared', 'corpus', 'dev');
function devCorpusLines(): string {
  return readdirSync(DEV).filter((f) => f.endsWith('.json')).sort()
    .map((f) => { const { id, text } = JSON.parse(readFileSync(join(DEV, f), 'utf8')) as { id: string; text: string }; return JSON.stringify({ id, text }); })
    .join('\n') + '\n';
}

let validate: ReturnType<Ajv2020['compile']>;
const problems = (r: unknown) => (validate(r) ? null : validate.errors);

beforeAll(() => {
  ensureBuilt();
  const printed = tongbao(['schema']);
  expect(printed.status).toBe(0);
  const schema = JSON.parse(printed.stdout) as Record<string, unknown>;
  expect(schema).toEqual(recordJsonSchema()); // the CLI prints the exported schema
  validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
}, 180_000);

describe('tongbao parse output validates against tongbao schema', () => {
  it.runIf(existsSync(DEV))('the dev corpus, with and without --trace', () => {
    const input = devCorpusLines();
    for (const args of [['parse', '--jsonl'], ['parse', '--jsonl', '--trace']]) {
      const out = tongbao(args, input);
      expect(out.status).toBe(0);
      const rs = records(out.stdout);
      expect(rs.length).toBeGreaterThan(40);
      expect(rs.filter((r) => (r as { metrics: unknown[] }).metrics.length > 0).length).toBeGreaterThan(40);
      for (const r of rs) expect(problems(r)).toBeNull();
    }
  });

  it('files, HTML, folders and a JSON array', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongbao-schema-'));
    writeFileSync(join(dir, 'a.html'), '<html><head><title>通报</title></head><body><p>全区刑事、治安警情分别下降26.05%和31.31%。</p><p>编辑：王某</p></body></html>');
    writeFileSync(join(dir, 'b.txt'), '今年以来，全市公安机关共破获电信网络诈骗案件1200余起，同比上升15.3%，追赃挽损2.5亿元。');
    const json = tongbao(['parse', '--format', 'json', dir, join(ROOT, 'fixtures', 'examples')]);
    expect(json.status).toBe(0);
    const rs = JSON.parse(json.stdout) as unknown[];
    expect(rs).toHaveLength(3);
    for (const r of rs) expect(problems(r)).toBeNull();
  });

  it('error records and records without an id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tongbao-schema-'));
    writeFileSync(join(dir, 'lines.jsonl'), ['{"text":"破获案件12起。"}', 'not json'].join('\n') + '\n');
    const input = ['not json', '', '[1]', '{"id":"no-text"}', '{"text":"抓获3人。"}', '{"id":{"page":2},"text":"缴获毒品1.2吨。"}'].join('\n') + '\n';
    const fromStdin = records(tongbao(['parse', '--jsonl'], input).stdout);
    const fromFiles = records(tongbao(['parse', '--max-length', '3', join(dir, 'lines.jsonl'), join(dir, 'missing.txt'), join(dir, '*.pdf')]).stdout);
    const all = [...fromStdin, ...fromFiles];
    expect(all.map((r) => (r as { error?: { code: string } }).error?.code ?? 'result')).toEqual([
      'invalid_json', 'empty_line', 'invalid_record', 'missing_text', 'result', 'result',
      'result', 'invalid_json', 'unreadable', 'no_match',
    ]);
    for (const r of all) expect(problems(r)).toBeNull();
  });

  it('rejects what tongbao parse never writes', () => {
    const [good] = records(tongbao(['parse', '--jsonl'], '{"id":"x","text":"破获案件12起。"}\n').stdout) as Record<string, unknown>[];
    expect(problems(good)).toBeNull();
    const { id: _id, ...noId } = good;
    expect(problems(noId)).not.toBeNull();
    expect(problems({ ...good, extra: 1 })).not.toBeNull();
    expect(problems({ ...good, title: undefined, line: 0 })).not.toBeNull();
    expect(problems({ id: null, error: { code: 'x' } })).not.toBeNull();
  });
});
