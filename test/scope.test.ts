import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { findPeriods } from '../src/scope/periods.js';
import { findPlaceMentions } from '../src/scope/places.js';
import { JOINT_REGIONS } from '../src/scope/vocabulary.js';

/** The metric whose text is `figure`, with its period and place text and the resolved place. */
function scopeOf(text: string, figure: string) {
  const m = parse(text, { trace: true }).metrics.find((x) => x.text === figure);
  if (!m) throw new Error(`no metric ${figure}`);
  return {
    period: m.period?.text ?? null, from: m.period?.from, to: m.period?.to,
    place: m.place?.text ?? null, name: m.place?.name ?? null, code: m.place?.code ?? null,
    trace: (m.trace ?? []).filter((s) => s.startsWith('refine.scope.')),
  };
}

const RELEASE = [
  '黔东南州公安局通报2023年上半年工作成效',
  '2023年7月6日，黔东南州公安局召开新闻发布会。',
  '今年以来，全州公安机关持续开展“云剑”行动。全州群众安全感为97.64%、剑河县为98.45%。其中，破获电信诈骗案件326起。',
  '同时，武汉市公安局青山分局协助端掉9处保健品诈骗窝点。',
  '全州共抓获犯罪嫌疑人1200名，较去年同期下降5%。',
  '截至6月底，我州共破获命案18起。',
].join('\n');

