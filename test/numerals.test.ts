/**
 * The numeral module: readNumeral / parseNumeral on normalized text, and numerals as parse()
 * sees them (traditional characters and full-width digits are normalized first).
 */
import { describe, expect, it } from 'vitest';
import { parse, parseNumeral, readNumeral } from '../src/index.js';
import { normalizePlain } from '../src/normalize/index.js';

describe('parseNumeral: whole strings', () => {
  const table: Array<[string, number]> = [
    ['0', 0],
    ['7', 7],
    ['2031', 2031],
    ['0.5', 0.5],
    ['99.94', 99.94],
    ['1,234', 1234],
    ['12,345,678', 12345678],
    ['90 276', 90276],
    ['1.2万', 12000],
    ['44.7万', 447000],
    ['1亿3580万', 135800000],
    ['2万3523', 23523],
    ['1.5万亿', 1500000000000],
    ['5千万', 50000000],
    ['两', 2],
    ['两千', 2000],
    ['十', 10],
    ['十五', 15],
    ['十万', 100000],
    ['百万', 1000000],
    ['千万', 10000000],
    ['一百零五', 105],
    ['一万二千', 12000],
    ['三千万', 30000000],
    ['一千二百三十四万五千六百七十八', 12345678],
    ['二〇一九', 2019],
    ['〇点八', 0.8],
    ['三点五', 3.5],
    ['壹佰贰拾', 120],
    ['壹仟零伍拾', 1050],
    ['廿', 20],
    ['卅一', 31],
    // An elided last unit: the digit after 百/千/万/亿 stands for the next lower place.
    ['四百五', 450],
    ['两千三', 2300],
    ['千一', 1100],
    ['一万三', 13000],
    ['一亿三', 130000000],
    ['百二万', 1200000],
    ['2万5', 25000],
    ['3千5', 3500],
    // After 亿 a digit before 万 is a section of its own; Arabic groups stay whole.
    ['一亿五万', 100050000],
    ['2亿5万', 200050000],
    ['2万3523', 23523],
    // 零 holds a place: 十 after it is one ten; a digit after it is not elided.
    ['一千零十二', 1012],
    ['一万零十二', 10012],
    ['一百零二万', 1020000],
    ['两千零二十三', 2023],
    // Decimals after a unit, and a multiplier after a decimal.
    ['十点五', 10.5],
    ['一百二十点五', 120.5],
    ['零点五', 0.5],
    ['三点五万', 35000],
    // Digit by digit only with a zero or in runs of three and more (years, codes).
    ['一九九八', 1998],
    ['二零二三', 2023],
    // Any script and width, a sign, a fraction (parseNumeral normalizes its input itself).
    ['兩萬三千', 23000],
    ['2.5億', 250000000],
    ['１２３', 123],
    ['１２.５萬', 125000],
    ['负三', -3],
    ['负一点五', -1.5],
    ['-5', -5],
    ['+5', 5],
    ['三分之一', 1 / 3],
    ['四分之三', 0.75],
    ['负二分之一', -0.5],
    ['二分之三', 1.5],
    // A whole number and a fraction, Arabic fractions: one division, the double nearest the value.
    ['三又二分之一', 3.5],
    ['二又三分之一', 7 / 3],
    ['四百分之一', 0.0025],
    ['十万分之一', 0.00001],
    ['百万分之五', 0.000005],
    ['千万分之一', 1e-7],
    ['八千一百九十二点六二万亿', 8192620000000000],
    ['负一又四分之三', -1.75],
    ['1/3', 1 / 3],
    ['3/4', 0.75],
    ['正五', 5],
    // A part of a whole is a plain number: 百分之五十 is a half.
    ['百八', 180],
    ['百八十一', 181],
    ['一百八十', 180],
    ['百分之五十', 0.5],
    ['百分之三点五', 0.035],
    ['百分之一百二十', 1.2],
    ['百分之百', 1],
    ['负百分之五', -0.05],
    ['千分之三', 0.003],
    ['万分之五', 0.0005],
    ['亿分之一', 1e-8],
    ['50%', 0.5],
    ['0.914%', 0.00914],
    ['５０％', 0.5],
    ['3‰', 0.003],
    ['三成', 0.3],
    ['七成五', 0.75],
    ['三成半', 0.35],
    ['十成', 1],
    ['八折', 0.8],
    ['八五折', 0.85],
    ['七点五折', 0.75],
    ['8.5折', 0.85],
    ['半', 0.5],
    ['一半', 0.5],
    ['两个半', 2.5],
    ['俩', 2],
    ['一打', 12],
    ['两打', 24],
    ['半打', 6],
    ['1e5', 100000],
    ['1.2E3', 1200],
    ['5e-2', 0.05],
    ['.5', 0.5],
    ['-.5', -0.5],
    ['仨', 3],
    // A decimal times 万/亿 is the decimal value, not its binary approximation times the unit.
    ['七十八点一亿', 7810000000],
    ['四点一亿', 410000000],
    ['279.96百万', 279960000],
    ['20.9亿', 2090000000],
    ['1.23456789123亿', 123456789.123],
    ['四百二十八点零一八', 428.018],
    // 零 after a unit holds a place; 两 after it starts the next part (七亿零两百万).
    ['七亿零两百一十万零九百三十', 702100930],
    ['七十亿零两千两百', 7000002200],
    ['一千零两', 1002],
    // An Arabic section, then Chinese ones with 零.
    ['2326万七千三百零八', 23267308],
    ['1121亿五千九百零五', 112100005905],
    // 万 after a 万 section multiplies the whole of it.
    ['九万六千五百二十一万', 965210000],
    ['一万三千万', 130000000],
    ['四万零七百五十八万', 407580000],
    ['1万2千万', 120000000],
    ['一亿三千万', 130000000],
    ['两万万', 200000000],
    ['866.15亿万', 866150000000000],
    // 亿 after digits multiplies what came since the last 亿; right after a unit, everything.
    ['一千二百三十四万亿五千六百七十八亿', 1234567800000000],
    ['两万亿三千亿', 2300000000000],
    ['一万二千三百四十五亿六千七百八十九万零一百二十三', 1234567890123],
    ['五万五千亿', 5500000000000],
    ['十二亿亿', 120000000000000000],
    // Arabic digits after a 零 that holds a place.
    ['10万零3', 100003],
    ['2万零50', 20050],
  ];
  it.each(table)('%s → %d', (s, v) => {
    expect(parseNumeral(s)).toBe(v);
  });

  // Ranges, vague digits and lower bounds are not one number (readNumeral gives their lower end).
  const notOneNumber = ['二三十', '四五千', '两三', '十一二', '十几', '二十几万', '几十', '数百万', '2300余亿', '三百四五', '零分之一', '三分之', '-', '负'];
  it.each(notOneNumber)('%j is not one number', (s) => {
    expect(parseNumeral(s)).toBeNull();
  });

  const notWhole = ['', 'abc', '万', '亿', '百分之', '44.7万余', '两千余', '1,23', '90 2760', '队伍', '四川', '两两', '五三', '三点五十', '几个', '56.2百分点',
    '正', '正负五', '1/0', '1/3/5', '一/三', '三又', '三又二', '十一成', '三成多', '一成不变', '百分之十几',
    '1e', 'e5', '1.2.3e3', '1.5万5', '三点五万五',
    // Not one numeral: an Arabic number too big for the place after a unit, a unit not smaller than
    // the one before it, 百/千 without their digit inside a number, digit after digit after a unit.
    '2千3916', '十171', '0百百', '3千百', '两亿百', '九万万百', '百五九二', '十亿4亿', '1亿八亿', '一兆', '三兆', '十折', '八五六折', '85折'];
  it.each(notWhole)('%j is not one whole numeral', (s) => {
    expect(parseNumeral(s)).toBeNull();
  });
});

