/**
 * The words around a figure that say how to read it, in one table: direction of change, basis
 * of comparison, fillers, list joiners and approximation markers (normalized script). Every
 * other list of these words (subject ends, trailing noise, fillers after a direction word,
 * separator sets, approximation prefixes and suffixes) is derived from these rows.
 * Each row's `example` is run through parse() in test/lexicon-examples.test.ts and must fire
 * the row. Time words (periods) are not here: they belong to the scope refiner.
 */
import type { Approximate, Direction } from '../schema.js';

/** `同比上升5%`: the direction a figure moved in. */
export interface DirectionRow {
  role: 'direction';
  word: string;
  value: Direction;
  /** Single-character verbs (增, 跌) count only right before the number. */
  adjacentOnly?: boolean;
  /** Not this word right before one of these characters (下降幅度: 降幅 is not a word there). */
  notBefore?: string;
  /** Names the size of the change (降幅, 增幅): 为/至 after it link the figure (`跌幅为3.4%`), not a new level. */
  amount?: boolean;
  example: string;
}

/** `同比`, `按月`: the period a change is measured against, as one word. */
export interface BasisRow {
  role: 'basis';
  word: string;
  value: 'yoy' | 'mom';
  example: string;
}

/**
 * Words that carry no meaning of their own between the parts of a statistic. `afterDirection`:
 * may stand between a direction word and its number (`下降了5%`). `subjectTail`: stripped from
 * the end of a subject (`抓获犯罪嫌疑人共…`). `endsSubject`: the subject stops before it
 * (`刑事、治安警情分别…`). `restartsSubject`: what precedes it is the actor or the
 * circumstances (`近7万警力三天共打掉…` → 打掉…), unless after `notAfter` / before `notBefore`.
 */
export interface FillerRow {
  role: 'filler';
  word: string;
  value: 'distributive' | 'total' | 'copula' | 'particle' | 'degree' | 'quantifier';
  /* copula: links a subject to its level (为, 保持在); degree: how much or how long (达, 持续). */
  afterDirection?: boolean;
  subjectTail?: boolean;
  endsSubject?: boolean;
  restartsSubject?: boolean;
  /** Stripped from the start of a subject (`共破获…`, `均为…`). */
  subjectHead?: boolean;
  notAfter?: string;
  notBefore?: string;
  /** Stands between 约 and its number (`约为46.3亿元`, `约有300人`): the figure is still approximate. */
  afterAbout?: boolean;
  example: string;
}

/** `A、B和C`: joins the members of a list. `last`: only before the last member (`刑事、治安和交通`). */
export interface JoinerRow {
  role: 'joiner';
  word: string;
  value: 'any' | 'last';
  /** Stripped from the start of a subject (`…,和诈骗案件…`). */
  subjectHead?: boolean;
  /** Stripped from the end of a subject (`缴获现金3万元及[4部]…`), unless after `notAfter` (涉及, 参与, 总和). */
  subjectTail?: boolean;
  notAfter?: string;
  example: string;
}

/** `超过5.4亿`, `50名左右`: the figure is approximate. `before`/`after` the number; the span includes it. */
export interface ApproximationRow {
  role: 'approximation';
  word: string;
  value: Approximate;
  position: 'before' | 'after';
  /** Also stripped from the end of a subject (`缴获毒品约…`). */
  subjectTail?: boolean;
  /** Only before a bare 百/千/万/亿 (`上千名`, `上亿元`), where it cannot be read as anything else. */
  bareUnitOnly?: boolean;
  example: string;
}

export type VocabularyRow = DirectionRow | BasisRow | FillerRow | JoinerRow | ApproximationRow;