describe('scope of a figure: own sentence, paragraph opener, the release lead', () => {
  it('a list of places gives each figure its own place; the period comes from the paragraph opener', () => {
    expect(scopeOf(RELEASE, '97.64%')).toMatchObject({ period: '今年以来', from: '2023', to: '2023', place: '全州', name: '黔东南苗族侗族自治州', code: '522600' });
    expect(scopeOf(RELEASE, '98.45%')).toMatchObject({ period: '今年以来', place: '剑河县', name: '剑河县', code: '522629' });
    expect(scopeOf(RELEASE, '326起').trace).toEqual(['refine.scope.period.paragraph.date', 'refine.scope.place.paragraph.scope-word']);
  });

  it('an acting body gives its place; the period is inherited from the lead', () => {
    const s = scopeOf(RELEASE, '9处');
    expect(s).toMatchObject({ period: '今年以来', place: '武汉市', name: '武汉市', code: '420100' });
    expect(s.trace[0]).toBe('refine.scope.period.lead.date');
  });

  it('a comparison basis is never the period, and the meeting date is not the lead', () => {
    expect(scopeOf(RELEASE, '5%')).toMatchObject({ period: '今年以来', place: '全州' });
  });

  it('the nearest period in the sentence wins over the lead', () => {
    expect(scopeOf(RELEASE, '18起')).toMatchObject({ period: '截至6月底', from: '2023-06', place: '我州', name: '黔东南苗族侗族自治州' });
  });

  it('a figure in a text with no period has none', () => {
    const s = scopeOf('全市共破获盗窃案件25起。', '25起');
    expect(s.period).toBeNull();
  });

  it('a paragraph that opens with a heading is framed by the sentence after the heading', () => {
    const text = '10月份，全区共接报警情5678起。\n（二）诈骗类警情。本月共接报诈骗警情98起。其中，冒充客服诈骗21起。';
    const s = scopeOf(text, '21起');
    expect(s).toMatchObject({ period: '本月', place: '全区' });
    expect(s.trace[0]).toBe('refine.scope.period.paragraph.word');
    const m = parse(text).metrics.find((x) => x.text === '21起')!;
    expect(m.period!.start).toBe(text.indexOf('本月'));
    expect(m.period!.end).toBe(text.indexOf('本月') + 2);
  });

  it('highlights before an ellipsis take the first frame of the story after it', () => {
    const text = '洛川县公安局晒出成绩单\n破获电信诈骗案件86起、抓获犯罪嫌疑人120名……7月10日，县公安局召开新闻发布会，通报2024年上半年全县公安工作情况。\n6月，全县共接报警情900起。';
    const s = scopeOf(text, '86起');
    expect(s).toMatchObject({ period: '2024年上半年', from: '2024-01', to: '2024-06', place: '全县' });
    expect(s.trace).toEqual(['refine.scope.period.teaser.date', 'refine.scope.place.teaser.scope-word']);
    expect(scopeOf(text, '900起')).toMatchObject({ period: '6月', place: '全县' });
  });

  it('a city short name ending in 州 is short: before a venue it is no area (杭州萧山机场), a prefecture in 州 is full', () => {
    expect(scopeOf('春节假期，杭州萧山机场日均出入境旅客3.5万人次。', '3.5万人次').place).toBeNull();
    expect(scopeOf('今年以来，黔东南州共破获电诈案件326起。', '326起')).toMatchObject({ place: '黔东南州', code: '522600' });
  });

  it('a scope word after a number is part of a name (96110全国反诈专线), not the area', () => {
    const text = '2023年7月1日，日照市公安局通报。\n2023年，日照市开通96110全国反诈预警专线，止付涉案账号1607个。';
    expect(scopeOf(text, '1607个')).toMatchObject({ place: '日照市', code: '371100' });
  });

  it('a starting level (由X增加…至Y) has the period of the basis named in its sentence or the one before, else none', () => {
    const text = '2023年錄得的整體罪案總數是6 100宗，較2022年(5 800宗)增加300宗。盜竊案由2 150宗增加120宗至2 270宗。破案率由百分之41.2下跌至百分之38.5。';
    const level = scopeOf(text, '2 150宗');
    expect(level).toMatchObject({ period: '2022年', from: '2022', to: '2022' });
    expect(level.trace[0]).toBe('refine.scope.period.basis-level.basis');
    expect(scopeOf(text, '2 270宗').period).toBe('2023年');
    expect(scopeOf(text, '百分之41.2').period).toBeNull();
  });

  it('a list of places ending in 等地 is where an operation went, every item of it: not the area', () => {
    const text = '近日，宁都县公安局破获一起网络赌博案。\n10月12日凌晨，专案组在江西赣州、广东深圳等地同步收网，抓获犯罪嫌疑人9名。';
    expect(scopeOf(text, '9名')).toMatchObject({ place: '宁都县', code: '360730' });
  });

  it('a release dated in the Minguo calendar (114年11月5日) fixes the year of its relative periods', () => {
    const text = '刑事警察局114年11月5日新聞稿\n今年1至10月全國受理詐騙案件2萬3,456件。';
    expect(scopeOf(text, '2萬3,456件')).toMatchObject({ period: '今年1至10月', from: '2025-01', to: '2025-10' });
  });

  it('a paragraph that opens with the day of an event frames the paragraph right after it, not the lead', () => {
    const text = '警方公布今年罪案數字\n今年，本港共錄得罪案42 000宗。\n\n另外，警方於十月十四、十五日展開「雷霆」行動，拘捕38人。\n\n警方檢獲毒品約2公斤。\n\n騙案方面，損失約50億元。';
    const s = scopeOf(text, '約2公斤');
    expect(s).toMatchObject({ period: '於十月十四、十五日' });
    expect(s.trace[0]).toBe('refine.scope.period.event-paragraph.date');
    // Two paragraphs on, the lead frames again.
    expect(scopeOf(text, '約50億元').period).toBe('今年');
  });

  it('a short division name before a time word is the area (丽江每年…)', () => {
    expect(scopeOf('2019年以来，丽江每年接到游客求助报警3000余起。', '3000余起')).toMatchObject({ place: '丽江', name: '丽江市', code: '530700' });
  });

  it('a full division name before a quoted name is the area (呼和浩特市“净网”专项行动)', () => {
    const s = scopeOf('今年以来，呼和浩特市“净网”专项行动共破获刑事案件123起。', '123起');
    expect(s).toMatchObject({ place: '呼和浩特市', name: '呼和浩特市', code: '150100' });
  });

  it('a place named after the first figure of the paragraph opener is a detail, not the frame of the paragraph', () => {
    const text = '22日，兰州市公安局通报，专项行动开展以来，全市共破获盗窃案件24起，成功破获城关区“5·12”入室盗窃案。其中，破获电动车盗窃案9起。';
    expect(scopeOf(text, '9起')).toMatchObject({ place: '全市', name: '兰州市', code: '620100', trace: ['refine.scope.period.paragraph.campaign', 'refine.scope.place.paragraph.scope-word'] });
  });

  it('a heading sets nothing of its own: the lead still frames the figures under it', () => {
    const text = '今年以来，全市警情平稳，共接报警情3200起。\n（一）盗窃类警情。本月环比上升2.81%。';
    expect(scopeOf(text, '2.81%')).toMatchObject({ period: '本月', place: '全市' });
  });

  it('offsets of period and place index the original input (traditional script, full-width digits)', () => {
    const text = '今年１至５月，全港共拘捕疑犯３２０名。';
    const m = parse(text).metrics[0];
    expect(text.slice(m.period!.start, m.period!.end)).toBe(m.period!.text);
    expect(m.period!.text).toBe('今年１至５月');
    expect(m.place).toMatchObject({ text: '全港', name: '香港', code: null });
  });
});

