import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLanguages, findOperations } from '../src/en/index.js';
import type { Metric } from '../src/schema.js';
import { localeOfCurrency, runEnglish } from './englishRun.js';
import { PERIOD_RULES, PLACE_RULES } from '../src/en/scope.js';
import { CURRENCY_PREFIX, CURRENCY_SUFFIX } from '../src/en/lexicon.js';
import type { Locale } from '../src/lexicon/locale.js';
import { parse } from '../src/index.js';
import { cpuMillis } from './cpuTime.js';

const run = (text: string, currency = 'HKD') => runEnglish(text, { locale: localeOfCurrency(currency) });
const only = (text: string, currency = 'HKD') => {
  const { metrics } = run(text, currency);
  expect(metrics).toHaveLength(1);
  return metrics[0];
};

type Row = [input: string, span: string, kind: Metric['kind'], value: number, unit: string, approximate?: Metric['approximate'], change?: Metric['change'], subject?: string];
const up = (basis: 'yoy' | 'mom' | 'baseline' | null = null, baseline: string | null = null) => ({ direction: 'up' as const, basis, baseline });
const down = (basis: 'yoy' | 'mom' | 'baseline' | null = null, baseline: string | null = null) => ({ direction: 'down' as const, basis, baseline });

describe('English metrics: one statistic per sentence', () => {
  const rows: Row[] = [
    ['Police arrested 1,191 people.', '1,191', 'count', 1191, '', null, null, 'people arrested'],
    ['Police arrested more than 410 people.', '410', 'count', 410, '', 'over', null, 'people'],
    ['Officers searched some 1,600 locations.', '1,600', 'count', 1600, '', 'about', null, 'locations'],
    ['Nearly 300 officers took part.', '300', 'count', 300, '', 'nearly', null, 'officers'],
    ['Less than 20 premises were inspected.', '20', 'count', 20, '', 'under', null, 'premises'],
    ['The police arrested twelve men.', 'twelve', 'count', 12, '', null, null, 'men'],
    ['Some two million leaflets were handed out.', 'two million', 'count', 2000000, '', 'about', null, 'leaflets'],
    ['They handled 7.56 million public security cases.', '7.56 million', 'count', 7560000, '', null, null, 'public security cases'],
    ['Hong Kong recorded 49 927 crimes.', '49 927', 'count', 49927, '', null, null, 'crimes'],
    ['Drugs worth HK$3.14 million were seized.', 'HK$3.14 million', 'money', 3140000, 'HKD', null, null, 'Drugs'],
    ['The victim handed over HKD210,000 worth of chips.', 'HKD210,000', 'money', 210000, 'HKD', null, null, 'chips'],
    ['Losses reached S$1.2 million.', 'S$1.2 million', 'money', 1200000, 'SGD', null, null, 'Losses'],
    ['The syndicate laundered MOP 2.5 million.', 'MOP 2.5 million', 'money', 2500000, 'MOP'],
    ['Victims lost NT$356 million.', 'NT$356 million', 'money', 356000000, 'TWD'],
    ['Police recovered 8.13 billion yuan.', '8.13 billion yuan', 'money', 8130000000, 'CNY'],
    ['The fine was US$383,406.', 'US$383,406', 'money', 383406, 'USD'],
    ['Cash of RMB 50,000 was found.', 'RMB 50,000', 'money', 50000, 'CNY'],
    ['Goods worth about $15 million were seized.', '$15 million', 'money', 15000000, 'HKD', 'about'],
    ['Police seized HK$3m in cash.', 'HK$3m', 'money', 3000000, 'HKD'],
    ['Officers seized about 7 kg of ketamine.', '7 kg', 'quantity', 7, 'kg', 'about', null, 'ketamine'],
    ['Customs seized 7kg of Ice.', '7kg', 'quantity', 7, 'kg'],
    ['They seized 24.4 tonnes of drugs.', '24.4 tonnes', 'quantity', 24400, 'kg', null, null, 'drugs'],
    ['They seized 500 grams of heroin.', '500 grams', 'quantity', 0.5, 'kg', null, null, 'heroin'],
    ['They seized 900 litres of petrol.', '900 litres', 'quantity', 900, 'litres', null, null, 'petrol'],
    ['The detection rate was 31%.', '31%', 'percent', 31, '%', null, null, 'detection rate'],
    ['Burglaries fell 6.2 per cent year-on-year.', '6.2 per cent', 'percent', 6.2, '%', null, down('yoy'), 'Burglaries'],
    ['Robberies rose 12.9 percent compared with 2019.', '12.9 percent', 'percent', 12.9, '%', null, up('baseline', '2019'), 'Robberies'],
    ['Thefts dropped 5% than in 2019.', '5%', 'percent', 5, '%', null, down('baseline', '2019')],
    ['China saw a 25.7-percent decline in criminal cases.', '25.7-percent', 'percent', 25.7, '%', null, down(), 'criminal cases'],
    ['Criminal cases were down 3 pct from a year earlier.', '3 pct', 'percent', 3, '%', null, down('yoy')],
    ['The detection rate rose 1.2 percentage points.', '1.2 percentage points', 'percentage_point', 1.2, 'pp', null, up(), 'detection rate'],
    ['Scams saw a four-fold increase.', 'four-fold', 'multiple', 4, '倍', null, up(), 'Scams'],
    ['Losses grew 3.3 fold.', '3.3 fold', 'multiple', 3.3, '倍', null, up()],
    ['Losses were three times higher than in 2019.', 'three times', 'multiple', 3, '倍', null, up('baseline', '2019')],
    ['Fraud cases increased by almost 60 per cent compared to the same period in 2018.', '60 per cent', 'percent', 60, '%', 'nearly', up('yoy'), 'Fraud cases'],
    ['Deception cases dropped to 26,550.', '26,550', 'count', 26550, '', null, null, 'Deception cases'],
  ];
  it.each(rows)('%s', (input, span, kind, value, unit, approximate, change, subject) => {
    const m = only(input);
    expect(m.text).toBe(span);
    expect(input.slice(m.start, m.end)).toBe(span);
    expect(m.start).toBe(input.indexOf(span));
    expect({ kind: m.kind, value: m.value, unit: m.unit, lang: m.lang }).toEqual({ kind, value, unit, lang: 'en' });
    if (approximate !== undefined) expect(m.approximate).toBe(approximate);
    if (change !== undefined) expect(m.change).toEqual(change);
    if (subject !== undefined) expect(m.subject ?? '').toContain(subject);
    expect(m.trace?.length).toBeGreaterThan(0);
  });
});

