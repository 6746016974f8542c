/**
 * Subjects: what each number measures, in the text's own words, with coordination resolved,
 * and without region words, periods, connectives or the number itself.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { extractChineseMetrics } from '../src/extract/chineseMetrics.js';
import type { Draft, ExtractContext } from '../src/extract/types.js';
import { cuesRefiner } from '../src/refine/cues.js';
import { changeRefiner } from '../src/refine/change.js';
import { subjectRefiner } from '../src/refine/subject.js';
import { headingBefore } from '../src/refine/headings.js';
import { withoutRoles } from '../src/refine/subjectSpans.js';

/** Subjects of all metrics, in reading order. */
const subjects = (input: string) => parse(input).metrics.map((m) => [m.text, m.subject]);

describe('exact subjects', () => {
  const rows: Array<[string, Array<[string, string | null]>]> = [
    ['今年1至9月,全区共破获养老诈骗案件520起', [['520起', '破获养老诈骗案件']]],
    ['全国公安机关累计抓获犯罪嫌疑人3.9万名', [['3.9万名', '抓获犯罪嫌疑人']]],
    ['其中,打掉黑恶势力团伙23个', [['23个', '打掉黑恶势力团伙']]],
    ['今年以来,全省共追赃挽损8.13亿元', [['8.13亿元', '追赃挽损']]],
    ['2022年全国共破获毒品犯罪案件4.1万起', [['4.1万起', '破获毒品犯罪案件']]],
    ['全市刑事案件同比下降12.3%', [['12.3%', '刑事案件']]],
    ['全省现行命案破案率为100%', [['100%', '现行命案破案率']]],
    // 为 ends a subject as a copula, not inside 行为.
    ['共查处交通违法行为8.4万起', [['8.4万起', '查处交通违法行为']]],
    // A comparison with a Minguo year ends the subject; a figure with none before it measures what the one before did.
    ['受理詐欺案件計3萬8,120件,較112年減少1,206件', [['3萬8,120件', '受理詐欺案件'], ['1,206件', '受理詐欺案件']]],
    // After a comma an item with its own verb is a new action, not an item of the enumeration before.
    ['查处治安案件526起,行政拘留213人', [['526起', '查处治安案件'], ['213人', '行政拘留']]],
    // A list of changes after a clause of figures measures those figures, in order.
    ['全县发生亡人交通事故9起、死亡11人,同比分别下降25%和21.4%', [['9起', '发生亡人交通事故'], ['11人', '死亡'], ['25%', '发生亡人交通事故'], ['21.4%', '死亡']]],
    // An item that starts like the object before it takes that object's verb, whatever its first word's tag.
    ['拦截诈骗电话27亿次、诈骗短信22.8亿条', [['27亿次', '拦截诈骗电话'], ['22.8亿条', '拦截诈骗短信']]],
    // Members that end alike share the head after that ending in the last member.
    ['刑事案件、侵财案件破案数同比分别上升32.6%和20.1%', [['32.6%', '刑事案件破案数'], ['20.1%', '侵财案件破案数']]],
    // A rate of a bare case count measures the cases the clause before names, for every member after 分别.
    ['电信网络诈骗案件防范工作成效明显,10月、11月立案数同比分别下降17.8%和31.5%', [['17.8%', '电信网络诈骗案件立案数'], ['31.5%', '电信网络诈骗案件立案数']]],
    // Later members borrow the first's words before its item, never half a word (交通事故|起数).
    ['全州交通事故起数、死亡人数同比分别下降11.3%、8.7%', [['11.3%', '交通事故起数'], ['8.7%', '交通事故死亡人数']]],
    // A change figure enumerates nothing: the money after it names its own subject; 占 ends a subject.
    ['接获电话骗案2847宗,上升12%,损失金额约5.8亿元', [['2847宗', '接获电话骗案'], ['12%', '接获电话骗案'], ['约5.8亿元', '损失金额']]],
    ['其中假冒官员骗案占1203宗', [['1203宗', '假冒官员骗案']]],
    // A span measures the activity named after 的, up to its predicate or frame.
    ['经过2个多月的秘密侦查,专案组抓获嫌疑人12名', [['2个多月', '秘密侦查'], ['12名', '抓获嫌疑人']]],
    ['为期3天的集中收网行动在全省进行', [['3天', '集中收网行动']]],
    // The date of the thing counted is not part of its noun.
    ['破获一宗2001年抢劫杀人案件', [['一宗', '破获抢劫杀人案件']]],
    // 经 of 经侦 is no connective: the acting body is cut whole.
    ['全省经侦部门挽回经济损失18.3亿元', [['18.3亿元', '挽回经济损失']]],
    // An adverb-tagged modifier opening the noun after a count is part of it (故意|伤害|案件).
    ['共破获3起故意伤害案件', [['3起', '破获故意伤害案件']]],
    // A long subject that opens with a coordination is kept whole; list bullets are no part of it.
    ['非法制造、买卖、运输、储存爆炸物品案件114起', [['114起', '非法制造、买卖、运输、储存爆炸物品案件']]],
    ['●现行命案、抢劫和抢夺案件破案率保持100%', [['100%', '现行命案、抢劫和抢夺案件破案率']]],
    // A clause that is only a figure names nothing; 之多 after a count is emphasis, not a noun.
    ['120起,同比下降5%', [['120起', null], ['5%', null]]],
    ['达120起之多', [['120起', null]]],
    // People counted with nothing before them are named by what they did or underwent.
    ['年内共有2378人因贩毒被捕', [['2378人', '因贩毒被捕']]],
    ['较上年同期抓获779人下降14.0%', [['779人', '抓获'], ['14.0%', '抓获']]],
    // A frame opening the sentence (针对X, 在打击X中) names the cases counted under it only by their action.
    ['针对盗窃犯罪,全市共破案120起', [['120起', '盗窃犯罪破案']]],
    ['在打击侵财犯罪中,共破获案件300起', [['300起', '破获侵财犯罪案件']]],
    // Places counted by what they did are named by it (the noun after a preposition or alone).
    ['该案在114个市县开展集群收网行动', [['114个', '开展集群收网行动市县']]],
    ['全省有12个县市区实现命案全破', [['12个', '实现命案全破县市区']]],
    // The crimes an earlier clause of the sentence fights name the cases counted only by their action.
    ['全省组织开展打击地下钱庄犯罪专项行动,行动中共立案23起', [['23起', '地下钱庄犯罪立案']]],
    // 录得 reports the figure: the subject is what was recorded (共 does not restart it).
    ['本年整體罪案共錄得66 102宗', [['66 102宗', '整體罪案']]],
    // An adjective used as a noun ends the noun after a count.
    ['去年共錄得一萬三千宗交通意外。', [['一萬三千宗', '交通意外']]],
    // A long subject is cut at a word boundary, keeping the first member of a coordination whole.
    ['强制隔离戒毒315人,社区戒毒、社区康复人员执行率达98.6%', [['315人', '强制隔离戒毒'], ['98.6%', '社区戒毒、社区康复人员执行率']]],
    ['全市刑事、治安警情分别下降26.05%和31.31%', [['26.05%', '刑事警情'], ['31.31%', '治安警情']]],
    ['全市盗窃、诈骗、抢劫案件分别下降10%、20%和30%', [['10%', '盗窃案件'], ['20%', '诈骗案件'], ['30%', '抢劫案件']]],
    ['共抓获犯罪嫌疑人120名,其中团伙骨干35名', [['120名', '抓获犯罪嫌疑人'], ['35名', '团伙骨干']]],
    ['查获手机300部、电脑50台、银行卡1200张', [['300部', '查获手机'], ['50台', '查获电脑'], ['1200张', '查获银行卡']]],
    ['盗窃警情环比下降8.6%', [['8.6%', '盗窃警情']]],
    ['與2012年相比,死亡人數下降36.2%', [['36.2%', '死亡人數']]],
  ];
  it.each(rows)('%s', (input, want) => {
    expect(subjects(input)).toEqual(want);
  });
});

