/**
 * What a subject leaves out (contract): region words, periods, connectives, the acting agency,
 * and the comparison/direction words that follow it. Patterns run on normalized text. Fillers,
 * joiners, direction and basis words come from the vocabulary (one table).
 */
import { CURRENCY_PREFIXES } from './units.js';
import { COMPARED_YEAR, PREVIOUS_YEAR } from './change.js';
import { alternation } from './alternation.js';
import { CodeUnitSet } from './codeUnitSet.js';
import { PERIOD_WORDS, CLAUSE_OPENING_PERIODS, PLACE_SCOPE_WORDS } from '../scope/vocabulary.js';
import { APPROXIMATION_ROWS, BASIS_ROWS, FILLER_ROWS, RESTARTING_FILLERS, SUBJECT_END_WORDS as END_WORDS, SUBJECT_HEAD_WORDS, SUBJECT_TAIL_WORDS, type FillerRow } from './vocabulary.js';


/** Last words of the name of an acting body (`高雄市警察局`, `边检机关`, `派出所民警`): it acts, it is not counted. */
export const ACTOR_ENDINGS: readonly string[] = [
  '公安局', '公安厅', '警察局', '警察厅', '分局', '支队', '大队', '中队', '派出所', '警务处', '警署', '海关', '机关', '部门', '警方',
  '专案组', '民警', '交警', '特警', '辅警', '检察院', '法院',
];

/**
 * Actions on cases that name no kind of case (`发案236起`, `立案86起`, `破获案件326起`): under a
 * topic (a heading, `盗窃警情:`, `在打击电信诈骗方面`) the topic says which cases.
 */
export const CASE_ACTIONS: readonly string[] = ['发案', '发生', '接报', '受理', '立案', '破案', '报案', '接警', '查处', '破获', '侦破', '侦办', '办理', '挂牌督办', '督办', '立', '破'];
/** Nouns that end the name of a case (`清洗黑钱案件`, `黄金走私案`), longest first. */
export const CASE_NOUNS: readonly string[] = ['案件', '案子', '案'];
/** Nouns that name cases in general (`破获[案件]326起`). */
export const GENERIC_CASE_NOUNS: readonly string[] = ['案件', '警情', '案'];
/** Last words of a heading or label that names no kind of case (`【警情概况】`, `具体情况如下:`). */
export const GENERAL_TOPIC_ENDS: readonly string[] = ['概况', '情况', '形势', '综述', '概述', '如下', '成效', '成果', '工作'];
/** Verbs that open a topic and are not part of it (`在[严厉打击]电信网络诈骗方面`). */
export const TOPIC_VERBS: readonly string[] = ['依法严厉打击', '严厉打击', '依法打击', '重点打击', '打击', '整治', '治理', '防范'];

/**
 * Words between a counted noun and what was done to it that name neither (`将2名嫌疑人[全部]抓获`,
 * `两名被拐儿童[被]成功解救`, `对28名涉案人员[依法]采取…`): the action starts after them.
 */
export const ACTION_PREFIX_WORDS: readonly string[] = ['全部', '全都', '均', '都', '已', '已经', '被', '依法', '一并', '陆续', '相继', '分别', '先后', '均已', '均被', '已被'];

/** Words that open a part of the whole counted before (`抓获120名,其中32人…`). */
export const PART_OPENERS: readonly string[] = ['其中', '当中'];

/** Attributes of a thing counted nearby (`追回电动车120辆,价值40余万元`): alone they name no subject. */
export const ATTRIBUTE_NOUNS: readonly string[] = ['总价值', '价值', '总值', '市值', '市价', '案值', '货值', '总重量', '重量'];

