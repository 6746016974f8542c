/**
 * The segmenter choice: nodejieba where its binding loads, jieba-wasm otherwise (said once, as a
 * result warning), TONGBAO_SEGMENTER forcing one; both give the same figures.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { loadSegmenter, type Segmenter } from '../src/segment/load.js';
import { ensureBuilt, CLI } from './cli-build.js';

function bindingNotFound(): never {
  const e = new Error('nodejieba native binding was not found at build/Release/nodejieba.node.') as Error & { code: string };
  e.code = 'BINDING_NOT_FOUND';
  throw e;
}
const fakeWasm = (): Segmenter => ({ name: 'wasm', tag: (s) => [{ word: s, tag: 'x' }] });

describe('loadSegmenter', () => {
  it('falls back to jieba-wasm when the native binding does not load, with a warning naming the cause', () => {
    const { segmenter, notice } = loadSegmenter(undefined, { native: bindingNotFound, wasm: fakeWasm });
    expect(segmenter.name).toBe('wasm');
    expect(notice?.code).toBe('segmenter_fallback');
    expect(notice?.message).toContain('BINDING_NOT_FOUND');
  });

  it('uses nodejieba without a warning where it loads', () => {
    const { segmenter, notice } = loadSegmenter(undefined);
    expect(segmenter.name).toBe('native');
    expect(notice).toBeNull();
  });

  it('TONGBAO_SEGMENTER=wasm loads jieba-wasm, which tags like nodejieba', () => {
    const wasm = loadSegmenter('wasm').segmenter;
    const native = loadSegmenter('native').segmenter;
    expect(wasm.name).toBe('wasm');
    const clause = '破获电信网络诈骗案件';
    expect(wasm.tag(clause)).toEqual([
      { word: '破获', tag: 'v' }, { word: '电信', tag: 'n' }, { word: '网络', tag: 'n' }, { word: '诈骗', tag: 'vn' }, { word: '案件', tag: 'n' },
    ]);
    expect(native.tag(clause)).toEqual(wasm.tag(clause));
  });

  it('a forced segmenter that does not load throws instead of falling back', () => {
    expect(() => loadSegmenter('native', { native: bindingNotFound, wasm: fakeWasm })).toThrow(/binding was not found/);
  });

  it('an unknown TONGBAO_SEGMENTER value keeps the automatic choice and says so', () => {
    const { segmenter, notice } = loadSegmenter('rust', { native: fakeWasm, wasm: fakeWasm });
    expect(segmenter.name).toBe('wasm');
    expect(notice?.code).toBe('segmenter_choice');
    expect(notice?.message).toContain('TONGBAO_SEGMENTER=rust');
  });
});

describe('both segmenters through the CLI', () => {
  beforeAll(() => ensureBuilt());

  const releases = [
    '今年以来，全市公安机关共破获电信网络诈骗案件1200余起，同比上升15.3%，抓获犯罪嫌疑人356名，追赃挽损2.5亿元。',
    '全省刑事警情同比下降12%，治安警情下降8.6个百分点，缴获毒品1.2吨。',
    '全区刑事、治安警情分别下降26.05%和31.31%，盗窃、诈骗案件分别下降12%和8%。',
  ];
  const input = releases.map((text, i) => JSON.stringify({ id: `r${i}`, text })).join('\n') + '\n';
  const run = (segmenter: string) => {
    const r = spawnSync(process.execPath, [CLI, 'parse', '--jsonl', '--jobs', '1'], { input, encoding: 'utf8', env: { ...process.env, TONGBAO_SEGMENTER: segmenter } });
    expect(r.status).toBe(0);
    return r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { metrics: { kind: string; value: number; unit: string; subject: string | null }[]; warnings: { code: string }[] });
  };

  it('give the same metrics and subjects', () => {
    const pick = (rs: ReturnType<typeof run>) => rs.map((r) => r.metrics.map((m) => [m.kind, m.value, m.unit, m.subject]));
    const native = run('native');
    expect(pick(native)[0]).toEqual([
      ['count', 1200, '起', '破获电信网络诈骗案件'], ['percent', 15.3, '%', '破获电信网络诈骗案件'],
      ['count', 356, '名', '抓获犯罪嫌疑人'], ['money', 250000000, 'CNY', '追赃挽损'],
    ]);
    expect(pick(native)[2]).toEqual([
      ['percent', 26.05, '%', '刑事警情'], ['percent', 31.31, '%', '治安警情'], ['percent', 12, '%', '盗窃案件'], ['percent', 8, '%', '诈骗案件'],
    ]);
    expect(pick(run('wasm'))).toEqual(pick(native));
  });
});
