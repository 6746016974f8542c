/** The fallback warning reaches the result of the parse that loaded the segmenter, and only that one. */
import { it, expect, vi } from 'vitest';

vi.mock('../src/segment/load.js', async (original) => {
  const real = await original<typeof import('../src/segment/load.js')>();
  return {
    ...real,
    loadSegmenter: () => ({
      segmenter: real.loadSegmenter('wasm').segmenter,
      notice: { code: 'segmenter_fallback', message: 'nodejieba did not load (BINDING_NOT_FOUND: test)' },
    }),
  };
});

const { parse } = await import('../src/parse.js');

it('reports the fallback once and parses with jieba-wasm', () => {
  const noFigures = parse('没有数字的一句话。');
  expect(noFigures.warnings).toEqual([]); // no clause needed tags: nothing loaded yet
  const first = parse('全区刑事、治安警情分别下降26.05%和31.31%。'); // the shared subject is split with the tags
  expect(first.warnings.map((w) => w.code)).toEqual(['segmenter_fallback']);
  expect(first.metrics.map((m) => [m.value, m.subject])).toEqual([[26.05, '刑事警情'], [31.31, '治安警情']]);
  const second = parse('全省盗窃、诈骗案件分别下降12%和8%。');
  expect(second.warnings).toEqual([]);
  expect(second.metrics.map((m) => [m.value, m.subject])).toEqual([[12, '盗窃案件'], [8, '诈骗案件']]);
});