describe('findPeriods', () => {
  const periods = (text: string, year = 2023) => findPeriods(text, year, 0, text.length).map((p) => text.slice(p.start, p.end));
  it.each([
    ['截至9月底，全省共抓获', ['截至9月底']],
    ['今年中秋节假期全国边检机关', ['今年中秋节假期']],
    ['自全国夏季治安打击整治“百日行动”以来，全区', ['自全国夏季治安打击整治“百日行动”以来']],
    ['2019年3月18日、3月19日、3月26日分别在', ['2019年3月18日、3月19日、3月26日']],
    ['上周二(10日)、上周三(11日)同步展开', ['上周二(10日)、上周三(11日)']],
    ['截止9月13日20时，该省', ['截止9月13日20时']],
    ['历时3个多月，专案组', ['历时3个多月']],
    ['期间，共抓获嫌疑人', ['期间']],
    ['在“雷霆2019”行动期间，警方', ['在“雷霆2019”行动期间']],
  ])('%s', (text, want) => expect(periods(text)).toEqual(want));

  it.each([
    ['较去年同期下降5%'],
    ['比去年中秋节假期下降7%'],
    ['与2019年相比上升3%'],
    ['9月28日,自治区公安厅召开新闻发布会'],
  ])('not a period: %s', (text) => expect(periods(text)).toEqual([]));
});

describe('findPlaceMentions', () => {
  const places = (text: string) => findPlaceMentions(text, 0, text.length, { region: { name: '广西壮族自治区', code: '450000' }, locale: 'CN' })
    .map((p) => [text.slice(p.start, p.end), p.name]);
  it('scope words resolve against the release region', () => {
    expect(places('全区刑事警情下降')).toEqual([['全区', '广西壮族自治区']]);
    expect(places('全国公安机关')).toEqual([['全国', '中华人民共和国']]);
  });
  it('an autonomous prefecture is found by its place and 州', () => {
    expect(places('伊犁州公安局破获电信诈骗案件')).toEqual([['伊犁州', '伊犁哈萨克自治州']]);
  });
  it('a county of three characters or more is found by its short name', () => {
    expect(places('冷水滩警方破获盗窃案')).toEqual([['冷水滩', '冷水滩区']]);
  });
  it('names in a run are one place, names in a list are joined', () => {
    expect(places('广东惠州、福建福州、四川成都捣毁')).toEqual([['广东惠州、福建福州、四川成都', '惠州市、福州市、成都市']]);
  });
  it('a division name that is also a word (城区, 东区) resolves only where the release\'s province has it', () => {
    const at = (text: string, region: { name: string; code: string }, locale: 'CN' | 'HK') => findPlaceMentions(text, 0, text.length, { region, locale })
      .map((p) => [text.slice(p.start, p.end), p.name, p.code]);
    expect(at('城区盗窃警情下降', { name: '阳泉市', code: '140300' }, 'CN')).toEqual([['城区', '城区', '140302']]);
    expect(places('城区盗窃警情下降')).toEqual([['城区', null]]);
    expect(at('东区共录得120宗,观塘录得80宗', { name: '香港特别行政区', code: '810000' }, 'HK')).toEqual([['东区', '东区', null], ['观塘', '观塘区', null]]);
  });
  it.each([
    ['提高县级公安机关破案率'],
    ['和县级公安机关一道'],
    ['北京首都机场日均出入境'],
    ['警方先后赴云南等地'],
    ['在全区率先建立'],
    ['嵩山路分局在二七区政通路升龙广场举行'],
    ['吕某某(男,河北省人)如实供述'],
    ['先后打掉了盘踞在乌鲁木齐、塔城等地的8个涉黑组织'],
    ['在四川省公安厅统一指挥下,专案组'],
  ])('not an area: %s', (text) => expect(places(text)).toEqual([]));
});

