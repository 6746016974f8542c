/**
 * Direction and basis of change (contract: `change`), distribution of a change word over a list,
 * and levels that must keep `change: null`.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import type { Change } from '../src/index.js';
import { extractChineseMetrics } from '../src/extract/chineseMetrics.js';
import type { ExtractContext } from '../src/extract/types.js';
import { DIRECTION_WORDS } from '../src/lexicon/change.js';
import { changeRefiner } from '../src/refine/change.js';
import { cuesRefiner } from '../src/refine/cues.js';

const up = (basis: Change['basis'] = null, baseline: string | null = null): Change => ({ direction: 'up', basis, baseline });
const down = (basis: Change['basis'] = null, baseline: string | null = null): Change => ({ direction: 'down', basis, baseline });

/** The change of every metric, with its text, in reading order. */
const changes = (input: string) => parse(input).metrics.map((m) => [m.text, m.change]);

describe('direction words', () => {
  const rows: Array<[string, string, Change]> = [
    ['全市刑事案件上升12.3%', '12.3%', up()],
    ['抓获人数增长20%', '20%', up()],
    ['立案数增加120起', '120起', up()],
    ['抓获人数提升20%', '20%', up()],
    ['破案率提高3.2个百分点', '3.2个百分点', up()],
    ['立案数增长2倍', '2倍', up()],
    // 翻一番 doubles: an increase by 1 time, as 增长1倍 (its value 1 is in the multiple reader's table).
    ['诈骗案发案数同比翻了一番', '一番', up('yoy')],
    ['立案数翻了一倍', '一倍', up()],
    ['全市刑事案件下降12.3%', '12.3%', down()],
    ['发案数减少120起', '120起', down()],
    ['发案数降低15%', '15%', down()],
    ['发案数回落6.5%', '6.5%', down()],
    ['发案数下滑7%', '7%', down()],
    ['電詐案件按年下跌12%', '12%', down('yoy')],
    ['整體罪案按年減少8.2%', '8.2%', down('yoy')],
    ['罪案數字較去年上升3.5%', '3.5%', up('yoy')],
    // Negative growth falls; a minus on the figure outweighs a rising word (statistical tables).
    ['诈骗案件发案数负增长3.2%', '3.2%', down()],
    ['盗窃案件同比增长-3.2%', '3.2%', down('yoy')],
    // 为 after a word for the size of the change links the figure; after a verb it gives a new level.
    ['整體罪案跌幅為3.4%', '3.4%', down()],
    ['电诈案件降幅为12%', '12%', down()],
    // Minguo years are compared periods; the year before is year on year.
    ['受理詐欺案件較112年減少1,206件', '1,206件', down('baseline', '112年')],
    ['財物損失較前一年增加12.4億元', '12.4億元', up('yoy')],
    ['全般刑案發生數較去（113）年同期減少2,108件', '2,108件', down('yoy')],
    // A change word after the figure and 的 (录得百分之9.2的升幅, 实现12%的下降).
    ['整體罪案數字錄得百分之9.2的升幅', '百分之9.2', up()],
    ['电诈发案数实现12%的下降', '12%', down()],
  ];
  it.each(rows)('%s', (input, text, change) => {
    expect(changes(input)).toEqual([[text, change]]);
  });
});

describe('basis', () => {
  const rows: Array<[string, string, Change]> = [
    ['全市刑事案件同比下降12.3%', '12.3%', down('yoy')],
    ['全市刑事案件较去年同期下降12.3%', '12.3%', down('yoy')],
    ['全市刑事案件比去年同期上升12.3%', '12.3%', up('yoy')],
    ['盗窃警情环比下降8.6%', '8.6%', down('mom')],
    ['盗窃警情较上月下降8.6%', '8.6%', down('mom')],
    ['诈骗警情较上月减少45起', '45起', down('mom')],
    ['八类案件较2019年下降12.9%', '12.9%', down('baseline', '2019年')],
    ['与2012年相比,死亡人数下降36.2%', '36.2%', down('baseline', '2012年')],
    ['涉案金额比上年增长4.1%', '4.1%', up('yoy')],
    ['涉案金额较上年增长40.2%', '40.2%', up('yoy')],
    ['刑事案件发案数同比下降5.2个百分点', '5.2个百分点', down('yoy')],
    ['有效刑事警情比去年同期减少482起', '482起', down('yoy')],
    ['受理报警求助12.6万起,同比增加1.1万起', '1.1万起', up('yoy')],
  ];
  it.each(rows)('%s', (input, text, change) => {
    const got = changes(input);
    expect(got[got.length - 1]).toEqual([text, change]);
  });

  it('同比 and 环比 in neighbouring clauses each govern their own number', () => {
    expect(changes('刑事案件同比上升10%,环比下降5%')).toEqual([['10%', up('yoy')], ['5%', down('mom')]]);
  });

  it('a basis does not leak into a following sentence', () => {
    expect(changes('刑事案件同比下降12%。盗窃案件下降20%。')).toEqual([['12%', down('yoy')], ['20%', down()]]);
  });

  // Known issues: see the final report / fixtures known_issues.
  it('环比 right before the change word wins over 同比 of the previous clause', () => {
    expect(changes('破获刑事案件2031起,同比上升12.5%;抓获嫌疑人1234名,环比增长3倍。').slice(-1))
      .toEqual([['3倍', up('mom')]]);
  });
  it('a baseline year in Chinese numerals (较二〇二二年上升) is a baseline', () => {
    expect(changes('整體罪案共90 276宗,較二〇二二年上升百分之二十八點四').slice(-1))
      .toEqual([['百分之二十八點四', up('baseline', '二〇二二年')]]);
  });
  it('a fronted 与2012年相比 governs every clause of its sentence', () => {
    expect(changes('与2012年相比,死亡人数下降36.2%,万车死亡率下降1.7个百分点。'))
      .toEqual([['36.2%', down('baseline', '2012年')], ['1.7个百分点', down('baseline', '2012年')]]);
  });
});

