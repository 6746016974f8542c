/** Bounded character searches (src/spans.ts): the same answers as indexOf / lastIndexOf inside the bounds. */
import { describe, expect, it } from 'vitest';
import { indexWithin, lastIndexWithin } from '../src/spans.js';

describe('bounded character searches', () => {
  const text = '盗窃、诈骗、抢劫案件';
  it('indexWithin finds the first match in [from, end) and nothing at or after end', () => {
    expect(indexWithin(text, '、', 0, text.length)).toBe(2);
    expect(indexWithin(text, '、', 3, text.length)).toBe(5);
    expect(indexWithin(text, '、', 3, 5)).toBe(-1);
    expect(indexWithin(text, '、', 6, 99)).toBe(-1);
    expect(indexWithin(text, '、', -4, 3)).toBe(2);
  });
  it('lastIndexWithin finds the last match in [lowest, from] and nothing before lowest', () => {
    expect(lastIndexWithin(text, '、', text.length, 0)).toBe(5);
    expect(lastIndexWithin(text, '、', 4, 0)).toBe(2);
    expect(lastIndexWithin(text, '、', 4, 3)).toBe(-1);
  });
});