describe('English metrics: several per sentence', () => {
  it('a change in two numbers, then a level', () => {
    const t = 'There were 6 465 cases of violent crime, a decrease of 716 cases or 10%.';
    const ms = run(t).metrics;
    expect(ms.map((m) => m.text)).toEqual(['6 465', '716', '10%']);
    expect(ms.map((m) => m.change?.direction ?? null)).toEqual([null, 'down', 'down']);
    expect(ms[1].subject).toContain('violent crime');
  });
  it('a level after "to" has no change; only the percentage does', () => {
    const ms = run('Loan scams saw a jump of 120 per cent to 692 cases.').metrics;
    expect(ms.map((m) => [m.text, m.change?.direction ?? null])).toEqual([['120 per cent', 'up'], ['692', null]]);
    expect(ms[1].subject).toContain('Loan scams');
  });
  it('a list with "respectively" shares the change, basis and approximation', () => {
    const ms = run('Criminal and public security reports decreased by 6.86% and 5.11% respectively year-on-year.').metrics;
    expect(ms.map((m) => m.change)).toEqual([down('yoy'), down('yoy')]);
    const money = run('Losses were over $1.2 billion and $700 million respectively.').metrics;
    expect(money.map((m) => m.approximate)).toEqual(['over', 'over']);
  });
  it('a range of changes', () => {
    const ms = run('Three types of fraud registered a soar ranging from 40% to one fold.').metrics.filter((m) => m.kind !== 'count');
    expect(ms.map((m) => [m.text, m.kind, m.change?.direction])).toEqual([['40%', 'percent', 'up'], ['one fold', 'multiple', 'up']]);
  });
  it('metrics come in reading order with offsets into the full text', () => {
    const t = 'Police arrested 686 men and 505 women. Among them, 232 were Mainlanders.';
    const ms = run(t).metrics;
    expect(ms.map((m) => m.text)).toEqual(['686', '505', '232']);
    for (const m of ms) expect(t.slice(m.start, m.end)).toBe(m.text);
    expect(ms[2].subject).toContain('Mainlanders');
  });
  it('works on a region of a larger text', () => {
    const pre = '警方拘捕12人。\n';
    const t = `${pre}Police arrested 12 people.`;
    const { metrics } = runEnglish(t, { start: pre.length });
    expect(metrics).toHaveLength(1);
    expect(metrics[0].start).toBe(t.indexOf('12 people'));
  });
  it('a bare $ takes the currency of the place, and a dollar when the place has none', () => {
    expect(only('Victims lost $5 million.', 'SGD').unit).toBe('SGD');
    expect(only('Victims lost $5 million.', 'HKD').unit).toBe('HKD');
    expect(only('Victims lost $5 million.', 'CNY').unit).toBe('HKD');
  });
});

describe('English: what is not a metric', () => {
  const none = [
    'The operation ran between July 9 and August 8.',
    'On 4th January 2025, the police received a complaint.',
    'The press conference started at 13:50 on Jan. 10, 2025.',
    'A 25-year-old man was arrested.',
    'The man, aged 36, was arrested in 2024.',
    'Call the hotline at 2860 5012 for details.',
    'The case, ref no. 1234, is under investigation.',
    'He was charged under section 4 of the Dangerous Drugs Ordinance, Cap. 134.',
    'The raid took place at 18 Nathan Road.',
    'It was codenamed "Thunderbolt 12".',
    'It was the fifth national police day.',
    'No accidents were reported for 63 consecutive months.',
    'In the first three quarters of 2022, crime was stable.',
    'One of the suspects fled. The COVID-19 measures stayed.',
    '1.   Overall crime situation',
    'The 5G network was used.',
    'Five in 10 victims were aged 30 to 49.',
    'Crime fell by nearly two thirds.',
    'The crime rate was 1 193 per 100 000 population.',
    'The 999 hotline was busy.',
    'The operation ran from September 1 to 14.',
    'The operation ran from 12 to 16 May.',
  ];
  it.each(none)('%s', (t) => {
    expect(run(t).metrics.map((m) => m.text)).toEqual([]);
  });
  it('skips Portuguese sentences of Macau pages', () => {
    expect(run('A PJ deteve dois homens e apreendeu 50.000 dólares de Hong Kong em numerário.', 'MOP').metrics).toEqual([]);
  });
});

