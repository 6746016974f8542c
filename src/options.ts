/**
 * parse() options, checked field by field: a bad value is replaced by its default and reported
 * as a warning, so parse() still never throws for a string input.
 */
import type { Warning } from './schema.js';

export interface ParseOptions {
  /** Add to each metric the extractor and refiners that produced it. */
  trace?: boolean;
  /** Inputs longer than this (UTF-16 units) are not parsed; the result carries a warning. Default 20,000,000. */
  maxLength?: number;
  /** `html` strips tags and entities first; offsets still index the HTML source. Default `text`. */
  format?: 'text' | 'html';
  /** Anchors dates without a year (`9月28日`, `今年`) to this date's year. */
  referenceDate?: string | Date;
  /** `auto` (default) sends Chinese passages to the Chinese extractors and English ones to the English extractors. */
  lang?: 'auto' | 'zh' | 'en';
  /** Check the result against the zod schema (default true); false saves about 8% of the time. */
  validate?: boolean;
}

export const DEFAULT_MAX_LENGTH = 20_000_000;

export interface CheckedOptions {
  trace: boolean;
  maxLength: number;
  format: 'text' | 'html';
  referenceDate: Date | undefined;
  lang: 'auto' | 'zh' | 'en';
  validate: boolean;
}

export function checkOptions(options: unknown, warnings: Warning[]): CheckedOptions {
  const o = (typeof options === 'object' && options !== null ? options : {}) as Record<string, unknown>;
  const bad = (field: string, value: unknown, fallback: string): void => {
    warnings.push({ code: 'invalid_option', message: `option ${field} = ${String(value)} is not valid; using ${fallback}` });
  };
  if (options !== undefined && options !== null && typeof options !== 'object') bad('options', options, 'the defaults');

  let maxLength = DEFAULT_MAX_LENGTH;
  if (o.maxLength !== undefined) {
    if (typeof o.maxLength === 'number' && o.maxLength >= 0 && !Number.isNaN(o.maxLength)) maxLength = o.maxLength;
    else bad('maxLength', o.maxLength, String(DEFAULT_MAX_LENGTH));
  }
  let format: CheckedOptions['format'] = 'text';
  if (o.format !== undefined) {
    if (o.format === 'text' || o.format === 'html') format = o.format;
    else bad('format', o.format, 'text');
  }
  let lang: CheckedOptions['lang'] = 'auto';
  if (o.lang !== undefined) {
    if (o.lang === 'auto' || o.lang === 'zh' || o.lang === 'en') lang = o.lang;
    else bad('lang', o.lang, 'auto');
  }
  let referenceDate: Date | undefined;
  if (o.referenceDate !== undefined) {
    const d = o.referenceDate instanceof Date ? o.referenceDate : new Date(String(o.referenceDate));
    const year = d.getUTCFullYear();
    // ISO dates in the result have four-digit years.
    if (Number.isFinite(year) && year >= 1000 && year <= 9999) referenceDate = d;
    else bad('referenceDate', o.referenceDate, 'none');
  }
  return { trace: o.trace === true, maxLength, format, referenceDate, lang, validate: o.validate !== false };
}
