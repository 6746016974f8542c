/**
 * The English change and subject readers as refiners: each reads the English drafts of a sentence
 * together (lists, `respectively`, a level after a change) and skips the Chinese ones.
 */
import type { Draft, ExtractContext } from '../extract/types.js';
import type { Refiner } from '../refine/index.js';
import { assignChanges, type Changed } from './change.js';
import type { Candidate } from './classify.js';
import { englishSentences, type EnglishDraft } from './facts.js';
import { assignSubjects } from './subject.js';

/** The candidate the sentence readers take; the trace array is the draft's own, so their steps land on it. */
function candidateOf({ draft: d, facts: f }: EnglishDraft): Candidate {
  return {
    kind: d.kind, value: d.value, unit: d.unit, approximate: d.approximate, start: d.start, end: d.end,
    numStart: f.numStart, noun: f.noun, predicate: f.predicate, trace: d.trace,
  };
}

export const englishChangeRefiner: Refiner = {
  name: 'en.change',
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[] {
    for (const sentence of englishSentences(drafts)) {
      const { sentStart, sentEnd } = sentence[0].facts;
      const changed = assignChanges(ctx.text, sentStart, sentEnd, sentence.map(candidateOf));
      sentence.forEach(({ draft }, i) => { draft.change = changed[i].change; });
    }
    return drafts;
  },
};

export const englishSubjectRefiner: Refiner = {
  name: 'en.subject',
  refine(ctx: ExtractContext, drafts: Draft[]): Draft[] {
    // The last subject of the sentence before, while no line break (a new paragraph) comes between.
    let last: { subject: string; end: number } | null = null;
    // The first count of the sentence before: the group that `Of these, 2,480 were related to …` divides.
    let lastCount: { subject: string; end: number } | null = null;
    for (const sentence of englishSentences(drafts)) {
      const { sentStart, sentEnd } = sentence[0].facts;
      const changed: Changed[] = sentence.map((e) => ({ ...candidateOf(e), change: e.draft.change }));
      const sameParagraph = (p: { end: number } | null) => p !== null && !ctx.text.slice(p.end, sentStart).includes('\n');
      const carried = sameParagraph(last) ? last!.subject : null;
      const group = sameParagraph(lastCount) ? lastCount!.subject : null;
      const subjects = assignSubjects(ctx.text, sentStart, sentEnd, changed, carried, group);
      sentence.forEach(({ draft }, i) => { draft.subjectText = subjects[i].subject ?? undefined; });
      const lastSubject = subjects[subjects.length - 1].subject;
      last = lastSubject ? { subject: lastSubject, end: sentEnd } : null;
      const firstCount = subjects.find((s) => s.kind === 'count' && s.subject)?.subject;
      lastCount = firstCount ? { subject: firstCount, end: sentEnd } : null;
    }
    return drafts;
  },
};
