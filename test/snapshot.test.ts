/**
 * One whole-release snapshot of parse() on the longest Chinese fixture, and the trace option.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../src/index.js';

const DIR = join(__dirname, '..', 'fixtures', 'zh');
/** The longest fixture, pinned by id so that adding fixtures does not move the snapshot. */
const SNAPSHOT_ID = 'zh-provincial-press-conference';
const longest = JSON.parse(readFileSync(join(DIR, `${SNAPSHOT_ID}.json`), 'utf8')) as { id: string; text: string };

describe('whole-release snapshot', () => {
  it(`parse() of ${longest.id}`, () => {
    const r = parse(longest.text, { trace: true });
    const metrics = r.metrics.map(({ trace: _trace, ...m }) => m);
    expect({ id: longest.id, metrics, cases: r.cases, operations: r.operations, warnings: r.warnings }).toMatchSnapshot();
  });
});

describe('trace', () => {
  const text = '今年1至9月,全区刑事、治安警情分别下降26.05%和31.31%,破获电信网络诈骗案件2031起,同比增加120起,追赃挽损8.13亿元,缴获毒品16.5吨,立案数增长2倍,破案率提高1.7个百分点。';

  it('names the extractor and the refiners of every metric', () => {
    const { metrics } = parse(text, { trace: true });
    expect(metrics.map((m) => [m.text, m.trace?.[0]])).toEqual([
      ['26.05%', 'zh.percent'],
      ['31.31%', 'zh.percent'],
      ['2031起', 'zh.count'],
      ['120起', 'zh.count'],
      ['8.13亿元', 'zh.money'],
      ['16.5吨', 'zh.quantity'],
      ['2倍', 'zh.multiple'],
      ['1.7个百分点', 'zh.percentage_point'],
    ]);
    for (const m of metrics) {
      expect(m.trace!.length).toBeGreaterThan(1);
      expect(m.trace!.every((s) => typeof s === 'string' && s.length > 0)).toBe(true);
      expect(m.trace!.slice(1).every((s) => s.startsWith('refine.'))).toBe(true);
    }
  });

  it('records the change refiner with the change word, and the subject refiner', () => {
    const { metrics } = parse(text, { trace: true });
    const byText = new Map(metrics.map((m) => [m.text, m.trace!]));
    expect(byText.get('26.05%')).toContain('refine.change(下降)');
    expect(byText.get('120起')).toContain('refine.change(增加,yoy)');
    expect(byText.get('26.05%')!.some((s) => s.startsWith('refine.subject('))).toBe(true);
    // A level gets no change step.
    expect(byText.get('2031起')!.some((s) => s.startsWith('refine.change'))).toBe(false);
  });

  it('without the option there is no trace field', () => {
    for (const m of parse(text).metrics) expect('trace' in m).toBe(false);
    for (const m of parse(text, { trace: false }).metrics) expect('trace' in m).toBe(false);
  });

  it('tracing changes nothing else', () => {
    const plain = parse(text);
    const traced = parse(text, { trace: true });
    expect(traced.metrics.map(({ trace: _t, ...m }) => m)).toEqual(plain.metrics);
    expect(traced.cases).toEqual(plain.cases);
    expect(traced.operations).toEqual(plain.operations);
  });
});
