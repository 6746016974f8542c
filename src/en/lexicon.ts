/**
 * Word tables for English releases. Each row carries an example so that a reader can see
 * what it is for; the extractors only read `pattern`/`words` and the payload.
 * Patterns are anchored by the callers (prefix tables are tested at the end of the text
 * before a number, suffix tables at the start of the text after it), so none of them scans.
 */
import type { Approximate, Direction } from '../schema.js';
import { currencyCode } from '../lexicon/iso4217.js';

export interface CurrencyRow {
  /** ISO 4217 code, a reader of the code from the match (`JPY15`), or null for a bare `$` (the place's currency). */
  code: string | null | ((m: RegExpExecArray) => string | undefined);
  pattern: RegExp;
  example: string;
}

/** A written ISO code (group 1), when it is a currency: `JPY`, `EUR`, not `TOP`. */
const writtenCode = (m: RegExpExecArray): string | undefined => currencyCode(m[1]) ?? undefined;

/** Currency written before the number, tested against the text just before it (anchored with `$`). */
export const CURRENCY_PREFIX: readonly CurrencyRow[] = [
  { code: 'HKD', pattern: /(?:\bHK\$|\bHKD ?|\bHK ?\$ ?)$/, example: 'HK$3.14 million, HKD210,000' },
  { code: 'USD', pattern: /(?:\bUS ?\$|\bUSD ?|\bU\.S\. ?\$)$/, example: 'US$383,406' },
  { code: 'SGD', pattern: /(?:\bS\$|\bSGD ?)$/, example: 'S$1.2 million' },
  { code: 'TWD', pattern: /(?:\bNT ?\$|\bTWD ?)$/, example: 'NT$356 million' },
  { code: 'MOP', pattern: /(?:\bMOP ?\$? ?|\bPtcs?\.? ?)$/, example: 'MOP 2.5 million' },
  { code: 'AUD', pattern: /\bA(?:U)?\$ ?$/, example: 'A$2 million' },
  { code: 'CAD', pattern: /\bC(?:A)?\$ ?$/, example: 'C$500,000' },
  { code: 'NZD', pattern: /\bNZ\$ ?$/, example: 'NZ$80,000' },
  { code: 'JPY', pattern: /\bJP¥ ?$/, example: 'JP¥3 million' },
  { code: 'CNY', pattern: /(?:\bRMB ?|\bCNY ?|¥ ?)$/, example: 'RMB 5,000' },
  { code: 'MYR', pattern: /\bRM ?$/, example: 'RM50,000' },
  { code: 'IDR', pattern: /\bRp\.? ?$/, example: 'Rp 15 million' },
  { code: 'EUR', pattern: /(?:€ ?|\bEUR ?)$/, example: '€2 million' },
  { code: 'GBP', pattern: /£ ?$/, example: '£300' },
  { code: 'KRW', pattern: /₩ ?$/, example: '₩500 million' },
  { code: 'INR', pattern: /₹ ?$/, example: '₹20,000' },
  { code: 'THB', pattern: /฿ ?$/, example: '฿30,000' },
  { code: 'PHP', pattern: /₱ ?$/, example: '₱50,000' },
  { code: 'VND', pattern: /₫ ?$/, example: '₫20 million' },
  { code: 'RUB', pattern: /₽ ?$/, example: '₽1 million' },
  // Any other ISO code written before the number: `JPY15 million`, `CHF 2,000`.
  { code: writtenCode, pattern: /(?<![A-Za-z])([A-Z]{3}) ?$/, example: 'JPY15 million' },
  { code: null, pattern: /(?<![A-Za-z])\$ ?$/, example: '$15 million (a Hong Kong release: HKD)' },
];

