/**
 * The unit readers (src/extract/units/*.ts), each with its own table of examples and negatives,
 * and every lexicon row of units, currencies and measure words: its example must make parse()
 * give a metric read through that row.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { UNIT_READERS } from '../src/extract/unitReaders.js';
import { MEASURE_WORDS } from '../src/lexicon/measureWords.js';
import { CURRENCY_PREFIXES, CURRENCY_SIGNS, CURRENCY_SUFFIXES, MONEY_SUBUNITS, PHYSICAL_UNITS } from '../src/lexicon/units.js';
import { FRACTION_PREFIXES } from '../src/extract/units/percent.js';
import { NUMERAL_IDIOMS } from '../src/lexicon/nonQuantities.js';

describe.each(UNIT_READERS.map((r) => [r.name, r] as const))('%s reader', (_name, reader) => {
  it.each(reader.examples.map((e) => [...e]))('%s → %s', (input, text, value, unit, approximate) => {
    // The metric that starts where the example's text does (拘捕4男3女 has a second one).
    const { metrics } = parse(input, { trace: true });
    const at = metrics.filter((m) => m.start === input.indexOf(text));
    expect(at.map((m) => ({ text: m.text, value: m.value, unit: m.unit, approximate: m.approximate })))
      .toEqual([{ text, value, unit, approximate }]);
    expect(at[0].trace?.[0]).toBe(`zh.${reader.name}`);
    expect(input.slice(at[0].start, at[0].end)).toBe(text);
    expect(metrics.filter((m) => m.start !== at[0].start && m.start < at[0].end && m.end > at[0].start)).toEqual([]);
  });
  it.each(reader.negatives.map((n) => [n]))('%s gives no metric', (input) => {
    expect(parse(input).metrics).toEqual([]);
  });
});

/** The metrics of `example` whose text holds `word`. */
function metricWith(example: string, word: string) {
  return parse(example).metrics.filter((m) => m.text.includes(word));
}

describe('every lexicon row fires on its example', () => {
  it.each(MEASURE_WORDS.map((m) => [m.word, m.example]))('measure word %s: %s', (word, example) => {
    const found = parse(example).metrics.filter((m) => m.kind === 'count' && m.unit === word);
    expect(found.length).toBeGreaterThan(0);
  });
  it.each(PHYSICAL_UNITS.map((u) => [u.word, u.unit, u.example]))('unit %s (%s): %s', (_word, unit, example) => {
    expect(parse(example).metrics.filter((m) => m.kind === 'quantity' && m.unit === unit).length).toBeGreaterThan(0);
  });
  it.each([...CURRENCY_SUFFIXES, ...CURRENCY_PREFIXES, ...CURRENCY_SIGNS].map((c) => [c.word, c.code, c.example]))('currency %s (%s): %s', (word, code, example) => {
    const money = metricWith(example, word).filter((m) => m.kind === 'money');
    expect(money.length).toBeGreaterThan(0);
    // A row without a code takes the currency of the place (mainland: CNY, and USD for a bare $).
    expect(money[0].unit).toBe(code ?? (word === '$' ? 'USD' : 'CNY'));
  });
  it.each(MONEY_SUBUNITS.map((u) => [u.word, u.example]))('money subunit %s: %s', (word, example) => {
    const money = parse(example).metrics.filter((m) => m.kind === 'money');
    expect(money).toHaveLength(1);
    expect(money[0].text.endsWith(word) || money[0].text.includes(word)).toBe(true);
    expect(Number.isInteger(money[0].value)).toBe(false);
  });
  it.each(FRACTION_PREFIXES.map((p) => [p.word, p.toPercent, p.example]))('fraction %s (×%d): %s', (word, _f, example) => {
    const percent = parse(example).metrics.filter((m) => m.kind === 'percent' && m.text.startsWith(word));
    expect(percent).toHaveLength(1);
  });
});

describe('numeral idioms', () => {
  // Every fixed phrase that starts with a numeral but states no quantity: its example gives no metric there.
  it.each(NUMERAL_IDIOMS.map((r) => [r.word, r.example] as const))('%s in %s is no quantity', (word, example) => {
    const at = example.indexOf(word);
    expect(parse(example).metrics.filter((m) => m.start <= at && m.end > at)).toEqual([]);
  });
  it('the same words written with an Arabic digit are counts', () => {
    expect(parse('查处违规网吧1家、出租屋1处').metrics.map((m) => [m.text, m.value, m.unit])).toEqual([['1家', 1, '家'], ['1处', 1, '处']]);
  });
});
