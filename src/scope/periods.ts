/**
 * Period expressions: when the counted events happened (contract, "Scope of a statistic").
 * Built on the document's date finder (dates.ts reads every date form and its ISO bounds) and
 * widened to the expression as written: `截至` before, `以来`/`期间`/`中`/`内` after, a holiday
 * after a year (`今年中秋节假期`), lists of dates (`3月18日、3月19日`); plus the periods that hold
 * no date: relative words (`本周`, `近日`), campaign times (`“百日行动”开展以来`, `行动期间`).
 * Comparison bases (`较去年同期`, `与2019年相比`) and meeting or dateline dates are not periods.
 */
import { findDates } from '../document/dates.js';
import { alternation } from '../lexicon/alternation.js';
import { parseNumeral } from '../numbers/numerals.js';
import { LIST_JOINERS } from '../lexicon/vocabulary.js';
import { CodeUnitSet } from '../lexicon/codeUnitSet.js';
import { isClauseEnd } from '../refine/clauses.js';
import { CandidateIndex, type Candidate } from './candidates.js';
import { CLOSING_WORDS, PERIOD_WORDS, PERIOD_PREFIXES, PERIOD_SUFFIXES, HOLIDAYS, HOLIDAY_NAMES, HOLIDAY_TAILS, CAMPAIGN_HEADS, CAMPAIGN_DEMONSTRATIVES, BASELINE_BEFORE, BASELINE_AFTER, BASELINE_OR_JOINER, BASELINE_FRAME, ANNOUNCE_AFTER, CLAUSE_OPENING_PERIODS, DURATION_HEADS, DURATION_LEADS, DURATION_UNITS, CAMPAIGN_KINDS, CAMPAIGN_TIMES, TIMES_OF_DAY, ACTING_BODIES, REPORTING_VERBS } from './vocabulary.js';

export interface PeriodMention {
  /** Normalized-text offsets of the expression as written. */
  start: number;
  end: number;
  from?: string;
  to?: string;
  /** How it was found, for trace: `date`, `word`, `campaign`, `since`. */
  rule: string;
  /** The members of a list of periods (`10月、11月`), each on its own, for a list of figures after 分别. */
  members?: PeriodMention[];
}

const alt = alternation;

/** The longest numeral a count or a day is written with here (`365`, `三十五`). */
const NUMERAL_LENGTH = 3;
const NUMBER = `(?:\\d{1,${NUMERAL_LENGTH}}|[一二三四五六七八九十两半]{1,${NUMERAL_LENGTH}}|数|几|十几|数十|多)`;
/** A holiday, its name quoted or not (`国庆假期`, `“五一”假期`), and a day or a count of its days (`假期第二天`, `假期7天里`). */
/** Quotes a holiday's name can open with: `“五一”假期`. */
const HOLIDAY_QUOTES = '“「"';
const HOLIDAY = `(?:${alt(HOLIDAYS)}|[${HOLIDAY_QUOTES}](?:${alt(HOLIDAY_NAMES)})[”」"](?:${alt(HOLIDAY_TAILS)})?)(?:第?${NUMBER}天(?:里|内|时间里)?)?`;
const PREFIX_RE = new RegExp(`(?:${alt(PERIOD_PREFIXES)})$`);
/**
 * `去年11月至今年10月`: `至今` before 年 is no suffix but the start of the range's end; `止付` is no 止;
 * `5月前三周`: 前 before a number opens a count, it does not close the date.
 */
const SUFFIX_RE = new RegExp(`(?:${HOLIDAY})?(?:(?:${alt(PERIOD_SUFFIXES)})(?![年付]|(?<=前)[\\d一二三四五六七八九十两]))?`, 'y');
/**
 * After a date: a range to a day with its hours (`9月1日零时至30日24时`), a weekday's date in
 * brackets (`上周二(10日)`), an hour (`9月13日20时`), or `…期间` (`2019年8月至12月试点期间`).
 */
const DAY_NOTE_RE = /(?:零时|\d{1,2}时)?(?:至|到|-)(?:\d{1,2}月)?\d{1,2}日(?:\d{1,2}时)?|\(\d{1,2}日\)|\d{1,2}[时点](?:\d{1,2}分)?许?|(?:[、及和](?:\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日)+|(?<=[月周])(?:\d{1,2}|[一二三四五六七八九十]{1,3})日(?:[、及和至到-](?:\d{1,2}|[一二三四五六七八九十]{1,3})日)*|[\u4e00-\u9fff]{0,16}?期间/y;
/** An hour after a part of the day: `11月15日上午9时`. */
const HOUR_RE = /\d{1,2}[时点](?:\d{1,2}分|半)?许?/y;
const TIMESTAMP_RE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}|:/;
const MINGUO_BEFORE_RE = /(?<!\d)\d{2,3}年$/;
const BASELINE_BEFORE_RE = new RegExp(`(?:${alt(BASELINE_BEFORE)})$`);
/** A case counted one by one before a date: the date is the case's (`一宗2019年故意伤害案件`, `该起2018年的命案`). */
const CASE_DATE_BEFORE_RE = /(?:[一该这此][宗起件]|这一起)[\u4e00-\u9fff]{0,4}$/;
/** After a date, what makes it the start of a range (`由一月至十月`, `由10日起`). */
const RANGE_ON_RE = /^[至到起]/;
/** `2022年和2023年`: after a date, 和/与 join a list; they mark a basis only elsewhere (`与2019年相比`). */
const JOINED_AFTER_DATE_RE = new RegExp(`[年月日度份底初末](?:${alt(BASELINE_OR_JOINER)})$`);
/** `在去年大幅下降的基础上`, `是2021年的4倍`: the period is the ground of a comparison. */
const BASELINE_LATER_RE = new RegExp(`^(?:[^,。;!?\\n]{0,16}?(?:${alt(BASELINE_FRAME)})|的[\\d.一二三四五六七八九十两]+多?倍)`);
const BASELINE_AFTER_RE = new RegExp(`(?:${alt(BASELINE_AFTER)})`, 'y');
/** A date that a meeting, a dateline or an announcement is dated by: `9月28日,自治区公安厅召开…`, `7月14日电`. */
const ANNOUNCE_RE = new RegExp(`^[^。;!?\\n]{0,30}?(?:${alt(ANNOUNCE_AFTER)})`);
const DATELINE_RE = /^(?:电|讯|消息|[,，]?\s*(?:\d{1,2}:\d{2}))/;