describe('English operations', () => {
  it.each([
    ['Police mounted Operation Thunderbolt last month.', ['Thunderbolt']],
    ['The joint operation, codenamed "Thunderbolt 12", ended.', ['Thunderbolt 12']],
    ['Yin, deputy director of the "Summer Action" Office, spoke.', ['Summer Action']],
    ['During the “Clean Net 2023” campaign, police acted.', ['Clean Net 2023']],
    ['Operation Skyfall and Operation Skyfall again.', ['Skyfall']],
    ['Anti-Crime Operations page', []],
  ])('%s', (t, names) => {
    const ops = findOperations(t, 0, t.length);
    expect(ops.map((o) => o.name)).toEqual(names);
    for (const o of ops) expect(t.slice(o.start, o.end)).toBe(o.text);
  });
});

describe('splitLanguages', () => {
  it('covers the text in order and splits a bilingual page', () => {
    const zh = '警方拘捕12人，檢獲約HK$15萬現金及3部APP手機。\n';
    const en = 'Police arrested 12 people and seized HK$150,000 in cash.\n';
    const t = `${zh}\n${en}${zh}`;
    const segs = splitLanguages(t);
    expect(segs[0].start).toBe(0);
    expect(segs[segs.length - 1].end).toBe(t.length);
    for (let i = 1; i < segs.length; i++) expect(segs[i].start).toBe(segs[i - 1].end);
    expect(segs.map((s) => s.lang)).toEqual(['zh', 'en', 'zh']);
    expect(t.slice(segs[1].start, segs[1].end)).toContain('Police arrested');
  });
  it('keeps Chinese lines with a few Latin words Chinese', () => {
    expect(splitLanguages('本案涉及HK$50萬，嫌疑人使用某APP及ICP备案网站实施诈骗。').map((s) => s.lang)).toEqual(['zh']);
  });
  it('handles empty and letterless texts', () => {
    expect(splitLanguages('')).toEqual([{ lang: 'zh', start: 0, end: 0 }]);
    expect(splitLanguages('123 456\n').map((s) => s.lang)).toEqual(['zh']);
  });
  it('splits a long mixed line by sentence', () => {
    const t = '本局拘捕兩名男子，並扣押現金五萬港元及三部手機。 The police arrested two men and seized three mobile phones and HKD50,000 in cash on Friday.';
    expect(splitLanguages(t).map((s) => s.lang)).toEqual(['zh', 'en']);
  });
});

interface Fixture {
  id: string;
  currency: string;
  /** The release's year, for the ISO bounds of relative periods (`this year`). */
  year?: number;
  text: string;
  /** `period` and `place`, when given, are compared as the contract writes them (null: none). */
  expect: Array<{ text: string; occurrence: number; kind: string; value: number; unit: string; approximate: string | null; change: Metric['change']; subject: string | null;
    period?: Metric['period']; place?: Metric['place'] }>;
  none: string[];
}
const dir = join(__dirname, '..', 'fixtures', 'en');
const fixtures: Fixture[] = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

describe.each(fixtures)('fixture $id', (fx) => {
  const metrics = splitLanguages(fx.text).filter((s) => s.lang === 'en')
    .flatMap((s) => runEnglish(fx.text, { locale: localeOfCurrency(fx.currency), year: fx.year, start: s.start, end: s.end }).metrics);
  const at = (span: string, occ: number) => {
    let i = -1;
    for (let k = 0; k <= occ; k++) i = fx.text.indexOf(span, i + 1);
    return i;
  };
  it.each(fx.expect)('$text', (e) => {
    const start = at(e.text, e.occurrence);
    const m = metrics.find((x) => x.start === start && x.text === e.text);
    expect(m, `no metric at ${e.text}`).toBeDefined();
    expect({ kind: m!.kind, value: m!.value, unit: m!.unit, approximate: m!.approximate, change: m!.change })
      .toEqual({ kind: e.kind, value: e.value, unit: e.unit, approximate: e.approximate, change: e.change });
    if (e.subject) expect(m!.subject ?? '').toContain(e.subject);
    if (e.period !== undefined) expect(m!.period).toEqual(e.period);
    if (e.place !== undefined) expect(m!.place).toEqual(e.place);
  });
  it('finds nothing in dates, ages, phone numbers and Portuguese', () => {
    for (const s of fx.none) {
      const i = fx.text.indexOf(s);
      expect(i, s).toBeGreaterThanOrEqual(0);
      expect(metrics.filter((m) => m.start < i + s.length && i < m.end).map((m) => m.text), s).toEqual([]);
    }
  });
  it('offsets hold and metrics are in reading order', () => {
    for (const m of metrics) expect(fx.text.slice(m.start, m.end)).toBe(m.text);
    for (let i = 1; i < metrics.length; i++) expect(metrics[i].start).toBeGreaterThanOrEqual(metrics[i - 1].end);
  });
});

describe('robustness', () => {
  it('stays linear on long garbage without sentence ends', () => {
    const junk = 'HK$ $ $1 $2.2.2.2 one two three "Operation " 1,2,3, 4 567 '.repeat(4000);
    expect(cpuMillis(() => { run(junk); splitLanguages(junk); })).toBeLessThan(20_000);
  });
});

/** Names of the rules whose sticky pattern matches none of `texts` whole. */
function uncovered(rules: ReadonlyArray<{ name: string; pattern: RegExp }>, texts: ReadonlyArray<string | null>): string[] {
  const whole = (re: RegExp, t: string) => { re.lastIndex = 0; return re.exec(t)?.[0] === t; };
  return rules.filter((r) => !texts.some((t) => t !== null && whole(r.pattern, t))).map((r) => r.name);
}

