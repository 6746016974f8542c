import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parse } from '../src/index.js';
import { analyzeDocument, bodyRanges, inRanges, type DocumentInfo } from '../src/document/index.js';
import { findDates } from '../src/document/dates.js';
import { findCredits } from '../src/document/credits.js';
import { normalizePlain } from '../src/normalize/index.js';
import { identityText } from '../src/normalize/offsetText.js';
import { stripHtml } from '../src/normalize/html.js';
import { cpuMillis } from './cpuTime.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/document/${name}`, import.meta.url), 'utf8');
const toTw = OpenCC.Converter({ from: 'cn', to: 'tw' });

/** Every span a result reports must slice back out of the input. */
function expectSpansExact(input: string, r: DocumentInfo): void {
  for (const x of [...r.dates, ...r.people, ...r.credits]) expect(input.slice(x.start, x.end)).toBe(x.text);
}

describe('analyzeDocument on a simplified release', () => {
  const input = fixture('release.zh-Hans.txt');
  const r = analyzeDocument(normalizePlain(input), { referenceDate: '2024-11-01' });

  it('finds the title, agency and region', () => {
    expect(r.title).toBe('湖南公安机关“清风行动”阶段性成果新闻发布会举行');
    expect(r.agency).toBe('省公安厅');
    expect(r.region).toEqual({ name: '湖南省', code: '430000' });
  });

  it('finds dates with ISO forms from the reference year', () => {
    const d = r.dates.map((x) => [x.text, x.kind, x.from, x.to]);
    expect(d).toEqual([
      ['10月12日', 'date', '2024-10-12', '2024-10-12'],
      ['今年1至9月', 'period', '2024-01', '2024-09'],
      ['五年来', 'period', undefined, undefined],
      ['2023年', 'period', '2023', '2023'],
    ]);
    const first = r.dates[0];
    expect(input.slice(first.start, first.end)).toBe('10月12日');
  });

  it('finds the official with titles, the suspect and the victim', () => {
    expect(r.people.map((p) => [p.name, p.role, p.title])).toEqual([
      ['赵建明', 'official', '省公安厅党委委员、副厅长、“清风行动”领导小组办公室主任'],
      ['刘某军', 'suspect', null],
      ['陈某', 'victim', null],
    ]);
    const zhao = r.people[0];
    expect(zhao.start).toBe(input.indexOf('赵建明'));
  });

  it('splits the credit lines', () => {
    expect(r.credits.map((c) => [c.role, c.label, c.names, c.text])).toEqual([
      ['editor', '编辑', ['王小丽'], '编辑丨王小丽'],
      ['reviewer', '审核', ['张强', '李娜'], '审核丨张强 李娜'],
      ['final_reviewer', '终审', ['周海'], '终审丨周海'],
    ]);
  });

  it('ends the body before the editor line and keeps chrome out', () => {
    expect(r.body).not.toBeNull();
    expect(r.body!.start).toBe(0);
    expect(input.slice(r.body!.start, r.body!.end).endsWith('严打高压态势。')).toBe(true);
    const ranges = bodyRanges(normalizePlain(input));
    expect(inRanges(ranges, input.indexOf('3120起'), input.indexOf('3120起') + 5)).toBe(true);
    expect(inRanges(ranges, input.indexOf('验证码'), input.indexOf('验证码') + 3)).toBe(false);
    expect(inRanges(ranges, input.indexOf('tougao'), input.indexOf('tougao') + 6)).toBe(false);
    expectSpansExact(input, r);
  });
});