describe('subjects drop the pinyin of scraped pages and keep the original script', () => {
  it('电信诈(zhà)骗案件 → 电信诈骗案件', () => {
    expect(subjects('全省共破获电信诈(zhà)骗案件5萬(wàn)余起')).toEqual([['5萬(wàn)余起', '破获电信诈骗案件']]);
  });
  it('traditional characters stay traditional', () => {
    expect(subjects('警方同時偵破詐騙案件167宗')).toEqual([['167宗', '偵破詐騙案件']]);
  });
});

describe('subjects contain the measured thing and leave out region, period, connectives and number', () => {
  const rows: Array<[input: string, text: string, contains: string, excludes: string[]]> = [
    ['今年1至9月,全区刑事、治安警情分别下降26.05%和31.31%', '31.31%', '治安警情', ['全区', '今年', '1至9月', '分别']],
    ['立案数、破案数同比上升367.8%、302.2%', '367.8%', '立案数', ['破案数', '同比', '367.8']],
    ['立案数、破案数同比上升367.8%、302.2%', '302.2%', '破案数', ['同比', '302.2']],
    ['2021年,全省共破获毒品刑事案件2.6万起,抓获犯罪嫌疑人3.9万名,缴获各类毒品16.5吨,同比分别上升10%、16.4%、24.7%', '10%', '毒品刑事案件', ['2021年', '全省', '共']],
    ['2021年,全省共破获毒品刑事案件2.6万起,抓获犯罪嫌疑人3.9万名,缴获各类毒品16.5吨,同比分别上升10%、16.4%、24.7%', '16.4%', '犯罪嫌疑人', ['2021年', '全省']],
    ['2021年,全省共破获毒品刑事案件2.6万起,抓获犯罪嫌疑人3.9万名,缴获各类毒品16.5吨,同比分别上升10%、16.4%、24.7%', '24.7%', '毒品', ['2021年', '全省', '犯罪嫌疑人']],
    ['八类严重暴力犯罪案件较2019年下降12.9%', '12.9%', '八类严重暴力犯罪案件', ['2019年', '较']],
    ['全省共破获电信网络诈骗案件2031起,同比增加120起', '120起', '诈骗案件', ['同比', '增加', '2031']],
    ['警方檢獲懷疑可卡因約4.2公斤', '約4.2公斤', '可卡因', ['約', '4.2']],
    ['查扣詐騙款項新臺幣1.2億元', '新臺幣1.2億元', '詐騙款項', ['新臺幣']],
    ['國慶假期,全省公安交管部門共出動警力4.2萬人次', '4.2萬人次', '警力', ['國慶假期', '全省']],
    ['上半年,我省命案、八类严重暴力案件发案数同比分别下降5.1%和9.6%', '9.6%', '八类严重暴力案件发案数', ['上半年', '我省', '命案']],
  ];
  it.each(rows)('%s: %s', (input, text, contains, excludes) => {
    const m = parse(input).metrics.find((x) => x.text === text);
    expect(m, `no metric ${text}`).toBeDefined();
    expect(m!.subject).toContain(contains);
    for (const x of excludes) expect(m!.subject).not.toContain(x);
  });
});

describe('a number with nothing measured before it has no subject', () => {
  it.each([['两千余名', '两千余名'], ['5千万元', '5千万元'], ['同比上升5.2个百分点', '5.2个百分点']])('%s', (input, text) => {
    expect(subjects(input)).toEqual([[text, null]]);
  });
});