describe('English scope: period and place', () => {
  const scoped = (text: string, locale: Locale = 'HK', year: number | null = 2024) => runEnglish(text, { locale, year }).metrics;
  type ScopeRow = [sentence: string, period: string | null, from: string | undefined, to: string | undefined];
  const periods: ScopeRow[] = [
    ['Police arrested 12 people in the first ten months of 2023.', 'in the first ten months of 2023', '2023-01', '2023-10'],
    ['Police arrested 12 people in the first ten months.', 'in the first ten months', '2024-01', '2024-10'],
    ['In the first half of last year, police arrested 12 people.', 'In the first half of last year', '2023-01', '2023-06'],
    ['Police arrested 12 people in the third quarter.', 'in the third quarter', '2024-07', '2024-09'],
    ['Police arrested 12 people between June 3 and June 14.', 'between June 3 and June 14', '2024-06-03', '2024-06-14'],
    ['Police arrested 12 people from 28 May to 2 June 2023.', 'from 28 May to 2 June 2023', '2023-05-28', '2023-06-02'],
    ['Police arrested 12 people between January and May.', 'between January and May', '2024-01', '2024-05'],
    ['Since the beginning of the year, police have arrested 12 people.', 'Since the beginning of the year', '2024-01', undefined],
    ['Police have arrested 12 people so far this year.', 'so far this year', '2024', '2024'],
    ['Police arrested 12 people last year.', 'last year', '2023', '2023'],
    ['Police arrested 12 people yesterday (May 14).', 'yesterday (May 14)', '2024-05-14', '2024-05-14'],
    ['Police arrested 12 people in March.', 'in March', '2024-03', '2024-03'],
    ['Police arrested 12 people in 2022.', 'in 2022', '2022', '2022'],
    ['Police arrested 12 people during the operation.', 'during the operation', undefined, undefined],
    ['Police arrested 12 people over the past five years.', 'over the past five years', undefined, undefined],
    ['Police arrested 12 people in the past year.', 'in the past year', undefined, undefined],
    ['In a week-long operation, officers arrested 17 persons.', 'In a week-long operation', undefined, undefined],
    ['Five men were arrested in a raid on Sunday.', 'on Sunday', undefined, undefined],
    ['The ring cheated 57 victims since June last year.', 'since June last year', '2023-06', undefined],
    // The day a statement was made is no period.
    ['Victims lost $3 million to scams, the police said on Sunday.', null, undefined, undefined],
    ['Police rescued 1,352 children since the launch of a special campaign in March.', 'since the launch of a special campaign in March', '2024-03', undefined],
    ['Between January and June this year, e-commerce scams dropped 15 per cent.', 'Between January and June this year', '2024-01', '2024-06'],
    ['Officers arrested 23 men last week.', 'last week', undefined, undefined],
    ['Police seized 40 kg of drugs earlier this month.', 'earlier this month', undefined, undefined],
    // Comparison bases are no periods; a figure without a period has none.
    ['Burglaries fell 6.2 per cent compared with the same period last year.', null, undefined, undefined],
    ['Robberies rose 12.9 percent compared with 2019.', null, undefined, undefined],
    ['Losses were three times higher than in 2019.', null, undefined, undefined],
    ['Police arrested 12 people.', null, undefined, undefined],
    // The date of a statement is not the figures' period.
    ['Police today (May 14) said 12 people were arrested.', null, undefined, undefined],
  ];
  it.each(periods)('%s', (sentence, text, from, to) => {
    const [m] = scoped(sentence);
    if (text === null) { expect(m.period).toBeNull(); return; }
    expect(m.period).toEqual({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, ...(from ? { from } : {}), ...(to ? { to } : {}) });
  });
  it('every period rule has a row above', () => {
    expect(uncovered(PERIOD_RULES, periods.map((r) => r[1]))).toEqual([]);
  });
  it('without the release year, a relative period has no ISO bounds', () => {
    const t = 'Police arrested 12 people in the first ten months.';
    expect(scoped(t, 'HK', null)[0].period).toEqual({ text: 'in the first ten months', start: t.indexOf('in the'), end: t.indexOf('in the') + 23 });
  });
  it('a period in brackets serves only the figures in them', () => {
    const t = 'The share fell (from 74 per cent in the first half of 2018) to 53 per cent.';
    expect(scoped(t).map((m) => [m.text, m.period?.text ?? null])).toEqual([['74 per cent', 'in the first half of 2018'], ['53 per cent', null]]);
  });
  it('the period nearest to the figure wins, then the paragraph opener, then the release lead', () => {
    const t = 'Police arrested 410 people last year.\nIn March, officers arrested 12 men. Among them, 5 were Mainlanders.\nOfficers seized 7 kg of ketamine.';
    const ms = runEnglish(t, { locale: 'HK', year: 2024 }).metrics;
    expect(ms.map((m) => [m.text, m.period?.text ?? null, m.trace!.find((s) => s.startsWith('en.scope.period'))])).toEqual([
      ['410', 'last year', 'en.scope.period(sentence)'], ['12', 'In March', 'en.scope.period(sentence)'],
      ['5', 'In March', 'en.scope.period(paragraph)'], ['7 kg', 'last year', 'en.scope.period(release)']]);
  });
  it('an adverbial opener frames its paragraph with any period or place in it', () => {
    const t = 'Police recorded 900 cases in the first half of 2024.\nDuring a territory-wide operation codenamed "Net" in May, police arrested 31 men. They were involved in 42 cases.';
    expect(scoped(t).map((m) => [m.text, m.period?.text ?? null, m.place?.text ?? null])).toEqual([
      ['900', 'in the first half of 2024', null], ['31', 'in May', 'territory-wide'], ['42', 'in May', 'territory-wide']]);
  });
  it('a headline figure frames nothing; the time of a compared figure is not the figure before it', () => {
    const t = 'Police arrest 95 in operation\n\nPolice arrested 95 people from 12 to 16 May 2025. Officers seized 2 kg of heroin.\nJob scams rose to 1,762 cases, almost double the 891 cases in the first half of 2024.';
    expect(scoped(t, 'SG', 2025).map((m) => [m.text, m.period?.text ?? null])).toEqual([
      ['95', null], ['95', 'from 12 to 16 May 2025'], ['2 kg', 'from 12 to 16 May 2025'], ['1,762', 'from 12 to 16 May 2025'], ['891', 'in the first half of 2024']]);
  });
  it('a first sentence with no figure sets the scene for its paragraph; a clause cut at `;` does not', () => {
    const t = 'Police mounted an operation across the territory from April 8 to 10. A total of 18 workers were arrested.';
    expect(scoped(t, 'HK', 2025).map((m) => [m.text, m.period?.text ?? null, m.place?.text ?? null])).toEqual([['18', 'from April 8 to 10', 'across the territory']]);
    expect(scoped('Police arrested 9 men in 2024.\nCall the hotline in Hong Kong; 3 200 calls were answered.', 'HK').map((m) => m.place?.text ?? null)).toEqual([null, null]);
  });
  it('a release whose first figure has no period frames none', () => {
    const t = 'Police arrested 410 people.\nIn March, officers arrested 12 men.\nOfficers seized 7 kg of ketamine.';
    expect(scoped(t).map((m) => [m.text, m.period?.text ?? null])).toEqual([['410', null], ['12', 'In March'], ['7 kg', null]]);
  });

  type PlaceRow = [sentence: string, locale: Locale, place: string | null, name?: string, code?: string];
  const places: PlaceRow[] = [
    ['Territory-wide, police arrested 12 people.', 'HK', 'Territory-wide', '香港'],
    ['Police arrested 12 people across the territory.', 'MO', 'across the territory', '澳门'],
    ['Police arrested 12 people in Hong Kong.', 'HK', 'in Hong Kong', '香港'],
    ['Hong Kong recorded 49 927 crimes.', 'HK', 'Hong Kong', '香港'],
    ['Police arrested 12 people in Macao.', 'MO', 'in Macao', '澳门'],
    ['Police arrested 12 people across Taiwan.', 'TW', 'across Taiwan', '台湾'],
    ['Police arrested 12 people islandwide.', 'SG', 'islandwide', '新加坡'],
    ['Criminal cases nationwide fell 5.2 per cent.', 'CN', 'nationwide', '中华人民共和国'],
    ['In Guangdong province alone, 1,856 cases were cracked.', 'CN', 'In Guangdong province', '广东省', '440000'],
    ['Police in Xinjiang Uygur Autonomous Region arrested 12 people.', 'CN', 'in Xinjiang Uygur Autonomous Region', '新疆维吾尔自治区', '650000'],
    ['Hong Kong and Guangdong police arrested 12 people.', 'HK', 'Hong Kong', '香港'],
    // Names that are not the extent of a figure, and wide words of another place.
    ['The Hong Kong Police Force arrested 12 people.', 'HK', 'Hong Kong', '香港'], // the acting agency's place
    ['Police arrested 12 Hong Kong residents.', 'HK', null],
    ['Victims lost 300 Hong Kong dollars.', 'HK', null],
    ['Police arrested 12 people islandwide.', 'HK', null],
    ['Criminal cases nationwide fell 5.2 per cent.', 'SG', null],
    ['Police arrested 12 people.', 'HK', null],
  ];
  it.each(places)('%s (%s)', (sentence, locale, text, name, code) => {
    const [m] = scoped(sentence, locale);
    if (text === null) { expect(m.place).toBeNull(); return; }
    expect(m.place).toEqual({ text, start: sentence.indexOf(text), end: sentence.indexOf(text) + text.length, name, code: code ?? null });
  });
  it('every place rule has a row above', () => {
    expect(uncovered(PLACE_RULES, places.map((r) => r[2]))).toEqual([]);
  });
});

