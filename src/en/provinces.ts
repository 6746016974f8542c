/**
 * Mainland provinces, autonomous regions and municipalities as English reports write them
 * (`in Guangdong province`, `Guangxi Zhuang Autonomous Region`): the place of a figure in a
 * mainland release. The code comes from the division table, by the Chinese name.
 */
import { divisionsByName } from '../lexicon/divisions.js';

export interface ProvinceRow { english: readonly string[]; name: string; example: string }

export const PROVINCES: readonly ProvinceRow[] = [
  { english: ['Beijing'], name: '北京市', example: 'in Beijing' },
  { english: ['Tianjin'], name: '天津市', example: 'in Tianjin' },
  { english: ['Hebei'], name: '河北省', example: 'Hebei province' },
  { english: ['Shanxi'], name: '山西省', example: 'Shanxi province' },
  { english: ['Inner Mongolia'], name: '内蒙古自治区', example: 'Inner Mongolia Autonomous Region' },
  { english: ['Liaoning'], name: '辽宁省', example: 'Liaoning province' },
  { english: ['Jilin'], name: '吉林省', example: 'Jilin province' },
  { english: ['Heilongjiang'], name: '黑龙江省', example: 'Heilongjiang province' },
  { english: ['Shanghai'], name: '上海市', example: 'in Shanghai' },
  { english: ['Jiangsu'], name: '江苏省', example: 'Jiangsu province' },
  { english: ['Zhejiang'], name: '浙江省', example: 'Zhejiang province' },
  { english: ['Anhui'], name: '安徽省', example: 'Anhui province' },
  { english: ['Fujian'], name: '福建省', example: 'Fujian province' },
  { english: ['Jiangxi'], name: '江西省', example: 'Jiangxi province' },
  { english: ['Shandong'], name: '山东省', example: 'Shandong province' },
  { english: ['Henan'], name: '河南省', example: 'Henan province' },
  { english: ['Hubei'], name: '湖北省', example: 'Hubei province' },
  { english: ['Hunan'], name: '湖南省', example: 'Hunan province' },
  { english: ['Guangdong'], name: '广东省', example: 'in Guangdong province' },
  { english: ['Guangxi'], name: '广西壮族自治区', example: 'Guangxi Zhuang Autonomous Region' },
  { english: ['Hainan'], name: '海南省', example: 'Hainan province' },
  { english: ['Chongqing'], name: '重庆市', example: 'in Chongqing' },
  { english: ['Sichuan'], name: '四川省', example: 'Sichuan province' },
  { english: ['Guizhou'], name: '贵州省', example: 'Guizhou province' },
  { english: ['Yunnan'], name: '云南省', example: 'Yunnan province' },
  { english: ['Tibet', 'Xizang'], name: '西藏自治区', example: 'Xizang Autonomous Region' },
  { english: ['Shaanxi'], name: '陕西省', example: 'Shaanxi province' },
  { english: ['Gansu'], name: '甘肃省', example: 'Gansu province' },
  { english: ['Qinghai'], name: '青海省', example: 'Qinghai province' },
  { english: ['Ningxia'], name: '宁夏回族自治区', example: 'Ningxia Hui Autonomous Region' },
  { english: ['Xinjiang'], name: '新疆维吾尔自治区', example: 'Xinjiang Uygur Autonomous Region' },
];

const BY_ENGLISH = new Map<string, string>();
for (const row of PROVINCES) for (const e of row.english) BY_ENGLISH.set(e, row.name);

/** The division an English province name stands for, or null; the code is looked up when asked (the table loads lazily). */
export function provinceByEnglish(english: string): { name: string; code: string | null } | null {
  const name = BY_ENGLISH.get(english);
  return name ? { name, code: divisionsByName(name)[0]?.code ?? null } : null;
}

/**
 * `in Guangdong province`, `across Xinjiang Uygur Autonomous Region`, `Beijing`: the name (group 1)
 * with an optional preposition before and its kind after. Names are case-sensitive (`BEIJING, Jan. 16` is a dateline).
 */
export const PROVINCE_PATTERN = new RegExp(
  `(?:(?:[Ii]n|[Aa]cross|[Tt]hroughout) )?(?:the )?(${[...BY_ENGLISH.keys()].sort((a, b) => b.length - a.length).join('|')})`
  + `(?: (?:[Pp]rovince|[Mm]unicipality|(?:Zhuang |Hui |Uygur |Uyghur )?Autonomous Region))?(?![A-Za-z])`, 'y');