describe('known issues', () => {
  it('命案、八类严重暴力案件发案数 gives 命案发案数 for the first number', () => {
    const m = parse('上半年,我省命案、八类严重暴力案件发案数同比分别下降5.1%和9.6%').metrics[0];
    expect(m.subject).toBe('命案发案数');
  });
  it('the period and connective in 全年共破获案件 are left out', () => {
    expect(subjects('全年共破获案件300起')).toEqual([['300起', '破获案件']]);
  });
  it('a duration between subject and number (连续五年保持100%) does not take the subject', () => {
    const m = parse('命案破案率连续五年保持100%').metrics.find((x) => x.text === '100%');
    expect(m?.subject).toContain('破案率');
  });
  it('the connective 共 inside 交管部門共出動警力 is left out', () => {
    const m = parse('國慶假期,全省公安交管部門共出動警力4.2萬人次').metrics[0];
    expect(m.subject).not.toContain('共');
  });
  it('the comparison phrase is not the subject (較二〇二二年上升)', () => {
    const m = parse('整體罪案共90 276宗,較二〇二二年上升百分之二十八點四').metrics[1];
    expect(m.subject).toBe('整體罪案');
  });
});

describe('each subject rule names itself in the trace', () => {
  const rows: Array<[rule: string, input: string, text: string, subject: string | null]> = [
    ['conversion', '缴获赃款24万余元(约26.9万港元)', '约26.9万港元', '缴获赃款'],
    ['distributed', '全市盗窃、诈骗案件分别下降10%和20%', '20%', '诈骗案件'],
    ['distributed-previous-clause', '亡人交通事故起数、死亡人数,同比分别下降40%和39.6%', '40%', '亡人交通事故起数'],
    ['distributed-previous-clause', '盗窃、诈骗警情较多,分别占全部警情的30%和20%', '20%', '诈骗警情占全部警情'],
    ['distributed-previous-clause', '网约车、出租车酒驾问题突出,分别查处905起、481起', '481起', '查处出租车酒驾问题'],
    ['distributed-earlier-metrics', '破获毒品案件2.6万起,抓获嫌疑人3.9万名,同比分别上升10%、16.4%', '16.4%', '抓获嫌疑人'],
    ['object-follows', '对17起重大案件挂牌督办', '17起', '重大案件'],
    ['object-follows', '警方对28名涉案人员采取刑事强制措施', '28名', '涉案人员'],
    ['shared', '其中,东城区、西城区分别破获案件120起和98起', '98起', '破获案件'],
    ['object-follows', '该集团另设立甲科技、乙网络2家网络博弈公司', '2家', '设立网络博弈公司'],
    ['before', '查获手机、电脑300部', '300部', '查获手机、电脑'],
    ['part-of-topic', '刑事案件发案数,城区下降12%,农村下降8%', '8%', '农村刑事案件发案数'],
    ['shared', '全市警情同比下降10%、20%', '20%', '警情'],
    ['verb-object', '民警端掉9处诈骗窝点', '9处', '端掉诈骗窝点'],
    ['verb-object', '近7万警力三天共打掉95个犯罪团伙', '95个', '打掉犯罪团伙'],
    ['verb-object', '警方展开621次巡查或打击行动', '621次', '展开巡查或打击行动'],
    ['noun-after', '当晚120名群众参与', '120名', '群众参与'],
    ['noun-after', '今年以来,50名警务人员因公负伤', '50名', '警务人员因公负伤'],
    ['noun-after', '全区155个治安乱点得到有效整治', '155个', '治安乱点'],
    ['enumerated-item', '查获手机300部、电脑50台', '50台', '查获电脑'],
    ['enumerated-item', '追回手机11台 、摩托车1台 、汽车1辆', '1辆', '追回汽车'],
    ['enumerated-item', '查处酒驾2.4万起、醉驾2788起', '2788起', '查处醉驾'],
    ['enumerated-item', '收缴炸药1.2吨、雷管3.5万枚、管制刀具860把', '860把', '收缴管制刀具'],
    // A verbal noun between the verb and the first item's noun (管制|刀具) belongs to that item.
    ['enumerated-item', '收缴管制刀具60余把、非法枪支2支、子弹135发', '2支', '收缴非法枪支'],
    ['enumerated-item', '收缴管制刀具60余把、非法枪支2支、子弹135发', '135发', '收缴子弹'],
    ['enumerated-item', '打掉诈骗团伙12个、窝点30处', '30处', '打掉窝点'],
    // A short second item after 及 takes the verb of a first that is a verb and its object.
    ['enumerated-item', '检获现金约120万元及手提电话56部', '56部', '检获手提电话'],
    // The age of the people counted is no part of their noun.
    ['verb-object', '民警抓获3名年龄在18至25岁之间的男子', '3名', '抓获男子'],
    ['verb-object', '警方拘捕十七名年齡介乎二十至六十五歲的男子', '十七名', '拘捕男子'],
    ['verb-object', '警方拘捕43名年齡介乎18至72歲的本地男女', '43名', '拘捕本地男女'],
    ['enumerated-item', '打掉涉黑组织12个、涉恶犯罪集团86个', '86个', '打掉涉恶犯罪集团'],
    ['enumerated-item', '查扣现金120万元、手机15支及账册1批', '1批', '查扣账册'],
    ['share-of', '户外火灾1.5万起,占火灾总数的53.8%', '53.8%', '户外火灾占火灾总数'],
    ['part-of-topic', '诈骗警情中,男性环比下降6%', '6%', '男性诈骗警情'],
    ['before', '破获养老诈骗案件2031起', '2031起', '破获养老诈骗案件'],
    ['before', '缴获用于非法经营赌博的游戏机台300台', '300台', '缴获游戏机台'],
    ['before', '查扣无牌无证、假牌假证摩托车1286辆', '1286辆', '查扣无牌无证、假牌假证摩托车'],
    ['previous-metric', '机动车保有量增加1.16亿辆,目前达到4.4亿辆', '4.4亿辆', '机动车保有量'],
    // Bodies that acted together with the actor are no part of what was counted.
    ['before', '公安部会同有关部门拦截诈骗电话21.6亿次', '21.6亿次', '拦截诈骗电话'],
    ['before', '民警联合市场监管部门查处无证经营商户36家', '36家', '查处无证经营商户'],
    // A topic that already holds the case noun does not take it twice; a clause that only says how often is left out.
    ['topic-action', '针对近期多发的电动车盗窃案件,我局开展专项打击,一周内破获案件17起', '17起', '破获电动车盗窃案件'],
    // 经 opens a phrase of means before the predicate of a part.
    ['part-predicate', '共有5人受伤,其中2人经抢救无效死亡', '2人', '抢救无效死亡'],
    // A change after a share is of the count the share was taken of.
    ['previous-metric', '盗窃警情486起,占刑事警情的47.1%,环比下降8.3%', '8.3%', '盗窃警情'],
    // A change by an amount is of the last figure in its own unit, not of the sum between them.
    ['previous-metric', '其中电话诈骗案145宗,涉及款项约2100万元,增加21宗', '21宗', '电话诈骗案'],
    ['previous-clause', '全省破获案件的数量,同比上升12%', '12%', '破获案件的数量'],
    ['heading', '(一)盗窃类警情。本月环比上升2.81%', '2.81%', '盗窃类警情'],
    ['heading', '一、盗窃类警情\n本月环比上升2.81%', '2.81%', '盗窃类警情'],
    ['copula-after', '抓获嫌疑人120名,其中30名为外省人员', '30名', '外省人员'],
    ['continues-previous', '命案破案率保持在96%以上。去年达到98.2%', '98.2%', '命案破案率'],
    ['part-of-topic', '诈骗警情环比下降5%。其中,男性环比下降14%,同比上升7%;女性环比下降27%', '27%', '女性诈骗警情'],
    ['parallel-name', '诈骗案件立案数同比下降30%,破案数同比上升3.5%', '3.5%', '诈骗案件破案数'],
    ['multiple-of-previous', '挽回经济损失13.35亿元,是去年的3倍', '3倍', '挽回经济损失'],
    ['after-comparison', '破获刑事案件900起,较上年同期破案858起上升28.9%', '858起', '破案'],
    ['previous-metric', '破获刑事案件900起(含外省案件52起),较上年同期破案858起上升4.9%', '4.9%', '破获刑事案件'],
    ['between-comparison-and-direction', '1月份较上月发案降46%', '46%', '发案'],
    ['joined-object', '成功扣押别墅一栋及4笔土地', '4笔', '扣押土地'],
    ['bracketed-attribute', '冻结银行账户60个(余额2亿余元)', '2亿余元', '冻结银行账户余额'],
    ['bracketed-attribute', '查封不动产18笔(含房屋11户、土地3笔)', '11户', '查封房屋'],
    ['enumerated-item', '查封不动产18笔(含房屋11户、土地3笔)', '3笔', '查封土地'],
    ['part-predicate', '抓获犯罪嫌疑人210名,其中32人已被检察机关批准逮捕', '32人', '被检察机关批准逮捕'],
    ['part-predicate', '共排查涉诈线索4800余条,其中65%来自群众举报', '65%', '来自群众举报'],
    ['part-predicate', '抓获网上逃犯156名,其中,21人潜逃10年以上', '21人', '潜逃10年以上'],
    ['part-predicate', '治安警察局共截查了2,879名人士,当中有23人被带返警局调查', '23人', '被带返警局调查'],
    ['part-predicate', '在39,824宗诈骗案中,有14,235宗涉及网上购物骗案,占35.7%', '14,235宗', '涉及网上购物骗案'],
    ['object-follows', '在39,824宗诈骗案中,有14,235宗涉及网上购物骗案', '39,824宗', '诈骗案'],
    ['part-predicate', '抓获犯罪嫌疑人12名,其中,2人因涉嫌诈骗罪被刑事拘留', '2人', '因涉嫌诈骗罪被刑事拘留'],
    ['copula-after', '整体罪案有787宗,当中129宗为暴力罪案', '129宗', '暴力罪案'],
    ['noun-after', '120名民警连续奋战三昼夜', '120名', '民警'],
    ['verb-object', '十大案件涉及两宗网络传销', '两宗', '涉及网络传销'],
    ['verb-object', '共组织开展了三轮9次夏夜治安巡查', '三轮', '开展夏夜治安巡查'],
    ['verb-object', '截至7月底,部省两级公安机关挂牌整治了506个治安乱点', '506个', '挂牌整治治安乱点'],
    ['before', '被捕人士中,内地人有120名、本地人85名', '85名', '本地人'],
    ['part-action', '抓获涉毒人员380名,其中刑事拘留215名、行政拘留165名', '215名', '刑事拘留人员'],
    ['part-action', '抓获涉毒人员380名,其中刑事拘留215名、行政拘留165名', '165名', '行政拘留人员'],
    ['part-action', '抓获盗窃犯罪嫌疑人96名,其中依法逮捕61名', '61名', '依法逮捕嫌疑人'],
    ['attribute-of', '侦破盗窃电动车案件86起,追回电动车120辆,价值40余万元', '40余万元', '追回电动车价值'],
    ['attribute-of', '查获现金300万元,以及市值逾2亿元毒品', '逾2亿元', '毒品市值'],
    ['attribute-of', '海关共处理了87宗走私案件,检获总值约230万元的货物', '约230万元', '检获货物总值'],
    ['topic-action', '●电信诈骗:发案236起,下降18.3%', '236起', '电信诈骗发案'],
    ['topic-action', '(三)入室盗窃\n本周共发生17起,环比下降15%', '17起', '入室盗窃发生'],
    ['topic-action', '在打击涉枪涉爆犯罪方面,共侦破案件45起,收缴枪支38支', '45起', '侦破涉枪涉爆犯罪案件'],
    ['topic-action', '今年以来,打击盗窃方面,共破获案件312起', '312起', '破获盗窃案件'],
    ['topic-action', '【打击电诈】全市共破获案件326起', '326起', '破获电诈案件'],
    ['topic-action', '严厉打击电信网络诈骗犯罪成效明显。据统计,全市共侦破案件326起', '326起', '侦破电信网络诈骗犯罪案件'],
    ['topic-action', '去年我市重点打击非法集资、传销等涉众型经济犯罪案件,立案86起,破案72起', '72起', '涉众型经济犯罪案件破案'],
    ['noun-after', '全年共录得21,345宗交通意外', '21,345宗', '交通意外'],
    ['before', '破案率由2022年的39.9%下降至2023年的33.2%', '39.9%', '破案率'],
    ['before', '警方共拘捕34,526人,当中青少年占2,315人', '2,315人', '青少年'],
    ['previous-clause', '网上骗案数字急升,由2022年的19,593宗增至2023年的27,462宗', '19,593宗', '网上骗案数字'],
    ['percent-of-noun', '全省85%的县市区实现命案全破', '85%', '县市区'],
    ['before', '全市现有视频监控探头3.2万个,覆盖率达95%以上', '95%以上', '覆盖率'],
    ['rest-of-clause', '其中2宗涉及网上情缘骗案', '2宗', '涉及网上情缘骗案'],
    ['none', '两千余名', '两千余名', null],
  ];
  it.each(rows)('%s: %s', (rule, input, text, subject) => {
    const m = parse(input, { trace: true }).metrics.find((x) => x.text === text);
    expect(m, `no metric ${text}`).toBeDefined();
    expect(m!.subject).toBe(subject);
    expect(m!.trace).toContain(`refine.subject(${rule})`);
  });
});