/** Stripped repeatedly from the start of a subject. */
export const LEADING_NOISE: readonly RegExp[] = [
  /^(?:而且|而|但是|但|并且|不过)/,
  // Period words (scope/vocabulary.ts) and the year words of the date reader.
  new RegExp(`^(?:${alternation([...PERIOD_WORDS, ...CLAUSE_OPENING_PERIODS, '头半年', '上半年', '下半年', '全天', '今年', '去年', '同年', '前三季度', '一季度', '二季度', '三季度', '四季度', '年初以来', '今年以来', '同期'])})`),
  /^(?:(?:19|20)\d\d年(?:度|底|初|以来)?)/,
  /^(?:[0-9一二三四五六七八九十]{1,2}(?:月)?(?:至|到|-|—|~)[0-9一二三四五六七八九十]{1,2}月(?:份|底|以来)?)/,
  // 从5月, 到7月的: a month that starts or ends a change is a time, not what changed.
  /^(?:(?:从|自|由|到)?[0-9一二三四五六七八九十]{1,2}月(?:份|底|初|以来|中旬|上旬|下旬)?(?:[0-9一二三四五六七八九十]{1,2}日)?(?:的)?)/,
  /^(?:截至|截止|自|从|至)[^,]{1,12}?(?:月底|年底|日|以来|起|止)/,
  /^(?:[一二三四五六七八九十两0-9]+年来|行动以来|以来|其间|期间)/,
  // Place scope words (scope/vocabulary.ts: 全区, 我市, 本港 …) and the collective words beside them.
  // Not before 人 (本地人, 内地人 are who is counted).
  new RegExp(`^(?:${alternation([...PLACE_SCOPE_WORDS, '全警', '全局', '全厅', '全军', '本地', '各地', '各级', '各市', '市区', '城区', '辖区'])})(?!人)`),
  /^(?:各级)?(?:公安机关|公安部门|警方|民警|本局|我局|该局|专案组|全体民警|广大民警|禁毒部门|公安|政府)/,
  new RegExp(`^[\u4e00-\u9fff]{0,6}?(?:${alternation(ACTOR_ENDINGS)})(?=共|累计|先后|共计|已|依法)`),
  new RegExp(`^(?:${alternation([...SUBJECT_HEAD_WORDS, ...PART_OPENERS, '以及', '此外', '同时', '另外', '另', '并', '还', '仅有', '仅', '只有', '包括', '先后', '又', '再', '也', '即', '对', '将', '已经', '通过', '截至', '据统计', '统计', '数据显示', '显示', '可观察到', '观察到', '可以看到', '了解到', '获悉'])})`),
  // Bodies that acted together with the actor (`会同有关部门拦截…`, `联合市场监管部门查处…`): actors, not the counted.
  /^(?:会同|联合|协同|配合)[^,;:。]{1,12}?(?:部门|单位|机关|机构|公安局|分局|海关|银行|企业|平台)等?/,
  // 在 as a preposition; not in 在逃人员, 在押人员, 在岗民警 (words of their own).
  /^在(?![逃押岗职建编线案售])/,
  // Separators and the bullets of a list (`●现行命案…`).
  /^[、,:\s(●◆■▲★◎•]+/,
  // Numbered items (`3、开展…`, `1.打掉…`, `①抓获…`, `(2)查处…`); not a list of numbers (`3、4月`, `一、二级毒品`).
  /^(?:[0-9]{1,2}[.、](?![0-9])|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十两])|[\u2460-\u2473]|\([0-9一二三四五六七八九十]{1,2}\))/,
  // The case a release is about (`该案已抓获…`): it frames the figure, it is not counted.
  /^(?:该案|此案|本案)(?=已|共|累计|先后|中|涉)/,
  // 录得的整体罪案: a 的 left after the verb it followed (not 的士, 的确).
  /^的(?![士确])/,
  // 经审查: 经 before a verb; not in 经侦, 经济, 经营, 经费, 经贸 (words of their own).
  /^经(?![侦济营费贸])/,
];

/** Stripped repeatedly from the end of a subject; where several end it, the longest goes. */
export const TRAILING_NOISE_WORDS: ReadonlyArray<{ word: string; notAfter?: string }> = [
  ...SUBJECT_TAIL_WORDS, ...CURRENCY_PREFIXES,
  // 诈骗案 负3.9%: a written sign before the figure (胜负, 抱负 are words).
  { word: '负', notAfter: '胜抱欺自担' },
];
/**
 * How the figure was found, written between the subject and its predicate (`涉案金额经初步统计高达…`,
 * `安全感经第三方测评达到…`): stripped from the end of a subject. `lastChars` holds every
 * character a match can end with (the pattern is tried only there).
 */
export const TRAILING_SOURCE = {
  pattern: /(?:经|据)(?:初步|第三方|综合|权威|专业)?(?:统计|测评|测算|核算|核查|核实|评估|调查|查明|鉴定)$/,
  lastChars: '计评算查实估明定',
  example: '涉案金额经初步统计高达3.2亿元',
} as const;
/** Longest match of TRAILING_SOURCE. */
export const TRAILING_SOURCE_LENGTH = 7;

