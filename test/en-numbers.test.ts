import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { PLAIN_WORD_VALUES, wordValue } from '../src/en/numbers.js';

type Nlp = (text: string) => { numbers(): { get(): unknown[] } };
const nlp = createRequire(import.meta.url)('compromise') as Nlp;

describe('English number words', () => {
  it('values every phrase of the plain table as compromise does', () => {
    expect(PLAIN_WORD_VALUES.size).toBe(20 + 8 + 8 * 9 * 2);
    for (const [phrase, value] of PLAIN_WORD_VALUES) expect(nlp(phrase).numbers().get(), phrase).toEqual([value]);
  });

  it('reads the table case-blind and other phrases through compromise', () => {
    expect(wordValue('Twenty-Five')).toBe(25);
    expect(wordValue('one hundred and five')).toBe(105);
    expect(wordValue('two million')).toBe(2_000_000);
  });
});
