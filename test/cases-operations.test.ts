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

  const none = ['开展“百日行动”', '落实“两专项、一攻势”', '“枫桥经验”', '2023年1月17日发生一起案件', '“3·15”晚会', '党的二十大'];
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

  const none = ['落实“两专项、一攻势”工作部署', '推广“枫桥经验”', '深化“放管服”改革', '开展夏季治安打击整治', '桂林“1·17”非法采矿案'];
  it.each(none)('%s has no operation', (input) => {
    expect(parse(input).operations).toEqual([]);
  });

  it('the case code in 北海“三·一六”系列盗窃案 is not an operation', () => {
    expect(parse('北海“三·一六”系列盗窃案').operations).toEqual([]);
  });
  it('an unquoted name with a year before 专项行动 is an operation', () => {
    const input = '公安部部署开展猎狐2015专项行动';
    expect(opRows(input)).toEqual([op(input, '猎狐2015')]);
  });
});
