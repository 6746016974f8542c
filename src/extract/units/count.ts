/**
 * Counts: a number with its measure word (`2031起`, `1万余名`, `44.7万余人次`, `214.6万辆次`),
 * alternates in brackets before 次 (`22万架(艘、辆)次`), a half after a duration (`一年半`),
 * and Hong Kong's `4男3女` (counts of men and women, with no measure word).
 */
import { byFirstChar, rowsAt } from '../../lexicon/codeIndex.js';
import { MEASURE_WORDS } from '../../lexicon/measureWords.js';
import { BEFORE_RECENT, isMinguoYear, PERIOD_BEFORE_DURATION, RECENT_BEFORE_DURATION, RELATIVE_AFTER_DURATION } from '../../lexicon/nonQuantities.js';
import { isOverMark, isYearNumber, readNumeral, readNumeralEndingAt } from '../../numbers/numerals.js';
import type { UnitReading } from '../types.js';
import { halfAfter, readScale } from './scale.js';
import type { UnitReaderSpec } from './types.js';
import { codeAt } from '../../codeAt.js';

const GE = 0x4e2a; // 个
const MONTH = 0x6708; // 月
const CI = 0x6b21; // 次
const YEAR = 0x5e74; // 年
const MEN = 0x7537; // 男
const WOMEN = 0x5973; // 女

interface MeasureRow { word: string; duration: boolean | undefined; notBefore: readonly string[] | undefined; notAfter: readonly string[] | undefined }
/**
 * The measure words with the fields this reader reads, in one object shape: the table's rows
 * differ in their optional fields (six shapes), which made the loops over them megamorphic.
 * Same rows in the same order as the table's own index.
 */
const MEASURE_ROWS = byFirstChar<MeasureRow>(MEASURE_WORDS.map(({ word, duration, notBefore, notAfter }) => ({ word, duration, notBefore, notAfter })));

export const countReader: UnitReaderSpec = {
  name: 'count',
  read({ text }, n): UnitReading | null {
    const { end: i, factor, approximate } = readScale(text, n.end);
    if (codeAt(text, i) === GE && isOverMark(codeAt(text, i + 1)) && codeAt(text, i + 2) === MONTH) {
      return { kind: 'count', value: n.value * factor, unit: '个月', end: i + 3, approximate: 'over' };
    }
    for (const m of rowsAt(MEASURE_ROWS, text, i)) {
      if (!text.startsWith(m.word, i)) continue;
      const end = i + m.word.length;
      if (m.notBefore?.some((w) => text.startsWith(w, end)) || m.notAfter?.some((w) => text.endsWith(w, n.start))) return null;
      const half = m.duration ? halfAfter(text, end, n.value, factor) : -1;
      // A vague or ranged duration (`几十年`, `两三天`) is a phrase more often than a figure.
      if (m.duration && (n.over || n.range || !isDuration(text, n.value, n.arabic, n.start, end, half > 0 ? '' : text.slice(n.start, n.end)))) return null;
      const alternates = alternatesAfter(text, m, end);
      if (alternates > 0) return { kind: 'count', value: n.value * factor, unit: text.slice(i, alternates), end: alternates, approximate };
      if (half > 0) return { kind: 'count', value: n.value + 0.5, unit: m.word, end: half, approximate };
      return { kind: 'count', value: n.value * factor, unit: m.word, end, approximate };
    }
    return factor === 1 ? menAndWomen(text, n.start, n.end, n.value) : null;
  },
  examples: [
    ['破获养老诈骗案件2031起', '2031起', 2031, '起', null],
    ['出动消防车214.6万辆次', '214.6万辆次', 2146000, '辆次', null],
    ['检查车辆25054台次', '25054台次', 25054, '台次', null],
    ['检查企业300家次', '300家次', 300, '家次', null],
    ['查验交通运输工具22万架(艘、辆)次', '22万架(艘、辆)次', 220000, '架(艘、辆)次', null],
    ['收缴非法出版物300盘(册)', '300盘', 300, '盘', null],
    ['检查场所1200家(处)次', '1200家(处)次', 1200, '家(处)次', null],
    ['判处有期徒刑一年半', '一年半', 1.5, '年', null],
    ['拘捕4男3女', '4', 4, '', null],
    ['涉案的985團', '985團', 985, '团', null],
    ['移送6554嫌', '6554嫌', 6554, '嫌', null],
    ['查扣槍枝224枝', '224枝', 224, '枝', null],
    ['查獲子彈42顆', '42顆', 42, '颗', null],
    ['查封10間', '10間', 10, '间', null],
    ['抓获嫌疑人二三十人', '二三十人', 20, '人', 'about'],
    ['抓获嫌疑人十几名', '十几名', 10, '名', 'over'],
    ['现场仅剩一两个', '一两个', 1, '个', 'about'],
    ['抓获数十名嫌疑人', '数十名', 10, '名', 'over'],
    ['围观群众一百来人', '一百来人', 100, '人', 'about'],
    ['运输100吨次', '100吨次', 100, '吨次', null],
    ['查获电路板20块', '20块', 20, '块', null],
    ['围墙长2米3处破损', '3处', 3, '处', null],
    ['查获诈骗手机卡20块', '20块', 20, '块', null],
    ['查获鞋子300双', '300双', 300, '双', null],
  ],
  negatives: ['两两一组', '几十年如一日', '获评第3至5名', '每10万人口', '7×24小时', '落实一案双查', '农一师10团', '五台山景区', '三台县公安局', '两天前接到报警', '二支队', '一家人', '去(113)年同期', '114年1至11月', '人数十分', '今年前10个月', '首十個月', '近三个月,共破案', '在近两年里', '零五年以来'],
};

