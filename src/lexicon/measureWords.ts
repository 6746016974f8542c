import { byFirstChar } from './codeIndex.js';

/**
 * Borderline words (级 in 省市两级, 地 in 粤港澳三地, 类 in 八类案件) are left out on purpose: they
 * label groups rather than count events, and the contract treats them as optional.
 *
 * Measure words that make a number a count (contract: counts need a measure word, so a
 * bare number is not a metric). Matched on normalized (simplified) text, longest first.
 */
export interface MeasureWord {
  word: string;
  /** Durations are counts too, but easily confused with dates; they are never read after a year-like number. */
  duration?: boolean;
  /** The measure word is part of a longer word when one of these follows (`两位数`, `二支队`). */
  notBefore?: readonly string[];
  /** The number names a unit of an organization when one of these stands before it (`一师10团`). */
  notAfter?: readonly string[];
  /** Counts cases (events), not things or people. */
  cases?: boolean;
  /** Counts people (`12名`, `120人`). */
  people?: boolean;
  example: string;
}

export const MEASURE_WORDS: readonly MeasureWord[] = [
  { word: '人次', example: '出动警力44.7万余人次' },
  { word: '波次', example: '开展三波次集群战役' },
  { word: '批次', example: '发起四批次集群战役' },
  { word: '间次', example: '清查复杂部位25000余间次' },
  { word: '架次', example: '出动无人机120架次' },
  { word: '车次', example: '检查车辆3000车次' },
  { word: '户次', example: '走访群众1.2万户次' },
  { word: '场次', example: '开展宣传活动300场次' },
  { word: '辆次', example: '出动消防车214.6万辆次' },
  { word: '家次', example: '检查娱乐场所300家次' },
  { word: '台次', example: '检查车辆25054台次' },
  { word: '轮次', example: '开展清查5轮次' },
  { word: '艘次', example: '检查船舶120艘次' },
  { word: '处次', example: '检查重点部位800处次' },
  { word: '个月', duration: true, example: '历时4个月' },
  { word: '个星期', duration: true, example: '连续奋战两个星期' },
  { word: '小时', duration: true, example: '连续奋战72小时' },
  { word: '星期', duration: true, example: '两星期' },
  { word: '小组', example: '下设12小组' },
  { word: '个', example: '打掉犯罪团伙212个' },
  { word: '起', cases: true, example: '破获养老诈骗案件2031起' },
  { word: '名', people: true, example: '抓获犯罪嫌疑人1万余名' },
  { word: '人', people: true, example: '抓获违法人员1万余人' },
  { word: '宗', cases: true, example: '破获案件120宗' },
  { word: '件', example: '收缴管制刀具350件' },
  { word: '辆', example: '查扣涉案车辆15辆' },
  { word: '支', notBefore: ['队'], example: '收缴枪支14支' },
  { word: '枝', notBefore: ['独', '花'], example: '查扣槍枝16枝' },
  { word: '颗', example: '查扣子彈42顆' },
  { word: '株', example: '铲除大麻植株81株' },
  { word: '团', notBefore: ['伙', '体', '队', '场', '部', '委', '长', '结', '员'], notAfter: ['师', '兵'], example: '有组织罪案涉及985團' },
  { word: '嫌', notBefore: ['疑'], example: '查獲詐欺車手6554嫌' },
  { word: '双', notBefore: ['方', '向', '重', '层', '边', '手', '眼'], example: '查获假冒运动鞋300双' },
  { word: '对', notBefore: ['于', '此', '其', '象', '接', '待', '外', '照', '方', '一', '1'], example: '查获假冒耳环50对' },
  { word: '架', notBefore: ['构', '子', '设', '次'], example: '查获无人机12架' },
  { word: '盘', notBefore: ['查', '问', '踞', '点'], example: '收缴盗版光盘300盘' },
  { word: '册', example: '收缴非法出版物500册' },
  { word: '县市', example: '横跨十八縣市' },
  { word: '市县', example: '横跨12市县' },
  { word: '省市', example: '黑龙江、广东等3省市' },
  { word: '省', notBefore: ['份', '级', '委', '厅', '内', '外', '区'], example: '赴全国12省21市' },
  { word: '市', notBefore: ['场', '民', '值', '级', '委', '区', '内', '外', '局'], example: '赴全国12省21市' },
  { word: '发', example: '子弹900发' },
  { word: '项', example: '推出改革措施70余项' },
  { word: '处', example: '检查整改安全隐患7919处' },
  { word: '台', example: '扣押手机30台' },
  { word: '次', example: '开展集中清查6次' },
  { word: '枚', example: '雷管25825枚' },
  { word: '把', example: '管制刀具40把' },
  { word: '条', example: '核查线索2.1万条' },
  { word: '家', notBefore: ['人', '属', '庭'], example: '关停企业12家' },
  { word: '案', cases: true, example: '减少到823案' },
  { word: '粒', example: '摇头丸7.5万粒' },
  { word: '部', example: '手机60部' },
  { word: '份', example: '发放宣传资料5000份' },
  { word: '张', example: '银行卡300张' },
  { word: '具', example: '尸体一具' },
  { word: '袋', example: '毒品12袋' },
  { word: '户', example: '走访群众300户' },
  { word: '只', example: '野生动物120只' },
  { word: '头', example: '生猪50头' },
  { word: '艘', example: '走私船舶5艘' },
  { word: '套', example: '设备10套' },
  { word: '块', example: '电路板20块' },
  { word: '本', example: '护照12本' },
  { word: '箱', example: '香烟300箱' },
  { word: '瓶', example: '假酒500瓶' },
  { word: '盒', example: '药品20盒' },
  { word: '包', example: '毒品3包' },
  { word: '组', example: '成立工作组5组' },
  { word: '所', example: '学校12所' },
  { word: '座', example: '桥梁3座' },
  { word: '栋', example: '楼宇2栋' },
  { word: '间', example: '房屋6间' },
  { word: '吨次', example: '运输100吨次' },
  { word: '单', notBefore: ['元', '位'], example: '快递1000单' },
  { word: '笔', example: '资金流水500笔' },
  { word: '位', notBefore: ['数'], example: '专家12位' },
  { word: '年', duration: true, example: '判处有期徒刑15年' },
  { word: '天', duration: true, example: '为期3天' },
  { word: '周', duration: true, example: '连续两周' },
  { word: '期', example: '举办培训班3期' },
  { word: '轮', example: '开展三轮清查' },
  { word: '场', example: '举办宣讲会20场' },
  { word: '批', example: '公布两批典型案例' },
  { word: '宗次', example: '处置100宗次' },
];

/** Measure words by first character, longest first, for greedy matching. */
export const MEASURE_WORDS_BY_FIRST = byFirstChar(MEASURE_WORDS);