describe('a coordination before a count name shares the right head', () => {
  it.each([
    ['全市刑事、治安案件立案数分别下降5%和6%', ['刑事案件立案数', '治安案件立案数']],
    ['命案、八类严重暴力案件发案数分别下降5%和6%', ['命案发案数', '八类严重暴力案件发案数']],
  ])('%s', (input, want) => {
    expect(parse(input).metrics.map((m) => m.subject)).toEqual(want);
  });
});

describe('the noun after a figure stops before the next figure', () => {
  it('15名被害人误信汇款损失超过新台币1亿元', () => {
    const [people, money] = parse('导致有15名被害人误信汇款损失超过新台币1亿元').metrics;
    expect(people.subject).not.toContain('新台币');
    expect(money.subject).toContain('汇款损失');
  });
});

describe('a short subject that ends an earlier one of its sentence takes the fuller name', () => {
  it('亡人、损失分别下降 after 直接财产损失: 损失 is the 直接财产损失', () => {
    const ms = parse('全年发生火灾1230起,直接财产损失860万元,同比分别上升5%、8%,亡人、损失分别下降14.4%、5.7%', { trace: true }).metrics;
    const loss = ms.find((m) => m.text === '5.7%')!;
    expect(loss.subject).toBe('直接财产损失');
    expect(loss.trace).toContain('refine.subject.widened');
  });
  it('a part after 其中 keeps its own name (其中醉驾, not 查处酒驾醉驾)', () => {
    const ms = parse('共查处酒驾醉驾9.1万起,其中醉驾1.7万起').metrics;
    expect(ms[1].subject).toBe('醉驾');
  });
});