describe('periods of more shapes', () => {
  const periods = (text: string) => findPeriods(text, 2023, 0, text.length).map((p) => [text.slice(p.start, p.end), p.from ?? null, p.to ?? null]);
  it.each([
    ['今年前10个月，全省', ['今年前10个月', '2023-01', '2023-10']],
    ['今年夏季，全市', ['今年夏季', '2023-06', '2023-08']],
    ['2022年冬季，全市', ['2022年冬季', null, null]],
    ['年内，全市', ['年内', null, null]],
    ['今冬明春，全市', ['今冬明春', null, null]],
    ['春节前，全市', ['春节前', null, null]],
    ['党的十八大以来，全国公安机关', ['党的十八大以来', null, null]],
    ['“十三五”期间，全省', ['“十三五”期间', null, null]],
    ['元旦春节期间，全省', ['元旦春节期间', null, null]],
    ['截至发稿时，警方', ['截至发稿时', null, null]],
    ['本轮行动中，共', ['本轮行动中', null, null]],
    ['去年全年，全区', ['去年全年', '2022', '2022']],
    ['今年1月至今,全市', ['今年1月至今', '2023-01', null]],
    ['4日凌晨,民警在', ['4日凌晨', null, null]],
    ['3天前,该男子', ['3天前', null, null]],
    ['昨早,警方', ['昨早', null, null]],
    ['全省公安机关在夏季治安打击整治行动期间,共', ['在夏季治安打击整治行动期间', null, null]],
    ['夏季治安打击整治行动期间,全省', ['夏季治安打击整治行动期间', null, null]],
    ['11月15日上午9时,民警', ['11月15日上午9时', '2023-11-15', '2023-11-15']],
    ['5月25日、26日,民警', ['5月25日、26日', '2023-05-25', '2023-05-26']],
    // Two days with one month: from the first to the last, 日 written once or twice, tens contracted.
    ['十月十四、十五日,警方', ['十月十四、十五日', '2023-10-14', '2023-10-15']],
    ['8月3日及4日,民警', ['8月3日及4日', '2023-08-03', '2023-08-04']],
    ['十月廿日至廿六日,警方', ['十月廿日至廿六日', '2023-10-20', '2023-10-26']],
    ['今年十二月卅一日,警方', ['今年十二月卅一日', '2023-12-31', '2023-12-31']],
    // A date that starts the clause of an event: the span runs to its 以来 (open-ended) or 期间 (within the date).
    ['今年4月省厅部署开展打击整治养老诈骗、跨境赌博和电信诈骗专项行动以来,全省', ['今年4月省厅部署开展打击整治养老诈骗、跨境赌博和电信诈骗专项行动以来', '2023-04', null]],
    ['2022年5月全国公安机关开展夏季行动期间,全市', ['2022年5月全国公安机关开展夏季行动期间', '2022-05', '2022-05']],
    ['2022年全省公安机关开展打击整治养老诈骗、跨境赌博和电信诈骗专项行动期间,全市', ['2022年全省公安机关开展打击整治养老诈骗、跨境赌博和电信诈骗专项行动期间', '2022', '2022']],
    ['2022年5月全市共破获', ['2022年5月', '2022-05', '2022-05']],
    // A list out of order runs from its earliest to its latest member.
    ['去年和前年,全市', ['去年和前年', '2021', '2022']],
    // 间 after a date: during it.
    ['警方于10月间查获人头账户', ['于10月间', '2023-10', '2023-10']],
    ['2022年间,全市', ['2022年间', '2022', '2022']],
    // A bare span before what was done in it or before a figure (headline style).
    ['半年1.2万余名嫌疑人落网', ['半年', null, null]],
    ['三个月破获电诈案件120起', ['三个月', null, null]],
    ['判处有期徒刑3年6个月', []],
    // Halves and quarters after a year, in every way they are written.
    ['今年头半年,全市', ['今年头半年', '2023-01', '2023-06']],
    ['2022年后半年,全市', ['2022年后半年', '2022-07', '2022-12']],
    ['今年1季度,全市', ['今年1季度', '2023-01', '2023-03']],
    ['2022年第4季,全省', ['2022年第4季', '2022-10', '2022-12']],
    ['2012年至2021年6月,全国', ['2012年至2021年6月', '2012', '2021-06']],
    ['经过数天艰辛工作,', ['经过数天', null, null]],
    ['国庆节期间,全省', ['国庆节期间', null, null]],
    ['9月1日零时至30日24时,全省', ['9月1日零时至30日24时', '2023-09-01', null]],
    ['本月28日及29日,警方', ['本月28日及29日', null, null]],
    ['截至行动结束,共抓获', ['截至行动结束', null, null]],
    ['今(114)年1至10月,全市', ['今(114)年1至10月', '2025-01', '2025-10']],
    // A start and its end are one range, across a comma after 起; `至今年` is no `至今`.
    ['自去年11月5日起至今年3月底,全市', ['自去年11月5日起至今年3月底', '2022-11-05', '2023-03']],
    ['自去年11月5日起,截至今年3月底,全市', ['自去年11月5日起,截至今年3月底', '2022-11-05', '2023-03']],
    ['从今年4月起至今,全县', ['从今年4月起至今', '2023-04', null]],
    ['去年12月至今年9月,全县', ['去年12月至今年9月', '2022-12', '2023-09']],
    ['行动当天,全市', ['行动当天', null, null]],
    ['过去的一年,全省', ['过去的一年', null, null]],
    ['警方5天破获盗窃案', ['5天', null, null]],
    ['拘留10天,', []],
    ['今年以来截至8月底,全州', ['今年以来截至8月底', '2023', '2023-08']],
    ['自2015年至案发,该团伙', ['自2015年至案发', '2015', null]],
    ['从去年9月开始,该团伙', ['从去年9月开始', '2022-09', null]],
    // A campaign and how long it has run; the actor before 开展 is not part of it.
    ['“清网2023”专项行动开展两个月来,全省', ['“清网2023”专项行动开展两个月来', null, null]],
    ['“金盾2023”专项打击行动开展以来,全区', ['“金盾2023”专项打击行动开展以来', null, null]],
    ['全市公安机关开展“护苗”专项行动以来,共', ['开展“护苗”专项行动以来', null, null]],
    ['全县公安机关深入开展“清风”行动以来,共', ['开展“清风”行动以来', null, null]],
    ['全省公安机关在全国统一开展的“护航”专项行动中,共', ['在全国统一开展的“护航”专项行动中', null, null]],
    ['全省公安机关今年以来共破获', ['今年以来', '2023', '2023']],
    ['全省公安机关在博览会安保期间共查处', ['在博览会安保期间', null, null]],
    ['走访过程中,民警发放', ['走访过程中', null, null]],
    // Holidays quoted, with a day or a count of days.
    ['“十一”前夕,全市', []],
    ['“端午”假期第二天,全省', ['“端午”假期第二天', null, null]],
    ['中秋假期3天里,全市', ['中秋假期3天里', null, null]],
    ['元旦前夕,全县', ['元旦前夕', null, null]],
    ['全省春运安保工作中,共', []],
    ['国庆,全市', ['国庆', null, null]],
    // Quarters and first months as Hong Kong, Macau and Taiwan releases write them.
    ['今年首季,全港', ['今年首季', '2023-01', '2023-03']],
    ['2022年第三季,全澳', ['2022年第三季', '2022-07', '2022-09']],
    ['今年首三季,全港', ['今年首三季', '2023-01', '2023-09']],
    ['二季度,全市', ['二季度', '2023-04', '2023-06']],
    ['今年首8个月,全港', ['今年首8个月', '2023-01', '2023-08']],
    ['近3个月,全市', ['近3个月', null, null]],
    ['上个月,全市', ['上个月', null, null]],
    ['截至上月底,全市', ['截至上月底', null, null]],
    ['同年8月,该团伙', ['同年8月', '2023-08', '2023-08']],
    ['3月2日21时许,民警', ['3月2日21时许', '2023-03-02', '2023-03-02']],
    // A date in brackets is a note on the period before it; 和 after a date joins a list.
    ['上周(6月5日至11日),全市', ['上周(6月5日至11日)', null, null]],
    ['2021年和2022年,全省', ['2021年和2022年', '2021', '2022']],
    ['2022年“护网”专项行动期间,全省', ['2022年“护网”专项行动期间', '2022', '2022']],
    ['在为期两个月的集中整治行动中,全市', ['在为期两个月的集中整治行动中', null, null]],
    ['今年前三个季度,全市', ['今年前三个季度', '2023-01', '2023-09']],
    ['全市8月、9月电诈立案', ['8月、9月', '2023-08', '2023-09']],
    ['此次行动共抓获', ['此次行动', null, null]],
    ['全市这一次专项行动查获', ['这一次专项行动', null, null]],
    ['晚上8时。5日,全市交警部门', ['5日', null, null]],
    ['晚上8时。5日,市公安局通报', []],
    ['接到报警后,民警迅速', ['接到报警后', null, null]],
    ['全市破案率连续5年保持在', ['连续5年', null, null]],
    ['命案破案率连续多年保持', ['连续多年', null, null]],
    // An adverb before a span is no part of it; a head that says the span is.
    ['短短五天,全县', ['五天', null, null]],
    ['专案组耗时7个多月,辗转', ['7个多月', null, null]],
    // Taiwanese forms: a Minguo year alone, 止 and 迄今 closing a range, bracketed months.
    ['自113年3月1日起至9月30日止,全市', ['自113年3月1日起至9月30日止', '2024-03-01', '2024-09-30']],
    ['截至9月30日止付冻结', ['截至9月30日', '2023-09-30', '2023-09-30']],
    ['112年度,全国', ['112年度', '2023', '2023']],
    ['民国112年,全国', ['民国112年', '2023', '2023']],
    ['建党100年,全国', []],
    ['今年初迄今,全市', ['今年初迄今', '2023-01', null]],
    ['本(10)月,全市', ['本(10)月', '2023-10', '2023-10']],
    ['本(11)月1日至10日,全臺', ['本(11)月1日至10日', '2023-11-01', '2023-11-10']],
    ['上(12)月,全臺', ['上(12)月', null, null]],
    ['今(2024)年1至6月,全市', ['今(2024)年1至6月', '2024-01', '2024-06']],
    // Hong Kong and Macau forms.
    ['由今年一月至九月,全港', ['由今年一月至九月', '2023-01', '2023-09']],
    ['上月三日至九日,警方', ['上月三日至九日', null, null]],
    ['过去一星期,全澳', ['过去一星期', null, null]],
  ])('%s', (text, want) => expect(periods(text)).toEqual(want.length ? [want] : []));
});

