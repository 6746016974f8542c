/**
 * The small data structures the scanners are built on: code-unit sets and indexes, the word trie,
 * regexes with numbered groups, the segmenter's span cache and the reused buffers of the
 * normalizer. Each is checked against the plain computation it replaces.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodeUnitSet } from '../src/lexicon/codeUnitSet.js';
import { byFirstChar, byLastChar, codeClass, longestWordEnding, rowsAt, rowsEndingAt } from '../src/lexicon/codeIndex.js';
import { WordTrie } from '../src/lexicon/wordTrie.js';
import { withNumberedGroups } from '../src/document/numberedGroups.js';
import { tag, tagSpan } from '../src/segment/jieba.js';
import { mapCharacters } from '../src/normalize/charMap.js';
import { identityText } from '../src/normalize/offsetText.js';

describe('CodeUnitSet', () => {
  it('holds the code units it was given and nothing else', () => {
    const set = new CodeUnitSet('起名人');
    expect(set.has('起'.charCodeAt(0))).toBe(true);
    expect(set.has('人'.charCodeAt(0))).toBe(true);
    expect(set.has('件'.charCodeAt(0))).toBe(false);
    expect(set.has(0x20)).toBe(false);
  });

  it('says no past the end of a text (charCodeAt gives NaN) and refuses U+0000, which NaN would read', () => {
    const set = new CodeUnitSet('a');
    expect(set.has('a'.charCodeAt(5))).toBe(false);
    expect(() => set.add(0)).toThrow(RangeError);
  });
});

describe('CodeIndex: lexicon rows by a code unit', () => {
  const rows = [{ word: '近' }, { word: '将近' }, { word: '接近' }, { word: '约' }, { word: '大约' }];

  it('gives the rows that start at a position, longest first', () => {
    const index = byFirstChar([{ word: '以' }, { word: '以上' }, { word: '左右' }]);
    expect(rowsAt(index, '50名以上', 3).map((r) => r.word)).toEqual(['以上', '以']);
    expect(rowsAt(index, '50名左右', 3).map((r) => r.word)).toEqual(['左右']);
    expect(rowsAt(index, '50名', 3)).toEqual([]);
  });

  it('gives the rows that end before a position, longest first, in table order among equals', () => {
    const index = byLastChar(rows);
    expect(rowsEndingAt(index, '将近300名', 2).map((r) => r.word)).toEqual(['将近', '接近', '近']);
    expect(rowsEndingAt(index, '大约200人', 2).map((r) => r.word)).toEqual(['大约', '约']);
    expect(rowsEndingAt(index, '300名', 0)).toEqual([]);
  });

  it('finds the longest word that ends a span and lies inside it', () => {
    const index = byLastChar([{ word: '共计' }, { word: '计' }, { word: '人民币' }]);
    expect(longestWordEnding(index, '涉案金额共计', 0, 6)).toBe(2);
    expect(longestWordEnding(index, '涉案金额共计', 5, 6)).toBe(1); // 共计 would reach outside the span
    expect(longestWordEnding(index, '折合人民币', 0, 5)).toBe(3);
    expect(longestWordEnding(index, '抓获嫌疑人', 0, 5)).toBe(0);
  });

  it('codeClass answers like the one-character regex it stands for', () => {
    const re = /[、,:\s(]/;
    const test = codeClass(re);
    for (const c of ['、', ',', ':', ' ', '\t', '\u3000', '(', '，', '人', 'a']) expect(test(c.charCodeAt(0))).toBe(re.test(c));
  });
});

describe('WordTrie', () => {
  /** Longest word at each position, left to right, without overlaps: the plain computation. */
  function naiveScan(words: readonly string[], text: string): Array<[number, number, string]> {
    const out: Array<[number, number, string]> = [];
    for (let i = 0; i < text.length;) {
      let best = '';
      for (const w of words) if (w.length > best.length && text.startsWith(w, i)) best = w;
      if (best) { out.push([i, best.length, best]); i += best.length; } else i++;
    }
    return out;
  }

  function trieScan(words: readonly string[], text: string): Array<[number, number, string]> {
    const trie = new WordTrie<string>();
    for (const w of words) trie.set(w, w);
    const out: Array<[number, number, string]> = [];
    trie.scan(text, 0, text.length, (start, length, value) => out.push([start, length, value]));
    return out;
  }

  it('finds division names, the longest at each position', () => {
    const words = ['广西', '广西壮族自治区', '南宁', '南宁市', '桂林'];
    expect(trieScan(words, '广西壮族自治区南宁市公安局与桂林警方')).toEqual([[0, 7, '广西壮族自治区'], [7, 3, '南宁市'], [14, 2, '桂林']]);
  });

  it('stops at `to` and has no one-character words', () => {
    const trie = new WordTrie<number>();
    trie.set('南宁市', 1);
    trie.set('南宁', 2);
    expect(trie.longestAt('南宁市公安局', 0, 2)).toEqual({ length: 2, value: 2 });
    expect(trie.longestAt('南宁市公安局', 0, 6)).toEqual({ length: 3, value: 1 });
    expect(trie.longestAt('南宁市公安局', 1, 6)).toBeNull();
    expect(() => trie.set('市', 3)).toThrow(RangeError);
  });

  it('scans like the plain longest-match loop on random texts', () => {
    const alphabet = fc.constantFrom(...'南宁市广西桂林区县公安局');
    const word = fc.array(alphabet, { minLength: 2, maxLength: 5 }).map((cs) => cs.join(''));
    fc.assert(fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 12 }), fc.array(alphabet, { maxLength: 60 }).map((cs) => cs.join('')), (words, text) => {
      expect(trieScan(words, text)).toEqual(naiveScan(words, text));
    }), { numRuns: 300 });
  });
});