/** Currency written after the number (and its scale word), anchored at the start with `^`. */
export const CURRENCY_SUFFIX: readonly CurrencyRow[] = [
  { code: 'USD', pattern: /^ ?(?:U\.S\.|US|American) dollars?\b/i, example: '4.27 billion U.S. dollars' },
  { code: 'HKD', pattern: /^ ?(?:Hong Kong|HK) dollars?\b/i, example: '3 million Hong Kong dollars' },
  { code: 'SGD', pattern: /^ ?Singapore dollars?\b/i, example: '500 Singapore dollars' },
  { code: 'TWD', pattern: /^ ?(?:New Taiwan|Taiwan|NT) dollars?\b/i, example: '356 million New Taiwan dollars' },
  { code: 'AUD', pattern: /^ ?Australian dollars?\b/i, example: '2 million Australian dollars' },
  { code: 'CAD', pattern: /^ ?Canadian dollars?\b/i, example: '500 Canadian dollars' },
  { code: 'NZD', pattern: /^ ?New Zealand dollars?\b/i, example: '300 New Zealand dollars' },
  { code: 'CNY', pattern: /^ ?(?:yuan|renminbi|RMB)\b/i, example: '8.13 billion yuan' },
  { code: 'MOP', pattern: /^ ?(?:Maca[uo] )?(?:patacas?|MOP)\b/i, example: '2,000 patacas' },
  { code: 'EUR', pattern: /^ ?euros?\b/i, example: '3 million euros' },
  { code: 'JPY', pattern: /^ ?(?:Japanese )?yen\b/i, example: '15 million yen' },
  { code: 'KRW', pattern: /^ ?(?:South )?Korean won\b/i, example: '500 million Korean won' },
  { code: 'THB', pattern: /^ ?(?:Thai )?baht\b/i, example: '30,000 baht' },
  { code: 'MYR', pattern: /^ ?(?:Malaysian )?ringgit\b/i, example: '50,000 ringgit' },
  { code: 'IDR', pattern: /^ ?(?:Indonesian )?rupiah\b/i, example: '15 million rupiah' },
  { code: 'INR', pattern: /^ ?(?:Indian )?rupees?\b/i, example: '2 million rupees' },
  { code: 'PHP', pattern: /^ ?Philippine pesos?\b/i, example: '50,000 Philippine pesos' },
  { code: 'MXN', pattern: /^ ?Mexican pesos?\b/i, example: '50,000 Mexican pesos' },
  { code: 'VND', pattern: /^ ?(?:Vietnamese )?dong\b/i, example: '20 million dong' },
  { code: 'RUB', pattern: /^ ?(?:Russian )?(?:roubles?|rubles?)\b/i, example: '1 million roubles' },
  { code: 'CHF', pattern: /^ ?Swiss francs?\b/i, example: '2,000 Swiss francs' },
  { code: 'AED', pattern: /^ ?(?:UAE )?dirhams?\b/i, example: '10,000 dirhams' },
  { code: 'GBP', pattern: /^ ?(?:pounds? sterling|British pounds?)\b/i, example: '300 pounds sterling' },
  // Any ISO code after the number: `500 HKD`, `15 million JPY`.
  { code: writtenCode, pattern: /^ ?([A-Z]{3})\b/, example: '500 HKD, 15 million JPY' },
  { code: null, pattern: /^ ?dollars?\b/i, example: '300 dollars (the place’s dollar)' },
];

/** Whether a currency written glued before a number ends at `at` (`HKD210,000`, `JPY15`, `RM50`). */
export function currencyGluedBefore(text: string, at: number): boolean {
  const m = /(?:^|[^A-Za-z])([A-Z]{3}|RM|Rp|Ptcs?)$/.exec(text.slice(Math.max(0, at - 5), at));
  return m !== null && (m[1].length !== 3 || currencyCode(m[1]) !== null || m[1] === 'RMB');
}

