/**
 * Place expressions: the area a figure covers (contract, "Scope of a statistic"). Scope words
 * (`全区`, `我市`, `该县`, `全港`) resolve against the release's own region; named divisions
 * (`桂林市`, `剑河县`, `广东惠州`) resolve through the GB/T 2260 table, a list of them
 * (`广东、浙江两省`) to the names joined by `、`. Venues and ranking phrases are not places.
 */
import type { Region } from '../schema.js';
import { alternation } from '../lexicon/alternation.js';
import { divisionByCode, divisionsByName, findPlaces, isGenericDivisionName, provinceOf, cityOf, standardCode, NATION, AUTONOMOUS_REGIONS, type Division } from '../lexicon/divisions.js';
import { JOINT_REGIONS, PLACE_HEADS, PLACE_LEVELS, RANKING_AFTER, VENUE_AFTER, SHORT_PLACE_FOLLOWERS, NOT_AREA_BEFORE, type PlaceLevel } from './vocabulary.js';
import type { Locale } from '../lexicon/locale.js';
import { LIST_JOINERS } from '../lexicon/vocabulary.js';
import { lastIndexWithin } from '../spans.js';

export interface PlaceMention {
  start: number;
  end: number;
  name: string | null;
  code: string | null;
  rule: string;
  /** The members of a list of places (`凯里市、剑河县`), each on its own, for a list of figures after 分别. */
  members?: PlaceMention[];
}

/** A place mention with every field, in one order: one object shape for every kind (see periodMention). */
function placeMention(start: number, end: number, name: string | null, code: string | null, rule: string, members?: PlaceMention[]): PlaceMention {
  return { start, end, name, code, rule, members };
}

export interface PlaceContext {
  /** The region the release speaks for (document analysis). */
  region: Region | null;
  locale: Locale;
}

const OUTSIDE_MAINLAND: Readonly<Record<string, string>> = { '810000': '香港', '820000': '澳门', '710000': '台湾' };
const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);

const alt = alternation;
/** The level a scope word's second character names, by its code unit. */
const LEVEL_BY_UNIT = new Map<number, PlaceLevel>(Object.entries(PLACE_LEVELS).map(([c, level]) => [c.charCodeAt(0), level]));
const SCOPE_RE = new RegExp(`(?:${alt(PLACE_HEADS)})(?:${alt(Object.keys(PLACE_LEVELS))})`, 'g');
const RANKING_RE = new RegExp(`^.{0,6}?(?:${alt(RANKING_AFTER)})`);
const VENUE_RE = new RegExp(`^(?:${alt(VENUE_AFTER)})`);
const NOT_AREA_BEFORE_RE = new RegExp(`(?:${alt(NOT_AREA_BEFORE)})$`);
/** A street, square or building after the name: an address (`二七区政通路`, `海口市某酒店`). */
const ADDRESS_RE = /^[\u4e00-\u9fff]{1,4}?(?:路|街|巷|广场|小区|酒店|宾馆|大厦|商场|公园|花园|社区|村)/;
/** `在X统一指挥下`: the place of a directing body, not the area of the figures. */
const UNDER_DIRECTION_RE = /^[^,。;:]{0,12}?(?:指挥|部署|领导|指导|支持|协调|督导)下/;
/** UNDER_DIRECTION_RE after `end`, tried only where a 下 follows closely (most places have none). */
function underDirection(text: string, end: number): boolean {
  const window = text.slice(end, end + 16);
  return window.includes('下') && UNDER_DIRECTION_RE.test(window);
}
const SHORT_FOLLOWER_RE = new RegExp(`^(?:${alt(SHORT_PLACE_FOLLOWERS)}|$)`);
/** A full division name ends in its level word. */
const FULL_NAME_RE = /(?:省|市|县|区|州|盟|旗|自治区|特别行政区)$/;
/**
 * Whether the name as written is a full one: it ends in a level word, and that word is not the
 * last character of a city's short name (`广州` is 广州市 short; `黔东南州` is a prefecture).
 */