/** Punctuation, spaces and signs (`爆窃案 -22.2%`) stripped from the end of a subject, one character at a time. */
export const TRAILING_NOISE_CHAR = /[、,:\s(+\-−]/;

/** A filler that restarts a subject, with the neighbours that make it part of another word (公共, 共同). */
export type Connective = FillerRow;

/**
 * Connectives that restart a subject (`近7万警力三天共打掉95个团伙` → 打掉…): what precedes them is
 * the actor or the circumstances. Read left to right; at each position the first row that fits
 * wins, and reading goes on after it. The neighbours tested lie inside the subject span.
 */
export const RESTARTING_CONNECTIVES: readonly Connective[] = RESTARTING_FILLERS;

/** A subject is at least this long after trimming, otherwise it is empty. */
export const MIN_SUBJECT_LENGTH = 2;

/** Where a subject ends before the number: comparison and direction words follow it. */
export const SUBJECT_END_WORDS: readonly string[] = END_WORDS;

export interface EndPhrase {
  /** Every character a match can start with (the scan tries the pattern only there). */
  firstChars: string;
  pattern: RegExp;
  example: string;
}

/** Comparison phrases that end a subject too. */
export const SUBJECT_END_PHRASES: readonly EndPhrase[] = [
  { firstChars: '在', pattern: /在(?:今年|去年|上年|(?:19|20)\d\d年)/, example: '在2019年' },
  // 发案数在连续三年下降的基础上,再下降15%: the base the change builds on, not what changed.
  { firstChars: '在', pattern: /在[^,;。]{1,20}?的?基础上/, example: '刑事案件发案在近年来持续下降的基础上' },
  // 立案数连续四个月实现同比下降: how long a trend lasted ends the subject.
  { firstChars: '连', pattern: /连续[0-9一二三四五六七八九十两]{1,3}(?:个)?(?:月|年|天|周|季度)/, example: '立案数连续四个月实现同比下降' },
  {
    firstChars: '较比与和同',
    pattern: new RegExp(`(?:较|比|与|和|同)(?:${PREVIOUS_YEAR}|上年|上月|上个月|上周|上一周|同期|今年|前|${COMPARED_YEAR}|(?:19|20)\\d\\d|[0-9一二三四五六七八九十]{1,2}月)`),
    example: '较去年',
  },
];

/** POS tags (jieba) that end a noun phrase after a count: function words, numbers, time and place words. */
export const NOT_IN_NOUN_PHRASE_TAGS = new Set(['p', 'c', 'u', 'uj', 'ul', 'ud', 'ug', 'uz', 'uv', 'd', 'r', 'm', 'mq', 'q', 'w', 'f', 't', 'y', 'e', 'o', 'tg', 'dg']);
/** Last characters of person nouns that jieba may tag as verbs (逃犯, 毒贩, 歹徒): nouns in a noun phrase. */
export const PERSON_NOUN_ENDS = new CodeUnitSet('犯贩徒');
/** Characters every time word holds one of (今年, 当晚, 节假日, 周末); a `t` word without any (潜在) names no time. */
export const TIME_CHARACTERS = new CodeUnitSet('年月日天时晚早夜晨午节期季周旬宵昔今昨明前后初末');

/** Crimes named by a verb: at the end of a noun phrase they are its head (`网络|传销`, `入室|盗窃`), not a predicate. */
export const CRIME_VERBS: ReadonlySet<string> = new Set(['传销', '盗窃', '抢劫', '抢夺', '诈骗', '走私', '贩毒', '吸毒', '赌博', '集资', '洗钱', '卖淫', '偷渡', '纵火', '行劫', '爆窃', '扒窃', '盗抢']);

/** Words that end a noun phrase even when tagged as nouns or verbs. */
export const NOUN_PHRASE_STOP = new Set([
  '得到', '开展', '开始', '进行', '实施', '参与', '参战', '被', '获', '受到', '涉及', '在', '对', '中', '上', '下', '内', '获得', '得以',
  '全部', '正在', '均已', '均被', '之多',
  // From the vocabulary: basis words, approximation words written after a number, and the fillers that link, distribute or grade.
  ...BASIS_ROWS.map((r) => r.word),
  ...APPROXIMATION_ROWS.filter((r) => r.position === 'after').map((r) => r.word),
  ...FILLER_ROWS.filter((r) => r.value === 'distributive' || r.value === 'copula' || r.value === 'particle' || r.value === 'degree' || r.word === '共').map((r) => r.word),
]);

/**
 * Nouns of places and units that a release counts by what they did (`在114个市县开展集群收网`,
 * `12个县市区实现命案全破`): the subject is that predicate and the noun.
 */
export const PLACE_COLLECTIVES: readonly string[] = ['省份', '省区市', '市县', '县市区', '县区', '地市', '地州市', '城市', '直辖市', '地区', '乡镇', '街道', '社区', '派出所', '国家'];
