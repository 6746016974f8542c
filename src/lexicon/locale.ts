/**
 * Which place a release speaks for. It decides the currency of a bare 元 or `$`
 * (contract: CNY on the mainland, HKD in Hong Kong, MOP in Macau, TWD in Taiwan, SGD in Singapore).
 */
export type Locale = 'CN' | 'HK' | 'MO' | 'TW' | 'SG';

export interface LocaleCue {
  locale: Locale;
  /** Matched against the normalized (simplified, half-width) text. */
  pattern: RegExp;
  weight: number;
  example: string;
}

/**
 * English releases often name no place at all (`Police today (November 5) said …`): their scope
 * words, districts and agencies say whose release it is. Each is a cue below and part of the hint.
 */
const HK_ENGLISH = /territory-wide|Kowloon|New Territories|Tsim Sha Tsui|Mong Kok|Sham Shui Po|Kwun Tong|Wan Chai|Causeway Bay|Tuen Mun|Yuen Long|Sha Tin|Tsuen Wan|Kwai Chung|Anti-Deception Coordination Centre|Commercial Crime Bureau|Organized Crime and Triad Bureau/g;
const SG_ENGLISH = /island-?wide|Anti-Scam Command|ScamShield|Central Narcotics Bureau/g;
const MO_ENGLISH = /Public Security Police|patacas?\b/g;
const CN_ENGLISH = /\byuan\b|Ministry of Public Security|Xinhua/g;

export const LOCALE_CUES: readonly LocaleCue[] = [
  { locale: 'CN', pattern: /公安(?:机关|局|厅|部)|派出所/g, weight: 3, example: '自治区公安厅' },
  { locale: 'CN', pattern: /人民币|内地/g, weight: 1, example: '人民币' },
  { locale: 'HK', pattern: /香港警方|警务处|香港特区|港警|Hong Kong Police|HK\$|HKSAR/g, weight: 3, example: '香港警方' },
  { locale: 'HK', pattern: /香港|Hong Kong/g, weight: 1, example: '香港' },
  // Hong Kong's own scope words and regions (本港, 全港, 港岛, 新界), as 本澳 is Macau's.
  { locale: 'HK', pattern: /本港|全港|港岛|新界/g, weight: 3, example: '本港' },
  { locale: 'MO', pattern: /司法警察局|治安警察局|澳门警方|本澳|Judiciary Police|Macao|Macau|MOP/g, weight: 3, example: '司法警察局' },
  { locale: 'MO', pattern: /澳门/g, weight: 1, example: '澳门' },
  { locale: 'TW', pattern: /警政署|刑事警察局|刑事局|新台币|NT\$/g, weight: 3, example: '刑事警察局' },
  // City police bureaus of Taiwan (台中市政府警察局) and Minguo years in brackets (`去(113)年`).
  { locale: 'TW', pattern: /(?:台北|新北|桃园|台中|台南|高雄|基隆|新竹|嘉义|屏东|宜兰|花莲|台东|彰化|云林|苗栗|南投)(?:市|县)?(?:政府)?警察局|[(]1[01]\d[)]年|民国\d{2,3}年/g, weight: 3, example: '台中市政府警察局' },
  // A mainland release that names 台湾 or Singapore (a fraud ring, a suspect's origin) still speaks for the mainland.
  { locale: 'TW', pattern: /台湾|Taiwan/g, weight: 1, example: '台湾' },
  { locale: 'SG', pattern: /Singapore Police|S\$/g, weight: 3, example: 'Singapore Police Force' },
  { locale: 'SG', pattern: /Singapore|新加坡/g, weight: 1, example: '新加坡' },
  { locale: 'HK', pattern: HK_ENGLISH, weight: 3, example: 'a territory-wide operation' },
  { locale: 'SG', pattern: SG_ENGLISH, weight: 3, example: 'an islandwide operation' },
  { locale: 'MO', pattern: MO_ENGLISH, weight: 3, example: 'the Public Security Police' },
  // An English mainland report that names Hong Kong or Taiwan in passing still speaks for the mainland.
  { locale: 'CN', pattern: CN_ENGLISH, weight: 3, example: 'Hong Kong and 36.2 billion yuan' },
];

/**
 * Something every cue of a locale other than CN contains (港, 澳, 台湾, 警察局, `HK`, `Maca` …):
 * a text without it is mainland (CN) without counting any cue. A few searches, much cheaper than
 * the cue searches; most releases are mainland. Whole words rather than single letters or 台 (平台,
 * 电视台 are mainland words), so that few mainland releases get past it. Extend it when a cue gets
 * a word that contains none of these. Tested one by one (not global: no lastIndex to keep): V8
 * skips through a mainland text quickly for each, three times faster in all than for their union.
 */
const OTHER_LOCALE_HINTS: readonly RegExp[] = [/港|澳|新界|台湾|新[加台]|警务处|警察局|警政署|刑事局|民国|[(]1[01]\d[)]年|Hong Kong|HK|Judiciary|Maca|MOP|NT\$|Taiwan|S(?:ingapore|\$)/, HK_ENGLISH, SG_ENGLISH, MO_ENGLISH]
  .map((r) => new RegExp(r.source));

export const LOCALE_CURRENCY: Readonly<Record<Locale, string>> = {
  CN: 'CNY', HK: 'HKD', MO: 'MOP', TW: 'TWD', SG: 'SGD',
};

/** What a bare `$` before a number is: the local dollar, and the US dollar in a mainland release (`骗取$500`). */
export const DOLLAR_OF_LOCALE: Readonly<Record<Locale, string>> = {
  CN: 'USD', HK: 'HKD', MO: 'MOP', TW: 'TWD', SG: 'SGD',
};

/**
 * Locales where an amount written in a named currency of the pair 港元/澳门元 carries that currency to
 * later bare 元 (a Macau release that reports in 港元 and then writes `5万元`).
 */
export const NAMED_CURRENCY_CARRIES: ReadonlySet<Locale> = new Set<Locale>(['HK', 'MO']);

/** Scores every cue over the normalized text; the mainland wins ties and empty texts. */
export function detectLocale(normalizedText: string): Locale {
  if (!OTHER_LOCALE_HINTS.some((hint) => hint.test(normalizedText))) return 'CN';
  const score: Record<Locale, number> = { CN: 0.5, HK: 0, MO: 0, TW: 0, SG: 0 };
  for (const cue of LOCALE_CUES) {
    cue.pattern.lastIndex = 0;
    let n = 0;
    while (cue.pattern.exec(normalizedText) && n < 50) n++;
    score[cue.locale] += n * cue.weight;
  }
  let best: Locale = 'CN';
  for (const l of Object.keys(score) as Locale[]) if (score[l] > score[best]) best = l;
  return best;
}