describe('the date of a statement is no period', () => {
  it('a date right before a reporting verb (or its bracket) is skipped; the period after it frames the figures', () => {
    const t = '警方今日(十一月五日)表示,今年首十個月共接獲騙案2847宗。當中,假冒官員騙案佔1203宗。';
    const simplified = '警方今日(十一月五日)表示,今年首十个月共接获骗案2847宗。';
    expect(findPeriods(simplified, 2024, 0, simplified.length).map((p) => simplified.slice(p.start, p.end))).toEqual(['今年首十个月']);
    expect(parse(t).metrics.map((m) => [m.text, m.period?.text ?? null])).toEqual([['2847宗', '今年首十個月'], ['1203宗', '今年首十個月']]);
  });

  it.each(['指出', '强调', '提醒', '呼吁', '披露'])('%s after a date makes it the date of a statement', (verb) => {
    const t = `警方昨日${verb},全市盗窃案件下降。`;
    expect(findPeriods(t, 2024, 0, t.length)).toEqual([]);
  });
});

describe('periods that are a comparison basis, not a period', () => {
  const periods = (text: string) => findPeriods(text, 2023, 0, text.length).map((p) => text.slice(p.start, p.end));
  it.each([
    ['在近年来逐年下降的基础上再下降8%', []],
    ['追回损失是2021年的4倍', []],
    ['整体罪案由2021年的5万宗增加', []],
    ['本周共接警情42起,较上周的50起减少8起', ['本周']],
    ['民爆物品仓库占当年全省总数的三成', []],
  ])('%s', (text, want) => expect(periods(text)).toEqual(want));

  it('the figure after a basis word states its value; a multiple of the basis does not', () => {
    const text = '本周全市共接警情42起，较上周的50起减少8起。今年全市追回损失1.2亿元，是去年同期的3倍。';
    expect(scopeOf(text, '50起').period).toBe('上周');
    expect(scopeOf(text, '3倍').period).toBe('今年');
  });
});