function isFullName(written: string, division: Division): boolean {
  return FULL_NAME_RE.test(written) && division.name !== written + '市';
}
/** `全市` in `全市公安机关` is a scope; `全国各地` too; `全区域` or `本市民` is not. */
const NAME_PART_BEFORE = /[0-9A-Za-z]/;
const NOT_SCOPE_AFTER = /^(?:域|面|力|程|部|委|场|长|体|局|级|天候|区域)/;

/** A standard name and code for output: places outside the mainland keep their name, code null. */
export function placeOf(d: Division): { name: string; code: string | null } {
  const outside = OUTSIDE_MAINLAND[d.province];
  if (outside && d.code === d.province) return { name: outside, code: null };
  // Below Taiwan's, Hong Kong's and Macau's top level the table's keys are internal: no code.
  return { name: d.name, code: standardCode(d) };
}

function regionDivision(region: Region | null): Division | undefined {
  if (region?.code) return divisionByCode(region.code);
  // Taiwan's, Hong Kong's and Macau's divisions have no standard code: found by their name.
  const named = region?.name ? divisionsByName(region.name) : [];
  return named.length === 1 ? named[0] : undefined;
}

interface NamedDivision { start: number; end: number; division: Division }

/**
 * The names from `named[i]` on that form one place: a run (`广东惠州` → the most specific) or a
 * list joined by the vocabulary's list joiners (each item's most specific name). Null when the group is no area.
 */
function placeGroup(text: string, named: NamedDivision[], i: number): { mention: PlaceMention | null; next: number } {
  let j = i;
  const parts: Array<{ start: number; end: number; division: Division }> = [];
  let item = named[i].division;
  let itemStart = named[i].start;
  let end = named[i].end;
  for (let next = named[j + 1]; next; next = named[j + 1]) {
    const gap = text.slice(end, next.start);
    if (gap !== '' && !(gap.length === 1 && LIST_JOINERS.includes(gap))) break;
    if (gap !== '') { parts.push({ start: itemStart, end, division: item }); itemStart = next.start; }
    item = next.division;
    end = next.end;
    j++;
  }
  parts.push({ start: itemStart, end, division: item });
  const skip = { mention: null, next: j + 1 };
  // `珠海、中山等地`, `在四川省公安厅统一指挥下`: places where others acted or that directed, not the area.
  if (text[end] === '等' || underDirection(text, end)) return skip;
  // A list that goes on with names that are no areas (`郑州、西安、合肥机场`) is a list of venues.
  if (text[end] === '、') return skip;
  // A lone short name is an area only before a word that makes it one (`广西公安机关`, not
  // `广州白云机场`); 香港, 澳门, 台湾 are areas wherever they are named.
  const lone = named[i].division;
  if (j === i && !OUTSIDE_MAINLAND[lone.province] && !isFullName(text.slice(named[i].start, end), lone) && !SHORT_FOLLOWER_RE.test(text.slice(end, end + 3))) return skip;
  const members: PlaceMention[] = parts.map((p) => {
    const { name, code } = placeOf(p.division);
    return placeMention(p.start, p.end, name, code, 'place-name');
  });
  if (members.length === 1) return { mention: members[0], next: j + 1 };
  return {
    mention: placeMention(named[i].start, end, members.map((p) => p.name).join('、'), null, 'place-list', members),
    next: j + 1,
  };
}

