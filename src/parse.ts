/**
 * parse(): one release in, a validated ParseResult out. Stages: normalize → extract → refine →
 * map offsets back to the original input.
 */
import { extractChineseMetrics } from './extract/chineseMetrics.js';
import type { Draft, DraftPeriod, DraftPlace, ExtractContext } from './extract/types.js';
import { identityText, normalizePlain, originalEnd, originalSpan, keptText, type OffsetText } from './normalize/index.js';
import { z } from 'zod';
import { ParseResult as ParseResultSchema, type Metric, type ParseResult, type Period, type Place, type Warning } from './schema.js';
import { runRefiners } from './refine/index.js';
import { extractCases } from './extract/cases.js';
import { takeSegmenterNotice } from './segment/jieba.js';
import { checkOptions, type ParseOptions } from './options.js';
import { kindOf } from './kindOf.js';
import { extractOperations } from './extract/operations.js';
import { indexQuotedNames } from './extract/quotedNames.js';
import { analyzeDocument, inRanges } from './document/index.js';
import { stripHtml } from './normalize/html.js';
import { extractEnglish, splitLanguages, type LangSegment } from './en/index.js';

export { DEFAULT_MAX_LENGTH, type ParseOptions } from './options.js';

export function parse(text: string, parseOptions?: ParseOptions): ParseResult {
  if (typeof text !== 'string') {
    throw new TypeError(`parse() expects a string, got ${kindOf(text)}`);
  }
  const warnings: Warning[] = [];
  const options = checkOptions(parseOptions, warnings);
  const { maxLength } = options;
  if (text.length > maxLength) {
    warnings.push({ code: 'input_too_long', message: `input has ${text.length} characters, over the limit of ${maxLength}; not parsed` });
    return { metrics: [], cases: [], operations: [], title: null, dates: [], region: null, agency: null, people: [], credits: [], body: null, warnings };
  }
  const t = options.format === 'html' ? normalizePlain(text, stripHtml(identityText(text))) : normalizePlain(text);
  const doc = analyzeDocument(t, { referenceDate: options.referenceDate });
  const { articleRanges, locale } = doc;
  const ctx: ExtractContext = { text: t.text, locale, year: doc.year, scope: { region: doc.region, bodyStart: doc.bodyStartNormalized, titleEnd: doc.titleEndNormalized } };
  // Statistics, cases and campaigns count only inside the article, not in page chrome.
  const keep = (start: number, end: number): boolean => inRanges(articleRanges, start, end);
  // Bounds only: the span's text is sliced later, for the metrics that are kept.
  const keepNormalized = (x: { start: number; end: number }): boolean => keep(t.map[x.start], originalEnd(t, x.start, x.end));
  const segments = languageSegments(t.text, options.lang);
  const zhRanges = segments.filter((s) => s.lang === 'zh').map((s) => [s.start, s.end] as const);
  const quoted = indexQuotedNames(t.text);
  const extracted = extractChineseMetrics(ctx, zhRanges, quoted.names);
  const operations = extractOperations(t, keep, quoted);
  const operationNames = new Set(operations.map((o) => o.name));
  for (const seg of segments) {
    if (seg.lang !== 'en') continue;
    const found = extractEnglish(ctx, seg.start, seg.end);
    for (const d of found.drafts) extracted.push(d);
    for (const op of found.operations) {
      if (!keepNormalized(op) || operationNames.has(op.name)) continue;
      operationNames.add(op.name);
      operations.push({ ...op, ...originalSpan(t, op.start, op.end) });
    }
  }
  const metrics = runRefiners(ctx, extracted.filter(keepNormalized)).map((d) => toMetric(t, d, options.trace));
  sortByStart(metrics);
  sortByStart(operations);
  // Fields named one by one (not spread from doc): the document's internal ranges stay out.
  const result: ParseResult = {
    metrics,
    cases: extractCases(t, keep, quoted),
    operations,
    title: doc.title,
    dates: doc.dates,
    region: doc.region,
    agency: doc.agency,
    people: doc.people,
    credits: doc.credits,
    body: doc.body,
    warnings,
  };
  const segmenterNotice = takeSegmenterNotice();
  if (segmenterNotice) warnings.push(segmenterNotice);
  return options.validate ? validated(result) : result;
}