describe('traditional and pinyin-garbled input work like simplified', () => {
  const simp = analyzeDocument(normalizePlain(fixture('release.zh-Hans.txt')), { referenceDate: '2024-11-01' });
  for (const name of ['release.zh-Hant.txt', 'release.pinyin.txt']) {
    it(name, () => {
      const input = fixture(name);
      const r = analyzeDocument(normalizePlain(input), { referenceDate: '2024-11-01' });
      expect(r.title).toBe(toTw(simp.title!));
      expect(r.agency).toBe(toTw(simp.agency!));
      expect(r.region).toEqual(simp.region);
      expect(r.dates.map((d) => [d.kind, d.from, d.to])).toEqual(simp.dates.map((d) => [d.kind, d.from, d.to]));
      expect(r.people.map((p) => [p.name, p.role, p.title])).toEqual(
        simp.people.map((p) => [toTw(p.name), p.role, p.title && toTw(p.title)]),
      );
      expect(r.credits.map((c) => [c.role, c.names])).toEqual(simp.credits.map((c) => [c.role, c.names.map((n) => toTw(n))]));
      expect(input.slice(r.body!.start, r.body!.end).endsWith(toTw('严打高压态势。'))).toBe(true);
      expectSpansExact(input, r);
      if (name.includes('pinyin')) {
        // Pinyin never leaks into text fields.
        expect([r.title, r.agency, ...r.people.flatMap((p) => [p.name, p.title ?? ""])].join("")).not.toMatch(/[a-zāáǎàēéěèīíǐìōóǒòūúǔù]/);
      }
    });
  }
});

describe('HTML input', () => {
  const html = fixture('release.html');
  const t = normalizePlain(html, stripHtml(identityText(html)));
  const r = analyzeDocument(t, {});

  it('finds title, agency, region, people and credits with offsets into the HTML', () => {
    expect(r.title).toBe('湖南公安机关“清风行动”阶段性成果新闻发布会举行');
    expect(r.agency).toBe('省公安厅');
    expect(r.region).toEqual({ name: '湖南省', code: '430000' });
    expect(r.people.map((p) => [p.name, p.role])).toEqual([['赵建明', 'official'], ['刘某军', 'suspect']]);
    expect(r.people[0].title).toBe('省公安厅党委委员、副厅长、“清风行动”领导小组办公室主任');
    expect(r.credits.map((c) => [c.role, c.names])).toEqual([
      ['source', ['湖南公安']], ['editor', ['王小丽']], ['reviewer', ['张强', '李娜']], ['final_reviewer', ['周海']],
    ]);
    expectSpansExact(html, r);
    // The year comes from the dateline in the page.
    expect(r.dates[0]).toMatchObject({ kind: 'date', from: '2024-10-12' });
  });

  it('body starts at the headline and ends before the editor line', () => {
    expect(html.slice(r.body!.start, r.body!.start + 6)).toBe('湖南公安机关');
    expect(html.slice(r.body!.end - 10, r.body!.end)).toBe('治安案件2.1万起。');
    expect(r.body!.start).toBeGreaterThan(html.indexOf('<h1>'));
    expect(r.body!.end).toBeLessThan(html.indexOf('编辑丨'));
  });
});

describe('dates', () => {
  const text = (s: string, year: number | null = 2022) => findDates(s, year).map((d) => [s.slice(d.start, d.end), d.kind, d.from, d.to]);
  it('reads the common forms', () => {
    expect(text('2022-09-28 10:00发布')).toEqual([['2022-09-28 10:00', 'date', '2022-09-28', '2022-09-28']]);
    expect(text('1—7月,全省')).toEqual([['1—7月', 'period', '2022-01', '2022-07']]);
    expect(text('2019年8月至12月期间')).toEqual([['2019年8月至12月', 'period', '2019-08', '2019-12']]);
    expect(text('5月21至23日')).toEqual([['5月21至23日', 'period', '2022-05-21', '2022-05-23']]);
    expect(text('六月二十九日电')).toEqual([['六月二十九日', 'date', '2022-06-29', '2022-06-29']]);
    expect(text('二〇一七年十大案件')).toEqual([['二〇一七年', 'period', '2017', '2017']]);
    expect(text('去年同期')).toEqual([['去年同期', 'period', '2021', '2021']]);
    expect(text('今年上半年')).toEqual([['今年上半年', 'period', '2022-01', '2022-06']]);
    expect(text('2020-2022年三年')).toEqual([['2020-2022年', 'period', '2020', '2022']]);
    expect(text('9月28日', null)).toEqual([['9月28日', 'date', undefined, undefined]]);
  });
  it('skips case codes and durations', () => {
    expect(text('桂林“1·17”非法采矿案')).toEqual([]);
    expect(text('连续45个月')).toEqual([]);
  });
});

