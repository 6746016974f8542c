/**
 * The region the statistics cover. Scope words (全区, 全省, 全市, 全县, 全国, 全疆, 本港 …) give the
 * level; the agency's place prefix, then the places named in the title and head of the body,
 * give the division. Codes are GB/T 2260 (see lexicon/divisions.ts).
 *
 * A national scope (全国) resolves to `{ name: '中华人民共和国', code: null }`: GB/T 2260 has no
 * code for the country as a whole (the `100000` some map APIs use is not part of the standard).
 * In a Taiwanese release 全国 is Taiwan (710000).
 */
import type { Region } from '../schema.js';
import { detectLocale, type Locale } from '../lexicon/locale.js';
import {
  AUTONOMOUS_REGIONS, NATION, divisionByCode, findPlaces, isGenericDivisionName, provinceOf, cityOf, standardCode, type Division, type DivisionLevel,
} from '../lexicon/divisions.js';
import type { AgencyMention } from './agency.js';

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

type Scope = 'nation' | DivisionLevel | 'autonomous';

const SCOPE_RE = /全(国|省|区|市|县|旗|州|疆|港|澳|台)|本(港|澳|市|省|县)/g;
const FIXED: Readonly<Record<string, string>> = { 疆: '650000', 港: '810000', 澳: '820000' };

const toRegion = (d: Division | undefined): Region | null => (d ? { name: d.name, code: standardCode(d) } : null);

export interface RegionInput {
  text: string;
  title: { start: number; end: number } | null;
  body: { start: number; end: number } | null;
  agency: AgencyMention | null;
  /** The place the release speaks for (releaseLocale). */
  locale: Locale;
}

/** The place a release speaks for, read from the head of its body (page chrome can name other places). */
export function releaseLocale(text: string, body: { start: number; end: number } | null): Locale {
  const from = body ? body.start : 0;
  const to = body ? body.end : text.length;
  return detectLocale(text.slice(from, Math.min(to, from + 5000)));
}