describe('readNumeral: longest numeral at a position', () => {
  const lowerBounds: Array<[string, number, 'over' | 'range']> = [
    ['二三十', 20, 'range'], ['四五千', 4000, 'range'], ['两三', 2, 'range'], ['十一二', 11, 'range'],
    ['十几', 10, 'over'], ['二十几万', 200000, 'over'], ['几十', 10, 'over'], ['数百万', 1000000, 'over'], ['2300余亿', 230000000000, 'over'],
    // 百八十 and 千八百 are idioms for about a hundred / a thousand (80 to 100, 800 to 1000), not 180 and 1800.
    ['百八十', 80, 'range'], ['千八百', 800, 'range'],
  ];
  it.each(lowerBounds)('%s reads as its lower end %d, flagged %s', (s, v, flag) => {
    const m = readNumeral(s, 0);
    expect(m).toMatchObject({ start: 0, end: s.length, value: v, [flag]: true });
  });

  it('reads inside a sentence and reports the span', () => {
    const s = '破获2031起案件';
    expect(readNumeral(s, 2)).toEqual({ start: 2, end: 6, value: 2031, over: false, range: false, chinese: false, arabic: true });
  });

  it('marks 余 inside a numeral as over, and leaves a trailing 余 to the approximation rules', () => {
    expect(readNumeral('2300余亿元', 0)).toEqual({ start: 0, end: 6, value: 230000000000, over: true, range: false, chinese: false, arabic: true });
    expect(readNumeral('44.7万余人次', 0)).toEqual({ start: 0, end: 5, value: 447000, over: false, range: false, chinese: false, arabic: true });
    expect(readNumeral('两千余名', 0)).toEqual({ start: 0, end: 2, value: 2000, over: false, range: false, chinese: true, arabic: false });
  });

  it('flags mixed Arabic and Chinese numerals', () => {
    expect(readNumeral('5千万元', 0)).toEqual({ start: 0, end: 3, value: 50000000, over: false, range: false, chinese: true, arabic: true });
    expect(readNumeral('1.2万起', 0)).toEqual({ start: 0, end: 4, value: 12000, over: false, range: false, chinese: false, arabic: true });
  });

  it('stops at a comma that is not a thousands separator', () => {
    expect(readNumeral('1,23', 0)).toMatchObject({ end: 1, value: 1 });
    expect(readNumeral('破获12起,抓获5人', 2)).toMatchObject({ end: 4, value: 12 });
  });

  it('marks ranges (about) and vague digits (over), with the lower bound as value', () => {
    expect(readNumeral('二三十人', 0)).toEqual({ start: 0, end: 3, value: 20, over: false, range: true, chinese: true, arabic: false });
    expect(readNumeral('十几名', 0)).toEqual({ start: 0, end: 2, value: 10, over: true, range: false, chinese: true, arabic: false });
    expect(readNumeral('数十名', 0)).toEqual({ start: 0, end: 2, value: 10, over: true, range: false, chinese: true, arabic: false });
  });

  it('stops before a fraction word and a kilo unit: 百分点, 千米 after Arabic digits', () => {
    expect(readNumeral('56.2百分点', 0)).toMatchObject({ end: 4, value: 56.2 });
    expect(readNumeral('300千米', 0)).toMatchObject({ end: 3, value: 300 });
    expect(readNumeral('三千米', 0)).toMatchObject({ end: 2, value: 3000 });
  });

  it('reads a leading 万/亿 only when asked (近万, 萬三)', () => {
    expect(readNumeral('万三', 0)).toBeNull();
    expect(readNumeral('万三', 0, true)).toMatchObject({ end: 2, value: 13000 });
    expect(readNumeral('近万条', 1, true)).toMatchObject({ end: 2, value: 10000 });
  });

  it('returns null where no numeral starts', () => {
    expect(readNumeral('抓获嫌疑人', 0)).toBeNull();
    expect(readNumeral('万人', 0)).toBeNull();
    expect(readNumeral('', 0)).toBeNull();
    expect(readNumeral('12起', 5)).toBeNull();
  });
});