export const VOCABULARY: readonly VocabularyRow[] = [
  { role: 'direction', word: '上升', value: 'up', example: '刑事案件同比上升373%' },
  { role: 'direction', word: '增长', value: 'up', example: '抓获人数同比增长16.4%' },
  { role: 'direction', word: '增加', value: 'up', example: '立案数较去年同期增加两成六' },
  { role: 'direction', word: '提升', value: 'up', example: '破案率同比提升14.1个百分点' },
  { role: 'direction', word: '提高', value: 'up', example: '破案率提高5个百分点' },
  { role: 'direction', word: '上涨', value: 'up', example: '涉案金额上涨12%' },
  { role: 'direction', word: '增幅', value: 'up', notBefore: '度', amount: true, example: '诈骗案件增幅一成七' },
  { role: 'direction', word: '升幅', value: 'up', notBefore: '度', amount: true, example: '盗窃警情升幅达8%' },
  { role: 'direction', word: '攀升', value: 'up', example: '诈骗警情攀升30%' },
  { role: 'direction', word: '增多', value: 'up', example: '求助警情增多20%' },
  { role: 'direction', word: '翻番', value: 'up', example: '破案数同比翻番达2倍' },
  { role: 'direction', word: '负增长', value: 'down', example: '诈骗案件发案数同比负增长3.2%' },
  { role: 'direction', word: '急升', value: 'up', example: '网上骗案急升40%' },
  { role: 'direction', word: '飙升', value: 'up', example: '投资诈骗飙升35%' },
  { role: 'direction', word: '激增', value: 'up', example: '求助警情激增20%' },
  { role: 'direction', word: '下降', value: 'down', example: '刑事、治安警情分别下降26.05%和31.31%' },
  { role: 'direction', word: '减少', value: 'down', example: '发案数同比减少120起' },
  { role: 'direction', word: '降低', value: 'down', example: '事故率降低3个百分点' },
  { role: 'direction', word: '回落', value: 'down', example: '盗窃警情回落5.2%' },
  { role: 'direction', word: '下滑', value: 'down', example: '发案数下滑8%' },
  { role: 'direction', word: '下跌', value: 'down', example: '罪案数字下跌百分之六点四' },
  { role: 'direction', word: '跌幅', value: 'down', notBefore: '度', amount: true, example: '盗窃案跌幅达一成' },
  { role: 'direction', word: '降幅', value: 'down', notBefore: '度', amount: true, example: '交通事故降幅12%' },
  { role: 'direction', word: '减幅', value: 'down', notBefore: '度', amount: true, example: '诈骗警情减幅12%' },
  { role: 'direction', word: '微跌', value: 'down', example: '整体罪案微跌百分之〇点八' },
  { role: 'direction', word: '大跌', value: 'down', example: '爆窃案大跌一成三' },
  { role: 'direction', word: '急跌', value: 'down', example: '爆窃案急跌15%' },
  { role: 'direction', word: '骤降', value: 'down', example: '盗窃警情骤降30%' },
  { role: 'direction', word: '锐减', value: 'down', example: '发案数锐减25%' },
  { role: 'direction', word: '持平', value: 'flat', example: '亡人事故同比持平0%' },
  { role: 'direction', word: '增', value: 'up', adjacentOnly: true, example: '诈骗案同比增一成七' },
  { role: 'direction', word: '升', value: 'up', adjacentOnly: true, example: '爆窃案按年升5%' },
  // 翻了一倍, 翻一番: doubled.
  { role: 'direction', word: '翻', value: 'up', adjacentOnly: true, example: '诈骗案发案数翻了一番' },
  { role: 'direction', word: '涨', value: 'up', adjacentOnly: true, example: '涉案金额涨12%' },
  // 多达: "as many as", a level (受害人多达2300人), not a change.
  { role: 'direction', word: '多', value: 'up', adjacentOnly: true, notBefore: '达', example: '抓获人数比去年多120名' },
  { role: 'direction', word: '降', value: 'down', adjacentOnly: true, example: '盗窃警情降12%' },
  { role: 'direction', word: '跌', value: 'down', adjacentOnly: true, example: '劫案按年跌3%' },
  { role: 'direction', word: '减', value: 'down', adjacentOnly: true, example: '发案数减两成' },
  { role: 'direction', word: '少', value: 'down', adjacentOnly: true, example: '发案数比去年少30起' },

  { role: 'basis', word: '同比', value: 'yoy', example: '刑事案件同比下降12.3%' },
  { role: 'basis', word: '按年', value: 'yoy', example: '爆窃案按年下跌12%' },
  { role: 'basis', word: '环比', value: 'mom', example: '盗窃警情环比下降8.6%' },
  { role: 'basis', word: '按月', value: 'mom', example: '诈骗案按月上升3%' },

  { role: 'filler', word: '分别', value: 'distributive', afterDirection: true, subjectTail: true, endsSubject: true, example: '刑事、治安警情分别下降26.05%和31.31%' },
  { role: 'filler', word: '均', value: 'distributive', afterDirection: true, subjectTail: true, subjectHead: true, example: '两类案件均下降5%' },
  { role: 'filler', word: '都', value: 'distributive', subjectTail: true, subjectHead: true, example: '两类案件都下降5%' },
  { role: 'filler', word: '了', value: 'particle', afterDirection: true, subjectTail: true, example: '发案数下降了12%' },
  { role: 'filler', word: '的', value: 'particle', subjectTail: true, example: '警方查获的120部手机' },
  { role: 'filler', word: '已', value: 'particle', subjectTail: true, subjectHead: true, example: '涉案人员已达120名' },
  { role: 'filler', word: '达到', value: 'degree', afterDirection: true, subjectTail: true, example: '群众安全感达到98.6%' },
  { role: 'filler', word: '高达', value: 'degree', subjectTail: true, example: '涉案金额高达1.2亿元' },
  { role: 'filler', word: '多达', value: 'degree', subjectTail: true, example: '受害人数多达2300余人' },
  { role: 'filler', word: '达', value: 'degree', afterDirection: true, subjectTail: true, afterAbout: true, example: '破案率达98%' },
  { role: 'filler', word: '幅度为', value: 'degree', afterDirection: true, example: '发案数下降幅度为12%' },
  { role: 'filler', word: '幅度达', value: 'degree', afterDirection: true, example: '发案数下降幅度达12%' },
  { role: 'filler', word: '保持在', value: 'copula', subjectTail: true, example: '命案破案率保持在96%以上' },
  { role: 'filler', word: '保持', value: 'copula', subjectTail: true, example: '命案破案率持续保持100%' },
  { role: 'filler', word: '稳定在', value: 'copula', subjectTail: true, example: '群众安全感稳定在98%以上' },
  { role: 'filler', word: '维持在', value: 'copula', subjectTail: true, example: '破案率维持在90%以上' },
  { role: 'filler', word: '持续', value: 'degree', subjectTail: true, example: '命案破案率持续保持100%' },
  { role: 'filler', word: '始终', value: 'degree', subjectTail: true, example: '命案破案率始终保持100%' },
  { role: 'filler', word: '实现', value: 'copula', subjectTail: true, example: '命案破案率实现100%' },
  { role: 'filler', word: '则', value: 'particle', subjectTail: true, example: '死亡车祸则是200人' },
  { role: 'filler', word: '由', value: 'particle', subjectTail: true, notAfter: '理自缘经', example: '破案率由39.9%下降至33.2%' },
  { role: 'filler', word: '占', value: 'copula', subjectTail: true, example: '当中青少年占2315人' },
  { role: 'filler', word: '也', value: 'particle', subjectTail: true, example: '盗窃案件破案率也达90%' },
  { role: 'filler', word: '连续', value: 'degree', subjectTail: true, example: '命案破案率连续保持100%' },
  { role: 'filler', word: '较多', value: 'degree', subjectTail: true, example: '盗窃、诈骗警情较多,分别占全部警情的30%和20%' },
  { role: 'filler', word: '较大', value: 'degree', subjectTail: true, example: '盗窃、诈骗警情占比较大,分别占全部警情的30%和20%' },
  { role: 'filler', word: '突出', value: 'degree', subjectTail: true, example: '网约车、出租车酒驾问题突出,分别查处905起、481起' },
  { role: 'filler', word: '最多', value: 'degree', subjectTail: true, example: '盗窃案件最多,占38.5%' },
  { role: 'filler', word: '最高', value: 'degree', subjectTail: true, example: '求助类警情占比最高,为45.6%' },
  { role: 'filler', word: '次之', value: 'degree', subjectTail: true, example: '诈骗案件次之,占27.1%' },
  { role: 'filler', word: '居首', value: 'degree', subjectTail: true, example: '盗窃案件居首,占38.5%' },
  { role: 'filler', word: '大幅', value: 'degree', subjectTail: true, example: '诈骗案件大幅下降30%' },
  { role: 'filler', word: '明显', value: 'degree', subjectTail: true, example: '盗窃警情明显下降12%' },
  { role: 'filler', word: '显著', value: 'degree', subjectTail: true, example: '侵财案件显著下降15%' },
  { role: 'filler', word: '有所', value: 'degree', subjectTail: true, example: '交通事故有所回落5%' },
  { role: 'filler', word: '更是', value: 'degree', subjectTail: true, example: '财产损失更是下降50%' },
  { role: 'filler', word: '更', value: 'degree', subjectTail: true, notAfter: '变', example: '整体罪案数字更录得百分之9.2的升幅' },
  { role: 'filler', word: '再', value: 'degree', subjectTail: true, notAfter: '一', example: '电诈发案数再下降10%' },
  { role: 'filler', word: '进一步', value: 'degree', subjectTail: true, example: '整体罪案进一步下跌4.7%' },
  { role: 'filler', word: '为', value: 'copula', afterDirection: true, subjectTail: true, notAfter: '行作成认因以', afterAbout: true, example: '破案率为98%' },
  { role: 'filler', word: '录得', value: 'copula', subjectTail: true, subjectHead: true, example: '暴力罪案录得1876宗' },
  { role: 'filler', word: '是', value: 'copula', subjectTail: true, afterAbout: true, example: '破案率是98%' },
  { role: 'filler', word: '有', value: 'copula', subjectTail: true, afterAbout: true, example: '涉案人员有120名' },
  { role: 'filler', word: '折合', value: 'copula', subjectTail: true, example: '转移境外资金折合美元约2300万元' },
  { role: 'filler', word: '合共', value: 'total', subjectTail: true, restartsSubject: true, subjectHead: true, example: '警方合共拘捕120人' },
  { role: 'filler', word: '共计', value: 'total', subjectTail: true, restartsSubject: true, subjectHead: true, example: '抓获犯罪嫌疑人共计120名' },
  { role: 'filler', word: '共有', value: 'total', subjectTail: true, restartsSubject: true, subjectHead: true, example: '涉案人员共有120名' },
  { role: 'filler', word: '累计', value: 'total', subjectTail: true, restartsSubject: true, subjectHead: true, example: '累计抓获犯罪嫌疑人120名' },
  { role: 'filler', word: '总计', value: 'total', subjectTail: true, restartsSubject: true, subjectHead: true, example: '总计破获案件300起' },
  { role: 'filler', word: '合计', value: 'total', subjectTail: true, subjectHead: true, example: '涉案金额合计1.2亿元' },
  { role: 'filler', word: '共', value: 'total', afterDirection: true, subjectTail: true, restartsSubject: true, subjectHead: true, notAfter: '公总', notBefore: '同享青建治识性', example: '近7万警力三天共打掉95个犯罪团伙' },
  // Not the end of 统计, 估计, 设计, 审计, 会计 (涉案金额经初步统计高达…).
  { role: 'filler', word: '计', value: 'total', afterDirection: true, subjectTail: true, notAfter: '统估设审会', example: '追缴赃款计120万元' },
  { role: 'filler', word: '全部', value: 'quantifier', subjectTail: true, example: '现行命案破案率全部达到100%' },
  { role: 'filler', word: '各类', value: 'quantifier', subjectTail: true, example: '缴获各类1200件违禁物品' },
  { role: 'filler', word: '各种', value: 'quantifier', subjectTail: true, example: '收缴各种300支枪支' },
  { role: 'filler', word: '等', value: 'quantifier', subjectTail: true, example: '收缴手机、电脑等300部' },

  { role: 'joiner', word: '、', value: 'any', example: '盗窃、诈骗、抢劫案件分别下降10%、20%和30%' },
  { role: 'joiner', word: '和', value: 'last', subjectHead: true, subjectTail: true, notAfter: '温缓平调总共饱柔谐', example: '刑事、治安警情分别下降26.05%和31.31%' },
  { role: 'joiner', word: '及', value: 'last', subjectHead: true, subjectTail: true, notAfter: '涉以普危波顾惠提触企来不', example: '盗窃案件及诈骗案件分别下降10%及20%' },
  { role: 'joiner', word: '与', value: 'last', subjectHead: true, subjectTail: true, notAfter: '参给赋授', example: '盗窃案件与诈骗案件分别下降10%与20%' },

  { role: 'approximation', word: '超过', value: 'over', position: 'before', subjectTail: true, example: '诈骗案件超过5000起' },
  { role: 'approximation', word: '突破', value: 'over', position: 'before', subjectTail: true, example: '接报警情突破100万起' },
  { role: 'approximation', word: '至少', value: 'over', position: 'before', subjectTail: true, example: '受伤人员至少3人' },
  { role: 'approximation', word: '不少于', value: 'over', position: 'before', subjectTail: true, example: '专业队不少于20人' },
  { role: 'approximation', word: '不低于', value: 'over', position: 'before', subjectTail: true, example: '破案率不低于90%' },
  { role: 'approximation', word: '不超过', value: 'under', position: 'before', subjectTail: true, example: '发案率不超过5%' },
  { role: 'approximation', word: '将近', value: 'nearly', position: 'before', subjectTail: true, example: '抓获将近300名' },
  { role: 'approximation', word: '接近', value: 'nearly', position: 'before', subjectTail: true, example: '涉案金额接近2亿元' },
  { role: 'approximation', word: '大约', value: 'about', position: 'before', subjectTail: true, example: '参与群众大约200人' },
  { role: 'approximation', word: '约合', value: 'about', position: 'before', subjectTail: true, example: '涉案虚拟货币约合人民币1.2亿元' },
  { role: 'approximation', word: '不足', value: 'under', position: 'before', subjectTail: true, example: '发案率不足10%' },
  { role: 'approximation', word: '不到', value: 'under', position: 'before', subjectTail: true, example: '逃犯不到5名' },
  { role: 'approximation', word: '逾', value: 'over', position: 'before', subjectTail: true, example: '破案数增长逾一倍' },
  { role: 'approximation', word: '超', value: 'over', position: 'before', subjectTail: true, example: '接报警情超1000起' },
  { role: 'approximation', word: '近', value: 'nearly', position: 'before', subjectTail: true, example: '受理警情近40万起' },
  { role: 'approximation', word: '约', value: 'about', position: 'before', subjectTail: true, example: '涉案金额约320万元' },
  { role: 'approximation', word: '上', value: 'over', position: 'before', bareUnitOnly: true, example: '涉案金额上亿元' },
  { role: 'approximation', word: '以上', value: 'over', position: 'after', example: '驾驶人2次以上' },
  { role: 'approximation', word: '左右', value: 'about', position: 'after', example: '参战民警50名左右' },
  { role: 'approximation', word: '上下', value: 'about', position: 'after', example: '围观群众100人上下' },
  { role: 'approximation', word: '以下', value: 'under', position: 'after', example: '发案率10%以下' },
  { role: 'approximation', word: '以内', value: 'under', position: 'after', example: '发案率控制在5%以内' },
];

