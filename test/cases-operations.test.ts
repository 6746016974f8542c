/**
 * Case references (`cases`) and named campaigns (`operations`): code, name and exact spans,
 * each distinct one listed once, and quoted names that are neither.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';

const caseRows = (input: string) => parse(input).cases.map((c) => ({ code: c.code, name: c.name, text: c.text, start: c.start, end: c.end }));
const opRows = (input: string) => parse(input).operations.map((o) => ({ name: o.name, text: o.text, start: o.start, end: o.end }));

/** A case whose span is the first occurrence of `name` in `input`. */
function kase(input: string, code: string, name: string, from = 0) {
  const start = input.indexOf(name, from);
  return { code, name, text: name, start, end: start + name.length };
}
/** An operation whose span is the first occurrence of `name` in `input` (the name without quotes). */
function op(input: string, name: string, from = 0) {
  const start = input.indexOf(name, from);
  return { name, text: name, start, end: start + name.length };
}

describe('cases', () => {
  const rows: Array<[input: string, code: string, name: string]> = [
    ['侦破了桂林“1·17”非法采矿案', '1·17', '桂林“1·17”非法采矿案'],
    ['广西桂林“1·17”非法采矿案', '1·17', '广西桂林“1·17”非法采矿案'],
    ['“2008.7.30”故意杀人案嫌疑人落网', '2008.7.30', '“2008.7.30”故意杀人案'],
    ['偵破「105」專案', '105', '「105」專案'],
    ['侦办“2017-311A”毒品目标案件', '2017-311A', '“2017-311A”毒品目标案件'],
    ['“2017. 11. 06”抢劫案告破', '2017. 11. 06', '“2017. 11. 06”抢劫案'],
    ['北海“三·一六”系列盗窃案', '三·一六', '北海“三·一六”系列盗窃案'],
    ['成功侦破“5·20”专案', '5·20', '“5·20”专案'],
    ['南宁“3·08”电信诈骗案告破', '3·08', '南宁“3·08”电信诈骗案'],
    ['“1·17”案相关线索', '1·17', '“1·17”案'],
  ];
  it.each(rows)('%s → %s', (input, code, name) => {
    expect(caseRows(input)).toEqual([kase(input, code, name)]);
  });

  it('gives place and crime where the text has them', () => {
    const [c] = parse('侦破了桂林“1·17”非法采矿案').cases;
    expect({ place: c.place, crime: c.crime }).toEqual({ place: '桂林', crime: '非法采矿' });
    const [d] = parse('“2008.7.30”故意杀人案').cases;
    expect({ place: d.place, crime: d.crime }).toEqual({ place: null, crime: '故意杀人' });
  });

  it('lists each distinct case once, at its first mention', () => {
    const input = '“12·01”特大跨境赌博案告破。目前,“12·01”案的追赃工作仍在进行,“12·01”特大跨境赌博案主犯已到案。';
    expect(caseRows(input)).toEqual([kase(input, '12·01', '“12·01”特大跨境赌博案')]);
  });

  it('keeps reading order over several cases', () => {
    const input = '桂林“1·17”非法采矿案一审宣判;“2008.7.30”故意杀人案嫌疑人落网。';
    expect(caseRows(input)).toEqual([kase(input, '1·17', '桂林“1·17”非法采矿案'), kase(input, '2008.7.30', '“2008.7.30”故意杀人案')]);
  });

  it('the number in a case code is not a metric', () => {
    expect(parse('桂林“1·17”非法采矿案、“2008.7.30”故意杀人案相继告破').metrics).toEqual([]);
  });

  it('an unquoted date code after a place is a case (`京津冀4·15…案件`)', () => {
    const input = '市局联合侦破京津冀4·15跨省销售假药网络案件,抓获8人。';
    expect(caseRows(input)).toEqual([kase(input, '4·15', '京津冀4·15跨省销售假药网络案件')]);
  });

  it('a whole case name in quotes starts with a dotted code', () => {
    const input = '成功破获一宗名为“6.18李某等人运输他人偷越国(边)境案”的案件';
    expect(caseRows(input)).toEqual([kase(input, '6.18', '6.18李某等人运输他人偷越国(边)境案')]);
  });

  it('one code names two cases when places differ, one case when a later mention only adds a place', () => {
    const input = '“2·03”特大抢劫案已告破。近日,朝阳“2·03”特大抢劫案主犯落网,海淀“2·03”故意伤害案也已侦破。';
    expect(caseRows(input)).toEqual([kase(input, '2·03', '“2·03”特大抢劫案'), kase(input, '2·03', '海淀“2·03”故意伤害案')]);
  });

  it('a place learnt at a later mention tells the same code and crime apart elsewhere', () => {
    const input = '“1·19”特大杀人案告破:崂山“1·19”特大杀人案嫌疑人落网,黄岛“1·19”杀人案亦告破。';
    expect(caseRows(input).map((c) => c.name)).toEqual(['“1·19”特大杀人案', '黄岛“1·19”杀人案']);
  });

  it('a crime written longer at a later mention is the same case', () => {
    const input = '“8.26”入室盗窃财物案告破。此前,西城“8.26”入室盗窃居民财物案曾引发关注。';
    expect(caseRows(input)).toEqual([kase(input, '8.26', '“8.26”入室盗窃财物案')]);
  });

  it('a list member between cases is a case even without 案', () => {
    const input = '先后侦破“3·11”抢劫金店案、“4·02”特大盗窃手机专柜;“5·17”纵火案。';
    expect(caseRows(input).map((c) => c.name)).toEqual(['“3·11”抢劫金店案', '“4·02”特大盗窃手机专柜', '“5·17”纵火案']);
  });

  const none = ['开展“百日行动”', '落实“两专项、一攻势”', '“枫桥经验”', '2023年1月17日发生一起案件', '“3·15”晚会', '党的二十大',
    '“3·15”晚会、“3·15”宣传周', '同比下降3.21%,案件数减少', '发案4·15万起案件', '“110”报警服务台',
    '群众拨打“110”报案', '“12345”热线转来的案件', '“1·17”后立案'];
  it.each(none)('%s has no case', (input) => {
    expect(parse(input).cases).toEqual([]);
  });
});

