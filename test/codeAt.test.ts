import { describe, expect, it } from 'vitest';
import { codeAt } from '../src/codeAt.js';

describe('codeAt', () => {
  it('reads the code unit inside the text, as charCodeAt does', () => {
    expect(codeAt('破获12起', 0)).toBe(0x7834);
    expect(codeAt('破获12起', 2)).toBe(0x31);
    expect(codeAt('破获12起', 4)).toBe(0x8d77);
  });
  it('gives NaN before the start and past the end, as charCodeAt does', () => {
    expect(codeAt('12起', -1)).toBeNaN();
    expect(codeAt('12起', 3)).toBeNaN();
    expect(codeAt('', 0)).toBeNaN();
    expect('12起'.charCodeAt(3)).toBeNaN();
  });
});
