/**
 * Money: a currency word after the number (`8.13亿元`, `320万港元`, `200块钱`), a currency name or
 * sign before it (`人民币903万`, `HK$3.14万`, `￥3000`), smaller units after 元 (`50元6角三分`),
 * 块 where the text speaks of money (`骗走现金200块`), and a bare 300亿 after a money word
 * (`追赃挽损逾300亿`). A bare 元 is the currency the release declares (`(港币,下同)`), or in Hong
 * Kong and Macau the last one named with an amount, or else the currency of its place.
 */
import { DOLLAR_OF_LOCALE, LOCALE_CURRENCY, NAMED_CURRENCY_CARRIES, type Locale } from '../../lexicon/locale.js';
import { rowsAt } from '../../lexicon/codeIndex.js';
import {
  COLLOQUIAL_YUAN, CURRENCY_NAME_PATTERN, CURRENCY_PREFIXES, CURRENCY_SUFFIXES, CURRENCY_SUFFIXES_BY_FIRST, MONEY_SUBUNITS,
  currencyCodeOf, currencyNameBefore, currencySignBefore,
} from '../../lexicon/units.js';
import { NUMERAL_START_CHARS, isBigUnitCode } from '../../numbers/numerals.js';
import type { UnitReading } from '../types.js';
import { readScale } from './scale.js';
import { amountEndsAt, readSubUnits } from './subUnits.js';
import type { UnitReaderSpec } from './types.js';
import { codeAt, isHan } from '../../codeAt.js';
import { CodeUnitSet } from '../../lexicon/codeUnitSet.js';

/** Words after which a bare 300亿 (or 200块) is an amount of money. */
const MONEY_CONTEXT = /(挽损|挽回|金额|资金|损失|价值|赃款|市值|流水|涉案资产|罚款|罚没|货值|交易额|诈骗|骗走|骗取|追缴|冻结|现金|财损|涉款|款项|欠款|工资|收取|索要|支付|转账|赔偿)[^,。;]{0,6}$/;
/** Words right before a number that make 200块 an amount of money (`骗走现金200块`); 诈骗手机卡20块 stays pieces. */
const COLLOQUIAL_MONEY_BEFORE = /(?:现金|骗走|骗取|工资|收取|索要|支付|转账|赔偿|罚款|花了?|费用?|价格?|卖了?|赚了?|给了?|借了?|欠了?)(?:约|近|才|仅|共|足足)?$/;
/** A money word right before the number: then the amount may run into the noun it prices (`市值5千万豪宅`). */
const MONEY_WORD_RIGHT_BEFORE = /(?:市值|价值|金额|货值)(?:约|近|逾|达|超|共)?$/;

const YUAN = 0x5143; // 元

/** The words right before a numeral that the money-word patterns test; sliced only where a pattern asks. */
const wordsBefore = (text: string, numStart: number): string => text.slice(Math.max(0, numStart - 12), numStart);

