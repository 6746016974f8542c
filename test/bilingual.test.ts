import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

// A Hong Kong style bilingual release written for this test: the Chinese paragraph first, the
// English one after it. Both give their figures, each with its language and exact offsets.
const PAGE = [
  '香港警方今日公布，上半年整体罪案共24,530宗，按年上升12.9%；检获毒品市值约314万港元。',
  'Police said overall crime rose 12.9 per cent year-on-year to 24,530 cases in the first half, and officers seized drugs worth HK$3.14 million.',
].join('\n');

describe('bilingual pages', () => {
  const r = parse(PAGE);
  const rows = r.metrics.map((m) => [m.lang, m.kind, m.value, m.unit, m.text]);

  it('yields the metrics of both passages, in reading order, each with its language', () => {
    expect(rows).toEqual([
      ['zh', 'count', 24530, '宗', '24,530宗'],
      ['zh', 'percent', 12.9, '%', '12.9%'],
      ['zh', 'money', 3140000, 'HKD', '约314万港元'],
      ['en', 'percent', 12.9, '%', '12.9 per cent'],
      ['en', 'count', 24530, '', '24,530'],
      ['en', 'money', 3140000, 'HKD', 'HK$3.14 million'],
    ]);
  });

  it('offsets index the original page', () => {
    for (const m of r.metrics) expect(PAGE.slice(m.start, m.end)).toBe(m.text);
    const english = r.metrics.filter((m) => m.lang === 'en');
    expect(english.every((m) => m.start > PAGE.indexOf('\n'))).toBe(true);
  });

  it('reads change and subject in each language', () => {
    const [zhPercent, enPercent] = r.metrics.filter((m) => m.kind === 'percent');
    expect(zhPercent.change).toEqual({ direction: 'up', basis: 'yoy', baseline: null });
    expect(enPercent.change).toEqual({ direction: 'up', basis: 'yoy', baseline: null });
    expect(zhPercent.subject).toContain('罪案');
    expect(enPercent.subject).toContain('crime');
    expect(r.metrics.find((m) => m.lang === 'en' && m.kind === 'money')?.approximate).toBeNull();
    expect(r.metrics.find((m) => m.lang === 'zh' && m.kind === 'money')?.approximate).toBe('about');
  });
});