describe('operations', () => {
  const rows: Array<[input: string, names: string[]]> = [
    ['全省深入开展“百日行动”', ['百日行动']],
    ['同步推进“净网”“护网”系列专项行动', ['净网', '护网']],
    ['“昆仑2021”专项行动', ['昆仑2021']],
    ['持续开展“亮剑·六打”专项行动', ['亮剑·六打']],
    ['开展“云剑-2022”行动', ['云剑-2022']],
    ['深入推进“扫黑除恶”专项斗争', ['扫黑除恶']],
    ['打好“清源断流”战役', ['清源断流']],
    ['打赢“禁毒人民战争”攻坚战', ['禁毒人民战争']],
    ['香港警方展開「曙光行動」', ['曙光行動']],
    ['开展“夏季治安打击整治行动”', ['夏季治安打击整治行动']],
    ['警方展開代號「鐵拳」的打擊詐騙案行動', ['鐵拳']],
    ['全面開展「清積案、緝逃犯」專項行動', ['清積案', '緝逃犯']],
    ['先后开展了打拐、“雷霆”、“天网”、缉枪治爆等十余个专项行动', ['雷霆', '天网']],
    ['部署开展打击“两盗一骗”犯罪专项行动', ['两盗一骗']],
    ['开展“净网2023”打击网络犯罪专项行动', ['净网2023']],
  ];
  it.each(rows)('%s', (input, names) => {
    expect(opRows(input)).toEqual(names.map((n) => op(input, n)));
  });

  it('lists each distinct name once, at its first mention', () => {
    const input = '开展“百日行动”以来,……在“百日行动”中共破获案件1.2万起';
    expect(opRows(input)).toEqual([op(input, '百日行动')]);
  });

  it('a year inside a campaign name is not a metric', () => {
    expect(parse('“昆仑2021”专项行动和“云剑-2022”行动').metrics).toEqual([]);
  });

  const none = ['落实“两专项、一攻势”工作部署', '推广“枫桥经验”', '深化“放管服”改革', '开展夏季治安打击整治', '桂林“1·17”非法采矿案',
    '举办“奋进新时代”系列主题新闻发布会', '盗窃破坏“三电”团伙性、系列性侵财犯罪', '开展打击街面“两抢”及入室盗窃犯罪专项行动',
    '在“城乡结合部”开展集中清查行动', '以“平安守护”为主题的专项行动', '全面启动“行动”', '部署“专项行动”', '成功破获“605”系列盗窃案'];
  it.each(none)('%s has no operation', (input) => {
    expect(parse(input).operations).toEqual([]);
  });

  it('slogans and counted bundles in one quote stay one name', () => {
    expect(parse('开展“严打盗抢骗、守护平安城”专项行动').operations.map((o) => o.name)).toEqual(['严打盗抢骗、守护平安城']);
    expect(parse('部署开展“三打击、一整治”行动').operations.map((o) => o.name)).toEqual(['三打击、一整治']);
    expect(parse('开展“打击盗骗、守护平安”专项行动').operations.map((o) => o.name)).toEqual(['打击盗骗、守护平安']);
  });

  it('the case code in 北海“三·一六”系列盗窃案 is not an operation', () => {
    expect(parse('北海“三·一六”系列盗窃案').operations).toEqual([]);
  });
  it('an unquoted name with a year before 专项行动 is an operation', () => {
    const input = '公安部部署开展猎狐2015专项行动';
    expect(opRows(input)).toEqual([op(input, '猎狐2015')]);
  });
});
