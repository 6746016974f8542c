/**
 * Whole-document analysis: title, dates, region, agency, people, credits and the body span.
 * Matching runs on the normalized text (simplified, half-width, pinyin and tags removed); every
 * offset returned points into `t.original`, and text fields are in the original script.
 */
import type { DateRef, Region, Person, Credit } from '../schema.js';
import { keptText, originalSpan, type OffsetText } from '../normalize/offsetText.js';
import { analyzeLayout } from './body.js';
import { findDates, documentYear, type FoundDate } from './dates.js';
import { findAgencies, pickAgency } from './agency.js';
import { releaseLocale, resolveRegion } from './region.js';
import type { Locale } from '../lexicon/locale.js';
import { findPeople, type FoundPerson } from './people.js';
import { findCredits, type FoundCredit } from './credits.js';

export interface DocumentOptions {
  /** Anchors `今年`, `去年` and month-day dates when the text does not give the year. */
  referenceDate?: string | Date;
}

export interface DocumentInfo {
  title: string | null;
  dates: DateRef[];
  region: Region | null;
  agency: string | null;
  people: Person[];
  credits: Credit[];
  /** The article body in original offsets, or null when none was found. */
  body: { start: number; end: number } | null;
  /** The article in original offsets (bodyRanges); statistics outside it are page chrome. */
  articleRanges: Range[];
  /** The place the release speaks for: the currency of a bare 元 or `$`. */
  locale: Locale;
  /** The document's year (written in its head, else the reference date), for ISO bounds of periods. */
  year: number | null;
  /** Normalized offset of the body's start (0 when none was found). */
  bodyStartNormalized: number;
  /** Normalized offset where the title ends (0 when none was found). */
  titleEndNormalized: number;
}

export interface Range { start: number; end: number }

function refYear(d: string | Date | undefined): number | null {
  if (d == null) return null;
  const date = d instanceof Date ? d : new Date(d);
  const y = date.getUTCFullYear();
  if (Number.isFinite(y)) return y;
  const m = /^(\d{4})/.exec(String(d));
  return m ? +m[1] : null;
}



export function analyzeDocument(t: OffsetText, options: DocumentOptions = {}): DocumentInfo {
  const text = t.text;
  const layout = analyzeLayout(text);
  const bodyN = layout.body;
  // Dates and people are read in the body (the whole text when no body was found).
  const bodyFrom = bodyN ? bodyN.start : 0;
  const bodyTo = bodyN ? bodyN.end : text.length;

  const title = layout.title ? keptText(t, layout.title.start, layout.title.end).trim() : null;

  // Dates: the year comes from a written full date in the head, else the reference date.
  const docYear = documentYear(text, bodyN ? Math.max(0, bodyN.start - 500) : 0, bodyN ? bodyN.end : text.length) ?? refYear(options.referenceDate);
  const dates = findDates(text, docYear, bodyFrom, bodyTo).map((d) => toDateRef(t, d));

  // Agency: issuing body in the title and the head of the body.
  const mentions = findAgencies(text, bodyFrom, Math.min(bodyTo, bodyFrom + 2000), layout.title ?? undefined);
  const agencyM = pickAgency(mentions);
  const agency = agencyM ? keptText(t, agencyM.start, agencyM.end) : null;

  const locale = releaseLocale(text, bodyN);
  const region = resolveRegion({ text, title: layout.title, body: bodyN, agency: agencyM, locale });

  const people = findPeople(text, bodyFrom, bodyTo).map((p) => toPerson(t, p));
  // Credits stand after the body (编辑丨…), so the whole text is read.
  const credits = findCredits(text, 0, text.length).map((c) => toCredit(t, c));

  const bodySpan = bodyN ? originalSpan(t, bodyN.start, bodyN.end) : null;
  const body = bodySpan ? { start: bodySpan.start, end: bodySpan.end } : null;
  return { title, dates, region, agency, people, credits, body, articleRanges: bodyRanges(t, layout), locale, year: docYear, bodyStartNormalized: bodyFrom, titleEndNormalized: layout.title?.end ?? 0 };
}

// Output records in original offsets. Fields are written out (no spread of the span): same key
// order, and much cheaper than copying an object per record.

function toDateRef(t: OffsetText, d: FoundDate): DateRef {
  const sp = originalSpan(t, d.start, d.end);
  const ref: DateRef = { start: sp.start, end: sp.end, text: sp.text, kind: d.kind };
  if (d.from) ref.from = d.from;
  if (d.to) ref.to = d.to;
  return ref;
}

function toPerson(t: OffsetText, p: FoundPerson): Person {
  const sp = originalSpan(t, p.start, p.end);
  return {
    name: keptText(t, p.start, p.end),
    role: p.role,
    title: p.titleStart !== undefined && p.titleEnd! > p.titleStart ? keptText(t, p.titleStart, p.titleEnd!).trim() : null,
    start: sp.start, end: sp.end, text: sp.text,
  };
}

function toCredit(t: OffsetText, c: FoundCredit): Credit {
  const sp = originalSpan(t, c.start, c.end);
  return {
    role: c.role,
    label: keptText(t, c.start, c.labelEnd),
    names: c.names.map((n) => keptText(t, n.start, n.end)),
    start: sp.start, end: sp.end, text: sp.text,
  };
}

/**
 * The parts of the input that belong to the article, in original offsets: the body minus the
 * chrome lines inside it (share bars, bylines and dates between headline and lead). When no body
 * is found the whole input is one range. Metrics outside these ranges should be dropped.
 */
export function bodyRanges(t: OffsetText, layout = analyzeLayout(t.text)): Range[] {
  if (!layout.body) return [{ start: 0, end: t.original.length }];
  const out: Range[] = [];
  let pos = layout.body.start;
  for (const l of layout.innerChrome) {
    if (l.start > pos) out.push(origRange(t, pos, l.start));
    pos = Math.max(pos, l.end);
  }
  if (layout.body.end > pos) out.push(origRange(t, pos, layout.body.end));
  return out;
}

function origRange(t: OffsetText, s: number, e: number): Range {
  const sp = originalSpan(t, s, e);
  return { start: sp.start, end: sp.end };
}

/** True when the original offset range [start, end) lies inside one of `ranges`. */
export function inRanges(ranges: readonly Range[], start: number, end: number): boolean {
  // Ranges are sorted and disjoint: binary search for the last range starting at or before `start`.
  let lo = 0, hi = ranges.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid].start <= start) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return found >= 0 && end <= ranges[found].end;
}