const BARE_HOLIDAY: ReadonlySet<string> = new Set(HOLIDAY_NAMES);
const HAN_RE = /[\u4e00-\u9fff]/;
/** After a bare holiday name, characters that keep it a time: `春节前`, `国庆后`, `春节期间`, `国庆当天`. */
const HOLIDAY_TIME_AFTER = new Set([...'前后里中时内间期当以来起至']);
/** Relative words and holidays that are a period on their own (`本周`, `近日`, `春节假期`); `至今年…` is not `至今`. */
const WORD_RE = new RegExp(`(?:(?:${alt(PERIOD_WORDS)})(?!年)|${HOLIDAY}(?:${alt(PERIOD_SUFFIXES)})?)`, 'y');
/** `自…以来` / `从…起` spanning a campaign or an event: `自全国夏季治安打击整治“百日行动”以来`; not the 起 of `发起`. */
const SINCE_RE = /(?:自|从)(?!然|治|己|行|主|愿|首|动|身|杀|由|来|事|小|严|重|源|头|中|而|此)[^,。;!?\n]{2,30}?(?:以来|(?<![\d一二三四五六七八九十百千万余多发兴引掀提崛唤])起(?![诉草获火]))/y;
/**
 * After a campaign word: its time (`期间`, `开展以来`), or how long it has run (`开展一个月来`).
 * `中` is no time in `活动中心`, `行动中队`.
 */
const CAMPAIGN_TIME = `(?:开展|启动|实施)?(?:(?:${alt(CAMPAIGN_TIMES)})(?![心队国央华])|${NUMBER}(?:个多|多个|个)?(?:月|天|周|年)多?(?:来|以来))`;
/**
 * A campaign's time (pattern source, tried where it ends: CAMPAIGN_ANCHOR_RE): `“雷霆2019”行动期间`,
 * `专项行动开展以来`, `追逃行动中`, `专案期间`, `“雷霆2023”专项打击行动开展以来`, `在为期3个月的专项行动中`.
 */
const CAMPAIGN_SOURCE = (
  `(?:在)?(?:整个|开展[\\u4e00-\\u9fff]{0,8}?|为期${NUMBER}个?(?:月|天|年|周)的)?(?:[“「"《][^”」"》\\n]{1,16}[”」"》][\\u4e00-\\u9fff]{0,6}?|(?:${alt(CAMPAIGN_HEADS)})?(?:专项)?)(?:${alt(CAMPAIGN_KINDS)})${CAMPAIGN_TIME}` +
  `|(?:在)?(?:开展|启动|实施)?[“「"《][^”」"》\\n]{1,16}(?:${alt(CAMPAIGN_KINDS)})[”」"》]${CAMPAIGN_TIME}`
);
const CAMPAIGN_AT_END_RE = new RegExp(`(?:${CAMPAIGN_SOURCE})$`);
/** A campaign word and its time, where CAMPAIGN_SOURCE can end (quotes may stand between: `“…行动”期间`). */
const CAMPAIGN_ANCHOR_RE = new RegExp(`(?:${alt(CAMPAIGN_KINDS)})[”」"》]?${CAMPAIGN_TIME}`, 'y');
/** How far before its campaign word a name can start: 在, 开展 and 8 characters or 为期 and a span, a quote of 16, a head. */
const CAMPAIGN_REACH = 48;
/** `此次行动`, `本次“清源”专项行动`: this campaign, a time with or without 期间/中. */
const THIS_CAMPAIGN_RE = new RegExp(`(?:${alt(CAMPAIGN_DEMONSTRATIVES)})(?:[“「"《][^”」"》\\n]{1,16}[”」"》])?(?:专项|集中|统一)?(?:${alt(CAMPAIGN_KINDS)})(?:${CAMPAIGN_TIME})?`, 'y');
/** Words that are a period only where they open a clause: `期间,共抓获…`, `目前,已清查…`. */
const CLAUSE_OPENING_RE = new RegExp(`(?:${alt(CLAUSE_OPENING_PERIODS)})(?![\\u4e00-\\u9fff]{0,1}[的])`, 'y');
/** Between a count and its unit: `3个多月`, `5多个小时`. */
const COUNTERS = ['个多', '多个', '个'];
/** Units of a bare short span, which needs a bound after it: `三天内`, `5个小时的时间`. */
const SHORT_SPAN_UNITS = ['天', '日', '周', '个月', '小时'];
/** Durations: `历时3个多月`, `经过半年`, and `三天` / `5日内` where a count or a bound follows (`三天共打掉`). */
const DURATION_SPAN = `${NUMBER}\\s?(?:${alt(COUNTERS)})?(?:${alt(DURATION_UNITS)})多?(?:的时间|时间|来|内|里)?`;
const DURATION_RE = new RegExp(
  `(?:${alt(DURATION_HEADS)})${DURATION_SPAN}|(?<=${alt(DURATION_LEADS)})${DURATION_SPAN}` +
  `|${NUMBER}(?:${alt(COUNTERS)})?(?:${alt(SHORT_SPAN_UNITS)})(?:内|来|里|时间里|的时间)|(?:${NUMBER}天|半年|${NUMBER}个多?月)(?=共|累计|内|时间|连续|就|即|破|抓|查|侦|捣|打掉|\\d)`,
  'y');
