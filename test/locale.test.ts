/**
 * Which place a release speaks for (it decides the currency of a bare 元): every cue's example
 * speaks for the cue's place, and a bare 元 takes that place's currency.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { LOCALE_CUES, LOCALE_CURRENCY, detectLocale } from '../src/lexicon/locale.js';

describe('locale cues', () => {
  it.each(LOCALE_CUES.map((c) => [c.example, c.locale] as const))('%s speaks for %s', (example, locale) => {
    expect(detectLocale(example)).toBe(locale);
  });
  it.each([
    ['本港去年共录得骗案损失约5亿元', 'HK'],
    ['本澳去年共录得骗案损失约5亿元', 'MO'],
    ['新界北总区破获骗案损失约5亿元', 'HK'],
    ['全市去年骗案损失约5亿元', 'CN'],
  ] as const)('a bare 元 in %s is %s money', (text, locale) => {
    expect(parse(text).metrics.map((m) => m.unit)).toEqual([LOCALE_CURRENCY[locale]]);
  });
});