/**
 * Every result is checked against the zod schema (about 50 µs for a release). A failure is a bug
 * in an extractor; the result is still returned, with a warning naming the first problem.
 */
function validated(result: ParseResult): ParseResult {
  const valid: boolean = compiledParseResult().validate(result);
  if (valid) return result;
  // Only a failure pays for the runtime parser, which names the first problem.
  const check = ParseResultSchema.safeParse(result);
  if (check.success) return result;
  const issue = check.error.issues[0];
  result.warnings.push({ code: 'invalid_result', message: `result does not match the schema at ${issue.path.join('.')}: ${issue.message}` });
  return result;
}

/**
 * The same schema, compiled by zod into one generated check that builds no output copy: the
 * runtime parser allocates a payload per field and a new object per metric. Compiled on first use,
 * so callers that turn validation off never pay for it.
 */
let compiledSchema: typeof ParseResultSchema | undefined;
function compiledParseResult(): typeof ParseResultSchema {
  compiledSchema ??= z.compile(ParseResultSchema);
  return compiledSchema;
}

function languageSegments(text: string, lang: 'auto' | 'zh' | 'en'): LangSegment[] {
  return lang === 'auto' ? splitLanguages(text) : [{ lang, start: 0, end: text.length }];
}

/** A refined draft as the contract's metric, in original offsets and script. */
export function toMetric(t: OffsetText, d: Draft, trace: boolean): Metric {
  // Bounds and text computed in place, not through originalSpan: one object less per metric.
  const start = t.map[d.start];
  const end = originalEnd(t, d.start, d.end);
  const change = d.change && d.baselineSpan ? { ...d.change, baseline: keptText(t, d.baselineSpan[0], d.baselineSpan[1]) } : d.change;
  const m: Metric = {
    kind: d.kind, value: d.value, unit: d.unit, approximate: d.approximate, change,
    // A subject whose spans hold only inserted material (pinyin) is no subject: null, never an empty string.
    subject: d.subjectText ?? (d.subjectSpans ? subjectText(t, d.subjectSpans) || null : null),
    start, end, text: t.original.slice(start, end),
    period: d.period ? periodOf(t, d.period) : null,
    place: d.place ? placeOf(t, d.place) : null,
    lang: d.lang,
  };
  if (trace) m.trace = d.trace;
  return m;
}

/** The period in original offsets; ISO bounds only where known (object literals, no delete: one shape per case). */
function periodOf(t: OffsetText, p: DraftPeriod): Period {
  const start = t.map[p.start];
  const end = originalEnd(t, p.start, p.end);
  const text = t.original.slice(start, end);
  if (p.from !== undefined && p.to !== undefined) return { text, start, end, from: p.from, to: p.to };
  if (p.from !== undefined) return { text, start, end, from: p.from };
  if (p.to !== undefined) return { text, start, end, to: p.to };
  return { text, start, end };
}

function placeOf(t: OffsetText, p: DraftPlace): Place {
  const start = t.map[p.start];
  const end = originalEnd(t, p.start, p.end);
  return { text: t.original.slice(start, end), start, end, name: p.name, code: p.code };
}

/** The kept text of the subject's spans, joined (a plain loop: no array of parts per metric). */
function subjectText(t: OffsetText, spans: ReadonlyArray<readonly [number, number]>): string {
  let text = '';
  for (const [a, b] of spans) text += keptText(t, a, b);
  return text;
}

/** Sorts by start unless already in order: Array.prototype.sort copies the array even then. */
function sortByStart<T extends { start: number }>(items: T[]): void {
  for (let i = 1; i < items.length; i++) {
    if (items[i].start < items[i - 1].start) {
      items.sort((a, b) => a.start - b.start);
      return;
    }
  }
}
