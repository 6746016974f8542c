import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitLanguages, findOperations } from '../src/en/index.js';
import type { Metric } from '../src/schema.js';
import { localeOfCurrency, runEnglish } from './englishRun.js';

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
  text: string;
  expect: Array<{ text: string; occurrence: number; kind: string; value: number; unit: string; approximate: string | null; change: Metric['change']; subject: string | null }>;
  none: string[];
}
const dir = join(__dirname, '..', 'fixtures', 'en');
const fixtures: Fixture[] = readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')));

describe.each(fixtures)('fixture $id', (fx) => {
  const metrics = splitLanguages(fx.text).filter((s) => s.lang === 'en')
    .flatMap((s) => runEnglish(fx.text, { locale: localeOfCurrency(fx.currency), start: s.start, end: s.end }).metrics);
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
    const t0 = Date.now();
    run(junk);
    splitLanguages(junk);
    expect(Date.now() - t0).toBeLessThan(20_000);
  });
});
