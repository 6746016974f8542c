/**
 * The output contract (../shared/spec/contract.md) as zod schemas. Types are inferred from
 * these, so the schema is the single source of truth for what `parse` returns.
 */
import { z } from 'zod';

export const MetricKind = z.enum(['percent', 'percentage_point', 'multiple', 'count', 'money', 'quantity']);
export const Approximate = z.enum(['over', 'nearly', 'about', 'under']);
export const Direction = z.enum(['up', 'down', 'flat']);
export const Basis = z.enum(['yoy', 'mom', 'baseline']);
export const Lang = z.enum(['zh', 'en']);

const Span = {
  start: z.number().int().nonnegative().describe('UTF-16 offset into the original input'),
  end: z.number().int().nonnegative().describe('exclusive UTF-16 offset into the original input'),
  text: z.string().describe('input.slice(start, end)'),
};

export const Change = z.object({
  direction: Direction,
  basis: Basis.nullable(),
  baseline: z.string().nullable().describe('the compared period as written, only for basis "baseline"'),
});

/** When the counted events happened: the time expression that governs the figure (contract: "Scope of a statistic"). */
export const Period = z.object({
  ...Span,
  from: z.string().optional().describe('ISO start (YYYY, YYYY-MM or YYYY-MM-DD) where the text and the document date fix it'),
  to: z.string().optional().describe('ISO end, same forms'),
});

/** The administrative area a figure covers, resolved to its standard name and GB/T 2260 code. */
export const Place = z.object({
  ...Span,
  name: z.string().nullable().describe('standard name (广西壮族自治区, 武汉市, 中华人民共和国, 香港) or null when unresolved'),
  code: z.string().nullable().describe('GB/T 2260 code; null outside the mainland table (全国, 香港, 澳门, 台湾)'),
});

export const Metric = z.object({
  kind: MetricKind,
  value: z.number().finite(),
  unit: z.string(),
  approximate: Approximate.nullable(),
  change: Change.nullable(),
  subject: z.string().nullable(),
  ...Span,
  period: Period.nullable().describe('when the counted events happened, or null when the text gives no period'),
  place: Place.nullable().describe('the area the figure covers, or null'),
  lang: Lang.describe('language of the passage the metric came from'),
  trace: z.array(z.string()).optional().describe('extractor and refiners that produced it (option trace)'),
});

export const CaseRef = z.object({
  code: z.string(),
  name: z.string(),
  place: z.string().nullable().optional(),
  crime: z.string().nullable().optional(),
  ...Span,
});

export const Operation = z.object({
  name: z.string(),
  ...Span,
});

export const Warning = z.object({
  code: z.string(),
  message: z.string(),
});

export const DateRef = z.object({
  ...Span,
  kind: z.enum(['date', 'period']),
  from: z.string().optional().describe('ISO date (YYYY, YYYY-MM or YYYY-MM-DD) where known'),
  to: z.string().optional(),
});

export const Region = z.object({ name: z.string(), code: z.string().nullable() });

export const Person = z.object({
  name: z.string(),
  role: z.enum(['official', 'suspect', 'victim', 'reporter', 'other']),
  title: z.string().nullable(),
  ...Span,
});

export const Credit = z.object({
  role: z.enum(['editor', 'reviewer', 'final_reviewer', 'responsible_editor', 'source', 'author', 'reporter', 'other']),
  label: z.string(),
  names: z.array(z.string()),
  ...Span,
});

export const ParseResult = z.object({
  metrics: z.array(Metric),
  cases: z.array(CaseRef),
  operations: z.array(Operation),
  title: z.string().nullable().describe('the release title, or null'),
  dates: z.array(DateRef),
  region: Region.nullable(),
  agency: z.string().nullable().describe('the issuing body, or null'),
  people: z.array(Person),
  credits: z.array(Credit),
  body: z.object({ start: z.number().int(), end: z.number().int() }).nullable().describe('offsets of the article, or null'),
  warnings: z.array(Warning),
});

export type MetricKind = z.infer<typeof MetricKind>;
export type Approximate = z.infer<typeof Approximate>;
export type Direction = z.infer<typeof Direction>;
export type Basis = z.infer<typeof Basis>;
export type Lang = z.infer<typeof Lang>;
export type Change = z.infer<typeof Change>;
export type Period = z.infer<typeof Period>;
export type Place = z.infer<typeof Place>;
export type Metric = z.infer<typeof Metric>;
export type CaseRef = z.infer<typeof CaseRef>;
export type Operation = z.infer<typeof Operation>;
export type Warning = z.infer<typeof Warning>;
export type DateRef = z.infer<typeof DateRef>;
export type Region = z.infer<typeof Region>;
export type Person = z.infer<typeof Person>;
export type Credit = z.infer<typeof Credit>;
export type ParseResult = z.infer<typeof ParseResult>;

/** Where a JSON lines record without an id came from. */
const Origin = {
  file: z.string().optional().describe('the .jsonl file of a record without an id'),
  line: z.number().int().positive().optional().describe('line number (within its file or stdin) of a JSON lines record without an id, or of a line that is not a record'),
};

export const RecordId = z.json().describe('the input\'s id: the file path, the "id" of a JSON lines record, or null when it has none');
export const RecordError = z.object({ code: z.string(), message: z.string() });

/** A parsed document as `tongbao parse` writes it: its id, then the ParseResult. */
export const ResultRecord = ParseResult.extend({ id: RecordId, ...Origin });
/** An input that could not be parsed (a line that is not a JSON object, a record without text, an unreadable file). */
export const ErrorRecord = z.object({ id: RecordId, ...Origin, error: RecordError });
/** One record of `tongbao parse` output: a JSON line, or an element of the `--format json` array. */
export const OutputRecord = z.union([ResultRecord, ErrorRecord]);

export type RecordId = z.infer<typeof RecordId>;
export type RecordError = z.infer<typeof RecordError>;
export type ResultRecord = z.infer<typeof ResultRecord>;
export type ErrorRecord = z.infer<typeof ErrorRecord>;
export type OutputRecord = z.infer<typeof OutputRecord>;

/** JSON Schema of a ParseResult (what parse() returns). */
export function parseResultJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ParseResult);
}

/** JSON Schema of one record that `tongbao parse` writes (`tongbao schema`). */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(OutputRecord);
}