/** Scale words after a number. `m`/`bn` only count for money (`HK$3m`). */
export const SCALES: readonly { pattern: RegExp; factor: number; moneyOnly: boolean; example: string }[] = [
  { pattern: /^[ -]?trillion\b/i, factor: 1e12, moneyOnly: false, example: '1.2 trillion yuan' },
  { pattern: /^[ -]?(?:billion|bn)\b/i, factor: 1e9, moneyOnly: false, example: '8.13 billion yuan' },
  { pattern: /^[ -]?(?:million|mln)\b/i, factor: 1e6, moneyOnly: false, example: '1.2 million' },
  { pattern: /^[ -]?thousand\b/i, factor: 1e3, moneyOnly: false, example: '12 thousand' },
  { pattern: /^ ?m\b(?![.²])/, factor: 1e6, moneyOnly: true, example: 'HK$3m' },
  { pattern: /^ ?k\b/, factor: 1e3, moneyOnly: true, example: 'S$50k' },
];

/** Percent and percentage-point suffixes. */
export const PERCENT_SUFFIX: readonly { pattern: RegExp; kind: 'percent' | 'percentage_point'; example: string }[] = [
  { pattern: /^[ -]?(?:percentage|per ?cent(?:age)?) points?\b/i, kind: 'percentage_point', example: '1.2 percentage points' },
  { pattern: /^ ?%/, kind: 'percent', example: '12.9%' },
  { pattern: /^[ -]?(?:per ?cent|pct)\b/i, kind: 'percent', example: '12.9 per cent, 25.7-pct drop' },
];

/** Physical units. Mass is converted to kg; other units keep their written name in a normal form. */
export const UNITS: readonly { pattern: RegExp; unit: string; factor: number; example: string }[] = [
  { pattern: /^ ?(?:metric )?(?:tonnes?|tons?)\b/i, unit: 'kg', factor: 1000, example: '24.4 tonnes, 27 metric tons' },
  { pattern: /^ ?(?:kilograms?|kilogrammes?|kilos?|kgs?)\b/i, unit: 'kg', factor: 1, example: '7 kg, 40 kilograms' },
  { pattern: /^ ?(?:milligrams?|mg)\b/i, unit: 'kg', factor: 1e-6, example: '30 mg' },
  { pattern: /^ ?(?:grams?|grammes?)\b/i, unit: 'kg', factor: 0.001, example: '500 grams' },
  // Lower-case only, so that `5G network` is no mass.
  { pattern: /^ ?g(?![\w-])/, unit: 'kg', factor: 0.001, example: '12g' },
  // Pounds and ounces only before `of`: `300 pounds` alone may be money.
  { pattern: /^ ?(?:pounds?|lbs?)(?= of\b)/i, unit: 'kg', factor: 0.45359237, example: '5 pounds of cannabis' },
  { pattern: /^ ?(?:ounces?|oz)(?= of\b)/i, unit: 'kg', factor: 0.028349523125, example: '12 ounces of cocaine' },
  { pattern: /^ ?(?:litres?|liters?)\b/i, unit: 'litres', factor: 1, example: '900 litres' },
  { pattern: /^ ?(?:millilitres?|milliliters?|ml)\b/i, unit: 'ml', factor: 1, example: '50 ml' },
  { pattern: /^ ?(?:square metres?|square meters?|sq\.? ?m|m²)(?![a-z])/i, unit: 'square metres', factor: 1, example: '200 square metres' },
  { pattern: /^ ?(?:kilometres?|kilometers?|km)\b/i, unit: 'km', factor: 1, example: '12 km' },
  { pattern: /^ ?hectares?\b/i, unit: 'hectares', factor: 1, example: '3 hectares' },
];

/** `four-fold`, `3.3 fold`, `three times` (the last only before a comparative). */
export const MULTIPLE_SUFFIX = /^[ -]?fold\b/i;
export const TIMES_SUFFIX = /^ times (?=(?:more|higher|larger|greater|bigger|as|that|the|over|compared|than)\b)/i;

