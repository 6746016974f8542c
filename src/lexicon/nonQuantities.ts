/**
 * Contexts where a numeral is not a quantity (contract: dates, times, ages, ordinals, fixed
 * phrases such as 一把手, 一线, 一场). Matched on normalized (simplified) text.
 */
export interface FixedPhrase {
  word: string;
  /** The phrase is a numeral after all when one of these follows (`十分之一`). */
  notBefore?: readonly string[];
  example: string;
}

/** Phrases that start with a numeral but state no quantity. */
export const NUMERAL_IDIOMS: readonly FixedPhrase[] = [
  { word: '一把手', example: '各市党政“一把手”' },
  { word: '一线', example: '直插一线指挥' },
  { word: '一体', example: '一体作战' },
  { word: '一场', example: '开展了一场声势浩大的阻击战' },
  { word: '一批', example: '惩治一批突出违法犯罪' },
  { word: '一道', example: '一道防线' },
  { word: '一系列', example: '一系列举措' },
  { word: '一些', example: '一些地方' },
  { word: '一定', example: '一定程度' },
  { word: '一律', example: '一律依法处理' },
  { word: '一切', example: '一切违法犯罪' },
  { word: '一直', example: '一直保持' },
  { word: '一致', example: '一致好评' },
  { word: '一样', example: '一样重要' },
  { word: '一般', example: '一般案件' },
  { word: '一举', example: '一举捣毁' },
  { word: '一并', example: '一并移送' },
  { word: '一同', example: '一同抓获' },
  { word: '一起', example: '与家人一起' },
  { word: '一手', example: '一手抓打击' },
  { word: '一次性', example: '一次性告知' },
  { word: '一站式', example: '一站式服务' },
  { word: '一张网', example: '全省一张网' },
  { word: '一盘棋', example: '全省一盘棋' },
  { word: '一条龙', example: '一条龙服务' },
  { word: '一网打尽', example: '一网打尽' },
  { word: '一步', example: '进一步' },
  { word: '一方面', example: '一方面' },
  { word: '一项', example: '一项重要工作' },
  { word: '一件', example: '一件件实事' },
  { word: '一次', example: '又一次' },
  { word: '一名', example: '一名民警' },
  { word: '一家', example: '在一家4S店内查获' },
  { word: '一处', example: '在一处出租屋内抓获' },
  { word: '一间', example: '在一间酒店房间内' },
  { word: '一辆', example: '驾驶一辆白色轿车' },
  { word: '一个', example: '一个目标' },
  { word: '一段', example: '一段时间' },
  { word: '一度', example: '一度猖獗' },
  { word: '一向', example: '一向' },
  { word: '一再', example: '一再强调' },
  { word: '一边', example: '一边' },
  { word: '一天', example: '有一天' },
  { word: '一旦', example: '一旦发现' },
  { word: '一经', example: '一经查实' },
  { word: '一心', example: '一心为民' },
  { word: '一流', example: '一流队伍' },
  { word: '一类', example: '一类案件' },
  { word: '一轮', example: '新一轮攻势' },
  { word: '两岸', example: '海峡两岸' },
  { word: '两会', example: '全国两会' },
  { word: '两手', example: '两手抓' },
  { word: '两抢', example: '两抢一盗' },
  { word: '三无', example: '三无船舶' },
  { word: '十分', notBefore: ['之'], example: '十分重视' },
  { word: '百姓', example: '老百姓' },
  { word: '千方百计', example: '千方百计' },
  { word: '千家万户', example: '千家万户' },
  { word: '万家', example: '万家灯火' },
  { word: '四面八方', example: '四面八方' },
  { word: '三令五申', example: '三令五申' },
  { word: '两两', example: '两两一组' },
  { word: '四处', example: '四处藏匿' },
  { word: '一家人', example: '一家人住在昆明' },
  { word: '一块儿', example: '一块儿吃饭' },
  { word: '一团', example: '乱作一团' },
  { word: '一双', example: '一双双手' },
  { word: '一对', example: '一对一帮扶' },
  { word: '一颗', example: '一颗红心' },
  { word: '一枝', example: '一枝独秀' },
  { word: '一省', example: '一省一策' },
  { word: '一市', example: '一市一品' },
  { word: '一盘', example: '一盘散沙' },
  { word: '一架', example: '两人打了一架' },
  { word: '三五成群', example: '三五成群' },
  // Idioms with a second numeral inside: the whole idiom is skipped (三番五次 is "again and again", not 5 times).
  { word: '三番五次', example: '三番五次上门滋扰' },
  { word: '半斤八两', example: '两家半斤八两' },
  { word: '三番两次', example: '三番两次打电话' },
  { word: '三天两头', example: '三天两头上门' },
  { word: '三天打鱼两天晒网', example: '三天打鱼两天晒网' },
  { word: '三年五载', example: '没有三年五载查不清' },
  { word: '三年两载', example: '三年两载' },
  { word: '十年如一日', example: '十年如一日坚守岗位' },
  { word: '十天半个月', example: '一拖就是十天半个月' },
  ...placeNames(),
];

