/**
 * Offset-preserving normalization: traditional → simplified, full-width → half-width, pinyin
 * and invisible characters removed. Whatever the normalizer does, every span parse() returns
 * indexes the ORIGINAL input: input.slice(start, end) === text.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import * as OpenCC from 'opencc-js';
import { normalizePlain, originalSpan, keptText, hasInsertedPinyin } from '../src/normalize/index.js';
import { SIMPLIFIED, TRADITIONAL } from '../src/normalize/tradSimp.data.js';

describe('normalizePlain', () => {
  it('leaves simplified half-width text as it is, with an identity map', () => {
    const t = normalizePlain('破获案件2031起');
    expect(t.text).toBe('破获案件2031起');
    expect(Array.from(t.map)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('ships the one-for-one table that opencc-js (hk → cn) gives today (regenerate with tradSimp.gen.mjs)', () => {
    expect(TRADITIONAL.length).toBe(SIMPLIFIED.length);
    expect(TRADITIONAL.length).toBeGreaterThan(2500);
    const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
    expect(convert(TRADITIONAL)).toBe(SIMPLIFIED);
    expect(TRADITIONAL.slice(0, 3)).not.toBe(SIMPLIFIED.slice(0, 3));
  });

  it('maps traditional characters one for one', () => {
    const t = normalizePlain('偵破詐騙案件2萬3523宗,涉款約3億元,兩名');
    expect(t.text).toBe('侦破诈骗案件2万3523宗,涉款约3亿元,两名');
    expect(t.text.length).toBe(t.original.length);
    expect(Array.from(t.map)).toEqual(Array.from({ length: t.text.length + 1 }, (_, i) => i));
  });

  it('maps full-width digits, point, percent sign and comma to ASCII', () => {
    const t = normalizePlain('同比上升１２．５％，共２０３１起');
    expect(t.text).toBe('同比上升12.5%,共2031起');
  });

  it('removes pinyin after characters and keeps the map to the original', () => {
    const input = '5萬(wàn)余起';
    const t = normalizePlain(input);
    expect(t.text).toBe('5万余起');
    expect(Array.from(t.map)).toEqual([0, 1, 7, 8, 9]);
    expect(originalSpan(t, 0, 4)).toEqual({ start: 0, end: 9, text: '5萬(wàn)余起' });
    expect(keptText(t, 0, 4)).toBe('5萬余起');
  });

  it('removes full-width parenthesised pinyin and pinyin with a space before the bracket', () => {
    expect(normalizePlain('３．９萬（wàn）名').text).toBe('3.9万名');
    expect(normalizePlain('會(huì )上通報').text).toBe('会上通报');
  });

  it('a span ending on a character does not take the pinyin after it', () => {
    const input = '缴获12.5千克(kè)毒品';
    const t = normalizePlain(input);
    expect(t.text).toBe('缴获12.5千克毒品');
    expect(originalSpan(t, 2, 8)).toEqual({ start: 2, end: 8, text: '12.5千克' });
  });

  it('keeps brackets that are not pinyin', () => {
    expect(normalizePlain('公安局(下同)').text).toBe('公安局(下同)');
    expect(normalizePlain('今(15)日').text).toBe('今(15)日');
    expect(normalizePlain('公安局(psb)').text).toBe('公安局(psb)');
  });

  it('removes zero-width characters', () => {
    const t = normalizePlain('破获\u200b12\ufeff起');
    expect(t.text).toBe('破获12起');
    expect(originalSpan(t, 2, 5)).toEqual({ start: 3, end: 7, text: '12\ufeff起' });
  });

  it('detects the scraped-pinyin pattern', () => {
    expect(hasInsertedPinyin('全省5萬(wàn)余起')).toBe(true);
    expect(hasInsertedPinyin('全省5万余起')).toBe(false);
  });
});

describe('parse() spans index the original input', () => {
  const rows: Array<[input: string, texts: string[]]> = [
    ['警方偵破詐騙案件167宗,涉款超過2,300萬港幣', ['167宗', '超過2,300萬港幣']],
    ['查扣詐騙款項新臺幣1.2億元', ['新臺幣1.2億元']],
    ['全市破获刑事案件２０３１起,同比上升１２．５％', ['２０３１起', '１２．５％']],
    ['共破获案件１２０起，同比增长２０％', ['１２０起', '２０％']],
    ['全省共破获电信诈(zhà)骗案件5萬(wàn)余起,抓获犯罪嫌疑人3.9萬(wàn)名', ['5萬(wàn)余起', '3.9萬(wàn)名']],
    ['全省破获案件1萬(wàn)2千起', ['1萬(wàn)2千起']],
    ['抓获嫌疑人３．９萬（wàn）名', ['３．９萬（wàn）名']],
    ['止付冻结涉案资金12億(yì)元', ['12億(yì)元']],
    ['查获毒品12.5千克(kè)', ['12.5千克']],
    ['會(huì )上通報,破獲案件300宗', ['300宗']],
    ['破获案件12\u200b起', ['12\u200b起']],
    ['😀𠮷市破获案件12起,同比下降5%', ['12起', '5%']],
    ['出动警力2 000人次', ['2 000人次']],
    ['发案率同比下降百分之○點八', ['百分之○點八']],
  ];
  it.each(rows)('%s', (input, texts) => {
    const { metrics } = parse(input);
    expect(metrics.map((m) => m.text)).toEqual(texts);
    let from = 0;
    for (const m of metrics) {
      expect(input.slice(m.start, m.end)).toBe(m.text);
      expect(m.start).toBe(input.indexOf(m.text, from));
      from = m.end;
    }
  });

  it('UTF-16 offsets count a supplementary-plane character as two units', () => {
    const [m] = parse('𠮷破获案件12起').metrics;
    expect([m.start, m.end]).toEqual([6, 9]);
  });

  it('case and operation spans index the original too', () => {
    const input = '警方偵(zhēn)破「105」專案,並展開「曙光行動」';
    const r = parse(input);
    expect(r.cases.map((c) => [c.code, input.slice(c.start, c.end), c.text])).toEqual([['105', '「105」專案', '「105」專案']]);
    expect(r.operations.map((o) => [o.name, input.slice(o.start, o.end), o.text])).toEqual([['曙光行動', '曙光行動', '曙光行動']]);
  });

  it('subjects of a scraped page come without pinyin', () => {
    const [m] = parse('全省共破获电信诈(zhà)骗案件5萬(wàn)余起').metrics;
    expect(m.subject).toBe('破获电信诈骗案件');
  });
});