describe('a figure that is a stated span is its own period, with the head that says so', () => {
  it('历时 is part of the span, 耗时 is not', () => {
    expect(scopeOf('警方历时4个多月，捣毁窝点6个。', '4个多月').period).toBe('历时4个多月');
    expect(scopeOf('警方耗时4个多月，捣毁窝点6个。', '4个多月').period).toBe('4个多月');
    expect(scopeOf('警方耗时4个多月，捣毁窝点6个。', '6个').period).toBe('4个多月');
  });
});

describe('figures with a period of their own or none', () => {
  it('a month right before a figure is that figure\'s period', () => {
    const text = '本月全市接报警情120起，被骗报案数从3月1450起减少到5月720起。';
    expect(scopeOf(text, '1450起').period).toBe('从3月');
    expect(scopeOf(text, '720起').period).toBe('5月');
  });
  it('a list of periods is distributed over as many figures after 分别', () => {
    const text = '全市8月、9月电诈立案数同比分别下降12.4%和20.5%，全年累计破案320起。';
    expect(scopeOf(text, '12.4%').period).toBe('8月');
    expect(scopeOf(text, '20.5%').period).toBe('9月');
    expect(scopeOf('全市8月、9月共破获电诈案件86起。', '86起').period).toBe('8月、9月');
  });
  it('a joint name of several areas is one place, in either script; its areas are distributed after 分别', () => {
    expect(scopeOf('粤港澳三地警方联合行动，拘捕700余人。', '700余人')).toMatchObject({ place: '粤港澳', name: '广东省、香港、澳门' });
    expect(scopeOf('粵港澳三地警方聯合行動，拘捕700餘人。', '700餘人')).toMatchObject({ place: '粵港澳', name: '广东省、香港、澳门' });
    // Not a run of abbreviations that is part of a word.
    expect(scopeOf('查获伪造港澳通行证32本。', '32本').place).toBeNull();
    const text = '京津冀三地警方分别抓获逃犯120名、85名和64名。';
    expect(['120名', '85名', '64名'].map((f) => scopeOf(text, f).name)).toEqual(['北京市', '天津市', '河北省']);
  });
  it('a list of places is distributed over as many figures after 分别, and stays out of the subject', () => {
    const text = '凯里市、剑河县、天柱县群众安全感分别为98.1%、97.6%和97.9%。';
    expect(scopeOf(text, '98.1%')).toMatchObject({ place: '凯里市', name: '凯里市', code: '522601' });
    expect(scopeOf(text, '97.6%')).toMatchObject({ place: '剑河县', code: '522629' });
    expect(scopeOf(text, '97.9%')).toMatchObject({ place: '天柱县', code: '522627' });
    expect(parse(text).metrics.map((m) => m.subject)).toEqual(['群众安全感', '群众安全感', '群众安全感']);
    // One figure for the whole list keeps the list.
    expect(scopeOf('凯里市、剑河县共破获电诈案件86起。', '86起')).toMatchObject({ place: '凯里市、剑河县', name: '凯里市、剑河县', code: null });
  });
  it('how long a trend lasted frames its own sentence, never the release', () => {
    const text = '全市破案率达到45.6%。\n命案发案数连续三年下降，降幅分别为10%、15%和8%。';
    expect(scopeOf(text, '45.6%').period).toBeNull();
    expect(scopeOf(text, '10%').period).toBe('连续三年');
  });
  it('a maximum penalty set by law has no period', () => {
    const text = '今年以來，警方共拘捕疑犯12人。「洗黑錢」一經定罪，最高刑罰為監禁7年。';
    expect(scopeOf(text, '12人').period).toBe('今年以來');
    expect(scopeOf(text, '7年').period).toBeNull();
  });
});