/**
 * A clause that opens with an event and 以来/期间/过程中 is the period since or during it: `党的十八大以来`,
 * `入汛以来`, `“十三五”期间`, `疫情防控期间`, `宣传过程中`. Short, with no figure in it, and followed by a comma
 * (or, when very short, by the rest of the clause).
 */
const SPAN_WORDS = ['以来', '期间', '过程中'];
/** How many characters of the event stand before its span word: at least, at most, and at most with no comma after. */
const SPAN_LEAD = { min: 2, max: 18, maxAlone: 8 };
const OPENING_SPAN_RE = new RegExp(
  `(?:[^,。;:!?\\n\\d]{${SPAN_LEAD.min},${SPAN_LEAD.max}}?(?:${alt(SPAN_WORDS)})(?=,)|[^,。;:!?\\n\\d]{${SPAN_LEAD.min},${SPAN_LEAD.maxAlone}}?(?:${alt(SPAN_WORDS)}))`,
  'y');
/** `在…期间` frames the figures after it wherever it stands in its clause: `全省公安机关在亚运会安保期间`. */
const DURING_RE = /在[^,。;:!?\n\d在]{2,12}?期间/y;
/**
 * A Minguo year alone, as Taiwanese releases write it: after 民国, with a part of the year
 * (`114年度`, `113年全年`, `114年第3季`), or opening a clause (`113年,全国…`). Only years 100-119
 * (2011-2030): `建党100年` is no year in this sense, so a bare one needs one of these.
 */
const MINGUO_YEAR_RE = /(?:民国(1[01]\d)年(?:度|全年)?|(?<![\d.])(1[01]\d)年(?:度|全年|上半年|下半年|第[一二三四1-4]季度?)|(?<=^|[,。;!?\n])(1[01]\d)年(?=,))/y;
const MINGUO_FIRST = new CodeUnitSet('民1');
/** A day or days after a day's number (`5日`, `三天前`); a bare day is written with 日. */
const DAY_UNITS = ['天', '日'];
/** Months written with their number in brackets (`本(11)月`, `上(10)月`), and the days of one (`本(11)月1日至10日`). */
const BRACKET_MONTH_RE = /[本上今前]\(\d{1,2}\)月份?(?:\d{1,2}日(?:[至到\-、]\d{1,2}日)?)?/y;
/** `今年前10个月`, `前三季度` is read by the date finder; the first N months of a year here. */
const FIRST_MONTHS_RE = new RegExp(`(?:今年|去年|本年|上年)?[前首头](?:\\d{1,2}|[一二三四五六七八九十]{1,3})(?:个)?月(?:份)?`, 'y');
/**
 * A day of the current month: after a closing word (`截至22日`), opening a clause with a part of
 * the day (`4日凌晨，民警…`) or opening a sentence alone (`5日,全市交警部门…`); `N天前` counts
 * back from the release.
 */
const DAY_ONLY_RE = new RegExp(
  `(?:${alt(CLOSING_WORDS)})(?:\\d{1,2}|[一二三四五六七八九十]{1,${NUMERAL_LENGTH}})日(?:\\d{1,2}[时点])?` +
  `|(?<=^|[,。;!?\\n])(?:\\d{1,2}|[一二三四五六七八九十]{1,${NUMERAL_LENGTH}})日(?:${alt(TIMES_OF_DAY)})(?=[,\\u4e00-\\u9fff])` +
  `|(?<=^|[。;!?\\n])(?:\\d{1,2}|[一二三四五六七八九十]{1,${NUMERAL_LENGTH}})日(?=,)` +
  `|(?:\\d{1,2}|[一二三四五六七八九十两]{1,${NUMERAL_LENGTH}})(?:${alt(DAY_UNITS)})前(?=[,\\u4e00-\\u9fff])`,
  'y');
/** A reporting verb right after a date or its bracket (`警方今日(十一月五日)表示`, `昨日公布`): the date of the statement, no period. */
const STATEMENT_AFTER_RE = new RegExp(`^(?:\\)|\\([^()]{1,12}\\))?(?:${alt(REPORTING_VERBS)})`);
/** A bare day that opens a sentence and then a reporting verb: the day of the report (`22日,市公安局公布`). */
const DAY_REPORT_RE = new RegExp(`^,[^,。;!?\\n]{0,10}?(?:${alt(REPORTING_VERBS)})`);
/** `截至行动结束`, `截止到案发前`: up to an event. */
const UNTIL_EVENT_RE = new RegExp(`(?:${alt(CLOSING_WORDS)})[\\u4e00-\\u9fff“”]{1,10}?(?:结束|为止|之前|前)(?![\\u4e00-\\u9fff])`, 'y');
/** Open-ended suffixes: the period runs to the release, so the date's own end is not its end. */
const OPEN_ENDED = /(?:至今|迄今|以来|起|开始)$/;

