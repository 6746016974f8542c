/**
 * Direction and basis of change for the candidates of one sentence. A percentage, percentage
 * point or multiple is a change when a direction word governs it (`fell 6.2 per cent`,
 * `a 29.1-percent decrease`, `a decrease in cases, namely by 63.9 percent`); a count or money only
 * when it is itself the amount of change (`an increase of 2 087 cases`). A number after `to` /
 * `from` is a level (`dropped to 26,550`) unless it closes a range of changes (`ranging from 40% to one fold`).
 */
import type { Change } from '../schema.js';
import type { Candidate } from './classify.js';
import { BASELINE, directionOf, MOM, RANGE_BEFORE, SHARE_BEFORE, YOY } from './lexicon.js';

/** How far around a number the clause is looked at; keeps long garbage sentences linear. */
const WINDOW = 400;

export interface Changed extends Candidate { change: Change | null }

/** Words that state a direction on their own, without a number next to them being a level. */
const WEAK = new Set(['more', 'less', 'fewer', 'up', 'down', 'cut', 'stable', 'flat', 'lower', 'higher', 'unchanged']);
const APPROX_TAIL = /(?:\b(?:a total of|more than|over|at least|nearly|almost|about|around|approximately|some|roughly|less than|under|only|just|some)\s+)+$/i;
const BASIS_WORDS = /^(?:[ -]+(?:year[- ]on[- ]year|y-o-y|yoy|month[- ]on[- ]month|annual|sharp|significant|slight|marked|steep|substantial|overall))*[ -]+/i;
/** Where a clause ends, for the basis window: `; `, `, with`, `, and <verb>`, `, while`. */
const CLAUSE_CUT = /;|, (?:with|while|whereas|but|and|of which)\b| while /;

/** `making up 80 per cent`, `shut down 3,400 websites`: phrasal verbs, not a rise or fall. */
const PHRASAL = /\b(?:making|made|make|makes|set|sets|setting|ended|end|ends|stepped|ramped|picked|broken|broke|break|cracked|cracking|beefed|turned|turn|narrowed|handed|laid|drawn|drew|wrote|written|track|tracked|tracking|came|come|shut|shutting|close|closed|closing|took|take|taken|taking|brought|bring|knocked|hunted|cut|run|ran|mopped|rounded|rounding|tied|locked|chased|clamped|followed|follow|broke|tore|torn|pulled|struck|summed)\s+(?:up|down)(?: by| of)?\s*$/i;

function directionBefore(pre: string): { dir: Change['direction']; word: string } | null {
  const m = /([A-Za-z-]+)(?: by| of)?\s*$/.exec(pre.replace(APPROX_TAIL, ''));
  if (!m) return null;
  const w = m[1].toLowerCase();
  const dir = directionOf(w.replace(/^year-on-year-?/, ''));
  if (!dir || w === 'more' || w === 'less' || w === 'fewer') return null;
  // `making up 80 per cent`, `set up`, `stepped up`: phrasal verbs, not a rise.
  if ((w === 'up' || w === 'down') && PHRASAL.test(pre.replace(APPROX_TAIL, ''))) return null;
  return { dir, word: w };
}

function basisIn(window: string): Change['basis'] extends infer B ? { basis: B; baseline: string | null } | null : never {
  const hits: Array<{ at: number; basis: 'yoy' | 'mom' | 'baseline'; baseline: string | null }> = [];
  const y = YOY.exec(window);
  if (y) hits.push({ at: y.index, basis: 'yoy', baseline: null });
  const mo = MOM.exec(window);
  if (mo) hits.push({ at: mo.index, basis: 'mom', baseline: null });
  const b = BASELINE.exec(window);
  if (b) hits.push({ at: b.index, basis: 'baseline', baseline: b[1] });
  if (!hits.length) return null;
  hits.sort((p, q) => p.at - q.at);
  return { basis: hits[0].basis, baseline: hits[0].baseline };
}

