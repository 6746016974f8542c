/**
 * Government disclosure pages: the metadata table is chrome, the summary field (内容概述, 摘要) is
 * article text wherever it stands, and the headline is found around it.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const ARTICLE = '今年以来,全市公安机关坚持打防并举,冻结涉案资金3000万元,劝阻群众2.3万人次。';
const TITLE = '桂林市公安局通报今年以来打击电诈工作情况';

describe('summary fields of disclosure pages', () => {
  it('a summary above the headline, its text on the label line: its figures count, the headline is the title', () => {
    const text = `索引号: 11450300MB1234567X/2024-00321\n发布机构: 桂林市公安局\n内容概述: 今年以来,全市共破获电诈案件1200余起,抓获犯罪嫌疑人860名。\n${TITLE}\n${ARTICLE}`;
    const r = parse(text);
    expect(r.title).toBe(TITLE);
    expect(r.metrics.map((m) => m.text)).toEqual(['1200余起', '860名', '3000万元', '2.3万人次']);
    expect(r.body?.start).toBe(text.indexOf('内容概述'));
  });

  it('a label alone on its line (摘要:) keeps the paragraph under it, which is no lead', () => {
    const text = `发布机构: 桂林市公安局\n摘要:\n今年以来,全市公安机关共破获电信网络诈骗案件1200余起,抓获犯罪嫌疑人860名。\n${TITLE}\n2024-03-08 来源: 桂林市公安局\n${ARTICLE}`;
    const r = parse(text);
    expect(r.title).toBe(TITLE);
    expect(r.metrics.map((m) => [m.text, m.value])).toEqual([['1200余起', 1200], ['860名', 860], ['3000万元', 30000000], ['2.3万人次', 23000]]);
  });

  it('metadata fields between the headline and the lead are chrome, the summary among them is not', () => {
    const text = `${TITLE}\n发布机构: 桂林市公安局\n生成日期: 2024-03-08\n摘要: 今年以来,全市共破获电诈案件1200余起。\n${ARTICLE}`;
    const r = parse(text);
    expect(r.title).toBe(TITLE);
    expect(r.metrics.map((m) => m.text)).toEqual(['1200余起', '3000万元', '2.3万人次']);
  });

  it('a page without a summary field is laid out as before (metadata is never the title)', () => {
    const text = `索引号: 11450300MB1234567X/2024-00321\n发布机构: 桂林市公安局\n${TITLE}\n${ARTICLE}`;
    const r = parse(text);
    expect(r.title).toBe(TITLE);
    expect(r.body?.start).toBe(text.indexOf(TITLE));
    expect(r.metrics.map((m) => m.text)).toEqual(['3000万元', '2.3万人次']);
  });
});