describe('English passages in parse(): the same drafts → refiners → metric path', () => {
  it('period, place, subject and change reach English metrics, with the year of referenceDate', () => {
    const t = 'In the first five months of this year, 12 430 deception cases were recorded territory-wide, up 8.9 per cent year-on-year. Hong Kong Police Force.';
    const ms = parse(t, { lang: 'en', referenceDate: '2024-06-30' }).metrics;
    expect(ms.map((m) => ({ text: m.text, lang: m.lang, subject: m.subject, change: m.change?.direction ?? null, period: m.period, place: m.place }))).toEqual([
      { text: '12 430', lang: 'en', subject: 'deception cases recorded', change: null,
        period: { text: 'In the first five months of this year', start: 0, end: 37, from: '2024-01', to: '2024-05' },
        place: { text: 'territory-wide', start: t.indexOf('territory-wide'), end: t.indexOf('territory-wide') + 14, name: '香港', code: null } },
      { text: '8.9 per cent', lang: 'en', subject: 'deception cases', change: 'up',
        period: { text: 'In the first five months of this year', start: 0, end: 37, from: '2024-01', to: '2024-05' },
        place: { text: 'territory-wide', start: t.indexOf('territory-wide'), end: t.indexOf('territory-wide') + 14, name: '香港', code: null } },
    ]);
  });
  it('the words of an English release say whose it is: a bare $ and territory-wide follow them', () => {
    const hk = 'During a territory-wide operation in October, police arrested 31 men. They were involved in 142 cases with losses of around $32 million.';
    const [, , money] = parse(hk, { lang: 'en' }).metrics;
    expect([money.unit, money.place?.name]).toEqual(['HKD', '香港']);
    const sg = parse('Police arrested 12 people in an islandwide operation. Victims lost $2 million.', { lang: 'en' }).metrics;
    expect(sg.map((m) => m.unit)).toEqual(['', 'SGD']);
    // A mainland report that names Hong Kong in passing stays mainland: yuan, nationwide.
    const cn = parse('Police nationwide recovered 3 billion yuan, including funds moved through Hong Kong. Cases fell 12 percent nationwide.', { lang: 'en' }).metrics;
    expect(cn.map((m) => [m.unit, m.place?.name ?? null])).toEqual([['CNY', '中华人民共和国'], ['%', '中华人民共和国']]);
  });
  it('each language is refined by its own refiners only, on a bilingual page', () => {
    const t = '本港今年以来共录得12430宗诈骗案,按年上升8.9%。\nIn the first five months of this year, 12 430 deception cases were recorded, up 8.9 per cent year-on-year.';
    const ms = parse(t, { trace: true }).metrics;
    const zh = ms.filter((m) => m.lang === 'zh'), en = ms.filter((m) => m.lang === 'en');
    expect(zh.map((m) => m.text)).toEqual(['12430宗', '8.9%']);
    expect(en.map((m) => m.text)).toEqual(['12 430', '8.9 per cent']);
    for (const m of zh) expect(m.trace!.filter((s) => s.startsWith('en.'))).toEqual([]);
    for (const m of en) expect(m.trace!.filter((s) => s.startsWith('refine.'))).toEqual([]);
    expect(en[1].change).toEqual({ direction: 'up', basis: 'yoy', baseline: null });
    expect(zh[1].change).toEqual({ direction: 'up', basis: 'yoy', baseline: null });
  });
});

