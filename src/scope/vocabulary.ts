/**
 * The words of scope: what opens, closes or replaces a period expression, what marks a date as a
 * comparison basis or an announcement's date, and the place scope words. One table each; the
 * patterns in periods.ts and places.ts are derived from them.
 */

/** Parts of a day, after a date or a day word: `12月3日上午`, `昨日凌晨`. */
export const TIMES_OF_DAY = ['上午', '下午', '中午', '晚上', '晚间', '夜间', '凌晨', '早上', '傍晚', '深夜', '晚'];

/** Closing words: up to a date or an event (`截至9月底`, `截止到案发前`). */
export const CLOSING_WORDS = ['截至', '截止', '截止到', '截至到'] as const;
/** Written before a date and part of the period: `截至9月底`, `自2000年起`, `同年10月`. */
export const PERIOD_PREFIXES = [...CLOSING_WORDS, '自', '从', '由', '在', '于', '前', '民国', '同年', '次年', '翌年', '当年', '迄'] as const;

/**
 * Written after a date or a campaign and part of the period: `今年以来`, `行动期间`, `5日内`, and
 * the end of a range up to now or an event (`2012年至案发`, `10月开始`, `至10月31日止`).
 */
export const PERIOD_SUFFIXES = ['以来', '期间', '间', '开展以来', '来', '起', '开始', '至今', '迄今', '至目前', '至案发', '止', '为止', '以后', '前后', '前夕', '前', '后', '当天', '当日', '时段', '全年', ...TIMES_OF_DAY] as const;

/** Holiday names, after a year or alone: `今年中秋节假期`, `“五一”假期期间`, `国庆期间`. */
export const HOLIDAY_NAMES = ['春节', '元旦', '清明', '五一', '劳动节', '端午', '中秋', '国庆', '中秋节', '国庆节', '端午节', '清明节', '元宵', '元宵节', '春运', '暑期', '暑假', '寒假', '两节', '双节'] as const;
/** After a holiday's name, quoted or not: `国庆假期`, `“五一”小长假`. */
export const HOLIDAY_TAILS = ['假期', '长假', '小长假', '黄金周', '节日'] as const;
/** Holidays as written without quotes: a name with or without its tail. */
export const HOLIDAYS: readonly string[] = [...HOLIDAY_NAMES.flatMap((n) => HOLIDAY_TAILS.map((t) => n + t)), ...HOLIDAY_NAMES];

/** Periods with no date in them. Weekdays are derived: `上周二`, `本周`. */
export const PERIOD_WORDS = (() => {
  const out = ['本周', '上周', '本月', '上月', '当月', '本季度', '上季度', '近日', '日前', '近期', '当日', '当天', '当晚', '当夜', '同日', '次日', '连日来', '近年来', '近年', '多年来', '长期以来', '至今', '截至目前', '截止目前', '截至当前', '截至发稿时', '截至记者发稿时', '截至发稿', '今年来', '节日期间', '假期期间', '汛期', '全年', '昨日', '昨天', '今日', '今天', '前日', '昨早', '昨晚', '昨夜', '今早', '今晨', '前天', '至年底', '截至年底', '截至年末', '上个月', '上月底', '本月底', '上月末', '本月末', '迄今', '上星期', '本星期', '年内', '今冬明春'];
  for (const w of ['昨日', '昨天', '今日', '今天', '当日', '当天', '次日']) for (const t of TIMES_OF_DAY) out.push(w + t);
  for (const w of ['上周', '本周', '周']) for (const d of '一二三四五六日') out.push(w + d);
  out.push('上周末', '本周末', '周末');
  return out;
})();

/**
 * Periods only where they open a clause (`目前,已清查…`, `期间,共抓获…`, `接到报警后,民警…`): elsewhere
 * they are not a period; `当年` inside a clause points back to a year named before (`占当年全国总数的三成`).
 */
export const CLAUSE_OPENING_PERIODS = ['目前', '期间', '当前', '此前', '其间', '年度', '本年度', '全年', '此间', '当年', '案发后', '接到报警后', '接报后', '接警后'] as const;