describe('a case count under a general title, a source or a place keeps its own words', () => {
  it.each([
    ['一、【警情概况】\n本周,全市公安机关共接警9654起', '接警'],
    ['天河区:立案56起,破案41起', '立案'],
    ['据介绍:今年共立案120起', '立案'],
  ])('%s', (input, subject) => {
    expect(parse(input).metrics[0].subject).toBe(subject);
  });
});

describe('counts of different units are not one list', () => {
  it('查扣电脑4台及2辆汽车: the cars are counted by the noun after them, under the verb of the items before', () => {
    const ms = parse('查扣手机3部、电脑4台及2辆汽车', { trace: true }).metrics;
    expect(ms.map((m) => m.subject)).toEqual(['查扣手机', '查扣电脑', '查扣汽车']);
    expect(ms[2].trace).not.toContain('refine.subject.list(及)');
  });
});

describe('subjects are never empty strings', () => {
  it.each(['全省共破获电信诈(zhà)骗案件5萬(wàn)余起', '(zhà)5萬(wàn)余起', '两千余名', '、5起'])('%s', (input) => {
    for (const m of parse(input).metrics) expect(m.subject).not.toBe('');
  });
});

describe('what follows a figure is not its noun when it states a change or a new level', () => {
  it('酒驾死亡从18人降至11人: 降至 is no subject', () => {
    for (const m of parse('酒驾死亡从18人降至11人,减少38.9%').metrics) expect(m.subject).not.toContain('降至');
  });
  it('a one-character item of an enumeration takes the verb of the first (刀具89把、弩12把)', () => {
    expect(subjects('收缴刀具89把、弩12把')).toEqual([['89把', '收缴刀具'], ['12把', '收缴弩']]);
  });
});