export const moneyReader: UnitReaderSpec = {
  name: 'money',
  read({ text, locale }, n): UnitReading | null {
    const { end: k, factor, approximate } = readScale(text, n.end);
    for (const c of rowsAt(CURRENCY_SUFFIXES_BY_FIRST, text, k)) {
      if (!text.startsWith(c.word, k)) continue;
      const end = k + c.word.length;
      if (c.notBefore?.some((w) => text.startsWith(w, end))) return null;
      const code = c.code ?? prefixCurrency(text, n.start, locale) ?? currencyDeclaredAt(text, end, locale) ?? LOCALE_CURRENCY[locale];
      const sub = c.word.charCodeAt(c.word.length - 1) === YUAN && factor === 1 ? readSubUnits(text, end, MONEY_SUBUNITS) : null;
      return { kind: 'money', value: n.value * factor + (sub?.value ?? 0), unit: code, end: sub?.end ?? end, approximate };
    }
    if (text.startsWith(COLLOQUIAL_YUAN, k)) {
      // 200块 is money after a money word, or with 毛/角 after it (`3块5毛`); otherwise pieces.
      const end = k + COLLOQUIAL_YUAN.length;
      const sub = factor === 1 ? readSubUnits(text, end, MONEY_SUBUNITS) : null;
      if (!sub && !COLLOQUIAL_MONEY_BEFORE.test(wordsBefore(text, n.start))) return null;
      const code = prefixCurrency(text, n.start, locale) ?? currencyDeclaredAt(text, end, locale) ?? LOCALE_CURRENCY[locale];
      return { kind: 'money', value: n.value * factor + (sub?.value ?? 0), unit: code, end: sub?.end ?? end, approximate };
    }
    const small = factor === 1 ? smallChange(text, n.start, k) : null;
    if (small) return { kind: 'money', value: small.value, unit: prefixCurrency(text, n.start, locale) ?? LOCALE_CURRENCY[locale], end: small.end, approximate };
    // $500 / HK$3.14万: a sign makes the number money on its own.
    const sign = currencySignBefore(text, n.start);
    if (sign) return { kind: 'money', value: n.value * factor, unit: sign.code ?? DOLLAR_OF_LOCALE[locale], end: k, approximate };
    // 港元200万 / 追赃挽损逾300亿: a prefix currency or a money word, and a multiplier, without 元.
    const bigAmount = factor > 1 || isBigUnitCode(codeAt(text, n.end - 1));
    if (!bigAmount) return null;
    const runsOn = isHan(codeAt(text, k));
    if (runsOn && !MONEY_WORD_RIGHT_BEFORE.test(wordsBefore(text, n.start))) return null;
    const pre = prefixCurrency(text, n.start, locale);
    if (pre) return { kind: 'money', value: n.value * factor, unit: pre, end: k, approximate };
    if (MONEY_CONTEXT.test(wordsBefore(text, n.start))) {
      return { kind: 'money', value: n.value * factor, unit: currencyDeclaredAt(text, k, locale) ?? LOCALE_CURRENCY[locale], end: k, approximate };
    }
    return null;
  },
  examples: [
    ['追赃挽损8.13亿元', '8.13亿元', 813000000, 'CNY', null],
    ['涉案金额5000余万元', '5000余万元', 50000000, 'CNY', 'over'],
    ['涉案金额500万日元', '500万日元', 5000000, 'JPY', null],
    ['缴获现金2万欧元', '2万欧元', 20000, 'EUR', null],
    ['骗取被害人3万英镑', '3万英镑', 30000, 'GBP', null],
    ['涉案50万泰铢', '50万泰铢', 500000, 'THB', null],
    ['缴获现金￥3000', '￥3000', 3000, 'CNY', null],
    ['骗取被害人$500', '$500', 500, 'USD', null],
    ['香港警方表示,涉款HK$3.14万', 'HK$3.14万', 31400, 'HKD', null],
    ['收取费用50元6角三分', '50元6角三分', 50.63, 'CNY', null],
    ['被骗走现金200块', '200块', 200, 'CNY', null],
    ['只花了3块5毛', '3块5毛', 3.5, 'CNY', null],
    ['一张卡只花了两块五。', '两块五', 2.5, 'CNY', null],
    ['每张卡售价一块二毛五，', '一块二毛五', 1.25, 'CNY', null],
    ['身上只有200块钱', '200块钱', 200, 'CNY', null],
    ['扣押市值5千万豪宅', '5千万', 50000000, 'CNY', null],
    ['赃款四五千元', '四五千元', 4000, 'CNY', 'about'],
    ['每张卡售价5角。', '5角', 0.5, 'CNY', null],
    ['每张卡售价两毛五，', '两毛五', 0.25, 'CNY', null],
    ['卡里只剩两毛钱', '两毛钱', 0.2, 'CNY', null],
    ['5角', '5角', 0.5, 'CNY', null],
    ['两毛', '两毛', 0.2, 'CNY', null],
    ['只收取5角3分', '5角3分', 0.53, 'CNY', null],
  ],
  negatives: ['一块儿', '5000万群众', '一元化管理', '一元复始', '一毛不拔', '五角大楼', '三毛说', '和他没有一毛钱关系', '5角星', '八角茴香', '支付三角债', '房间一角', '两毛的'],
};

/**
 * The largest units below 元 (角, 毛): an amount of them alone is money under one yuan. A bitset of
 * their one-character words (the unit is tested as one character): the reader asks after every
 * numeral it finds no currency after.
 */
const TENTHS = new CodeUnitSet(MONEY_SUBUNITS.filter((u) => u.word.length === 1 && u.factor === Math.max(...MONEY_SUBUNITS.map((r) => r.factor))).map((u) => u.word));
const QIAN = '钱';

/**
 * `5角`, `两毛五`, `两毛钱`: an amount in 角/毛 with no 元 before it. 角 and 毛 start many words
 * (`五角大楼`, `一毛不拔`, `房间一角`, `三毛`), so it is money only with 钱 after it (`两毛钱`, not
 * `一毛钱关系`) or after a money word (`售价5角`), and where the amount ends; or when it is the whole
 * text (`两毛` given alone).
 */
