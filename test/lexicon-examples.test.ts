/**
 * Every row of the vocabulary (src/lexicon/vocabulary.ts) has an example; run through parse(),
 * the example must fire that row. Refiners name the row in their trace: direction and basis in
 * `refine.change(…)`, fillers where they were skipped or trimmed, joiners where they joined a
 * list. Approximation words are read by the extractor and show in `approximate` and the span.
 */
import { describe, expect, it } from 'vitest';
import { parse } from '../src/index.js';
import { VOCABULARY, type VocabularyRow } from '../src/lexicon/vocabulary.js';

/** Trace lines that mean a row fired, by role. */
function fired(row: VocabularyRow, trace: readonly string[]): boolean {
  const w = row.word;
  switch (row.role) {
    case 'direction': return trace.some((t) => t === `refine.change(${w})` || t.startsWith(`refine.change(${w},`));
    case 'basis': return trace.includes(`refine.change.basis(${w})`);
    case 'filler': return ['change.filler', 'subject.trim', 'subject.restart', 'subject.end'].some((k) => trace.includes(`refine.${k}(${w})`));
    case 'joiner': return trace.includes(`refine.subject.list(${w})`) || trace.includes(`refine.change.list(${w})`);
    case 'approximation': return false;
  }
}

const label = (row: VocabularyRow): string => `${row.role} ${row.word}: ${row.example}`;

describe('every vocabulary row fires on its example', () => {
  const traced = VOCABULARY.filter((r) => r.role !== 'approximation');
  it.each(traced.map((r) => [label(r), r] as const))('%s', (_, row) => {
    const { metrics } = parse(row.example, { trace: true });
    expect(metrics.length, 'no metric in the example').toBeGreaterThan(0);
    expect(metrics.some((m) => fired(row, m.trace!)), JSON.stringify(metrics.map((m) => m.trace))).toBe(true);
  });

  const approximations = VOCABULARY.filter((r) => r.role === 'approximation');
  it.each(approximations.map((r) => [label(r), r] as const))('%s', (_, row) => {
    if (row.role !== 'approximation') throw new Error('not an approximation row');
    const m = parse(row.example).metrics.find((x) => x.text.includes(row.word));
    expect(m, 'no metric whose span holds the word').toBeDefined();
    expect(m!.approximate).toBe(row.value);
    expect(row.position === 'before' ? m!.text.startsWith(row.word) : m!.text.endsWith(row.word)).toBe(true);
  });
});

describe('direction words of two characters or more end the subject', () => {
  // 攀升, 增多, 升幅 and 减幅 once fell through: the subject ran on over them.
  const words = VOCABULARY.filter((r) => r.role === 'direction' && !r.adjacentOnly);
  it.each(words.map((r) => [r.word, r.example] as const))('%s in %s', (word, example) => {
    for (const m of parse(example).metrics) expect(m.subject ?? '').not.toContain(word);
  });
  it.each([['诈骗警情攀升30%', '诈骗警情'], ['求助警情增多20%', '求助警情'], ['盗窃警情升幅达8%', '盗窃警情'], ['诈骗警情减幅12%', '诈骗警情']])(
    '%s → %s', (input, subject) => {
      expect(parse(input).metrics.map((m) => m.subject)).toEqual([subject]);
    },
  );
});

describe('the table is consistent', () => {
  it('no word has two rows of one role', () => {
    const seen = new Set<string>();
    for (const r of VOCABULARY) {
      const key = `${r.role}:${r.word}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });
  it('joiners are single characters (they are matched as code units)', () => {
    for (const r of VOCABULARY) if (r.role === 'joiner') expect(r.word.length).toBe(1);
  });
});