describe('a sentence opening with a closing date states a tally the rest of its paragraph goes on with', () => {
  it('the sentences after 截至… take it; those before keep the paragraph opener', () => {
    const text = '今年以来，全市共破获案件120起。据统计，截至10月底，共抓获嫌疑人80名。其中，网上逃犯12名。\n全市追回损失500万元。';
    expect(scopeOf(text, '120起').period).toBe('今年以来');
    expect(scopeOf(text, '80名').period).toBe('截至10月底');
    expect(scopeOf(text, '12名').period).toBe('截至10月底');
    expect(scopeOf('今年以来，全市共破获案件120起。共抓获嫌疑人80名。其中，网上逃犯12名。', '12名').period).toBe('今年以来');
    // 截至目前 updates one matter: it frames its own sentence only.
    const update = '今年以来，全市共破获案件120起。截至目前，该案已抓获嫌疑人8名。全市出警时间缩短到5分钟。';
    expect(scopeOf(update, '8名').period).toBe('截至目前');
    expect(scopeOf(update, '5分钟').period).toBe('今年以来');
  });
});

describe('a period deep inside an earlier clause belongs to a noun there, not to the figures after it', () => {
  it('the date of a case is skipped; the campaign that opens with 在 frames the figure', () => {
    const text = '今年以来，警方在追逃行动中破获一宗2019年故意伤害案件，抓获潜逃12年的逃犯3名。';
    expect(scopeOf(text, '3名').period).toBe('在追逃行动中');
  });
  it('a period in the figure\'s own clause is its period wherever it stands', () => {
    const text = '全市涉案金额由2020年的1.5亿元下降至2022年的8000万元。';
    expect(scopeOf(text, '8000万元').period).toBe('2022年');
  });
});