describe('brackets: a remark at the end and a parenthesis the subject began inside are left out', () => {
  it.each([
    ['查扣枪支10支(含仿制)、仿真枪6支', '6支', '仿真枪'],
    ['查扣枪支10支,含仿制)、仿真枪6支', '6支', '仿真枪'],
    ['查获非法赌博人员(俗称“叠码仔”)83人', '83人', '查获非法赌博人员'],
  ])('%s', (input, text, subject) => {
    expect(parse(input).metrics.find((m) => m.text === text)?.subject).toBe(subject);
  });
});

describe('a duration between subject and figure is a circumstance', () => {
  it.each([
    ['命案破案率连续三年保持在100%', '100%', '命案破案率'],
    ['近7万警力三天共打掉95个犯罪团伙', '95个', '打掉犯罪团伙'],
  ])('%s', (input, text, subject) => {
    expect(parse(input).metrics.find((m) => m.text === text)?.subject).toBe(subject);
  });
});

describe('headings and list items name the figures under them', () => {
  it('each figure takes its own item, not the one before', () => {
    const text = '1.盗窃电瓶。本月环比上升94%,同比上升5%。2.入室盗窃。本月环比下降6%。';
    expect(subjects(text)).toEqual([['94%', '盗窃电瓶'], ['5%', '盗窃电瓶'], ['6%', '入室盗窃']]);
  });
  it('a numbered paragraph that states figures is not a heading', () => {
    const text = '1.全市破获案件300起。本月环比上升5%';
    expect(headingBefore(text, text.indexOf('5%'))).toBeNull();
  });
  it('a figure inside the heading line itself is not under it', () => {
    expect(headingBefore('(二)诈骗类警情', 3)).toBeNull();
  });
});

describe('period, place and acting body are cut out of the subject', () => {
  /** Runs the cue, change and subject refiners on drafts whose roles are set by hand (the scope refiner sets them in parse()). */
  function subjectsWithRoles(text: string, roles: { period?: string; place?: string; actor?: string }): Array<string | null> {
    const ctx: ExtractContext = { text, locale: 'CN', year: null };
    let drafts: Draft[] = extractChineseMetrics(ctx);
    const span = (word?: string) => {
      if (!word) return undefined;
      const start = text.indexOf(word);
      if (start < 0) throw new Error(`${word} not in ${text}`);
      return { start, end: start + word.length };
    };
    for (const d of drafts) {
      const period = span(roles.period), place = span(roles.place);
      d.period = period;
      d.place = place && { ...place, name: null, code: null };
      d.actor = span(roles.actor);
    }
    for (const r of [cuesRefiner, changeRefiner, subjectRefiner]) drafts = r.refine(ctx, drafts);
    return drafts.map((d) => (d.subjectSpans ? d.subjectSpans.map(([a, b]) => text.slice(a, b)).join('') : null));
  }
  const rows: Array<[input: string, roles: { period?: string; place?: string; actor?: string }, subject: string | null, without: string | null]> = [
    ['青山专班破获盗窃案件30起', { actor: '青山专班' }, '破获盗窃案件', '青山专班破获盗窃案件'],
    // Without the role, a name ending in an agency word before the verb is still cut (afterActor).
    ['青山分局破获盗窃案件30起', {}, '破获盗窃案件', '破获盗窃案件'],
    ['海关在口岸截获走私冻肉2.5吨', {}, '截获走私冻肉', '截获走私冻肉'],
    ['青山区盗窃警情下降6%', { place: '青山区' }, '盗窃警情', '青山区盗窃警情'],
    ['盗窃案件今年以来下降6%', { period: '今年以来' }, '盗窃案件', '盗窃案件今年以来'],
    ['警方在商场外查获毒品3公斤', { place: '在商场外' }, '查获毒品', '商场外查获毒品'],
    ['岛内环比下降6%', { place: '岛内' }, null, '岛内'],
  ];
  it.each(rows)('%s', (input, roles, subject, without) => {
    expect(subjectsWithRoles(input, roles)).toEqual([subject]);
    expect(subjectsWithRoles(input, {})).toEqual([without]);
  });
  it('withoutRoles cuts a role at either end, and keeps the side of one inside that still holds a subject', () => {
    const text = '今年以来盗窃案件发案';
    expect(withoutRoles(text, 0, 10, [{ start: 0, end: 4 }])).toEqual([4, 10]);
    expect(withoutRoles(text, 0, 10, [{ start: 8, end: 10 }])).toEqual([0, 8]);
    // 刑事案件发案[在近年来]持续: the part after the period is only a filler, the part before is the subject.
    const inside = '刑事案件发案在近年来持续';
    expect(withoutRoles(inside, 0, 12, [{ start: 6, end: 10 }])).toEqual([0, 6]);
    expect(withoutRoles(inside, 0, 12, [{ start: 0, end: 2 }, { start: 6, end: 10 }])).toEqual([2, 6]);
    expect(withoutRoles('当晚在辖区抓获嫌疑人', 0, 10, [{ start: 2, end: 5 }])).toEqual([5, 10]);
    expect(withoutRoles(text, 0, 10, [undefined, { start: 20, end: 25 }])).toEqual([0, 10]);
  });
});

/** The subject of the first (last) figure of an input. */
const expectFirstSubject = (input: string, subject: string): void => { expect(parse(input).metrics[0].subject).toBe(subject); };
const expectLastSubject = (input: string, subject: string): void => { expect(parse(input).metrics.at(-1)!.subject).toBe(subject); };