/** The rows of one role, in table order. */
export function rowsOf<R extends VocabularyRow['role']>(role: R): Array<Extract<VocabularyRow, { role: R }>> {
  return VOCABULARY.filter((r): r is Extract<VocabularyRow, { role: R }> => r.role === role);
}

const longestFirst = <T extends { word: string }>(rows: T[]): T[] => rows.sort((a, b) => b.word.length - a.word.length);

export const DIRECTION_ROWS: readonly DirectionRow[] = longestFirst(rowsOf('direction'));
export const BASIS_ROWS: readonly BasisRow[] = rowsOf('basis');
export const FILLER_ROWS: readonly FillerRow[] = rowsOf('filler');
export const JOINER_ROWS: readonly JoinerRow[] = rowsOf('joiner');
export const APPROXIMATION_ROWS: readonly ApproximationRow[] = rowsOf('approximation');

/** Written after a direction word, they make the figure a new level (`降至3%`), not a change. */
export const LEVEL_MARKERS: readonly string[] = ['至', '到', '为'];

/** Words that may stand between a direction word and its number: fillers and approximation words. */
export const AFTER_DIRECTION_WORDS: readonly string[] = longestFirst([
  ...FILLER_ROWS.filter((r) => r.afterDirection),
  ...APPROXIMATION_ROWS.filter((r) => r.position === 'before'),
]).map((r) => r.word);

