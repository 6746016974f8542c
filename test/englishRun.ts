/**
 * The English path of parse() on a region of a text, without document analysis: extractor →
 * refiners → metrics. Lets tests choose the place (its currency for a bare `$`) and the year.
 */
import { extractEnglish } from '../src/en/index.js';
import type { ExtractContext } from '../src/extract/types.js';
import { LOCALE_CURRENCY, type Locale } from '../src/lexicon/locale.js';
import { identityText } from '../src/normalize/index.js';
import { toMetric } from '../src/parse.js';
import { runRefiners } from '../src/refine/index.js';
import type { Metric, Operation } from '../src/schema.js';

/** The place whose currency is `code` (`HKD` → HK); a currency of no place gives the mainland. */
export function localeOfCurrency(code: string): Locale {
  return (Object.keys(LOCALE_CURRENCY) as Locale[]).find((l) => LOCALE_CURRENCY[l] === code) ?? 'CN';
}

export function runEnglish(text: string, options: { locale?: Locale; year?: number | null; start?: number; end?: number } = {}): { metrics: Metric[]; operations: Operation[] } {
  const ctx: ExtractContext = { text, locale: options.locale ?? 'HK', year: options.year ?? null };
  const { drafts, operations } = extractEnglish(ctx, options.start ?? 0, options.end ?? text.length);
  const t = identityText(text);
  return { metrics: runRefiners(ctx, drafts).map((d) => toMetric(t, d, true)), operations };
}