describe('credits', () => {
  const names = (s: string) => findCredits(s, 0, s.length).map((c) => [c.role, c.names.map((n) => s.slice(n.start, n.end))]);
  it('reads inline and bracketed credit lines', () => {
    expect(names('实效性。(完) 【编辑:王诗尧】')).toEqual([['editor', ['王诗尧']]]);
    expect(names('2022-07-14 16:04 来源:东南网 责任编辑:林静 我来说两句')).toEqual([['source', ['东南网']], ['responsible_editor', ['林静']]]);
    expect(names('(责任编辑:郑文)')).toEqual([['responsible_editor', ['郑文']]]);
    expect(names('新闻编辑部召开会议')).toEqual([]);
  });
});

describe('robustness', () => {
  it('handles large garbage input in linear time', () => {
    const junk = ('<div>全区' + '某'.repeat(50) + '编辑丨' + '1'.repeat(30) + '年月日至-—' + 'a'.repeat(100) + '</div>\n').repeat(20000);
    expect(cpuMillis(() => analyzeDocument(normalizePlain(junk, stripHtml(identityText(junk))), {}))).toBeLessThan(5000);
  });
  it('reads a level word before an agency only where it fits before the name (text start)', () => {
    // 中国 would end one character before the text: the agency is the name itself.
    expect(parse('中国家移民管理局通报，查获偷渡人员3名。').agency).toBe('国家移民管理局');
    expect(parse('中国国家移民管理局通报，查获偷渡人员3名。').agency).toBe('中国国家移民管理局');
  });
  it('returns nulls for an empty input', () => {
    const r = analyzeDocument(normalizePlain(''), {});
    expect(r).toEqual({ title: null, dates: [], region: null, agency: null, people: [], credits: [], body: null, articleRanges: [{ start: 0, end: 0 }], locale: 'CN', year: null, bodyStartNormalized: 0, titleEndNormalized: 0 });
  });
});

describe('Taiwan\'s city and county police', () => {
  it('are the agency; their area is the region, with no GB/T 2260 code (the standard stops at 710000)', () => {
    const r = parse('新北市政府警察局今（20）日公布114年治安統計，全市全般刑案發生數3萬1,245件。');
    expect(r.agency).toBe('新北市政府警察局');
    expect(r.region).toEqual({ name: '新北市', code: null });
    expect(r.metrics.map((m) => [m.place?.text, m.place?.name, m.place?.code])).toEqual([['全市', '新北市', null]]);
  });
});

describe('short sentences above the lead are article text', () => {
  it('a heading line and a bullet line before the first long sentence keep their figures', () => {
    const t = '某市公安局通报今年第三季度全市治安情况。\n(一)入室盗窃。本季度全市共发生17起,环比下降15%。\n●电信诈骗:发案236起,同比下降18.3%。\n在打击涉枪涉爆犯罪方面,全市共侦破案件45起,收缴枪支38支。\n';
    const r = parse(t);
    expect(r.body?.start).toBe(0);
    expect(r.metrics.map((m) => m.text)).toEqual(['17起', '15%', '236起', '18.3%', '45起', '38支']);
  });
  it('a photo caption above the article is not where it starts', () => {
    const t = '图说:发言人介绍案情。\n\n【本报讯】今年以来,全市公安机关共破获电信网络诈骗案件120起,抓获犯罪嫌疑人85名。';
    expect(parse(t).body?.start).toBe(t.indexOf('【'));
  });
});