describe('English currencies: every row of the tables, by its example', () => {
  /** The first amount of a row's example (`HK$3.14 million, HKD210,000` → `HK$3.14 million`). */
  const firstAmount = (example: string) => example.split(/, | \(/)[0];
  const rows = [...CURRENCY_PREFIX, ...CURRENCY_SUFFIX];
  it.each(rows.map((r) => [r.example, r] as const))('%s', (_example, row) => {
    const amount = firstAmount(row.example);
    const sentence = `Victims lost ${amount} to the syndicate.`;
    const [m] = run(sentence).metrics;
    expect(m.text).toBe(amount);
    expect(m.kind).toBe('money');
    if (typeof row.code === 'string') expect(m.unit).toBe(row.code);
    else if (row.code === null) expect(m.unit).toBe('HKD'); // a bare dollar in a Hong Kong release
    else expect(m.unit).toBe(/[A-Z]{3}/.exec(amount)![0]);
  });
  it('ISO codes that read as words are no currency', () => {
    expect(run('TOP 10 scams were listed.').metrics.map((m) => [m.text, m.kind])).toEqual([['10', 'count']]);
    expect(run('ALL 5 suspects were arrested.').metrics.map((m) => m.kind)).toEqual(['count']);
  });
  it('pounds and ounces before `of` are mass; pounds sterling are money', () => {
    expect(only('Police seized 5 pounds of cannabis.')).toMatchObject({ kind: 'quantity', value: 2.26796185, unit: 'kg' });
    expect(only('He paid 300 pounds sterling.')).toMatchObject({ kind: 'money', value: 300, unit: 'GBP' });
  });
});

describe('English subjects: headlines, lists, respectively, clauses', () => {
  const subjects = (text: string) => run(text).metrics.map((m) => [m.text, m.subject]);
  it('a bare number next to an arrest-like verb counts people', () => {
    expect(subjects('Police arrest 410 in territory-wide crackdown on illegal workers')).toEqual([['410', 'people arrested']]);
    expect(subjects('Police Nab Three In Sham Shui Po Raid')).toEqual([['Three', 'people nabbed']]);
    expect(subjects('Police nab 23, seize drugs worth $3 million')).toEqual([['23', 'people nabbed'], ['$3 million', 'drugs seized']]);
    expect(subjects('Among those arrested, 36 were charged.')).toEqual([['36', 'people charged']]);
    expect(subjects('The 58 arrested comprised 41 men and 17 women.')).toEqual([['58', 'people arrested'], ['41', 'men arrested'], ['17', 'women arrested']]);
  });
  it('list sentences: members after a copula, and `of whom` with an arrest-like verb', () => {
    expect(subjects('Of the 410 arrested, 300 were men and 110 were women.')).toEqual([['410', 'people arrested'], ['300', 'men'], ['110', 'women']]);
    expect(subjects('A total of 52 persons were arrested, 31 of whom were charged.')).toEqual([['52', 'persons arrested'], ['31', 'people charged']]);
    expect(subjects('Of these, 12 were aged under 18.')).toEqual([]);
  });
  it('a number after an arrest-like verb with a noun of its own counts that noun; other verbs count nothing bare', () => {
    expect(subjects('Police arrested 12 illegal workers.')).toEqual([['12', 'illegal workers arrested']]);
    expect(subjects('Officers seized 500 in the raid.')).toEqual([]);
    expect(subjects('He was charged 5 times.')).toEqual([]);
  });
  it('respectively gives each member of a coordinated subject its figure, with the shared head noun', () => {
    expect(subjects('The numbers of burglary and robbery cases were 1 234 and 567 respectively.')).toEqual([['1 234', 'burglary cases'], ['567', 'robbery cases']]);
    expect(subjects('Burglaries, robberies and thefts dropped by 5%, 8% and 12% respectively.')).toEqual([['5%', 'Burglaries'], ['8%', 'robberies'], ['12%', 'thefts']]);
    expect(run('Burglaries, robberies and thefts dropped by 5%, 8% and 12% respectively.').metrics.map((m) => m.change?.direction)).toEqual(['down', 'down', 'down']);
    expect(subjects('Criminal and public security reports decreased by 6.86% and 5.11% respectively.')).toEqual([['6.86%', 'Criminal reports'], ['5.11%', 'public security reports']]);
  });
  it('a percentage whose subject stands in a clause or sentence before it', () => {
    expect(subjects('The number of robberies was 320, which was 15 per cent lower than last year.')).toEqual([['320', 'robberies'], ['15 per cent', 'robberies']]);
    expect(subjects('As for burglaries, there was a decrease of 8 per cent.')).toEqual([['8 per cent', 'burglaries']]);
    expect(subjects('Deception cases reached 28 000; this represents a 20 per cent jump.')).toEqual([['28 000', 'Deception cases'], ['20 per cent', 'Deception cases']]);
    expect(subjects('Thefts numbered 5 000. This was 12 per cent more than in 2022.')).toEqual([['5 000', 'Thefts'], ['12 per cent', 'Thefts']]);
  });
  it('a quantity of what appeared to be a substance measures the suspected substance', () => {
    expect(subjects('Officers found 2 kg of what is believed to be cocaine.')).toEqual([['2 kg', 'suspected cocaine found']]);
    expect(subjects('Officers found 2 kg of cocaine.')).toEqual([['2 kg', 'cocaine found']]);
  });
  it('a pronoun never is the subject, and a new paragraph does not carry the one before', () => {
    expect(subjects('There was a decrease of 8 per cent.')).toEqual([['8 per cent', null]]);
    expect(subjects('Thefts numbered 5 000.\nThis was 12 per cent more than in 2022.')).toEqual([['5 000', 'Thefts'], ['12 per cent', null]]);
  });
  it('without respectively, or with a subject that does not split into as many members, the subject is shared', () => {
    expect(subjects('Burglaries and robberies dropped by 5% and 8%.')).toEqual([['5%', 'Burglaries and robberies'], ['8%', 'Burglaries and robberies']]);
    expect(subjects('Losses were over $1.2 billion and $700 million respectively.')).toEqual([['$1.2 billion', 'Losses'], ['$700 million', 'Losses']]);
  });
  it('a change right after a figure, with no verb of its own, is a change of that figure', () => {
    expect(subjects('Police today (May 2) said that 2,310 deception cases were recorded, up 9 per cent.')).toEqual([['2,310', 'deception cases recorded'], ['9 per cent', 'deception cases']]);
    // An agency acting is no subject, by its name.
    expect(subjects('The Public Security Police Force recorded 1,200 accidents, a decrease of 4% compared with 2023.')).toEqual([['1,200', 'accidents recorded'], ['4%', 'accidents']]);
    // A police action names the counted thing and stays.
    expect(subjects('Officers arrested 300 people, up 5 per cent.')).toEqual([['300', 'people arrested'], ['5 per cent', 'people arrested']]);
  });
  it('a share stated after a figure is the share of that figure', () => {
    expect(subjects('Of them, 410 were investment frauds, accounting for 30 per cent of all frauds.')).toEqual([['410', 'investment frauds'], ['30 per cent', 'share of investment frauds in frauds']]);
    expect(subjects('Of those arrested, 20 were students, making up 40 per cent of the total.')).toEqual([['20', 'students'], ['40 per cent', 'share of students']]);
  });
  it('a part of a group: a quoted kind, a description of the group before, a group named in the opener', () => {
    expect(subjects('Among them, 515 were "fake customer service" scams.')).toEqual([['515', 'fake customer service scams']]);
    expect(subjects('Police received 900 theft reports. Of these, 120 were related to bicycles.')).toEqual([['900', 'theft reports received'], ['120', 'theft reports related to bicycles']]);
    expect(subjects('Police recorded 80 robberies. Among them, 12 involved firearms.')).toEqual([['80', 'robberies recorded'], ['12', 'robberies involving firearms']]);
    expect(subjects('Among the injured, 9 were seriously hurt.')).toEqual([['9', 'injured']]);
    expect(subjects('Police arrested 50 people, of whom 12 were below 18 years old.')).toEqual([['50', 'people arrested']]);
  });
  it('cases and amounts of the action right before them', () => {
    expect(subjects('Officers arrested 12 men and detected 40 cases.')).toEqual([['12', 'men arrested'], ['40', 'cases detected']]);
    expect(subjects('They intercepted 900 calls and recovered 5 million yuan.')).toEqual([['900', 'calls intercepted'], ['5 million yuan', 'amount recovered']]);
    expect(subjects('The suspects were involved in 60 cases, with victims losing over $2 million.')).toEqual([['60', 'cases involved'], ['$2 million', 'amount lost']]);
    expect(subjects('Police collected fines of MOP 3 million.')).toEqual([['MOP 3 million', 'fines collected']]);
  });
  it('the action of a count: after an aside, after the noun alone, and not across another verb', () => {
    expect(subjects('Police said 256 people, including 27 core members, were arrested.')).toEqual([['256', 'people arrested'], ['27', 'core members']]);
    expect(subjects('In Hubei alone, 1,300 cases were cracked.')).toEqual([['1,300', 'cases cracked']]);
    expect(subjects('Officers inspected 420 venues and took action against 61 gambling dens.')).toEqual([['420', 'venues inspected'], ['61', 'gambling dens']]);
  });
  it('an amount named by the noun before it, and no action from another clause', () => {
    expect(subjects('Police received 958 reports, with losses exceeding $1.3 billion.')).toEqual([['958', 'reports received'], ['$1.3 billion', 'losses']]);
    expect(subjects('Customs detected 38 cases, with seizures totalling 610kg, a surge of 73 per cent.')).toEqual([['38', 'cases detected'], ['610kg', 'seizures'], ['73 per cent', 'seizures']]);
  });
  it('levels from one figure to another, a part of a whole, a year compared with', () => {
    expect(subjects('Speeding accidents rose from 812 to 903.')).toEqual([['812', 'Speeding accidents'], ['903', 'Speeding accidents']]);
    expect(subjects('Elderly pedestrians accounted for 41 of the 64 pedestrian fatalities.')).toEqual([['41', 'Elderly pedestrians'], ['64', 'pedestrian fatalities']]);
    expect(subjects('Fatal accidents fell 9.9% from 151 in 2023.')).toEqual([['9.9%', 'Fatal accidents'], ['151', 'Fatal accidents']]);
  });
  it('the amount of the action on the figure before it, and an agency by its initials owns no amount', () => {
    expect(subjects('The ring cheated 57 victims of about MOP 4.3 million.')).toEqual([['57', 'victims cheated'], ['MOP 4.3 million', 'amount cheated']]);
    expect(subjects('They were involved in 142 cases with losses of $32 million.')).toEqual([['142', 'cases involved'], ['$32 million', 'losses involved']]);
    expect(subjects('The PJ handled 1,041 cases, while the amount involved fell to MOP 118 million.')).toEqual([['1,041', 'cases handled'], ['MOP 118 million', 'amount involved']]);
  });
  it('a count compared with in the same period', () => {
    expect(subjects('In 2025, 243 workers were arrested, compared with 198 in the same quarter last year.')).toEqual([['243', 'workers arrested'], ['198', 'workers arrested']]);
  });
  it('the time of a figure is no part of its subject', () => {
    expect(subjects('Triad-related crimes in the first eight months of this year stood at 1,487.')).toEqual([['1,487', 'Triad-related crimes']]);
  });
  it('a participle before the verb, or after an adverb, describes the noun', () => {
    expect(subjects('The total amount lost fell by 4 per cent.')).toEqual([['4 per cent', 'amount lost']]);
    expect(subjects('The number of newly arrested traffickers rose by 7 percent.')).toEqual([['7 percent', 'newly arrested traffickers']]);
  });
});

describe('English differences and compared levels', () => {
  it('a count more or fewer than a named period is a change with that baseline', () => {
    const [level, diff] = run('A total of 286 drivers were prosecuted, 41 more than in the second quarter.').metrics;
    expect([level.text, level.change]).toEqual(['286', null]);
    expect([diff.text, diff.kind, diff.change, diff.subject]).toEqual(['41', 'count', up('baseline', 'second quarter'), 'drivers prosecuted']);
    expect(only('Thefts were 15 fewer than in 2023.', 'HKD').change).toEqual(down('baseline', '2023'));
  });
  it('a level compared with is a count, and its period is the basis written after it', () => {
    const t = 'Scam cases rose to 9,665, up from 8,472 in the same period in 2024.';
    const ms = runEnglish(t, { locale: 'SG', year: 2025 }).metrics;
    expect(ms.map((m) => [m.text, m.change, m.period?.text ?? null])).toEqual([['9,665', null, null], ['8,472', null, 'in the same period in 2024']]);
  });
  it('a change said again after `or` keeps the basis of the first', () => {
    const ms = run('Police opened 2,876 cases, 212 fewer than in the same period of 2024, or a fall of 6.9%.').metrics;
    expect(ms.map((m) => [m.text, m.change])).toEqual([['2,876', null], ['212', down('yoy')], ['6.9%', down('yoy')]]);
  });
  it('the time written right after a compared figure is its period', () => {
    const t = 'Scam cases rose by 10.8 per cent to 51,501 in 2024, from 46,563 cases in 2023.';
    expect(runEnglish(t, { locale: 'SG', year: 2025 }).metrics.map((m) => [m.text, m.period?.text ?? null]))
      .toEqual([['10.8 per cent', 'in 2024'], ['51,501', 'in 2024'], ['46,563', 'in 2023']]);
  });
  it('a rate compared with that of last year is year-on-year', () => {
    expect(only('The detection rate was 1.8 percentage points higher than that of last year.').change).toEqual(up('yoy'));
  });
});