export function resolveRegion({ text, title, body, agency, locale }: RegionInput): Region | null {
  const from = body ? body.start : 0;
  const to = body ? Math.min(body.end, from + 20000) : Math.min(text.length, 20000);

  // 1. Scope words.
  const counts = new Map<string, number>();
  SCOPE_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = SCOPE_RE.exec(text)) && m.index < to) {
    const k = m[1] ?? m[2];
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  // 全国 in a local release is mostly context (全国公安机关, 排名全国第一): it must be frequent to win.
  const aLevel = agencyLevel();
  const local = aLevel !== null && aLevel !== 'nation';
  if (local && (counts.get('国') ?? 0) < 3) counts.delete('国');
  else if (local) counts.set('国', counts.get('国')! / 2);
  let scopeWord: string | null = null;
  let best = 0;
  for (const [k, n] of counts) if (n > best) { best = n; scopeWord = k; }

  // 2. Places in the title and the head of the body; scanned only when a branch below needs them.
  let weights: Map<Division, number> | null = null;
  const placeWeights = () => (weights ??= mentionWeights(text, title, from, to, agency));

  const bestAt = (level: DivisionLevel, within?: string): Division | undefined => {
    // Aggregate mentions up to the requested level.
    const agg = new Map<Division, number>();
    for (const [d, w] of placeWeights()) {
      const up = level === 'province' ? provinceOf(d) : level === 'city' ? cityOf(d) : d.level === 'county' ? d : undefined;
      if (!up || (within && up.province !== within)) continue;
      agg.set(up, (agg.get(up) ?? 0) + w);
    }
    let bd: Division | undefined;
    let bw = 0;
    for (const [d, w] of agg) if (w > bw) { bw = w; bd = d; }
    return bd;
  };
  // Several branches ask for the top province: aggregated once.
  let top: { province: Division | undefined } | null = null;
  const topProvince = () => (top ??= { province: bestAt('province') }).province;

  function agencyLevel(): Scope | null {
    if (!agency) return null;
    if (agency.name.startsWith('公安部') || agency.name === '国家移民管理局') return 'nation';
    const last = agency.places[agency.places.length - 1];
    if (last) return last.level;
    switch (agency.levelWord) {
      case '自治区': return 'autonomous';
      case '省': return 'province';
      case '市': case '州': case '盟': return 'city';
      case '县': case '区': case '旗': return 'county';
      default: return null;
    }
  }

  let scope: Scope | null = null;
  if (scopeWord) {
    if (FIXED[scopeWord]) return toRegion(divisionByCode(FIXED[scopeWord]));
    switch (scopeWord) {
      case '国': scope = 'nation'; break;
      case '省': scope = 'province'; break;
      case '市': case '州': scope = 'city'; break;
      case '县': case '旗': scope = 'county'; break;
      case '台': return toRegion(divisionByCode('710000'));
      case '区': {
        const al = agencyLevel();
        const p = topProvince();
        scope = al === 'autonomous' || (al === 'province' && p && AUTONOMOUS_REGIONS.has(p.code)) || (!al && p && AUTONOMOUS_REGIONS.has(p.code))
          ? 'autonomous' : 'county';
        break;
      }
    }
  } else {
    scope = agencyLevel();
  }

  const mainlandAgency = !!agency && (agency.places.some((d) => !['810000', '820000', '710000'].includes(d.province)) || /公安/.test(agency.name));
  if (!mainlandAgency && (locale === 'HK' || locale === 'MO' || locale === 'TW')) {
    const code = locale === 'HK' ? '810000' : locale === 'MO' ? '820000' : '710000';
    if (scope === 'nation' || scope === null || scope === 'province') return toRegion(divisionByCode(code));
  }

  const agencyPlace = agency?.places[agency.places.length - 1];
  switch (scope) {
    case 'nation':
      return { ...NATION };
    case 'autonomous': {
      return toRegion((agencyPlace && provinceOf(agencyPlace)) ?? topProvince());
    }
    case 'province':
      return toRegion((agencyPlace && provinceOf(agencyPlace)) ?? topProvince());
    case 'city': {
      const p = topProvince();
      // Municipalities (北京, 天津, 上海, 重庆) are cities at province level.
      if (!agencyPlace && p && MUNICIPALITIES.has(p.code)) return toRegion(p);
      if (agencyPlace && MUNICIPALITIES.has(agencyPlace.code)) return toRegion(agencyPlace);
      return toRegion((agencyPlace && cityOf(agencyPlace)) ?? bestAt('city', p?.code));
    }
    case 'county':
      return toRegion((agencyPlace?.level === 'county' ? agencyPlace : undefined) ?? bestAt('county', topProvince()?.code)
        ?? (agencyPlace && cityOf(agencyPlace)) ?? bestAt('city', topProvince()?.code));
    default: {
      // No scope word and no agency level: the place named most often, if named at least twice.
      let bd: Division | undefined;
      let bw = 0;
      for (const [d, w] of placeWeights()) if (w > bw) { bw = w; bd = d; }
      return bw >= 2 ? toRegion(bd) : null;
    }
  }
}

/** Division → weight of its mentions: title places count 3, head places 1, agency places 4. */
function mentionWeights(
  text: string, title: RegionInput['title'], from: number, to: number, agency: AgencyMention | null,
): Map<Division, number> {
  const weights = new Map<Division, number>();
  const addMention = (d: Division, w: number) => weights.set(d, (weights.get(d) ?? 0) + w);
  const scan = (s: number, e: number, w: number) => {
    for (const p of findPlaces(text, s, e)) {
      // 城区, 东区 name a division only once the region is known: they cannot decide it.
      if (isGenericDivisionName(p.name)) continue;
      if (p.candidates.length === 1) addMention(p.candidates[0], w);
      else for (const c of p.candidates) addMention(c, w / p.candidates.length);
    }
  };
  if (title) scan(title.start, title.end, 3);
  scan(title ? title.end : from, Math.min(to, from + 1500), 1);
  if (agency) for (const d of agency.places) addMention(d, 4);
  return weights;
}