export function assignChanges(text: string, sentStart: number, sentEnd: number, cands: Candidate[]): Changed[] {
  const out: Changed[] = cands.map((c) => ({ ...c, change: null }));
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    const pre = text.slice(Math.max(sentStart, c.start - 60), c.start);
    const isRate = c.kind === 'percent' || c.kind === 'percentage_point' || c.kind === 'multiple';
    let dir: Change['direction'] | null = null;
    let rule = '';
    const prev = out[i - 1];
    const gap = prev ? text.slice(prev.end, c.start) : '';
    const inRange = prev && /^\s*to\s*$/.test(gap) && RANGE_BEFORE.test(text.slice(Math.max(sentStart, prev.start - 30), prev.start).replace(/from\s*$/, 'from '));
    // A range of changes: `ranging from 40% to one fold`.
    if (inRange && prev.change) { c.change = { ...prev.change }; c.trace.push('en.change.range'); continue; }
    const db = directionBefore(pre);
    if (db && !/^(?:to)$/.test(db.word)) { dir = db.dir; rule = 'en.change.before'; }
    // `41 more than in the second quarter`: a count that is itself the difference.
    const diff = !isRate && !dir ? /^ (more|fewer|less) than\b/i.exec(text.slice(c.end, c.end + 15)) : null;
    if (diff) { dir = diff[1].toLowerCase() === 'more' ? 'up' : 'down'; rule = 'en.change.difference'; }
    if (!dir && isRate) {
      const post = text.slice(c.end, Math.min(sentEnd, c.end + 50)).replace(BASIS_WORDS, ' ');
      const m = /^\s*([A-Za-z]+)/.exec(post);
      const d = m ? directionOf(m[1]) : undefined;
      // `four times higher than in 2019`: a comparative counts when `than` follows.
      if (d && (!WEAK.has(m![1].toLowerCase()) || /^\s*[a-z]+ than\b/i.test(post))) { dir = d; rule = 'en.change.after'; }
    }
    // Coordination: `an increase of 2 087 cases or 4.4%`, `by 6.86% and 5.110% respectively`.
    // `by 5%, 8% and 12% respectively`: a bare comma joins members of one kind.
    if (!dir && prev?.change && (/^(?:\s+[A-Za-z-]+){0,3}\s*,?\s*(?:and|or)\s*(?:(?:about|around|over|nearly|almost|some)\s+)?$/.test(gap)
      || (prev.kind === c.kind && /^\s*,\s*$/.test(gap))) && !/\b(?:to|from)\b/.test(gap)) {
      c.change = { ...prev.change }; c.trace.push('en.change.coordination'); continue;
    }
    // A direction word earlier in the sentence governs a rate that is not a level:
    // `a significant decrease in cases, namely by 63.9 percent`.
    const bare = pre.replace(APPROX_TAIL, '');
    if (!dir && isRate && (!SHARE_BEFORE.test(bare) || RANGE_BEFORE.test(bare.replace(/(?:from|between)\s*$/, '')))) {
      const from = Math.max(prev ? prev.end : sentStart, c.start - WINDOW);
      const words = text.slice(from, c.start).match(/[A-Za-z]+/g) ?? [];
      for (let k = words.length - 1; k >= 0; k--) {
        const d = directionOf(words[k]);
        if (d && !WEAK.has(words[k].toLowerCase())) { dir = d; rule = 'en.change.clause'; break; }
      }
    }
    if (!dir) continue;
    // `dropped to a 10% share` is a level; `were three times higher` is not.
    if (rule === 'en.change.after' && /\b(?:to|from)\s*$/i.test(pre.replace(APPROX_TAIL, ''))) continue;
    // Basis: the rest of the clause after the number, then the clause before it.
    let fwd = text.slice(c.end, Math.min(sentEnd, c.end + WINDOW));
    const cut = CLAUSE_CUT.exec(fwd);
    if (cut) fwd = fwd.slice(0, cut.index);
    let back = text.slice(Math.max(sentStart, c.start - WINDOW), c.start);
    const bc = Math.max(back.lastIndexOf(','), back.lastIndexOf(';'));
    if (bc >= 0) back = back.slice(bc + 1);
    // `212 fewer than in the same period of 2024, or a fall of 6.9%`: the same change, said again, on the same basis.
    const restated = prev?.change?.direction === dir && prev.change.basis && /,\s*or\b/.test(gap) ? prev.change : null;
    const basis = basisIn(fwd) ?? basisIn(back) ?? restated;
    c.change = { direction: dir, basis: basis?.basis ?? null, baseline: basis?.baseline ?? null };
    c.trace.push(rule);
  }
  return out;
}
