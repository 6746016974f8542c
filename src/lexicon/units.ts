import { byFirstChar, CodeIndex } from './codeIndex.js';
import { codeAt } from '../codeAt.js';

/**
 * Currencies and physical units (normalized script). Money is normalized to the currency's
 * main unit with ISO 4217 codes; mass to kilograms; other units keep their written form.
 */
export interface CurrencyWord {
  /** Written after the number (`8.13亿元`, `320万港元`). */
  word: string;
  /** ISO 4217 code, or null for a bare 元 that takes the locale's currency. */
  code: string | null;
  /** The word is part of a longer word when one of these follows (`一元化`, `多元素`). */
  notBefore?: readonly string[];
  example: string;
}

export const CURRENCY_SUFFIXES: readonly CurrencyWord[] = [
  { word: '人民币元', code: 'CNY', example: '300万人民币元' },
  { word: '人民币', code: 'CNY', example: '涉案金额1.2亿人民币' },
  { word: '澳门元', code: 'MOP', example: '5万澳门元' },
  { word: '澳门币', code: 'MOP', example: '5万澳门币' },
  { word: '澳币', code: 'MOP', example: '3000澳币' },
  { word: '新台币', code: 'TWD', example: '1.2亿新台币' },
  { word: '台币', code: 'TWD', example: '5000台币' },
  { word: '港元', code: 'HKD', example: '市值约320万港元' },
  { word: '港币', code: 'HKD', example: '20万港币' },
  { word: '美元', code: 'USD', example: '300万美元' },
  { word: '欧元', code: 'EUR', example: '10万欧元' },
  { word: '日元', code: 'JPY', example: '500万日元' },
  { word: '英镑', code: 'GBP', example: '2万英镑' },
  { word: '韩元', code: 'KRW', example: '1亿韩元' },
  { word: '泰铢', code: 'THB', example: '50万泰铢' },
  { word: '新加坡元', code: 'SGD', example: '12万新加坡元' },
  { word: '新元', code: 'SGD', example: '12万新元' },
  { word: '澳元', code: 'AUD', example: '8万澳元' },
  { word: '加元', code: 'CAD', example: '8万加元' },
  { word: '卢布', code: 'RUB', example: '100万卢布' },
  { word: '日圆', code: 'JPY', example: '300万日圆' },
  { word: '美金', code: 'USD', example: '走私3000美金' },
  { word: '韩币', code: 'KRW', example: '500万韩币' },
  { word: '元', code: null, notBefore: ['化', '素', '旦', '宵', '首', '帅', '老', '凶', '件', '器', '论', '年', '月', '复'], example: '追赃挽损8.13亿元' },
  { word: '块钱', code: null, example: '200块钱' },
];

/** 块 is money only where the text speaks of money (`骗走现金200块`); elsewhere it counts pieces (`电路板20块`). */
export const COLLOQUIAL_YUAN = '块';

/** Currency names written before the number (`人民币8.13亿元`, `新台币1.2亿元`); they fix the currency of 元. */
export const CURRENCY_PREFIXES: readonly CurrencyWord[] = [
  { word: '人民币', code: 'CNY', example: '人民币8.13亿元' },
  { word: '新台币', code: 'TWD', example: '新台币1.2亿元' },
  { word: '台币', code: 'TWD', example: '台币3600元' },
  { word: '港币', code: 'HKD', example: '港币200万元' },
  { word: '港元', code: 'HKD', example: '港元200万' },
  { word: '澳门币', code: 'MOP', example: '澳门币5万元' },
  { word: '美金', code: 'USD', example: '美金3万元' },
  { word: '美元', code: 'USD', example: '美元3万' },
  { word: '澳门元', code: 'MOP', example: '涉款澳门元120万' },
  { word: '欧元', code: 'EUR', example: '缴获欧元2万元' },
  { word: '日元', code: 'JPY', example: '日元500万' },
  { word: '英镑', code: 'GBP', example: '英镑2万' },
  { word: '泰铢', code: 'THB', example: '泰铢50万' },
];