describe('the figure that states a basis has the basis as its period', () => {
  it('较上年同期2378起 → 上年同期; the change after it keeps the current period', () => {
    const text = '今年1至6月，全市共立刑事案件2457起，较上年同期2378起上升3.3%。';
    expect(scopeOf(text, '2378起').period).toBe('上年同期');
    expect(scopeOf(text, '3.3%').period).toBe('今年1至6月');
    expect(scopeOf(text, '2457起').period).toBe('今年1至6月');
  });
});

describe('the README example', () => {
  it('shows what parse() returns for its input', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('## Example'), readme.indexOf('## API'));
    const input = /```text\n(.*)\n```/.exec(section)![1];
    const shown = JSON.parse(/```json\n([\s\S]*?)\n```/.exec(section)![1]);
    expect(parse(input, { referenceDate: '2022-09-28' }).metrics).toEqual(shown);
  });
});

describe('province abbreviations', () => {
  it('a run of two or more names a region (京津冀, 粤港澳); single characters and other words do not', async () => {
    const { isProvinceAbbreviationRun } = await import('../src/lexicon/divisions.js');
    expect(isProvinceAbbreviationRun('京津冀')).toBe(true);
    expect(isProvinceAbbreviationRun('粤港澳')).toBe(true);
    expect(isProvinceAbbreviationRun('京')).toBe(false);
    expect(isProvinceAbbreviationRun('销售')).toBe(false);
  });
});

describe('a scope word names its own level', () => {
  it('全市 in a release whose region is unknown is no province the text only named', () => {
    const t = '专案组分别在广东、福建等地抓获犯罪嫌疑人23名。全市共破获案件326起。';
    const m = parse(t).metrics.find((x) => x.text === '326起')!;
    expect(m.place).toEqual({ text: '全市', start: t.indexOf('全市'), end: t.indexOf('全市') + 2, name: null, code: null });
  });
});

describe('joint names of several areas', () => {
  it.each(JOINT_REGIONS.map((r) => [r.word, r] as const))('%s fires on its example', (word, row) => {
    const m = parse(row.example, { trace: true }).metrics[0];
    expect(m.place).toMatchObject({ text: word, code: null });
    expect(m.place!.name!.split('、')).toHaveLength(row.codes.length);
    expect(m.trace).toContain('refine.scope.place.sentence.joint-region');
  });

  it('resolves each area by its code, in the written order', () => {
    expect(parse('今年以来，粤港澳三地警方联合破获跨境诈骗案件12宗。').metrics[0].place!.name).toBe('广东省、香港、澳门');
  });
});