/** Approximation words directly before the number (after stripping `a total of` etc.). */
export const APPROX_BEFORE: readonly { pattern: RegExp; value: Approximate; example: string }[] = [
  { pattern: /\b(?:more than|over|at least|in excess of|upwards of|exceeding|exceeded|surpassing|above|no less than|not less than)\s*$/i, value: 'over', example: 'more than 410 people' },
  { pattern: /\b(?:nearly|almost|close to|approaching|just under|just short of)\s*$/i, value: 'nearly', example: 'nearly 60 per cent' },
  { pattern: /\b(?:about|around|approximately|approx\.?|some|roughly|an estimated|estimated|circa|an approximate)\s*$/i, value: 'about', example: 'about 40 kilograms' },
  { pattern: /\b(?:less than|fewer than|under|below|not more than|no more than|up to)\s*$/i, value: 'under', example: 'less than 5 per cent' },
];
/** `1,000-plus`, `1,000 or more`, `500 and above` after the number. */
export const APPROX_AFTER: readonly { pattern: RegExp; value: Approximate; example: string }[] = [
  { pattern: /^(?:-plus\b|\+| plus\b| or more\b| and above\b| odd\b)/i, value: 'over', example: 'some 300-plus officers' },
  { pattern: /^(?: or so\b| or thereabouts\b)/i, value: 'about', example: '50 or so' },
  { pattern: /^(?: or less\b| or fewer\b)/i, value: 'under', example: '50 or fewer' },
];

/** Words that state a direction of change. Verb forms and nouns both count. */
export const DIRECTION_WORDS: readonly { words: readonly string[]; direction: Direction; example: string }[] = [
  {
    direction: 'up',
    example: 'rose 6.2 per cent; an increase of 2 087 cases; a two-fold increase',
    words: ['rose', 'rise', 'rises', 'rising', 'risen', 'increase', 'increased', 'increases', 'increasing', 'grew', 'grow', 'grows',
      'growth', 'grown', 'up', 'jump', 'jumped', 'jumps', 'surge', 'surged', 'surging', 'soar', 'soared', 'soaring', 'climb', 'climbed',
      'higher', 'more', 'upturn', 'upsurge', 'spike', 'spiked', 'hike', 'gain', 'gained', 'doubled', 'tripled', 'rebound', 'rebounded'],
  },
  {
    direction: 'down',
    example: 'fell 6.2 per cent; a decrease of 716 cases; a 29.1-percent decline',
    words: ['fell', 'fall', 'falls', 'falling', 'fallen', 'drop', 'dropped', 'drops', 'dropping', 'decrease', 'decreased', 'decreases',
      'decreasing', 'decline', 'declined', 'declines', 'declining', 'down', 'reduction', 'reduced', 'reduce', 'lower', 'less', 'fewer',
      'plunge', 'plunged', 'plummeted', 'slump', 'slumped', 'dip', 'dipped', 'shrank', 'shrink', 'slid', 'decrement', 'cut', 'eased', 'downturn'],
  },
  { direction: 'flat', example: 'remained unchanged', words: ['unchanged', 'flat', 'stable'] },
];
const DIR = new Map<string, Direction>();
for (const row of DIRECTION_WORDS) for (const w of row.words) DIR.set(w, row.direction);
/** Direction of one lower-case word, or undefined. */
export const directionOf = (word: string): Direction | undefined => DIR.get(word.toLowerCase());

/** Level words for a rate with a direction word earlier in the sentence: `making up 80 per cent` is a share, `would be just 0.5 per cent` is not. */
export const SHARE_BEFORE = /\b(?:to|from|at|reached|reaching|totall?ed|totalling|totaling|stood at|making up|made up|make up|accounting for|accounted for|account for|represent(?:ed|ing|s)?|of all|constituted|comprised)\s*$/i;
/** `ranging from 40% to one fold`: a range of changes, not a level. */
export const RANGE_BEFORE = /\brang(?:e|es|ed|ing) (?:from |between )?$/i;