/**
 * A period mention with every field, in one order: mentions of every kind share one object shape,
 * so the passes over them (here and in the scope refiner) read their fields monomorphically.
 */
export function periodMention(start: number, end: number, rule: string, from?: string, to?: string, members?: PeriodMention[]): PeriodMention {
  return { start, end, from, to, rule, members };
}

export function findPeriods(text: string, docYear: number | null, from: number, to: number): PeriodMention[] {
  return scanPeriods(text, docYear, from, to).periods;
}

/**
 * Periods, and apart from them the comparison bases (`较上年同期`, `由去年的`): a basis is never a
 * figure's period, except for the figure that states the basis's own value (`较上年同期2378起`).
 */
export function scanPeriods(text: string, docYear: number | null, from: number, to: number): { periods: PeriodMention[]; bases: PeriodMention[] } {
  const found: PeriodMention[] = [];
  const baselines: PeriodMention[] = [];
  for (const d of findDates(text, docYear, from, to)) {
    // `破获一宗2019年故意伤害案件`: the year the case happened in, a part of its name.
    if (CASE_DATE_BEFORE_RE.test(text.slice(Math.max(0, d.start - 8), d.start))) continue;
    if (STATEMENT_AFTER_RE.test(text.slice(d.end, d.end + 20))) continue;
    const p = widenDate(text, d.start, d.end);
    if (!p) {
      // A comparison basis with its holiday (`去年中秋节假期`): no period may be read inside it.
      SUFFIX_RE.lastIndex = d.end;
      baselines.push(periodMention(d.start, d.end + (SUFFIX_RE.exec(text)?.[0].length ?? 0), 'basis', d.from, d.to));
      continue;
    }
    // Open-ended (`以来`, `至今`) or running on to a day the date reader did not read (`零时至30日24时`,
    // `5月25日、26日`): the end is not the date's own, and a wrong bound is worse than none.
    const tail = text.slice(d.end, p.end);
    const endUnknown = OPEN_ENDED.test(tail) || /[至到\-、]/.test(tail);
    // `114年11月10日`: the date reader gave the month the document's year; the Minguo year is written.
    const from = p.year ? inYear(d.from, p.year) : d.from;
    // `今年4月全省部署开展打击…专项行动以来`: the date starts the span of the event the clause names.
    const event = eventAfterDate(text, p.end);
    // Since the event (以来) the span runs on to the release; during it (期间), within the date as before.
    const to = endUnknown || (event && text.endsWith('以来', event)) ? undefined : p.year ? inYear(d.to, p.year) : d.to;
    found.push(periodMention(p.start, event ?? p.end, 'date', from, to));
  }
  eachMatch(text, from, to, WORD_RE, WORD_FIRST, (m) => {
    const end = m.index + m[0].length;
    // `国庆安保行动`, `春运工作`: a bare holiday name before a noun modifies it.
    if (BARE_HOLIDAY.has(m[0]) && HAN_RE.test(text[end] ?? '') && !HOLIDAY_TIME_AFTER.has(text[end])) return;
    if (STATEMENT_AFTER_RE.test(text.slice(end, end + 20))) return;
    const p = widenDate(text, m.index, end);
    if (p) found.push(periodMention(p.start, p.end, 'word'));
    // `较上周的50起`: a word can be a comparison basis as well as a date.
    else baselines.push(periodMention(m.index, m.index + m[0].length, 'basis'));
  }, mayOpenWord);
  collect(text, SINCE_RE, SINCE_FIRST, from, to, 'since', found);
  // The full pattern opens with optional parts, so it is tried only before a campaign word and its
  // time (`行动期间`), found by a plain search: the leftmost match ending there.
  let campaignEnd = from;
  eachMatch(text, from, to, CAMPAIGN_ANCHOR_RE, CAMPAIGN_FIRST, (a) => {
    const end = a.index + a[0].length;
    const windowStart = Math.max(campaignEnd, a.index - CAMPAIGN_REACH);
    const m = CAMPAIGN_AT_END_RE.exec(text.slice(windowStart, end));
    if (!m) return;
    found.push(periodMention(campaignStart(text, windowStart + m.index), end, 'campaign'));
    campaignEnd = end;
  }, mayOpenCampaign);
  collect(text, THIS_CAMPAIGN_RE, THIS_CAMPAIGN_FIRST, from, to, 'campaign', found);
  collect(text, CLAUSE_OPENING_RE, CLAUSE_START, from, to, 'opening', found, mayOpenClauseWord);
  collect(text, DURATION_RE, DURATION_FIRST, from, to, 'duration', found, mayOpenDuration);
  eachMatch(text, from, to, DAY_ONLY_RE, DAY_FIRST, (m) => {
    // `9日,记者从市公安局获悉`, `22日,警方公布`: the day of an announcement is no period.
    const end = m.index + m[0].length;
    if (ANNOUNCE_RE.test(text.slice(end, end + 40)) || DAY_REPORT_RE.test(text.slice(end, end + 20))) return;
    const before = PREFIX_RE.exec(text.slice(Math.max(0, m.index - 4), m.index));
    found.push(periodMention(m.index - (before ? before[0].length : 0), end, 'day'));
  }, mayOpenDay);
  collect(text, UNTIL_EVENT_RE, UNTIL_FIRST, from, to, 'until', found);
  const dated = found.length;
  eachMatch(text, from, to, OPENING_SPAN_RE, CLAUSE_START, (m) => {
    // `全省公安机关在“百日行动”期间`: the period starts at 在.
    const end = m.index + m[0].length;
    let start = m.index;
    for (let i = end - 1; i > m.index; i--) if (SPAN_OPENERS.has(text[i])) { start = i; break; }
    // `通报了今年以来`: a reporting clause, not an event; the date inside it is read on its own.
    if (REPORTING.test(text.slice(start, end))) return;
    // `全省公安机关今年以来`, `全市公安机关深入开展“夏季行动”以来`: the period is the date or the
    // campaign that ends the span, not the actor before it.
    for (let i = 0; i < dated; i++) {
      const f = found[i];
      if (f.end === end && f.start > start && (f.rule === 'date' || ACTING_BODY_RE.test(text.slice(start, f.start)))) return;
    }
    found.push(periodMention(start, end, 'opening-span'));
  }, mayOpenSpan);
  collect(text, DURING_RE, DURING_FIRST, from, to, 'during', found);
  firstMonths(text, docYear, from, to, found);
  eachMatch(text, from, to, MINGUO_YEAR_RE, MINGUO_FIRST, (m) => {
    const y = String(+(m[1] ?? m[2] ?? m[3]) + 1911);
    // A half or a quarter: its months are not worked out here, and a wrong bound is worse than none.
    const whole = !/[半季]/.test(m[0]);
    found.push(whole ? periodMention(m.index, m.index + m[0].length, 'date', y, y) : periodMention(m.index, m.index + m[0].length, 'date'));
  });
  bracketMonths(text, docYear, from, to, found);
  baselines.sort((a, b) => a.start - b.start);
  // In reading order, the longer of two that start together first: what the passes below read.
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return { periods: joinBounds(text, mergeLists(text, dropCovered(withoutBaselines(found, baselines)))), bases: baselines };
}