/** 架(艘、辆)次: other measure words in brackets after the first, and 次 after them. */
function alternatesAfter(text: string, m: MeasureRow, end: number): number {
  if (codeAt(text, end) !== 0x28 /* ( */) return -1;
  let j = end + 1;
  for (;;) {
    const alt = rowsAt(MEASURE_ROWS, text, j).find((r) => r.word.length === 1 && text.startsWith(r.word, j));
    if (!alt) return -1;
    j += 1;
    const sep = codeAt(text, j);
    if (sep === 0x3001 /* 、 */ || sep === 0x2c /* , */) { j++; continue; }
    if (sep !== 0x29 /* ) */) return -1;
    j++;
    break;
  }
  // 架(艘、辆)次: the 次 after the bracket belongs to every alternate, and the bracket to the unit. Without
  // 次 the bracket is a note after the count (`300多张(套)`: 张).
  return codeAt(text, j) === CI && m.word.length === 1 ? j + 1 : -1;
}

/** Durations are counts, but not years (2023年, 二〇二三年, Minguo 113年), not `一年` alone and not `两天前`. */
function isDuration(text: string, value: number, arabic: boolean, start: number, end: number, written: string): boolean {
  if (written === '一') return false; // 一年来, 关键一年: phrases (一年半 is a duration)
  if (isYearNumber(value) && (arabic || /[〇零]/.test(text.slice(start, start + 4)))) return false;
  // 零五年, 〇八年: a year written with its last two digits, not a length of five years.
  if (/^[〇零○][〇零○一二三四五六七八九]/.test(text.slice(start, start + 2))) return false;
  if (codeAt(text, end - 1) === YEAR && isMinguoYear(value)) return false;
  if (PERIOD_BEFORE_DURATION.some((w) => text.endsWith(w, start))) return false;
  if (text.endsWith(RECENT_BEFORE_DURATION, start)) {
    const before = start - RECENT_BEFORE_DURATION.length;
    if (before === 0 || BEFORE_RECENT.has(text[before - 1])) return false;
  }
  return !RELATIVE_AFTER_DURATION.some((w) => text.startsWith(w, end));
}

/** 拘捕4男3女: Hong Kong counts of men and women; the span is the number, the unit empty (as in English). */
function menAndWomen(text: string, start: number, end: number, value: number): UnitReading | null {
  const next = codeAt(text, end);
  if (next === MEN) {
    const women = readNumeral(text, end + 1);
    return women && codeAt(text, women.end) === WOMEN ? { kind: 'count', value, unit: '', end, approximate: undefined } : null;
  }
  if (next === WOMEN && codeAt(text, start - 1) === MEN) {
    // The men's number ends right before 男.
    return readNumeralEndingAt(text, start - 1) ? { kind: 'count', value, unit: '', end, approximate: undefined } : null;
  }
  return null;
}