describe('distribution over lists', () => {
  it('刑事、治安警情分别下降26.05%和31.31%', () => {
    expect(changes('全区刑事、治安警情分别下降26.05%和31.31%')).toEqual([['26.05%', down()], ['31.31%', down()]]);
  });
  it('立案数、破案数同比上升367.8%、302.2%', () => {
    expect(changes('立案数、破案数同比上升367.8%、302.2%')).toEqual([['367.8%', up('yoy')], ['302.2%', up('yoy')]]);
  });
  it('较2019年分别下降: the baseline carries over to every number', () => {
    expect(changes('八类案件和抢劫案件较2019年分别下降12.9%和7.4%'))
      .toEqual([['12.9%', down('baseline', '2019年')], ['7.4%', down('baseline', '2019年')]]);
  });
  it('levels first, then 同比分别上升 over three percentages: the levels stay levels', () => {
    expect(changes('破获毒品案件2.6万起,抓获3.9万名,缴获毒品16.5吨,同比分别上升10%、16.4%、24.7%')).toEqual([
      ['2.6万起', null], ['3.9万名', null], ['16.5吨', null],
      ['10%', up('yoy')], ['16.4%', up('yoy')], ['24.7%', up('yoy')],
    ]);
  });
});

describe('no change', () => {
  const levels: Array<[string, string]> = [
    ['现行命案破案率为99.94%', '99.94%'],
    ['破获案件2031起', '2031起'],
    ['群众安全感达到98.6%', '98.6%'],
    ['群众满意度提升至98.5%', '98.5%'],
    ['发案数下降至1200起', '1200起'],
    ['破案数是去年的1.5倍', '1.5倍'],
    ['追赃挽损8.13亿元', '8.13亿元'],
    ['推翻3起错误结论', '3起'],
    ['电诈案件占比26.05%', '26.05%'],
    ['上升的势头得到遏制,全年共破获案件300起', '300起'],
    ['同比去年,共抓获犯罪嫌疑人120名', '120名'],
  ];
  it.each(levels)('%s: %s is a level', (input, text) => {
    expect(changes(input)).toEqual([[text, null]]);
  });

  it('持平 with no number gives no metric', () => {
    expect(parse('命案发案数同比持平').metrics).toEqual([]);
  });
});

describe('cues are found once and stored on the draft', () => {
  /** Drafts of a text after the cue refiner alone. */
  function cued(text: string) {
    const ctx: ExtractContext = { text, locale: 'CN', year: null };
    return cuesRefiner.refine(ctx, extractChineseMetrics(ctx));
  }
  it('direction word, basis and list membership', () => {
    const text = '全市刑事、治安警情同比分别下降26.05%和31.31%';
    const [a, b] = cued(text);
    expect(a.directionCue && text.slice(a.directionCue.start, a.directionCue.end)).toBe('下降');
    expect(a.directionCue?.row.value).toBe('down');
    expect(a.basisCue && text.slice(a.basisCue.start, a.basisCue.end)).toBe('同比');
    expect(a.basisCue?.basis).toBe('yoy');
    expect(a.listCue).toBeUndefined();
    expect(b.listCue).toEqual({ joiner: '和' });
  });
  it('fillers between the direction word and the number are named', () => {
    const [d] = cued('发案数下降了12%');
    expect(d.directionCue?.fillers).toEqual(['了']);
  });
  it('下降幅度为: 降幅 inside 幅度 is not the direction word', () => {
    const text = '发案数下降幅度为12%';
    const [d] = cued(text);
    expect(d.directionCue && text.slice(d.directionCue.start, d.directionCue.end)).toBe('下降');
    expect(d.directionCue?.fillers).toEqual(['幅度为']);
  });
  it('a count without an adjacent direction word has no direction cue', () => {
    const [d] = cued('破获案件2031起');
    expect(d.directionCue).toBeUndefined();
    expect(d.basisCue).toBeUndefined();
  });
  it('the change refiner reads the cues: changing a cue changes the change', () => {
    const text = '盗窃警情下降12%';
    const ctx: ExtractContext = { text, locale: 'CN', year: null };
    const drafts = cuesRefiner.refine(ctx, extractChineseMetrics(ctx));
    const up = DIRECTION_WORDS.find((w) => w.word === '上升')!;
    drafts[0].directionCue = { ...drafts[0].directionCue!, row: up };
    expect(changeRefiner.refine(ctx, drafts)[0].change?.direction).toBe('up');
  });
});

describe('a basis goes on through its sentence', () => {
  it('a change with no basis of its own takes the basis of the change before it in the sentence', () => {
    expect(changes('全国共接报火灾55万起,同比下降9.3%,亡人、损失分别下降14.4%、5.7%。盗窃案件下降3%。')).toEqual([
      ['55万起', null], ['9.3%', down('yoy')], ['14.4%', down('yoy')], ['5.7%', down('yoy')], ['3%', down()],
    ]);
  });
  it('an English release (no Chinese figure) is not affected', () => {
    expect(parse('Police arrested 12 people, up 20 per cent year-on-year.').metrics.map((m) => m.text)).toEqual(['12', '20 per cent']);
  });
});