/** Comparison phrases that make a change year-on-year. */
export const YOY = /\b(?:year[- ]on[- ]year|y-o-y|yoy|from a year (?:earlier|ago|before)|than a year (?:earlier|ago|before)|(?:compared|as compared|when compared) (?:with|to) (?:the )?(?:previous|preceding|last|prior) year|over the previous year|(?:than|from) (?:that of |those of |the figure (?:of|for) )?(?:the )?(?:previous|preceding|last|prior) year|(?:the )?same (?:period|time|quarter|month|half)(?: of| in| a| last)?(?: the)?(?: (?:last|previous|preceding|prior) year| year)?(?: (?:19|20)\d\d)?)/i;
export const MOM = /\b(?:month[- ]on[- ]month|from (?:the )?(?:previous|last|prior) month|compared (?:with|to) (?:the )?(?:previous|last|prior) month)\b/i;
/** A named comparison period: `compared with 2019`, `than in 2019`, `from 2019`, `the 2019 tally`. */
export const BASELINE = /\b(?:compared (?:with|to)|as against|against|versus|vs\.?|than(?: (?:in|during|for))?|from|over)(?: [\d,. ]+\d(?: [a-z]+)? in)?(?: (?:the|that of|those of|that in|the level of|levels of|the figure(?:s)? (?:for|of|in)))?(?: (?:full[- ]year|first half of|whole of))? ((?:19|20)\d\d|(?:first|second|third|fourth) quarter(?: of (?:19|20)\d\d)?|(?:first|second) half(?: of (?:19|20)\d\d)?)\b/i;

/** Counted nouns that say nothing of their own: the subject comes from the clause (`to 243 instances`). */
export const GENERIC_NOUNS = new Set(['cases', 'case', 'instances', 'instance', 'incidents', 'reports', 'ones', 'times', 'counts', 'items', 'in']);

/** Heads that are periods of time: `63 consecutive months`, `three quarters` are durations, not metrics. */
export const TIME_NOUNS = new Set(['year', 'years', 'month', 'months', 'day', 'days', 'week', 'weeks', 'hour', 'hours', 'minute',
  'minutes', 'second', 'seconds', 'quarter', 'quarters', 'decade', 'decades', 'century', 'centuries', 'night', 'nights',
  'am', 'pm', 'a.m.', 'p.m.', 'hrs', "o'clock", 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'year-old', 'years-old', 'year-olds', 'storey', 'storeys', 'floor', 'st', 'nd', 'rd', 'th', 'th.']);

/** Fractions: `nearly two thirds` is a share in words, not a count. */
export const FRACTION_NOUNS = new Set(['half', 'halves', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'tenths']);

/** Words that end a counted noun phrase. */
export const NP_STOP = new Set(['the', 'a', 'an', 'and', 'or', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'of', 'was', 'were',
  'is', 'are', 'be', 'been', 'had', 'has', 'have', 'that', 'which', 'who', 'as', 'than', 'worth', 'including', 'included', 'respectively',
  'last', 'this', 'during', 'between', 'per', 'percent', 'pct', 'cent', 'when', 'while', 'after', 'before', 'since', 'until', 'into',
  'over', 'under', 'about', 'around', 'each', 'year-on-year', 'compared', 'according', 'such', 'across', 'nationwide', 'involving',
  'involved', 'related', 'among', 'amid', 'against', 'through', 'per', 'were', 'will', 'would', 'could', 'can', 'may', 'also', 'not',
  'no', 'but', 'so', 'then', 'there', 'here', 'its', 'their', 'his', 'her', 'ago', 'earlier', 'later', 'today', 'yesterday', 'up', 'down',
  'out', 'off', 'via', 'caused', 'causing', 'incurred', 'suffered', 'sustained', 'what', 'whom', 'whose', 'where', 'both', 'all', 'some', 'other', 'only', 'just', 'already', 'still', 'more', 'less', 'fewer', 'times']);