/** Words stripped from the end of a subject: fillers, joiners and approximation words written before a number. */
export const SUBJECT_TAIL_WORDS: ReadonlyArray<{ word: string; notAfter?: string }> = [
  ...[...FILLER_ROWS, ...JOINER_ROWS, ...APPROXIMATION_ROWS]
    .filter((r) => r.subjectTail).map((r) => ({ word: r.word, notAfter: 'notAfter' in r ? r.notAfter : undefined })),
  // 降至, 上升到: a direction word before a new level (LEVEL_AFTER_DIRECTION) is not part of what is measured.
  ...DIRECTION_ROWS.flatMap((r) => LEVEL_MARKERS.map((m) => ({ word: r.word + m, notAfter: undefined }))),
];

/** Words a subject stops before: direction words of two characters or more, basis words, 分别. */
export const SUBJECT_END_WORDS: readonly string[] = [
  ...DIRECTION_ROWS.filter((r) => !r.adjacentOnly),
  ...BASIS_ROWS,
  ...FILLER_ROWS.filter((r) => r.endsSubject),
].map((r) => r.word);

/** Joiners of list members, and those that join anywhere in a list (not only before the last member). */
export const LIST_JOINERS: string = JOINER_ROWS.map((r) => r.word).join('');
export const LIST_JOINERS_ANYWHERE: string = JOINER_ROWS.filter((r) => r.value === 'any').map((r) => r.word).join('');

/** Words stripped from the start of a subject: totals, distributives and joiners. */
export const SUBJECT_HEAD_WORDS: readonly string[] = [...FILLER_ROWS, ...JOINER_ROWS]
  .filter((r) => r.subjectHead).map((r) => r.word);

/** Fillers after which what precedes is the actor or the circumstances, in table order (longer words first). */
export const RESTARTING_FILLERS: readonly FillerRow[] = FILLER_ROWS.filter((r) => r.restartsSubject);