describe('list markers, sources and slogans around a subject are left out', () => {
  it.each([
    // Numbered items of a report: the number of the item is not part of what is counted.
    ['3、开展反诈宣传进社区活动62场次', '开展反诈宣传进社区活动'],
    ['1.打掉涉网犯罪团伙46个', '打掉涉网犯罪团伙'],
    ['①抓获网上逃犯12名', '抓获网上逃犯'],
    ['(2)查处超员超载78起', '查处超员超载'],
    // How the figure was found stands between the subject and its predicate.
    ['该团伙涉案金额经初步统计高达3.2亿元', '该团伙涉案金额'],
    ['群众安全感满意度经第三方测评达到98.6%', '群众安全感满意度'],
    // The case the release is about frames the figure.
    ['目前,该案已抓获犯罪嫌疑人15名', '抓获犯罪嫌疑人'],
  ])('%s → %s', (input, subject) => expectFirstSubject(input, subject));
  it('a list of numbers is no numbered item (一、二级毒品)', () => {
    expect(parse('缴获一、二级毒品3公斤').metrics[0].subject).toBe('缴获一、二级毒品');
  });
  it('多达 states a level, not a change (受害人数多达2300余人)', () => {
    const [m] = parse('经查,受害人数多达2300余人').metrics;
    expect(m.subject).toBe('受害人数');
    expect(m.change).toBeNull();
  });
  it('a direction word inside a slogan (实现“双下降”) ends the subject before the quote; the change after 分别 is no verb', () => {
    expect(subjects('全年电诈案件发案数、损失数实现“双下降”,分别下降18.4%、22.7%')).toEqual([
      ['18.4%', '电诈案件发案数'], ['22.7%', '电诈案件损失数'],
    ]);
  });
});

describe('a noun counted after a preposition or 有 is named with what it did or what was done to it', () => {
  it.each([
    // After 将/对 a short noun takes the action after it; 全部 and 被 name neither.
    ['民警立即将2名嫌疑人全部抓获', '抓获嫌疑人'],
    ['对30余辆电动车进行集中发还', '进行集中发还电动车'],
    // After 有 the rest of the clause says which of them are counted.
    ['全区先后有211名犯罪嫌疑人主动投案自首', '犯罪嫌疑人主动投案自首'],
    ['当晚有两名被拐儿童被成功解救', '被拐儿童被成功解救'],
    // 装有 holds something: the noun alone.
    ['其随身携带的装有5000元现金的手包不知去向', '现金'],
  ])('%s → %s', (input, subject) => expectFirstSubject(input, subject));
});

describe('the noun after a count: relative clauses and case names', () => {
  it.each([
    // A relative clause opened by a preposition and closed by 的 before the noun.
    ['去年录得1200宗与毒品有关的案件。', '与毒品有关的案件'],
    ['警方处理了80宗有关网上购物的骗案', '处理有关网上购物的骗案'],
    // After a count of cases, a clause that ends in a case noun names the case, without 怀疑(涉及).
    ['港澳两地警方联合侦破一宗怀疑涉及跨境犯罪集团清洗黑钱案件', '侦破跨境犯罪集团清洗黑钱案件'],
    // Where the verb acted (a place name) stands between it and the count.
    ['警方破获汝州一宗2001年故意杀人案件', '破获故意杀人案件'],
  ])('%s → %s', (input, subject) => expectFirstSubject(input, subject));
  it('a clause that goes on after the case noun keeps the noun phrase (破获3起盗窃案件,抓获…)', () => {
    expect(parse('破获3起盗窃案件并抓获2人').metrics[0].subject).toBe('破获盗窃案件');
  });
});

describe('the clause before names what a change or a bare case action measures', () => {
  it.each([
    // The base a change builds on and how long a trend lasted end the subject.
    ['全市电诈案件发案数在连续三年下降的基础上,今年再次下降15.3%', '15.3%', '电诈案件发案数'],
    ['立案数连续四个月实现同比下降,全年下降11.4%', '11.4%', '立案数'],
    // The cases a clause before opens with are the ones a bare action counts.
    ['今年以来,全省盗窃案件持续下降,截至11月底共立案1.2万起', '1.2万起', '盗窃案件立案'],
  ])('%s: %s → %s', (input, figure, subject) => {
    expect(parse(input).metrics.find((m) => m.text === figure)?.subject).toBe(subject);
  });
  it('a clause that acts on cases names no topic (打击…案件)', () => {
    expect(parse('全省严厉打击盗窃案件,共立案1.2万起').metrics[0].subject).not.toContain('打击');
  });
});

describe('words of their own that open with a function character', () => {
  it('在逃人员 keeps its 在 (the preposition 在 is left out elsewhere)', () => {
    expect(parse('在逃人员共有12名').metrics[0].subject).toBe('在逃人员');
  });
  it('an item that opens with the verb of the item before does not take it twice', () => {
    expect(subjects('檢獲約五公斤懷疑可卡因及二公斤懷疑冰毒').map(([, s]) => s)).toEqual(['檢獲懷疑可卡因', '檢獲懷疑冰毒']);
  });
});

describe('a verb that opens a coordination acts on every member', () => {
  it('破获盗窃、诈骗、故意伤害案件分别为… → each member with the verb and the case noun', () => {
    expect(subjects('全年共破获盗窃、诈骗、故意伤害案件分别为3120起、1856起、238起').map(([, s]) => s))
      .toEqual(['破获盗窃案件', '破获诈骗案件', '破获故意伤害案件']);
  });
  it('members with verbs of their own keep their own (破获案件数、抓获作案成员数)', () => {
    expect(subjects('破获案件数、抓获作案成员数同比分别上升12%和30.1%').map(([, s]) => s)).toEqual(['破获案件数', '抓获作案成员数']);
  });
});

describe('a short frame ending in 中 is the event a count happened in, not what it counts', () => {
  it.each([
    ['事件中2名警员受伤', '警员受伤'],
    ['案中3名男子被捕', '男子被捕'],
  ])('%s → %s', (input, subject) => expectFirstSubject(input, subject));
});