/**
 * After a date, the rest of its clause up to 以来/期间 names the event the span runs from or
 * during: `今年4月公安部部署开展打击治理电信网络诈骗犯罪、跨境赌博和非法集资犯罪工作以来,`.
 * No figure in it, and the clause ends right after. (Up to 16 characters before 期间 DAY_NOTE_RE reads already.)
 */
const EVENT_AFTER_DATE_RE = /[^,。;:!?\n\d]{1,40}?(?:以来|期间)(?=[,。;:!?\n]|$)/y;
const ENDS_AS_SPAN_RE = /(?:以来|期间|来|起|开始|至今|迄今|中)$/;
function eventAfterDate(text: string, end: number): number | null {
  if (ENDS_AS_SPAN_RE.test(text.slice(Math.max(0, end - 2), end))) return null;
  EVENT_AFTER_DATE_RE.lastIndex = end;
  return EVENT_AFTER_DATE_RE.test(text) ? EVENT_AFTER_DATE_RE.lastIndex : null;
}

/**
 * `本(11)月`, `本(11)月1日至10日`: the month in the document's year. The month before (`上(12)月`) may
 * be in the year before; its bounds are given only where it cannot be (not December).
 */
function bracketMonths(text: string, docYear: number | null, from: number, to: number, out: PeriodMention[]): void {
  eachMatch(text, from, to, BRACKET_MONTH_RE, BRACKET_MONTH_FIRST, (m) => {
    const month = +/\((\d{1,2})\)/.exec(m[0])![1];
    const days = /(\d{1,2})日(?:[至到\-、](\d{1,2})日)?$/.exec(m[0]);
    const current = m[0][0] === '本' || m[0][0] === '今';
    const known = docYear != null && month >= 1 && month <= 12 && (current || month < 12);
    const ym = `${docYear}-${String(month).padStart(2, '0')}`;
    const day = (d: string | undefined) => (d ? `${ym}-${d.padStart(2, '0')}` : ym);
    out.push(known ? periodMention(m.index, m.index + m[0].length, 'word', day(days?.[1]), day(days?.[2] ?? days?.[1])) : periodMention(m.index, m.index + m[0].length, 'word'));
  });
}

function firstMonths(text: string, docYear: number | null, from: number, to: number, out: PeriodMention[]): void {
  eachMatch(text, from, to, FIRST_MONTHS_RE, FIRST_MONTHS_FIRST, (m) => {
    const n = parseNumeral(m[0].replace(/^(?:今年|去年|本年|上年)?[前首头]/, '').replace(/个?月份?$/, ''));
    const year = docYear == null ? null : m[0].startsWith('去年') || m[0].startsWith('上年') ? docYear - 1 : docYear;
    const known = n != null && n >= 1 && n <= 12 && year != null;
    out.push(known ? periodMention(m.index, m.index + m[0].length, 'first-months', `${year}-01`, `${year}-${String(n).padStart(2, '0')}`) : periodMention(m.index, m.index + m[0].length, 'first-months'));
  });
}

/**
 * Where a campaign's name starts: at 在/自/从 earlier in the clause (`在夏季治安打击整治行动期间`),
 * else at the clause's start when the clause holds nothing but the name, else where the pattern
 * matched (a quote or an activity word).
 */
