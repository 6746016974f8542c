/** Approximation markers (contract: over / nearly / about / under). Matched on normalized text. */
import type { Approximate } from '../schema.js';

export interface ApproxMarker { word: string; approximate: Approximate; example: string }

/** Written before the number; included in the span. Longest first. */
export const APPROX_PREFIXES: readonly ApproxMarker[] = [
  { word: '超过', approximate: 'over', example: '用户超过5.4亿' },
  { word: '突破', approximate: 'over', example: '突破100万起' },
  { word: '至少', approximate: 'over', example: '至少3人' },
  { word: '将近', approximate: 'nearly', example: '将近300名' },
  { word: '接近', approximate: 'nearly', example: '接近2亿元' },
  { word: '大约', approximate: 'about', example: '大约200人' },
  { word: '不足', approximate: 'under', example: '不足10%' },
  { word: '不到', approximate: 'under', example: '不到5名' },
  { word: '逾', approximate: 'over', example: '逾一倍' },
  { word: '超', approximate: 'over', example: '超1000起' },
  { word: '近', approximate: 'nearly', example: '近40万起' },
  { word: '约', approximate: 'about', example: '约320万元' },
];

/** Written after the unit; included in the span. */
export const APPROX_SUFFIXES: readonly ApproxMarker[] = [
  { word: '以上', approximate: 'over', example: '2次以上' },
  { word: '左右', approximate: 'about', example: '50名左右' },
  { word: '上下', approximate: 'about', example: '100人上下' },
  { word: '以下', approximate: 'under', example: '10%以下' },
  { word: '以内', approximate: 'under', example: '2分钟以内' },
];