/** What a scope word names in this release, or null when the release's region does not say. */
function resolveScopeWord(
  head: string, level: PlaceLevel, ctx: PlaceContext, own: Division | undefined, lastNamed: Division | undefined, nearestNamed: Division | undefined,
): { name: string | null; code: string | null } {
  // A release whose region is the nation (or unknown) that says 全省: the province named nearest before.
  const region = own ?? nearestNamed;
  const byLocale = ctx.locale === 'HK' ? '810000' : ctx.locale === 'MO' ? '820000' : ctx.locale === 'TW' ? '710000' : null;
  const fixed = (code: string) => placeOf(divisionByCode(code)!);
  switch (level) {
    case 'nation':
      return byLocale === '710000' ? fixed('710000') : { ...NATION };
    case 'hk': return fixed('810000');
    case 'mo': return fixed('820000');
    case 'tw': return fixed('710000');
    case 'xinjiang': return fixed('650000');
    default: break;
  }
  // 该市 refers back to the last named division of that level.
  const base = head === '该' && lastNamed ? lastNamed : region;
  if (!base) return { name: ctx.region?.name ?? null, code: ctx.region?.code ?? null };
  const province = provinceOf(base);
  switch (level) {
    case 'province':
      if (byLocale === '710000') return fixed('710000');
      return province ? placeOf(province) : { name: null, code: null };
    case 'region':
      if (province && AUTONOMOUS_REGIONS.has(province.code) && (base.level === 'province' || head === '全')) {
        if (base.level === 'province') return placeOf(province);
      }
      return base.level === 'county' ? placeOf(base) : province && AUTONOMOUS_REGIONS.has(province.code) ? placeOf(province) : placeOf(base);
    case 'city': {
      if (MUNICIPALITIES.has(base.province) && base.level !== 'county') return province ? placeOf(province) : placeOf(base);
      // 全市 names a city: never the province a text only named (在广东、福建等地…, 全市…).
      const city = cityOf(base);
      return city ? placeOf(city) : { name: null, code: null };
    }
    case 'county':
      return base.level === 'county' ? placeOf(base) : { name: null, code: null };
  }
}

/** The area each scope word and division name in [from, to) names, in reading order. */
export function findPlaceMentions(text: string, from: number, to: number, ctx: PlaceContext): PlaceMention[] {
  const own = regionDivision(ctx.region);
  // Most releases have no bracket: then no name stands in one.
  const brackets = text.includes('(');
  // Each kind is found in reading order; they are merged at the end.
  const generics: PlaceMention[] = [];
  const named: NamedDivision[] = [];
  for (const p of findPlaces(text, from, to)) {
    const after = text.slice(p.end, p.end + 3);
    const generic = isGenericDivisionName(p.name);
    const division = pickCandidate(p.candidates, own, generic);
    if (venueAfter(text, p.start, p.end, after, division) || ADDRESS_RE.test(text.slice(p.end, p.end + 7)) || (brackets && inBrackets(text, p.start, p.end))) continue;
    if (division) named.push({ start: p.start, end: p.end, division });
    // 城区, 东区 outside a province that has such a division: an area the text names, not resolved.
    else if (generic) generics.push(placeMention(p.start, p.end, null, null, 'generic-area'));
  }
  const groups: PlaceMention[] = [];
  for (let i = 0; i < named.length; ) {
    const group = placeGroup(text, named, i);
    if (group.mention) groups.push(group.mention);
    i = group.next;
  }
  const joints: PlaceMention[] = [];
  jointRegions(text, from, to, joints);
  const scopeWords: PlaceMention[] = [];
  let seen = 0;
  let nearestNamed: Division | undefined;
  const lastByLevel = new Map<Division['level'], Division>();
  SCOPE_RE.lastIndex = from;
  for (let m = SCOPE_RE.exec(text); m && m.index < to; m = SCOPE_RE.exec(text)) {
    const end = m.index + m[0].length;
    const after = text.slice(end, end + 12);
    // `96110全国反诈专线`: after a number or a Latin letter the word is part of a name.
    if (NOT_SCOPE_AFTER.test(after) || RANKING_RE.test(after) || NAME_PART_BEFORE.test(text[m.index - 1] ?? '')) continue;
    const head = m[0][0];
    const level = LEVEL_BY_UNIT.get(text.charCodeAt(m.index + 1))!;
    // 本港 / 本澳 are scope words only in their own releases' style; 我国 in a mainland release is the nation.
    // Scope words come in reading order: the names before this one are walked once in all.
    for (; seen < named.length && named[seen].end <= m.index; seen++) {
      const d = named[seen].division;
      nearestNamed = d;
      lastByLevel.set(d.level, d);
    }
    const r = resolveScopeWord(head, level, ctx, own, lastOfLevel(lastByLevel, level), nearestNamed ?? named[0]?.division);
    scopeWords.push(placeMention(m.index, end, r.name, r.code, 'scope-word'));
  }
  const out = mergeByStart(mergeByStart(mergeByStart(generics, groups), joints), scopeWords);
  return out.filter((p) => !NOT_AREA_BEFORE_RE.test(text.slice(Math.max(0, p.start - 2), p.start)));
}