function campaignStart(text: string, matched: number): number {
  if (SPAN_OPENERS.has(text[matched])) return matched;
  let clause = matched;
  while (clause > 0 && matched - clause < 24 && !isClauseEnd(text.charCodeAt(clause - 1))) clause--;
  if (clause > 0 && !isClauseEnd(text.charCodeAt(clause - 1))) return matched;
  const lead = text.slice(clause, matched);
  let at = -1;
  for (let i = lead.length - 1; i >= 0 && at < 0; i--) if (SPAN_OPENERS.has(lead[i])) at = i;
  if (at >= 0) return clause + at;
  // `全县公安机关开展…专项斗争以来`: the campaign starts at the verb; before it is who runs it.
  if (CAMPAIGN_VERB.test(text.slice(matched, matched + 2))) return matched;
  return lead.length <= 10 && !NOT_A_NAME.test(lead) && !ACTING_BODY_RE.test(lead) ? clause : matched;
}
const CAMPAIGN_VERB = /^(?:开展|启动|实施)/;
/** A lead that names who acts (`全市公安机关深入`) is no part of the campaign's name. */
const ACTING_BODY_RE = new RegExp(alt(ACTING_BODIES));
const SPAN_OPENERS = new Set([...'在自从']);
/** What no campaign name holds: a digit, 的, a reporting verb or its addressee (`向媒体通报该局…`). */
const REPORTING = new RegExp(`[向对]|${alt(REPORTING_VERBS)}`);
const NOT_A_NAME = new RegExp(`[\\d的]|${REPORTING.source}`);

function collect(text: string, re: RegExp, first: Candidate, from: number, to: number, rule: string, out: PeriodMention[], mayStart?: MayStart): void {
  eachMatch(text, from, to, re, first, (m) => {
    let start = m.index;
    const before = PREFIX_RE.exec(text.slice(Math.max(0, start - 4), start));
    if (before) start -= before[0].length;
    out.push(periodMention(start, m.index + m[0].length, rule));
  }, mayStart);
}

/** Start positions of the patterns, per stretch scanned: one walk serves every pattern. */
const STARTS = new CandidateIndex();

/**
 * The matches of a sticky pattern in [from, to), left to right, as a global search finds them; the
 * pattern is tried only where it can start (its alternations open with optional parts, so a search
 * would try it at every character).
 */
function eachMatch(
  text: string, from: number, to: number, re: RegExp, first: Candidate, found: (m: RegExpExecArray) => void,
  mayStart?: MayStart,
): void {
  let next = from;
  for (const i of STARTS.starts(text, from, to, first)) {
    if (i < next || (mayStart !== undefined && !mayStart(text, i))) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (m && m[0].length > 0) { found(m); next = m.index + m[0].length; }
  }
}

/**
 * A test cheaper than a pattern, passed at every position where the pattern matches: where the
 * first characters are common, the second one, or the unit a count needs within reach.
 */
type MayStart = (text: string, i: number) => boolean;

/** The first two characters of words: where one of them can start, for words whose first characters are common. */
class FirstPairs {
  private readonly seconds = new Map<number, Set<number> | null>();
  constructor(words: readonly string[]) {
    for (const w of words) {
      // A one-character word starts wherever its character stands (null: any second character).
      if (w.length < 2) { this.seconds.set(w.charCodeAt(0), null); continue; }
      const set = this.seconds.get(w.charCodeAt(0));
      if (set === undefined) this.seconds.set(w.charCodeAt(0), new Set([w.charCodeAt(1)]));
      else if (set !== null) set.add(w.charCodeAt(1));
    }
  }

  /** Whether one of the words can start at text[i]. */
  at(text: string, i: number): boolean {
    const set = this.seconds.get(text.charCodeAt(i));
    return set === null || (set !== undefined && set.has(text.charCodeAt(i + 1)));
  }
}

const firstChars = (words: readonly string[]): CodeUnitSet => new CodeUnitSet(words.map((w) => w[0]));
/** Digits and Chinese numerals that open a count of days, months or years. */
const NUMERAL_FIRST = '0123456789一二三四五六七八九十两半数几多';
/** What WORD_RE opens with: a period word, a holiday, or a quote and a holiday's name. */
const WORD_STARTS = [...PERIOD_WORDS, ...HOLIDAYS, ...[...HOLIDAY_QUOTES].flatMap((q) => HOLIDAY_NAMES.map((n) => q + n))];
const WORD_FIRST = firstChars(WORD_STARTS);
const WORD_PAIRS = new FirstPairs(WORD_STARTS);
const DURATION_FIRST = new CodeUnitSet([...DURATION_HEADS.map((w) => w[0]), ...NUMERAL_FIRST]);
/** 截 opens 截至 and 截止, the closing words before a day or an event. */
const CLOSING_FIRST = '截';
const DAY_FIRST = new CodeUnitSet([CLOSING_FIRST, ...NUMERAL_FIRST]);
const UNTIL_FIRST = new CodeUnitSet([CLOSING_FIRST]);
const CAMPAIGN_FIRST = firstChars(CAMPAIGN_KINDS);
const CAMPAIGN_PAIRS = new FirstPairs(CAMPAIGN_KINDS);
const SINCE_FIRST = new CodeUnitSet([...'自从']);
const BRACKET_MONTH_FIRST = new CodeUnitSet('本上今前');
const THIS_CAMPAIGN_FIRST = firstChars(CAMPAIGN_DEMONSTRATIVES);
const DURING_FIRST = new CodeUnitSet(['在']);
const FIRST_MONTHS_FIRST = new CodeUnitSet([...'今去本上前首头']);
const CLAUSE_START: Candidate = 'clause-start';
const CLAUSE_OPENING_FIRST = firstChars(CLAUSE_OPENING_PERIODS);
const SPAN_WORD_FIRST = firstChars(SPAN_WORDS);
/**
 * A duration opens with a head word or a count; after a count its unit starts within the count's
 * length, a space and a counter (`3 个多月`). 天, 年 and 月 of the spans with a count after them are among DURATION_UNITS.
 */