function smallChange(text: string, numStart: number, unitAt: number): { value: number; end: number } | null {
  if (!TENTHS.has(codeAt(text, unitAt))) return null;
  const sub = readSubUnits(text, numStart, MONEY_SUBUNITS);
  if (!sub || sub.end <= unitAt) return null;
  if (text.startsWith(QIAN, sub.end)) return text.startsWith('关系', sub.end + 1) ? null : { value: sub.value, end: sub.end + 1 };
  const whole = text.slice(0, numStart).trim() === '' && text.slice(sub.end).trim() === '';
  return whole || COLLOQUIAL_MONEY_BEFORE.test(wordsBefore(text, numStart)) && amountEndsAt(text, sub.end) ? sub : null;
}


/** Currency written just before the number, allowing approximation words between (`人民币约300万元`); a sign (`HK$`). */
function prefixCurrency(text: string, numStart: number, locale: Locale): string | null {
  const gap = /(?:约|近|逾|超过|超|达|共|计|合计)$/.exec(text.slice(Math.max(0, numStart - 2), numStart));
  const at = numStart - (gap ? gap[0].length : 0);
  const name = currencyNameBefore(text, at)?.code;
  if (name) return name;
  const sign = currencySignBefore(text, numStart);
  return sign ? sign.code ?? DOLLAR_OF_LOCALE[locale] : null;
}

/** A currency name or sign written right before a numeral at `at` (the span of a money metric includes it). */
export function currencyBefore(text: string, at: number): { start: number } | null {
  return currencyNameBefore(text, at) ?? currencySignBefore(text, at);
}

/**
 * A declaration such as `(人民币,下同)` right after an amount fixes the currency of that amount
 * and of every bare 元 after it. Returns the declared currency in force at `pos`.
 */
const DECLARATION_RIGHT_AFTER = new RegExp(`^\\s*[(]\\s*(${CURRENCY_NAME_PATTERN})`);
/** 下同, "the same below": every declaration ends with it, so a text without it has none (and skips their search). */
const SAME_BELOW = '下同';
const DECLARATION = new RegExp(`(?:[(]\\s*)?(${CURRENCY_NAME_PATTERN})[^)。]{0,4}?[,、]?\\s*${SAME_BELOW}`, 'g');
/** In Hong Kong and Macau releases, an amount in 港元 or 澳门元 carries its currency to later bare 元. */
const CARRIED_NAMES = [...new Set([...CURRENCY_SUFFIXES, ...CURRENCY_PREFIXES].filter((c) => c.code === 'HKD' || c.code === 'MOP').map((c) => c.word))]
  .sort((a, b) => b.length - a.length).join('|');
const NAMED_AMOUNT = new RegExp(`[${NUMERAL_START_CHARS}](${CARRIED_NAMES})|(${CARRIED_NAMES})(?:约|近|逾)?[${NUMERAL_START_CHARS}]`, 'g');

function currencyDeclaredAt(text: string, pos: number, locale: Locale): string | null {
  const near = DECLARATION_RIGHT_AFTER.exec(text.slice(pos, pos + 12));
  if (near) return currencyCodeOf(near[1]);
  // The last declaration that ends before pos. Declarations are found once per text: scanning
  // text[0, pos) for every amount made a document with many amounts quadratic.
  const decls = declarations(text, locale);
  let lo = 0, hi = decls.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (decls[mid].end <= pos) lo = mid + 1; else hi = mid; }
  return lo > 0 ? decls[lo - 1].code : null;
}

let declCache: { text: string; locale: Locale; decls: Array<{ end: number; code: string | null }> } | null = null;

/** Every `(人民币,下同)` declaration of the text (and in Hong Kong and Macau every named amount), in order. */
function declarations(text: string, locale: Locale): Array<{ end: number; code: string | null }> {
  if (declCache?.text === text && declCache.locale === locale) return declCache.decls;
  const decls: Array<{ end: number; code: string | null }> = [];
  if (text.includes(SAME_BELOW)) for (const m of text.matchAll(DECLARATION)) decls.push({ end: m.index! + m[0].length, code: currencyCodeOf(m[1]) });
  if (NAMED_CURRENCY_CARRIES.has(locale)) {
    for (const m of text.matchAll(NAMED_AMOUNT)) {
      decls.push({ end: m.index! + m[0].length, code: currencyCodeOf(m[1] ?? m[2]) });
    }
    decls.sort((a, b) => a.end - b.end);
  }
  declCache = { text, locale, decls };
  return decls;
}
