import type { Approximate, Basis, Change, MetricKind, Region } from '../schema.js';
import type { DirectionRow } from '../lexicon/vocabulary.js';
import type { Locale } from '../lexicon/locale.js';
import type { NumeralMatch } from '../numbers/numerals.js';

/** A metric while it moves through extractors and refiners; offsets index the normalized text. */
export interface Draft {
  kind: MetricKind;
  /** The extractor that made it: refiners of one language skip the drafts of the other. */
  lang: 'zh' | 'en';
  value: number;
  unit: string;
  approximate: Approximate | null;
  change: Change | null;
  start: number;
  end: number;
  trace: string[];
  /** Normalized-text span of change.baseline, so parse() can return it in the original script. */
  baselineSpan?: [number, number];
  /** Normalized-text span the subject was read from (parse() returns the original script). */
  subjectSpans?: Array<[number, number]>;
  /** A subject composed from words that are not one run of the text (English: `people arrested`); wins over subjectSpans. */
  subjectText?: string;
  /** Normalized-text span of the period that governs the figure, with its ISO bounds (scope refiner). */
  period?: DraftPeriod;
  /** Normalized-text span of the place the figure covers, resolved (scope refiner). */
  place?: DraftPlace;
  /** Normalized-text span of the acting body in the figure's clause (`武汉市公安局青山分局端掉…`): never part of the subject. */
  actor?: { start: number; end: number };
  /** The direction word that governs the figure (`下降`), found once by the cue refiner; change and subject read it. */
  directionCue?: DirectionCue;
  /** The comparison that gives the change its basis (`同比`, `较2019年`), found once by the cue refiner. */
  basisCue?: BasisCue;
  /** How the figure joins the one before it in a list (`26.05%和31.31%`); undefined when it starts a list. */
  listCue?: ListCue;
}

export interface DirectionCue { start: number; end: number; row: DirectionRow; fillers: readonly string[] }
export interface BasisCue { start: number; end: number; basis: Basis; baseline: [number, number] | null }
/** `joiner`: the text between the two figures: a list joiner (`、`, `和`), a comma, or '' when they touch. */
export interface ListCue { joiner: string }

/** `list`: the whole list a member was distributed from (`8月、9月…分别`): no part of the subject either. */
export interface DraftPeriod { start: number; end: number; from?: string; to?: string; list?: { start: number; end: number } }
export interface DraftPlace { start: number; end: number; name: string | null; code: string | null; list?: { start: number; end: number } }

export interface ExtractContext {
  /** Normalized text (simplified, half-width). */
  text: string;
  locale: Locale;
  /** The year the release speaks from (its first full date, else referenceDate): anchors `this year`, 今年. */
  year: number | null;
  /** What the document analysis knows that scope needs: its region and where the body starts. */
  scope?: ScopeContext;
}

export interface ScopeContext {
  region: Region | null;
  /** Normalized offset where the article body starts (0 when none was found). */
  bodyStart: number;
  /** Normalized offset where the title ends (0 when none was found): title figures do not set the lead. */
  titleEnd: number;
}

/**
 * One phrasing: given a numeral, read the unit after it that makes it a metric.
 */
export interface UnitReader {
  name: string;
  read(ctx: ExtractContext, numeral: NumeralMatch): UnitReading | null;
}

export interface UnitReading {
  kind: MetricKind;
  value: number;
  unit: string;
  /** End of the unit in the normalized text. */
  end: number;
  approximate?: Approximate;
}