const DURATION_HEAD_FIRST = firstChars(DURATION_HEADS);
const DURATION_UNIT_FIRST = firstChars([...DURATION_UNITS, ...SHORT_SPAN_UNITS]);
const DURATION_UNIT_REACH = NUMERAL_LENGTH + 1 + Math.max(...COUNTERS.map((c) => c.length));
/** A day opens with a closing word or a number of at most NUMERAL_LENGTH characters before its unit. */
const CLOSING_WORD_FIRST = firstChars(CLOSING_WORDS);
const DAY_UNIT_FIRST = firstChars(DAY_UNITS);

const mayOpenWord: MayStart = (text, i) => WORD_PAIRS.at(text, i);
const mayOpenCampaign: MayStart = (text, i) => CAMPAIGN_PAIRS.at(text, i);
const mayOpenClauseWord: MayStart = (text, i) => CLAUSE_OPENING_FIRST.has(text.charCodeAt(i));
const mayOpenSpan: MayStart = (text, i) => someWithin(text, SPAN_WORD_FIRST, i + SPAN_LEAD.min, i + SPAN_LEAD.max + 1);
const mayOpenDuration: MayStart = (text, i) =>
  DURATION_HEAD_FIRST.has(text.charCodeAt(i)) || someWithin(text, DURATION_UNIT_FIRST, i + 1, i + 1 + DURATION_UNIT_REACH);
const mayOpenDay: MayStart = (text, i) => CLOSING_WORD_FIRST.has(text.charCodeAt(i)) || someWithin(text, DAY_UNIT_FIRST, i + 1, i + 1 + NUMERAL_LENGTH);