/**
 * Place names that begin with a numeral followed by a measure word or a numeral (五台山 would read
 * as 5 台, 三台县 as 3 台, 六盘水 as 6 盘). Matched like idioms: the numeral there is no quantity.
 */
function placeNames(): FixedPhrase[] {
  return ['五台山', '五台县', '三台县', '七台河', '六盘水', '三门峡', '十堰', '三亚', '九龙', '五指山', '四会', '六安', '万州', '万宁',
    '九江', '三明', '四平', '七星关', '八宿', '九寨沟', '千岛湖', '百色', '万载', '三河', '二连浩特', '十里河', '八达岭', '九台', '三水', '四方区', '三元里', '三元桥', '五道口', '六里桥']
    .map((word) => ({ word, example: `${word}公安` }));
}

/** Words right after a duration that make it a point in time (`两天前`, `3年前`): no count. */
export const RELATIVE_AFTER_DURATION: readonly string[] = ['前', '后', '之前', '之后', '以前', '以后'];

/**
 * Words before a span that make it name a time, not a length (`今年前10个月`, `首十個月`, `头两年`):
 * a period, not a count. 近 does too where nothing before it takes the span as its length
 * (`近三个月共破案` is the last three months; `历时近3个月` is nearly three months).
 */
export const PERIOD_BEFORE_DURATION: readonly string[] = ['前', '首', '头', '最近'];
export const RECENT_BEFORE_DURATION = '近';
/** What may stand before 近 when 近 + span still names a time (`在近三年里`, `的近两个月`, `，近三年来`). */
export const BEFORE_RECENT = new Set('在的,。;:、'.split('')); // normalized text: half-width punctuation

/**
 * A Minguo year (`109年`, `114年1至11月`, Taiwanese releases and mainland ones quoting them): the
 * calendar counts from 1912, so the years releases speak of are 80–150; no release counts a
 * duration that long, so such a number before 年 is never read as one.
 */
export function isMinguoYear(value: number): boolean {
  return Number.isInteger(value) && value >= 80 && value <= 150;
}

/**
 * Characters after which 数 is "several" (`抓获数十名`, `涉案数百万元`); after any other Chinese
 * character 数 ends a noun (`人数十万`, `发案数十起`: the number of …) and the numeral starts after it.
 */
export const BEFORE_VAGUE_SHU = new Set('有了达获到至近约逾超共计和及与的或等动捕缴查于在投访现失额款值金币'.split(''));

/** Characters before a numeral that make it part of a word (`统一`, `唯一`, `第七`, `周一`). */
export const WORD_BEFORE_NUMERAL = new Set('统唯之万专初周逐同单不第每星某进另其划均整归合数'.split(''));

/** Words before a numeral that make it a rank (`居前四位`, `排名前三`): ordinals, not quantities. */
export const RANK_BEFORE: readonly FixedPhrase[] = [
  { word: '居前', example: '诈骗案件数量居前四位' },
  { word: '列前', example: '发案数列前三位' },
  { word: '排前', example: '破案数排前十名' },
  { word: '排名前', example: '考核排名前3位' },
];

/** Units after a numeral that make it a date, time, age or ordinal-like label. */
export const DATE_TIME_AFTER: readonly string[] = ['周年', '年代', '年度', '月份', '月', '日', '号', '时', '点', '分', '秒', '岁', '周岁', '届', '大', '期间', '世纪'];