describe('long subjects keep their verb and their part-of-whole', () => {
  it.each([
    // Up to 16 characters a subject is kept whole (a verb and a long object).
    ['今年以来共侦破非法占用农用地犯罪案件800余起', '侦破非法占用农用地犯罪案件'],
    // A part and the whole it is a share of stay together.
    ['60岁以上老年人被骗案件占全部电诈案件的8.3%', '60岁以上老年人被骗案件占全部电诈案件'],
  ])('%s → %s', (input, subject) => expectLastSubject(input, subject));
});

describe('what a figure served as names it', () => {
  it.each([
    ['对方表示要多15万元作获释金', '获释金'],
    ['骗取对方2万元作为保证金', '骗取对方保证金'],
  ])('%s → %s', (input, subject) => expectFirstSubject(input, subject));
  it('作案 is no word of purpose', () => {
    expect(subjects('3人作案20余起').map(([, s]) => s)).toEqual(['作案', '作案']);
  });
});

describe('relative clauses after a count that a verb opens', () => {
  it('a clause that dates the thing counted is left out; the predicate after the noun too', () => {
    expect(parse('警方怀疑200多宗发生于5月6日至7月的骗案与该集团有关').metrics[0].subject).toBe('怀疑骗案');
  });
  it('a clause without a date stays with its noun (涉嫌贩毒的男子)', () => {
    expect(parse('拘捕3名涉嫌贩毒的男子').metrics[0].subject).toBe('拘捕涉嫌贩毒的男子');
  });
});

describe('a clause before that states no topic leaves the subject to the topic that opens the sentence', () => {
  it.each([
    ['全市电信网络诈骗案件发案数,在去年大幅下降的基础上,今年同比下降23.4%。', '电信网络诈骗案件发案数'],
    ['从全省情况看,八类严重暴力犯罪案件,近年来持续走低,今年同比下降12.5%。', '八类严重暴力犯罪案件'],
    ['全市交通事故死亡人数,与去年同期相比,下降15.2%。', '交通事故死亡人数'],
    ['群众对公安工作的满意度,经第三方调查,达到96.5%。', '群众对公安工作的满意度'],
  ])('%s → %s', (input, subject) => {
    const m = parse(input, { trace: true }).metrics.at(-1)!;
    expect(m.subject).toBe(subject);
    expect(m.trace).toContain('refine.subject.earlier-topic');
  });
  it('a clause with a figure of its own stands between: no earlier topic', () => {
    expect(parse('全市刑事案件发案数,其中盗窃案件1200起,持续走低,同比下降12.5%。').metrics.at(-1)!.subject).not.toBe('刑事案件发案数');
  });
});

describe('a count named only by a verb counts the topic that opens its sentence', () => {
  it.each([
    ['全市刑事案件,今年以来呈下降趋势,共发生1200起。', '发生刑事案件'],
    ['全县涉毒违法犯罪人员,较去年减少,共查获320名。', '查获涉毒违法犯罪人员'],
  ])('%s → %s', (input, subject) => expectFirstSubject(input, subject));
  it('a clause that acts is no topic (…公安局立即成立了专案组,下设12小组)', () => {
    expect(parse('市公安局立即成立了专案组,下设12小组。').metrics[0].subject).toBe('下设');
  });
});
describe('a bare case action jieba reads as a noun (立案/n) takes the topic too', () => {
  it('全县盗抢案件,较去年明显减少,共立案86起 → 立案盗抢案件', () => {
    expect(parse('全县盗抢案件,较去年明显减少,共立案86起。').metrics[0].subject).toContain('盗抢案件');
  });
});

describe('lists of kinds of cases with a change each', () => {
  it('分别上升…、下降…及上升…: each change measures its kind, in order, with its own direction', () => {
    const ms = parse('當中,詐騙案1,876宗、盜竊案1,532宗、傷人案412宗,分別按年上升25.3%、下降4.1%及上升2.6%。').metrics;
    expect(ms.map((m) => m.subject)).toEqual(['詐騙案', '盜竊案', '傷人案', '詐騙案', '盜竊案', '傷人案']);
    expect(ms.slice(3).map((m) => m.change?.direction)).toEqual(['up', 'down', 'up']);
  });
});

describe('a count name alone after a period or place measures the noun phrase before that role', () => {
  it.each([
    ['电信诈骗案件今年以来破案率同比提升5.1个百分点', '电信诈骗案件破案率'],
    ['全市电诈案件1至9月发案数同比下降23%', '电诈案件发案数'],
  ])('%s → %s', (input, subject) => expectFirstSubject(input, subject));
  it('a longer subject after the role keeps its own words', () => {
    expect(parse('电信诈骗案件今年以来抓获犯罪嫌疑人120名').metrics[0].subject).toBe('抓获犯罪嫌疑人');
  });
});

describe('a part named after a copula, of the whole a frame names', () => {
  it('被捕人士中有1,243人为青少年 → the young among the arrested', () => {
    expect(parse('被捕人士中有1,243人为青少年').metrics[0].subject).toBe('被捕人士青少年');
  });
  it('其中780人为内地人 keeps the noun alone', () => {
    expect(parse('警方拘捕2,000人,其中780人为内地人').metrics[1].subject).toBe('内地人');
  });
});

describe('a verb with a long coordination of objects is kept whole', () => {
  it('破获非法制造、买卖、邮寄、运输、储存枪支弹药案47起', () => {
    expect(parse('专项行动中,全省共破获非法制造、买卖、邮寄、运输、储存枪支弹药案47起').metrics[0].subject).toBe('破获非法制造、买卖、邮寄、运输、储存枪支弹药案');
  });
});