/** Durations after one of these words are periods, the word included: `历时3个多月`, `经过半年`, `连续5年`. */
/** Words that say how long a trend has lasted (`连续三年下降`): its time, not the time of the events counted. */
export const TREND_HEADS = ['连续', '持续'] as const;
export const DURATION_HEADS = ['历时', '经过', '用时', '不到', '过去', '过去的', '近', ...TREND_HEADS] as const;
/** Durations after one of these words are periods, the word left out: `短短[三天]`, `耗时[9个多月]`. */
export const DURATION_LEADS = ['短短', '仅用', '仅仅', '耗时'] as const;
/** Units of a duration: `3个多月`, `半年`, `三天`. */
export const DURATION_UNITS = (() => {
  const out: string[] = [];
  for (const u of ['天', '日', '周', '星期', '个星期', '个月', '月', '年', '个小时', '小时']) out.push(u);
  return out;
})();

/** Before a campaign word, they make it a time on its own: `此次行动共抓获…`, `全市这一次专项行动查获…`. */
export const CAMPAIGN_DEMONSTRATIVES = ['本轮', '此次', '本次', '这次', '这一次', '该次'] as const;
/** Activity words that name a campaign before 行动: `追逃行动中`, `集中收网行动期间`. */
export const CAMPAIGN_HEADS = [...CAMPAIGN_DEMONSTRATIVES, '整个', '追逃', '收网', '清查', '集中', '统一', '联合', '打击', '整治', '严打', '夏季', '冬季', '春季', '秋季', '百日', '雷霆', '净网', '集中清查', '专项'] as const;

/** Before a campaign's name, they are who runs it, not part of its name: `全市公安机关开展“净网”行动以来`. */
export const ACTING_BODIES = ['公安机关', '公安部门', '警方', '民警', '专案组', '公安局', '公安厅', '分局', '部门'] as const;

/**
 * With 最高 before a figure in its clause, the figure is a penalty the law sets, not a count of events:
 * it has no period (`一经定罪,最高刑罚为监禁10年`, `最高可处罚款5万元`).
 */
export const PENALTY_WORDS = ['刑罚', '监禁', '徒刑', '罚款', '罚金', '判处'] as const;

/** Campaign words a period can be the time of: `“百日行动”期间`, `专项斗争开展以来`. */
export const CAMPAIGN_KINDS = ['行动', '专案', '战役', '会战', '攻坚战', '整治', '活动', '专项斗争', '斗争', '百日会战'] as const;
/** After a campaign: the period is its time (`行动期间`, `行动开展以来`, `行动至今`, `宣传过程中`, `行动当天`). */
export const CAMPAIGN_TIMES = ['以来', '期间', '中', '至今', '过程中', '当天', '当日', '首日'] as const;

/** Written just before a date that is a comparison basis: `较去年`, `比2019年`, `与2012年相比`. */
export const BASELINE_BEFORE = ['较', '由', '比', '与', '同', '相比', '对比', '相较', '较之', '同比', '低于', '高于', '多于', '少于', '和'] as const;
/** Written just after a date that is a comparison basis: `去年同期`, `2019年相比`. */
export const BASELINE_AFTER = ['同期', '相比', '水平'] as const;
/** Basis words that also join a list: `与2019年相比` is a basis, `2022年与2023年` a list of two years. */
export const BASELINE_OR_JOINER = ['和', '与'] as const;
/** Later in its clause, it makes a period the ground of a comparison: `在去年大幅下降的基础上`. */
export const BASELINE_FRAME = ['基础上'] as const;

/** Verbs of reporting: a clause with one tells of a release, not of events (`通报了今年以来…`, `22日,警方公布…`). */
export const REPORTING_VERBS = ['通报', '介绍', '表示', '称', '说', '发布', '透露', '公布', '宣布'] as const;

/** After a date in its clause: the date is an announcement's or a meeting's, not a period. */
export const ANNOUNCE_AFTER = ['召开', '发布会', '通气会', '新闻发布', '记者会', '获悉', '举行新闻', '举办新闻'] as const;

