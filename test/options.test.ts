import { describe, expect, it } from 'vitest';
import { parse, ParseResult } from '../src/index.js';

const TEXT = '今年1至9月,全市共破获电信网络诈骗案件1260起,同比上升21.5%。';

describe('parse() options', () => {
  it('null or missing options mean the defaults', () => {
    const plain = parse(TEXT);
    expect(parse(TEXT, null as never)).toEqual(plain);
    expect(parse(TEXT, undefined)).toEqual(plain);
    expect(plain.warnings).toEqual([]);
    expect(plain.metrics.map((m) => [m.text, m.value])).toEqual([['1260起', 1260], ['21.5%', 21.5]]);
  });

  it('an invalid value is replaced by its default and reported, never thrown', () => {
    const r = parse(TEXT, { format: 'pdf', lang: 'fr', maxLength: Number.NaN, referenceDate: '99999-01-01' } as never);
    expect(ParseResult.safeParse(r).success).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['invalid_option', 'invalid_option', 'invalid_option', 'invalid_option']);
    expect(r.warnings.map((w) => w.message.split(' = ')[0])).toEqual(['option maxLength', 'option format', 'option lang', 'option referenceDate']);
    expect(r.metrics).toEqual(parse(TEXT).metrics);
  });

  it('referenceDate anchors 今年 to its year', () => {
    const period = parse(TEXT, { referenceDate: '2023-10-12' }).dates?.find((d) => d.text === '今年1至9月');
    expect(period).toMatchObject({ kind: 'period', from: '2023-01', to: '2023-09' });
  });

  it('results are validated against the zod schema unless validate is false', () => {
    expect(parse(TEXT).warnings).toEqual([]);
    expect(parse(TEXT, { validate: false })).toEqual(parse(TEXT));
  });

  it('lang forces one extractor', () => {
    // Forced English reads only what English rules know: the percentage, not the count with its measure word.
    expect(parse(TEXT, { lang: 'en' }).metrics.map((m) => [m.text, m.lang])).toEqual([['21.5%', 'en']]);
    expect(parse('Police arrested 1,191 people.', { lang: 'zh' }).metrics).toEqual([]);
    expect(parse('Police arrested 1,191 people.').metrics.map((m) => [m.value, m.lang])).toEqual([[1191, 'en']]);
  });
});