describe('numerals after normalization', () => {
  it('萬 and 兩 read as 万 and 两 in the normalized text, offsets kept', () => {
    const t = normalizePlain('共2萬3523件,兩千餘人');
    expect(t.text).toBe('共2万3523件,两千余人');
    expect(parseNumeral(t.text.slice(1, 7))).toBe(23523);
    expect(readNumeral(t.text, 9)).toMatchObject({ start: 9, end: 11, value: 2000 });
  });

  it('full-width digits read as ASCII digits', () => {
    const t = normalizePlain('２０３１起');
    expect(t.text).toBe('2031起');
    expect(parseNumeral(t.text.slice(0, 4))).toBe(2031);
  });
});

describe('numerals through parse()', () => {
  const table: Array<[string, string, number, string, string | null]> = [
    // input, metric text, value, unit, approximate
    ['查获假冒商品2萬3523件', '2萬3523件', 23523, '件', null],
    ['发案率同比下降百分之○點八', '百分之○點八', 0.8, '%', null],
    ['涉案金额1亿3580万元', '1亿3580万元', 135800000, 'CNY', null],
    ['抓获44.7万余人次', '44.7万余人次', 447000, '人次', 'over'],
    ['涉案金额2300余亿元', '2300余亿元', 230000000000, 'CNY', 'over'],
    ['收缴赃款壹佰贰拾万元', '壹佰贰拾万元', 1200000, 'CNY', null],
    ['出动警力两千余名', '两千余名', 2000, '名', 'over'],
    ['冻结资金1,234万元', '1,234万元', 12340000, 'CNY', null],
    ['全年整體罪案90 276宗', '90 276宗', 90276, '宗', null],
    ['本月共有廿一宗', '廿一宗', 21, '宗', null],
    ['收缴赃款参拾万元', '参拾万元', 300000, 'CNY', null],
    ['挽回损失近万元', '近万元', 10000, 'CNY', 'nearly'],
    ['骗取约萬三元', '约萬三元', 13000, 'CNY', 'about'],
    ['查获毒品一千二百三十四克', '一千二百三十四克', 1.234, 'kg', null],
    ['涉案金额5千万元', '5千万元', 50000000, 'CNY', null],
    ['涉案金额1.5万亿元', '1.5万亿元', 1500000000000, 'CNY', null],
    ['破获案件１，２３４起'.replace('，', ','), '１,２３４起', 1234, '起', null],
    // A bare 百/千/万 is a number when 余/多 follows it.
    ['共出动百余名民警', '百余名', 100, '名', 'over'],
    ['破获千余起案件', '千余起', 1000, '起', 'over'],
    ['挽回损失万余元', '万余元', 10000, 'CNY', 'over'],
    ['走访群众千多户', '千多户', 1000, '户', 'over'],
    // 上 before a bare 百/千/万/亿 is over (上千名, 上亿元).
    ['涉案金额上亿元', '上亿元', 100000000, 'CNY', 'over'],
    ['出动警力上百人次', '上百人次', 100, '人次', 'over'],
    // 约 reaches over a copula; 近 does not (最近有 is "recently").
    ['损失金额约为46.3亿元', '约为46.3亿元', 4630000000, 'CNY', 'about'],
    ['涉案人员大约有300人', '大约有300人', 300, '人', 'about'],
    ['最近有300人报名', '300人', 300, '人', null],
    // A span after 前/首/近 names a time (a period), unless a verb takes it as a length.
    ['历时近3个月侦破此案', '近3个月', 3, '个月', 'nearly'],
    // 块 then a digit that starts a word: pieces, not 2.5 yuan.
    ['买了两块五花肉', '两块', 2, '块', null],
    ['涉案金额九万六千五百二十一万元', '九万六千五百二十一万元', 965210000, 'CNY', null],
    ['抓获嫌疑人百八十人', '百八十人', 80, '人', 'about'],
    ['涉案金额七十八点一亿元', '七十八点一亿元', 7810000000, 'CNY', null],
    // 一 after 之 is no figure, and gives back the 百 of 百分之 (a denominator only after a figure).
    ['线索其中之一百分之五十来自群众', '百分之五十', 50, '%', null],
  ];
  it.each(table)('%s → %s = %d %s', (input, text, value, unit, approximate) => {
    const { metrics } = parse(input);
    expect(metrics).toHaveLength(1);
    const m = metrics[0];
    expect({ text: m.text, value: m.value, unit: m.unit, approximate: m.approximate }).toEqual({ text, value, unit, approximate });
    expect(input.slice(m.start, m.end)).toBe(text);
  });

  // Ranges: the first end borrows the second's multiplier unless that would make the range fall.
  const ranges: Array<[string, Array<[string, number]>]> = [
    ['涉案金额1万-2万元', [['1万', 10000], ['2万元', 20000]]],
    ['处罚款五千至一万元', [['五千', 5000], ['一万元', 10000]]],
    ['围观群众二十至三十万人', [['二十', 200000], ['三十万人', 300000]]],
    ['流水一千至两千万元', [['一千', 10000000], ['两千万元', 20000000]]],
  ];
  it.each(ranges)('%s reads both ends of the range', (input, ends) => {
    expect(parse(input).metrics.map((m) => [m.text, m.value])).toEqual(ends);
  });

  // Known issue: a space-grouped number of more than two groups is cut after the first group,
  // and only the last group is reported (got: 567条, value 567).
  it('1 234 567条 reads as one number with space separators', () => {
    const { metrics } = parse('查获香烟1 234 567条');
    expect(metrics.map((m) => [m.text, m.value, m.unit])).toEqual([['1 234 567条', 1234567, '条']]);
  });

  const none = ['四川', '队伍建设', '伍某某', '拾金不昧', '万一', '千方百计', '一心一意', '三令五申', '百分之百的努力', '万余华同志到场', '百姓千家万户', '诈骗案件数量居前四位', '考核排名前3位', '在G75高速K1234+500处', '1号楼2单元301室', '今年前10个月', '首十個月', '近三个月,', '最近三个月'];
  it.each(none)('%s has no number that is a metric', (input) => {
    expect(parse(input).metrics).toEqual([]);
  });
});