/** Whether a character of `set` stands in text[from, to). */
function someWithin(text: string, set: CodeUnitSet, from: number, to: number): boolean {
  for (let i = from, end = Math.min(to, text.length); i < end; i++) if (set.has(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The date (or period word) with the words around it that belong to the period, or null when the date is a
 * comparison basis or the date of an announcement.
 */
function widenDate(text: string, start: number, end: number): { start: number; end: number; year?: number } | null {
  // A timestamp (`2023/09/04`, `2018-11-16 17:02`) dates the page, not the events.
  if (TIMESTAMP_RE.test(text.slice(start, end))) return null;
  const head = text.slice(Math.max(0, start - 6), start);
  // `去年同期` is a comparison whatever stands before it.
  // `由一月至十月` is a range, `由去年的18.2%` a basis.
  const basisWord = BASELINE_BEFORE_RE.test(head) && !JOINED_AFTER_DATE_RE.test(head) && !(head.endsWith('由') && (RANGE_ON_RE.test(text.slice(end, end + 1)) || /[至到-]/.test(text.slice(start, end))));
  if (basisWord || text.endsWith('同期', end)) return null;
  BASELINE_AFTER_RE.lastIndex = end;
  if (BASELINE_AFTER_RE.test(text)) return null;
  const rest = text.slice(end, end + 40);
  // A dateline dates a day (`5月2日电`); `9月电诈立案数` is a month's figure.
  const dateline = /[日号]$/.test(text.slice(start, end)) && DATELINE_RE.test(rest);
  if (dateline || ANNOUNCE_RE.test(rest) || BASELINE_LATER_RE.test(rest)) return null;
  // A Minguo year before a month (`114年11月10日`): the date finder reads only the month.
  const minguo = MINGUO_BEFORE_RE.exec(head);
  if (minguo) start -= minguo[0].length;
  const year = minguo ? parseInt(minguo[0], 10) + 1911 : undefined;
  const pre = PREFIX_RE.exec(text.slice(Math.max(0, start - 4), start));
  if (pre) start -= pre[0].length;
  DAY_NOTE_RE.lastIndex = end;
  if (DAY_NOTE_RE.test(text)) end = DAY_NOTE_RE.lastIndex;
  SUFFIX_RE.lastIndex = end;
  const suf = SUFFIX_RE.exec(text);
  if (suf) end += suf[0].length;
  HOUR_RE.lastIndex = end;
  if (suf && suf[0].length > 0 && HOUR_RE.test(text)) end = HOUR_RE.lastIndex;
  return { start, end, year };
}

/**
 * The end of a range or list whose end names no year (`2019年3月18日、3月19日`, `自113年3月1日起至9月30日止`)
 * is in the start's year, or the next one when it would fall before the start.
 */
function endOf(text: string, start: PeriodMention, end: PeriodMention): string | undefined {
  if (!end.to || !start.from || text.slice(end.start, end.end).includes('年')) return end.to;
  const y = +start.from.slice(0, 4);
  const to = inYear(end.to, y)!;
  return to < start.from.slice(0, to.length) ? inYear(end.to, y + 1) : to;
}

/** An ISO date moved into another year: `2023-11` → `2025-11`. */
const inYear = (iso: string | undefined, year: number): string | undefined => (iso ? String(year) + iso.slice(4) : iso);

/** The mentions (sorted by start) that overlap no basis. */
function withoutBaselines(found: PeriodMention[], baselines: PeriodMention[]): PeriodMention[] {
  if (baselines.length === 0) return found;
  // Both in reading order: one walk. Bases do not overlap each other.
  const out: PeriodMention[] = [];
  let k = 0;
  for (const p of found) {
    while (k < baselines.length && baselines[k].end <= p.start) k++;
    if (k < baselines.length && baselines[k].start < p.end) continue;
    out.push(p);
  }
  return out;
}

/** Drops mentions inside a longer one (a date inside `自…以来`); sorted by start, the longer first. */
function dropCovered(found: PeriodMention[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    if (last && p.start < last.end) {
      if (p.end > last.end && p.start === last.start) out[out.length - 1] = p;
      continue;
    }
    out.push(p);
  }
  return out;
}

const DATED = new Set(['date', 'word']);
/** Between two dates: a list (`3月18日、3月19日`) or a range (`2012年至2021年6月`), one period either way. */
const LIST_GAPS = new Set([...LIST_JOINERS, '至', '到', '-', '—']);
/** The longest gap mergeLists reads (a list gap or the bracket of a note); any longer one stands for all. */
const LONGEST_GAP = Math.max(...[...LIST_GAPS, '('].map((g) => g.length));

/**
 * `3月18日、3月19日、3月26日` and `上周二(10日)、上周三(11日)`: one period, from the first to the last;
 * a date in brackets after another is a note on it (`上周(10月9日至15日)`).
 */
function mergeLists(text: string, found: PeriodMention[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    // A longer gap is none of the gaps read below (null).
    const gap = last && p.start - last.end <= LONGEST_GAP ? text.slice(last.end, p.start) : null;
    if (last && gap === '(' && text[p.end] === ')' && DATED.has(last.rule) && DATED.has(p.rule)) {
      out[out.length - 1] = periodMention(last.start, p.end + 1, last.rule, last.from, last.to, last.members);
      continue;
    }
    // A year range written before the month it ends in (`2012年至2021年` + `6月`) is one range too.
    const continues = gap === '' && text[last?.end - 1] === '年';
    if (last && ((gap !== null && LIST_GAPS.has(gap)) || continues) && DATED.has(last.rule) && DATED.has(p.rule)) {
      // The month continues the year written before it: its year is that one, not the document's.
      const to = continues && last.to && p.to ? last.to.slice(0, 4) + p.to.slice(4) : endOf(text, last, p) ?? last.to;
      const members = gap !== null && gap !== '' && LIST_JOINERS.includes(gap) ? [...(last.members ?? [last]), p] : undefined;
      // A list need not be in order (`去年和前年`): it runs from its earliest to its latest member.
      if (members) {
        const bounds = listBounds(members);
        out[out.length - 1] = periodMention(last.start, p.end, last.rule, bounds ? bounds.from : last.from, bounds ? bounds.to : last.to, members);
      } else out[out.length - 1] = periodMention(last.start, p.end, last.rule, last.from, to, last.members);
      continue;
    }
    out.push(p);
  }
  return out;
}

/** From the earliest member's start to the latest member's end, where every member has both (else null). */
function listBounds(members: PeriodMention[]): { from: string; to: string } | null {
  if (members.some((m) => !m.from || !m.to)) return null;
  const froms = members.map((m) => m.from!).sort(), tos = members.map((m) => m.to!).sort();
  return { from: froms[0], to: tos[tos.length - 1] };
}

/**
 * Written after a start, an end joins it into one range: after `自去年12月10日起` even across a
 * comma; after `今年以来` only right after it (`今年以来,截至7月底` is a second period).
 */
const START_RE = /(?:起|开始)$/;
const CAMPAIGN_RULES = new Set(['campaign', 'opening-span']);
const SINCE_END_RE = /以来$/;
const END_OPENER_RE = new RegExp(`^(?:${alt(CLOSING_WORDS)}|至|到)`);
/**
 * A start and the end written after it are one period: `自去年12月10日起,截至今年2月底`,
 * `今年以来截至10月底`, `从今年3月起至今`, `“百日行动”开展以来至10月底`.
 */
function joinBounds(text: string, found: PeriodMention[]): PeriodMention[] {
  const out: PeriodMention[] = [];
  for (const p of found) {
    const last = out[out.length - 1];
    const lastText = last ? text.slice(last.start, last.end) : '';
    // `2023年“净网”专项行动期间`: the year of a campaign is part of its time.
    if (last && last.end === p.start && last.rule === 'date' && CAMPAIGN_RULES.has(p.rule)) {
      out[out.length - 1] = periodMention(last.start, p.end, p.rule, last.from, last.to, p.members);
      continue;
    }
    const start = START_RE.test(lastText);
    if (last && (start || SINCE_END_RE.test(lastText))) {
      const gap = text.slice(last.end, p.start);
      const ends = gap === '至' || gap === '到' || ((gap === '' || (start && gap === ',')) && END_OPENER_RE.test(text.slice(p.start, p.end)));
      if (ends) {
        out[out.length - 1] = periodMention(last.start, p.end, last.rule, last.from, endOf(text, last, p), last.members);
        continue;
      }
    }
    out.push(p);
  }
  return out;
}
