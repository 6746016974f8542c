/** A search that tries a pattern only where a match can open (src/lexicon/patternSearch.ts): the matches of a global search. */
import { describe, expect, it } from 'vitest';
import { PatternSearch, patternOpeners } from '../src/lexicon/patternSearch.js';

const unitsOf = (s: ReturnType<typeof patternOpeners>, which: 'first' | 'second'): string =>
  String.fromCharCode(...(s?.[which]?.units() ?? []));

/** Every match of a global search from `from`, as index:text. */
function globalMatches(re: RegExp, text: string, from: number): string[] {
  const g = new RegExp(re.source, re.flags.replace(/[gy]/g, '') + 'g');
  const out: string[] = [];
  g.lastIndex = from;
  for (let m = g.exec(text); m; m = g.exec(text)) {
    out.push(`${m.index}:${m[0]}`);
    if (m[0] === '') g.lastIndex++;
  }
  return out;
}

function searchMatches(re: RegExp, text: string, from: number): string[] {
  const s = new PatternSearch(re);
  const out: string[] = [];
  for (let m = s.exec(text, from); m; m = s.exec(text, m.index + Math.max(1, m[0].length))) out.push(`${m.index}:${m[0]}`);
  return out;
}

/** A seeded generator (tests stay the same run to run). */
function random(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
}

const PATTERNS: RegExp[] = [
  /(?:(?:铁路|交通)?公安(?:部(?:[\u4e00-\u9fff]{1,10}?局(?![长])|)|厅|局(?:[\u4e00-\u9fff]{2,4}?分局)?|分局|处)|(?:铁路)?警方|缉私局|(?<=[市县])政府警察局)/,
  /(?:特约|见习)?(?:记者|通讯员)\s*/,
  /(?<![\u4e00-\u9fff])(责任编辑|编辑|来源)[ \t]*[丨|:/][ \t]*/,
  /全(国|省|区)|本(港|省)/,
  /港|澳|新[加台]|[(]1[01]\d[)]年|Hong Kong|HK|S(?:ingapore|\$)/,
  /(?<![\d.])(\d{4})(?:年\d{1,2}月\d{1,2}日|[-/]\d{1,2}[-/]\d{1,2}(?!\d))/,
  /[(\[]完[)\]]|【(?:责任)?编辑[:丨|]/,
  /a?b{0,2}c|x*y+z/,
  /\bword\b|[^a]b/,
];

describe('PatternSearch', () => {
  it('finds the matches of a global search, from any position', () => {
    const rnd = random(7);
    for (const re of PATTERNS) {
      // Texts drawn from the pattern's own characters and a few others.
      const alphabet = [...new Set(re.source.replace(/\\u[0-9a-f]{4}|\\./g, '') + '一市县0123456789 年月日-/')];
      for (let n = 0; n < 300; n++) {
        let text = '';
        const len = Math.floor(rnd() * 30);
        for (let k = 0; k < len; k++) text += alphabet[Math.floor(rnd() * alphabet.length)];
        for (const from of [0, Math.floor(len / 2)]) expect(searchMatches(re, text, from), `${re} on ${text}`).toEqual(globalMatches(re, text, from));
      }
    }
  });

  it('stops at the bound: no match that opens at or after `to`', () => {
    const s = new PatternSearch(/公安局|警方/);
    expect(s.exec('据警方通报,公安局', 0, 3)?.index).toBe(1);
    expect(s.exec('据警方通报,公安局', 2, 6)).toBeNull();
    expect(s.exec('据警方通报,公安局', 2)?.index).toBe(6);
  });

  it('reads the units that open a match from the pattern', () => {
    const o = patternOpeners(/(?:特约|见习)?(?:记者|通讯员)\s*/);
    expect(unitsOf(o, 'first')).toBe([...'特见记通'].sort().join(''));
    expect(unitsOf(o, 'second')).toBe([...'约习者讯'].sort().join(''));
    // A look-behind reads before the match: the match opens after it.
    expect(unitsOf(patternOpeners(/(?<=[市县])政府/), 'first')).toBe('政');
    // One unit long: no second unit to test.
    expect(patternOpeners(/港|澳门/)?.second).toBeNull();
  });

  it('tries every position where a match can be empty or open anywhere', () => {
    expect(patternOpeners(/a?/)).toBeNull();
    expect(patternOpeners(/.b/)).toBeNull();
    expect(patternOpeners(/[^a]b/)).toBeNull();
    expect(patternOpeners(/(a)\1/)).toBeNull();
    expect(patternOpeners(/ab/i)).toBeNull();
  });
});