/** Two lists sorted by start as one, the first list's first on equal starts: a stable sort of the two joined. */
function mergeByStart(a: PlaceMention[], b: PlaceMention[]): PlaceMention[] {
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: PlaceMention[] = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(b[j].start < a[i].start ? b[j++] : a[i++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

/**
 * A venue or an address word after the name. A quote after a full name opens the name of what
 * the area runs (`呼和浩特市“净网”行动`, `大东区“10.13”抢劫案`); after a short one, of a venue or
 * a thing of its own.
 */
function venueAfter(text: string, start: number, end: number, after: string, division: Division | undefined): boolean {
  const m = VENUE_RE.exec(after);
  if (!m) return false;
  return !(QUOTES.has(m[0]) && division !== undefined && isFullName(text.slice(start, end), division));
}
const QUOTES = new Set(['“', '"']);

const JOINT_RE = new RegExp(alt(JOINT_REGIONS.map((r) => r.word)), 'g');
const JOINT_BY_WORD = new Map(JOINT_REGIONS.map((r) => [r.word, r.codes.map((c) => placeOf(divisionByCode(c)!))]));

/**
 * Joint names of several areas (`粤港澳`, `京津冀`): one place, the names joined by `、`, each area a
 * member for figures distributed after 分别.
 */
function jointRegions(text: string, from: number, to: number, out: PlaceMention[]): void {
  JOINT_RE.lastIndex = from;
  for (let m = JOINT_RE.exec(text); m && m.index < to; m = JOINT_RE.exec(text)) {
    const start = m.index, end = m.index + m[0].length;
    if (VENUE_RE.test(text.slice(end, end + 3))) continue;
    const members = JOINT_BY_WORD.get(m[0])!.map((p) => placeMention(start, end, p.name, p.code, 'joint-region'));
    out.push(placeMention(start, end, members.map((p) => p.name).join('、'), null, 'joint-region', members));
  }
}

/** Inside a short bracket (`(男,河北省人)`, `(中央社记者台北4日电)`): a note on a person or a source, not an area. */
function inBrackets(text: string, start: number, end: number): boolean {
  const open = lastIndexWithin(text, '(', start, start - 16);
  if (open < 0 || lastIndexWithin(text, ')', start, open + 1) !== -1) return false;
  const close = text.indexOf(')', end);
  return close >= 0 && close - end <= 16;
}

/** The last division named before, of the level a scope word names (该市 → the last city). */
function lastOfLevel(last: Map<Division['level'], Division>, level: PlaceLevel): Division | undefined {
  if (level === 'province' || level === 'city') return last.get(level);
  if (level === 'county' || level === 'region') return last.get('county');
  return undefined;
}

/** Among divisions of one name, the one in the release's province, else the highest level. */
function pickCandidate(candidates: Division[], region: Division | undefined, generic: boolean): Division | undefined {
  // 城区, 东区: a word, unless the release's province has a division of that name.
  if (generic) return region ? candidates.find((c) => c.province === region.province) : undefined;
  if (candidates.length <= 1) return candidates[0];
  if (region) {
    const inProvince = candidates.find((c) => c.province === region.province);
    if (inProvince) return inProvince;
  }
  const rank = { province: 0, city: 1, county: 2 } as const;
  return [...candidates].sort((a, b) => rank[a.level] - rank[b.level])[0];
}