/**
 * Currency signs written before the number (`$500`, `￥300`, `HK$3.14万`). A bare `$` has no
 * code of its own (null): it is the dollar of the place the release speaks for, and USD on the
 * mainland (see DOLLAR_OF_LOCALE in locale.ts). Longest first where one ends another (`HK$` before `$`).
 */
export const CURRENCY_SIGNS: readonly CurrencyWord[] = [
  { word: 'HK$', code: 'HKD', example: '涉款HK$3.14万' },
  { word: 'NT$', code: 'TWD', example: '诈骗NT$50万' },
  { word: 'MOP$', code: 'MOP', example: '涉款MOP$12万' },
  { word: 'US$', code: 'USD', example: '走私US$3000' },
  { word: 'S$', code: 'SGD', example: '损失S$2万' },
  { word: '￥', code: 'CNY', example: '缴获现金￥3000' },
  { word: '¥', code: 'CNY', example: '缴获现金¥3000' },
  { word: '$', code: null, example: '骗取$500' },
];

/** Smaller money units after 元/块 (`50元6角三分` = 50.63): each a fraction of the main unit. */
export interface SubUnit { word: string; factor: number; example: string }

export const MONEY_SUBUNITS: readonly SubUnit[] = [
  { word: '角', factor: 0.1, example: '50元6角三分' },
  { word: '毛', factor: 0.1, example: '3块5毛' },
  { word: '分', factor: 0.01, example: '50元6角三分' },
];

export interface PhysicalUnit {
  word: string;
  /** Normalized unit in the output. */
  unit: string;
  /** Multiply the written number by this to get `unit`. */
  factor: number;
  /** Smaller units that may follow with a number of their own (`六斤八两` = 3.4 kg). */
  subUnits?: readonly SubUnit[];
  /** Digits right after the unit are its decimals (`1米75` = 1.75 m, `一米七` = 1.7 m: heights). */
  decimalsAfter?: true;
  /**
   * The unit is also the numeral two (两): it is a unit only after a numeral that is not a run of
   * digits (`三三两两`) and not before 两, 个 or another numeral (`两两一组`, `一两个`).
   */
  alsoNumeral?: true;
  /** A span of time: 半 before it is a period (`半分钟`, like `半年`), not half a quantity. */
  duration?: true;
  example: string;
}

/** 两 after 斤 (`六斤八两`): a tael, one tenth of a jin. */
const JIN_SUBUNITS: readonly SubUnit[] = [{ word: '两', factor: 0.05, example: '六斤八两' }];