/** Verbs that describe what the police did to the counted thing: `1,100 people arrested`. */
export const ACTION_VERBS = new Set(['arrested', 'seized', 'detained', 'captured', 'solved', 'resolved', 'cracked', 'detected',
  'recorded', 'reported', 'registered', 'searched', 'inspected', 'investigated', 'prosecuted', 'charged', 'convicted', 'handled',
  'dismantled', 'busted', 'smashed', 'confiscated', 'intercepted', 'rescued', 'found', 'discovered', 'received', 'cheated',
  'recovered', 'deported', 'repatriated', 'checked', 'screened', 'issued', 'eliminated', 'apprehended', 'nabbed', 'raided',
  'uncovered', 'destroyed', 'handed', 'caught', 'killed', 'injured', 'identified', 'removed', 'frozen', 'involved', 'sentenced',
  'fined', 'warned', 'educated', 'lost', 'stolen', 'defrauded', 'mobilised', 'mobilized', 'deployed', 'dealt', 'processed', 'filed',
  'closed', 'cleared', 'netted', 'confirmed', 'scammed', 'swindled', 'laundered', 'smuggled', 'trafficked', 'shut', 'blocked', 'recouped', 'returned', 'tested', 'held', 'questioned', 'punished',
  'collected', 'imposed', 'paid', 'transferred']);

/** Present/past forms that map to the participle used in a subject: `Police arrest …` → `arrested`. */
export const ACTION_BASE: Readonly<Record<string, string>> = {
  arrest: 'arrested', arrests: 'arrested', seize: 'seized', seizes: 'seized', detain: 'detained', capture: 'captured',
  solve: 'solved', resolve: 'resolved', crack: 'cracked', seizing: 'seized', arresting: 'arrested', find: 'found', finds: 'found',
  catch: 'caught', bust: 'busted', smash: 'smashed', rescue: 'rescued', raid: 'raided', investigate: 'investigated', froze: 'frozen', freeze: 'frozen', recover: 'recovered', help: 'helped', helped: 'helped', remove: 'removed', intercept: 'intercepted', dismantle: 'dismantled', recovering: 'recovered', discovering: 'discovered',
  involving: 'involved', lose: 'lost', loses: 'lost', losing: 'lost',
};

/**
 * Actions whose object is always people, by every written form, with the participle a subject
 * uses: a bare number next to them counts persons (`Police arrest 410 in …`, `36 were charged`,
 * `the 58 arrested`).
 */
export const PERSON_ACTIONS: Readonly<Record<string, string>> = Object.fromEntries(
  ([
    ['arrested', ['arrest', 'arrests', 'arresting']], ['nabbed', ['nab', 'nabs']], ['detained', ['detain', 'detains']],
    ['charged', ['charge', 'charges']], ['apprehended', ['apprehend', 'apprehends']], ['rescued', ['rescue', 'rescues']],
    ['deported', ['deport', 'deports']], ['repatriated', ['repatriate', 'repatriates']], ['jailed', ['jail', 'jails']],
    ['convicted', ['convict', 'convicts']], ['prosecuted', ['prosecute', 'prosecutes']], ['remanded', ['remand', 'remands']],
    ['killed', ['kill', 'kills']], ['injured', ['injure', 'injures']], ['questioned', []],
  ] as const).flatMap(([participle, forms]) => [[participle, participle], ...forms.map((f) => [f, participle])]),
);
export const PERSON_ACTIONS_EXAMPLE = 'Police arrest 410 in raids; 36 were charged; the 58 arrested';

/** Openers that are not part of what is measured: `The total number of reported crimes` → `reported crimes`. */
export const SUBJECT_OPENERS = /^(?:(?:and|but|while|however|moreover|meanwhile|additionally|also|of|in addition|among them|of them|of these|overall|in total)[, ]+)*(?:(?:the|a|an|all|its|their|these|those|this)\s+)*(?:(?:overall|total|combined|aggregate|whole|entire|huge|large|great|small|high|low)\s+)?(?:(?:number|numbers|tally|count|total|amount|sum|figure|figures|percentage|proportion|share|level|volume|value)\s+of\s+)?(?:(?:all|the|these|those)\s+)?(?:(?:forms|kinds|types|categories|sorts)\s+of\s+)?/i;