describe('withNumberedGroups', () => {
  it('numbers named groups in order and leaves other groups, classes and escapes alone', () => {
    const { re, group } = withNumberedGroups('(?<![\\d.])(?<y>\\d{4})[(年](?:(?<m>\\d{1,2})月)?\\((?<d>\\d+)\\)', 'g');
    expect(group).toEqual({ y: 1, m: 2, d: 3 });
    const m = re.exec('于2023年9月(28)')!;
    expect([m[group.y], m[group.m], m[group.d]]).toEqual(['2023', '9', '28']);
    expect(m.groups).toBeUndefined();
  });

  it('counts unnamed capturing groups between named ones', () => {
    const { re, group } = withNumberedGroups('(a)(?<x>b)(c)(?<y>d)', '');
    expect(group).toEqual({ x: 2, y: 4 });
    expect(re.exec('abcd')![group.y]).toBe('d');
  });
});

describe('segmenter span cache', () => {
  it('tags a span as the same text on its own, and a repeated span from another text from the cache', () => {
    const a = '今年以来破获电信网络诈骗案件';
    const b = `全市公安机关${a.slice(4)}`;
    const own = tag(a.slice(4));
    const fromA = tagSpan(a, 4, a.length);
    expect(fromA).toEqual(own);
    expect(fromA.map((t) => t.word).join('')).toBe('破获电信网络诈骗案件');
    expect(tagSpan(b, 6, b.length)).toBe(fromA); // same tokens object: a cache hit
    expect(tagSpan(a, 3, 3)).toEqual([]);
  });
});

describe('reused buffers', () => {
  it('maps a short text correctly after a long one (the scratch buffer is not leaked between texts)', () => {
    const long = mapCharacters(identityText('偵破案件，'.repeat(20000)));
    expect(long.text.slice(0, 5)).toBe('侦破案件,');
    const short = mapCharacters(identityText('兩名嫌疑人（男）'));
    expect(short.text).toBe('两名嫌疑人(男)');
  });

  it('keeps lone surrogates as they are', () => {
    const t = mapCharacters(identityText('案件\ud800２起'));
    expect(t.text).toBe('案件\ud8002起');
  });

  it('gives every text its own identity map values, shared storage or not', () => {
    const a = identityText('破获案件2031起');
    const b = identityText('抓获');
    expect(Array.from(a.map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(Array.from(b.map)).toEqual([0, 1, 2]);
    const big = identityText('x'.repeat((1 << 20) + 5));
    expect(big.map[(1 << 20) + 5]).toBe((1 << 20) + 5);
  });
});
