/**
 * Words and signs that make a number a part of a whole: `百分之二十六`, `千分之三`, `26%`, `3‰`.
 * The percent reader reads them in running text, parseNumeral in a whole string (`百分之五十` → 0.5).
 */
import { codeAt } from '../codeAt.js';

/** Words before a numeral that make it a fraction: 百分之X is X%, 千分之X is X‰. */
export interface FractionPrefix { word: string; toPercent: number; example: string }

export const FRACTION_PREFIXES: readonly FractionPrefix[] = [
  { word: '百分之', toPercent: 1, example: '盗窃案件下降百分之二十六' },
  { word: '千分之', toPercent: 0.1, example: '事故死亡率为千分之三' },
  { word: '万分之', toPercent: 0.01, example: '发案率为万分之五' },
  { word: '亿分之', toPercent: 1e-6, example: '误报率低于亿分之一' },
];

/** The fraction prefix written at i, or null (the scanner reads the numeral after it). */
export function fractionPrefixAt(text: string, i: number): FractionPrefix | null {
  const fen = codeAt(text, i + 1) === 0x5206 /* 分 */ && codeAt(text, i + 2) === 0x4e4b; /* 之 */
  if (!fen) return null;
  for (const p of FRACTION_PREFIXES) if (text.startsWith(p.word, i)) return p;
  return null;
}

/** Signs after a number: `%`, per mille `‰` (3‰ = 0.3%), per ten thousand `‱` (3‱ = 0.03%). */
export interface PercentSign { sign: string; toPercent: number; example: string }
export const PERCENT_SIGNS: readonly PercentSign[] = [
  { sign: '%', toPercent: 1, example: '刑事警情下降26.05%' },
  { sign: '‰', toPercent: 0.1, example: '酒驾比例为3‰' },
  { sign: '‱', toPercent: 0.01, example: '万人发案率为3‱' },
];