/** Place scope words: a head (全, 我, 本, 该) and a level character. */
export const PLACE_HEADS = ['全', '我', '本', '该'] as const;
export const PLACE_LEVELS = {
  国: 'nation', 省: 'province', 区: 'region', 市: 'city', 县: 'county', 旗: 'county', 州: 'city', 盟: 'city',
  疆: 'xinjiang', 港: 'hk', 澳: 'mo', 台: 'tw', 岛: 'tw',
} as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[keyof typeof PLACE_LEVELS];
/** Every scope word: a head and a level (`全区`, `我市`, `本港`, `该县`). */
export const PLACE_SCOPE_WORDS: readonly string[] = PLACE_HEADS.flatMap((h) => Object.keys(PLACE_LEVELS).map((l) => h + l));

/** After a place scope word: ranking or comparison, not the figure's area (`全市降幅第一`, `排名全省前列`). */
export const RANKING_AFTER = ['第一', '第二', '第三', '前列', '首位', '之首', '最低', '最高', '排名', '降幅第一', '平均', '领先', '率先', '进位', '同步'] as const;

/**
 * Before a place: it is where someone went, a partner or a venue, not the area of the figure
 * (`赴云南、四川等地`, `联合合肥海关`, `在全省率先`, `流窜到冷水滩`).
 */
export const NOT_AREA_BEFORE = ['赴', '到', '前往', '辗转', '流窜', '开往', '来自', '联合', '协助', '远赴', '奔赴', '途经', '从', '按照', '根据', '响应', '落实', '毗邻', '邻近', '靠近', '往返', '来往', '盘踞在', '分赴', '赶赴', '逃往', '潜逃至', '押解回', '”', '」'] as const;

/** After a division name: a venue or an address, not an area (`北京首都机场`, `广州路`). */
export const VENUE_AFTER = ['机场', '口岸', '督', '陆路', '水路', '海路', '分会场', '会场', '主会场', '方向', '境外', '一带', '港', '站', '路', '街', '大道', '大桥', '码头', '火车站', '高铁站', '“', '"', '大学', '医院', '银行', '公司', '籍', '人', '话', '方言', '号', '户籍', '牌'] as const;

/**
 * After a short division name (`广西`, `惠州`): what makes it the area of a figure rather than a
 * modifier (`广州白云机场`, `深圳湾`). Full names (`桂林市`, `剑河县`) need none of these.
 */
export const SHORT_PLACE_FOLLOWERS = ['公安', '警方', '警察', '海关', '边检', '全市', '全省', '全区', '全县', '地区', '境内', '辖区', '各地', '等地', '两地', '三地', '市', '省', '全', '共', '累计', '今年', '去年', '前年', '每年', '近年', '全年', '本月', '上半年', '警察局', '司法', '检察', '法院', '市场', '禁毒', '侦破', '破获', '抓获', '查获', '打掉', '捣毁', '发生', '立案', '、', ',', '。', ';', '和', '及', '与', '地'] as const;

/** A joint name of several provinces' areas (`粤港澳三地警方`): the area of a figure those areas share. */
export interface JointRegionRow {
  /** As written (simplified). */
  word: string;
  /** GB/T 2260 codes of the provinces it joins, in the written order. */
  codes: readonly string[];
  example: string;
}
export const JOINT_REGIONS: readonly JointRegionRow[] = [
  { word: '粤港澳', codes: ['440000', '810000', '820000'], example: '今年以来，粤港澳三地警方联合破获跨境诈骗案件12宗。' },
  { word: '京津冀', codes: ['110000', '120000', '130000'], example: '今年以来，京津冀三地警方共抓获逃犯320名。' },
  { word: '江浙沪', codes: ['320000', '330000', '310000'], example: '今年以来，江浙沪三地警方共破获电诈案件1500起。' },
  { word: '川渝', codes: ['510000', '500000'], example: '今年以来，川渝两地警方共破获跨区域盗窃案件86起。' },
  { word: '苏浙沪', codes: ['320000', '330000', '310000'], example: '苏浙沪警方联合打掉团伙12个。' },
  { word: '沪苏浙', codes: ['310000', '320000', '330000'], example: '沪苏浙警方共抓获嫌疑人80名。' },
  { word: '黑吉辽', codes: ['230000', '220000', '210000'], example: '黑吉辽三省警方抓获逃犯35名。' },
  { word: '陕甘宁', codes: ['610000', '620000', '640000'], example: '陕甘宁三省区警方破获案件43起。' },
  { word: '云贵川', codes: ['530000', '520000', '510000'], example: '云贵川三省警方缴获毒品120公斤。' },
];