export const PHYSICAL_UNITS: readonly PhysicalUnit[] = [
  { word: '千克', unit: 'kg', factor: 1, example: '缴获毒品12.5千克' },
  { word: '公斤', unit: 'kg', factor: 1, example: '冰毒90万余公斤' },
  { word: '公克', unit: 'kg', factor: 0.001, example: '查扣各式毒品近6千公克' },
  { word: '毫克', unit: 'kg', factor: 1e-6, example: '50毫克' },
  { word: '公吨', unit: 'kg', factor: 1000, example: '3公吨' },
  { word: '吨', unit: 'kg', factor: 1000, example: '缴获毒品16.5吨' },
  { word: '克拉', unit: 'kg', factor: 0.0002, example: '钻石5克拉' },
  { word: '克', unit: 'kg', factor: 0.001, example: '海洛因500克' },
  { word: '斤', unit: 'kg', factor: 0.5, subUnits: JIN_SUBUNITS, example: '野生鱼类200斤' },
  { word: '市斤', unit: 'kg', factor: 0.5, subUnits: JIN_SUBUNITS, example: '野生鱼类200市斤' },
  { word: '两', unit: 'kg', factor: 0.05, alsoNumeral: true, example: '查获黄金3两' },
  { word: 'kg', unit: 'kg', factor: 1, example: '冰毒7kg' },
  { word: 'mg', unit: 'kg', factor: 1e-6, example: '芬太尼2mg' },
  { word: 'g', unit: 'kg', factor: 0.001, example: '可卡因350g' },
  { word: '平方公里', unit: '平方公里', factor: 1, example: '辖区120平方公里' },
  { word: '平方米', unit: '平方米', factor: 1, example: '厂房3000平方米' },
  { word: '立方米', unit: '立方米', factor: 1, example: '盗采河沙5万立方米' },
  { word: '公里', unit: '公里', factor: 1, example: '公路总里程544.1万公里' },
  { word: '千米', unit: '千米', factor: 1, example: '巡逻300千米' },
  { word: '厘米', unit: '厘米', factor: 1, example: '刀身长22厘米' },
  { word: '公分', unit: '公分', factor: 1, example: '刀刃长15公分' },
  { word: '毫米', unit: '毫米', factor: 1, example: '口径5.6毫米' },
  { word: '米', unit: '米', factor: 1, decimalsAfter: true, example: '导火索15.8米' },
  { word: 'km', unit: 'km', factor: 1, example: '追踪30km' },
  { word: 'cm', unit: 'cm', factor: 1, example: '刀长25cm' },
  { word: 'mm', unit: 'mm', factor: 1, example: '口径9mm' },
  { word: 'm²', unit: 'm²', factor: 1, example: '厂房1200m²' },
  { word: 'm³', unit: 'm³', factor: 1, example: '盗采河沙800m³' },
  { word: 'm', unit: 'm', factor: 1, example: '围墙高3m' },
  { word: 'ml', unit: 'ml', factor: 1, example: '止咳水500ml' },
  { word: '公顷', unit: '公顷', factor: 1, example: '毁林12公顷' },
  { word: '亩', unit: '亩', factor: 1, example: '铲除罂粟3亩' },
  { word: '毫升', unit: '毫升', factor: 1, example: '50毫升' },
  { word: '升', unit: '升', factor: 1, example: '成品油3000升' },
  { word: '分钟', unit: '分钟', factor: 1, duration: true, example: '处警到场时间降到2分钟以内' },
];

export const PHYSICAL_UNITS_BY_FIRST = byFirstChar(PHYSICAL_UNITS);
export const CURRENCY_SUFFIXES_BY_FIRST = byFirstChar(CURRENCY_SUFFIXES);

/** Currency names that fix a currency (both tables, 元 and 块钱 excluded) → ISO code. */
const NAMED_CURRENCY = new Map<string, string>(
  [...CURRENCY_PREFIXES, ...CURRENCY_SUFFIXES].filter((c) => c.code !== null).map((c) => [c.word, c.code as string]),
);

/** Alternation of the named currencies, longest first, for patterns built from this table. */
export const CURRENCY_NAME_PATTERN = [...NAMED_CURRENCY.keys()].sort((a, b) => b.length - a.length).join('|');

/** ISO code of a currency name (`港币` → HKD), or null. */
export function currencyCodeOf(word: string): string | null {
  return NAMED_CURRENCY.get(word) ?? null;
}

/** Rows by the last code unit of their word, in table order (the first row that fits wins, as in a walk over the table). */
const byLastInTableOrder = (rows: readonly CurrencyWord[]): CodeIndex<CurrencyWord> => new CodeIndex(rows, (c) => c.word.charCodeAt(c.word.length - 1));
const CURRENCY_PREFIXES_BY_LAST = byLastInTableOrder(CURRENCY_PREFIXES);
const CURRENCY_SIGNS_BY_LAST = byLastInTableOrder(CURRENCY_SIGNS);

/** A currency name written right before `end` (`人民币|8.13亿元`, `新台币|1.2亿元`). */
export function currencyNameBefore(text: string, end: number): { start: number; code: string } | null {
  for (const c of CURRENCY_PREFIXES_BY_LAST.get(codeAt(text, end - 1))) if (c.code && text.endsWith(c.word, end)) return { start: end - c.word.length, code: c.code };
  return null;
}

/** A currency sign written right before `end` (`HK$|3.14万`, `￥|3000`); code null is the locale's dollar. */
export function currencySignBefore(text: string, end: number): { start: number; code: string | null } | null {
  for (const c of CURRENCY_SIGNS_BY_LAST.get(codeAt(text, end - 1))) if (text.endsWith(c.word, end)) return { start: end - c.word.length, code: c.code };
  return null;
}
