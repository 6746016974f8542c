/**
 * The subject of each metric: a short noun phrase in the text's own words, plus the police action
 * when there is one (`people arrested`, `ketamine seized`). Counts use the noun after them; rates
 * use the phrase after the change noun (`decline in criminal cases`), else the subject of their
 * clause (`The number of deception cases increased …`); generic nouns (`cases`, `instances`) and
 * bare levels borrow from the clause or from the metric before them.
 */
import type { Changed } from './change.js';
import { ACTION_BASE, ACTION_VERBS, directionOf, GENERIC_NOUNS, SUBJECT_OPENERS } from './lexicon.js';
import { nounPhraseAfter, nounPhraseBefore } from './phrases.js';

/** How far back a clause is looked at; keeps long garbage sentences linear. */
const WINDOW = 400;

export interface WithSubject extends Changed { subject: string | null }

/** Who acts rather than what is measured: `Police arrested …`, `China saw …`. */
const AGENT = /^(?:police|the police|officers|the force|force|authorities|the authorities|the ministry|ministry|they|we|it|he|she|(?:the )?(?:syndicate|gang|ring|suspects?|culprits?|fraudsters?|scammers?|criminals?)|china|the country|public security (?:authorities|organs)|[A-Z][a-z]+ police|police nationwide|the ministry of public security)$/i;
/** An agency by its name: `The Public Security Police Force`, `the Central Narcotics Bureau`. */
const AGENCY = /^(?:the )?(?:[A-Z][\w'-]*\s+(?:and\s+|of\s+)?)*(?:Police(?: Force)?|Bureau|Department|Ministry|Command|Force|Squad|Unit|Centre|Center|Agency|Commission|Authority|Administration|Customs)$/;
/** An agency by its initials: `the PJ`, `SPF`, `CNB`. */
const ACRONYM = /^(?:the )?[A-Z]{2,5}$/;
/** Leading adverbials cut from a clause before looking for its subject. */
const LEAD = /^(?:(?:According to|In|During|Across|Among|Under|For|As of|Compared with|Between|From|Over|After|Before|Since|Of|On|At|Within|Throughout|Meanwhile|However|Nonetheless|Moreover|Additionally|In addition|Overall|Also|Besides|Separately)\b[^,]{0,80},\s*)+/;
/** Finite verbs that end a subject. Past participles after a noun also do (`cases reported in 2020 dropped`). */
const PREDICATE = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'saw', 'sees', 'see', 'witnessed', 'witnesses', 'showed', 'shows',
  'registered', 'recorded', 'remained', 'made', 'reached', 'totalled', 'totaled', 'stood', 'accounted', 'represented', 'included',
  'would', 'will', 'could', 'may', 'might', 'can', 'went', 'numbered', 'amounted', 'continued', 'became', 'posted', 'hit', 'came', 'experienced']);
// One repeated group only: a nested `(of|in …)*` inside the outer `+` matched the same text in
// 2^k ways and backtracked exponentially on long subjects.
const TRAILING = /(?:\s+(?:in|during|for|across|over|throughout|within|of|at|on|from|between)\s+(?:the\s+)?(?:(?:first|second|third|fourth|last|past|previous|same|whole|full[- ]year|full|entire|this|\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+)*(?:(?:\d{4}|half|quarter|quarters|year|years|month|months|period|time|country|city|territory|nationwide)\b|[A-Z][a-z]+)|\s+(?:nationwide|last year|this year|year-on-year|in total|in aggregate))+\s*$/;

/** A reporting clause before what is reported: `Police today said that`, `the ministry announced`. */
const REPORTING_CLAUSE = /^.{0,80}?\b(?:said|says|announced|announces|revealed|reveals|stated|states|disclosed|discloses|noted|notes|added|told reporters)(?: on [A-Z]\w+| today| yesterday)?(?: that)?\s+(?=\S)/i;

function clean(s: string): string {
  let t = s.replace(/[“”"‘’]/g, '').replace(/\s*\([^)]*\)/g, '').replace(/\s+/g, ' ').trim();
  // Datelines: `SINGAPORE: …`, `BEIJING, Jan. 10 (Xinhua) -- …`.
  t = t.replace(/^[A-Z][A-Z .,'-]{2,40}(?:\([^)]{0,30}\))?\s*(?::|--|—)\s*/, '');
  t = t.replace(/^(?:(?:and|but|while|with|however|moreover|also)\s+)+/i, '');
  // `Police today said that 2,847 cases`: what was said, not who said it.
  t = t.replace(REPORTING_CLAUSE, '');
  t = t.replace(/\s+(?:also|then|further|still|all|alone|together|collectively|nationwide)$/i, '');
  // `the increase in the total number of reported crimes` → `reported crimes`.
  t = t.replace(/^(?:the |a |an )?(?:\w+ )?(?:increase|decrease|rise|drop|decline|growth|fall|change|reduction|jump|surge)s? (?:in|of) /i, '');
  t = t.replace(SUBJECT_OPENERS, '');
  // Numbers are never part of a subject: `a total of 49 927 crimes` → `crimes`.
  t = t.replace(/^(?:of\s+)?(?:(?:about|over|more than|some|nearly)\s+)?\d[\d ,.]*\s+/, '');
  for (let k = 0; k < 3; k++) t = t.replace(TRAILING, '');
  t = t.replace(/^(?:various|different|all|the|a|an)\s+/i, '').replace(/[,;:–—-]+$/, '').trim();
  return t;
}

/** Start of the clause containing `at`: after `; `, `, with`, `, while` or a sentence start. */
function clauseStart(text: string, sentStart: number, at: number): number {
  sentStart = Math.max(sentStart, at - WINDOW);
  const seg = text.slice(sentStart, at);
  const re = /;\s*|,\s+(?=(?:with|while|whereas|and the|but)\b)/g;
  let last = 0;
  for (let m = re.exec(seg); m; m = re.exec(seg)) last = m.index + m[0].length;
  return sentStart + last;
}

const NUMBER_ONLY = /^[\d ,.]+$/;
/** Between a count and an amount: the counted noun and `of` (`57 victims of about MOP 4.3 million`), no preposition of its own. */
const OF_FIGURE_NOUN = /^\s+(?:(?!(?:with|in|for|and|from|at|on|to|by)\b)[A-Za-z-]+\s+){1,4}(?:of|out of)\s+(?:(?:about|around|approximately|some|over|more than|nearly|almost)\s+)?$/;
/** What names an amount right before it: `drugs worth`, `losses exceeding`, `seizures totalling` (group 1: the word). */
const NAMED_BY_BEFORE = /\b(worth|of|valued at|totalling|totaling|amounting to|exceeding|reaching|topping)\s+(?:(?:about|around|approximately|some|over|more than|nearly|almost|an estimated|a total of|up to|at least)\s+)?$/i;
/** A share stated of a part: `accounting for 46.7 per cent`, `making up about 43 per cent`. */
const SHARE_VERB = /\b(?:accounting for|accounted for|making up|made up|representing|represented|constituting|constituted)\s+(?:(?:about|around|over|more than|nearly|almost|some|approximately|roughly)\s+)?$/i;
/** A predicate that describes rather than names: `related to concert tickets`, `cases involving village houses`. */
const DESCRIBES = /^(?:cases involving |[a-z]+ed\b|involving\b|linked\b)/;
/** A sentence that opens on a part of the group before: `Of these, `, `Among them, `. */
const PART_OF_GROUP = /^(?:Of|Among) (?:these|them|those|which)\s*,?\s*$/i;

/** The whole a share is taken of, which names nothing: `of the total`, `of all`. */
const WHOLE = /^(?:the )?(?:total|all|them|whole|overall|sum)$/i;

/** Irregular past tenses of direction verbs: `usury cases fell by 87.1 percent`. */
const PAST_DIRECTION = new Set(['fell', 'rose', 'grew', 'shrank', 'slid', 'dipped']);
/** Past tenses of action verbs that do not end in -ed: `Scam victims lost S$385.6 million`. */
const IRREGULAR_PAST = new Set(['lost', 'found', 'caught', 'held', 'stolen', 'shut', 'taken', 'sent', 'made']);

/** Where the predicate of a clause starts (index into `words`), or -1. */
function predicateAt(words: string[]): number {
  const low = words.map((x) => x.toLowerCase().replace(/[^a-z-]/g, ''));
  for (let k = 1; k < low.length; k++) {
    const w = low[k];
    if (!w) continue;
    if (PREDICATE.has(w)) return k;
    // `the number of newly found drug users`: a participle after an adverb describes the noun.
    if (NOT_NOUN.has(low[k - 1]) || /ly$/.test(low[k - 1]) || /^(?:up|down|more|less|lower|higher)$/.test(w)) continue;
    if (directionOf(w) && (/(?:ed|ing)$/.test(w) || PAST_DIRECTION.has(w))) return k;
    // A participle followed by a preposition or another verb modifies the noun: `losses involved in`, `amount cheated increasing`.
    const next = low[k + 1] ?? '';
    // `The total amount lost fell by 8.1 per cent`: the verb after it is the predicate. `lost at least $126 million` is one.
    const modifier = (/^(?:in|at|on|by|with|from|for|during|to|of|across|nationwide)$|(?:ing|ed)$/.test(next) && !(next === 'at' && /^(?:least|most)$/.test(low[k + 2] ?? '')))
      || PREDICATE.has(next) || PAST_DIRECTION.has(next);
    if (ACTION_VERBS.has(w) && (/ed$/.test(w) || IRREGULAR_PAST.has(w)) && !modifier) return k;
  }
  return -1;
}
/** Words after which the next word cannot be a predicate: `the number of reported crimes`. */
const NOT_NOUN = new Set(['of', 'the', 'a', 'an', 'in', 'for', 'on', 'to', 'by', 'and', 'or', 'all', 'these', 'those', 'its', 'their', 'number', 'total']);

/** `of what appeared to be`, `of what is believed to be`: the thing named after it is suspected. */
const SEEMING = /^\s*of what (?:appeared|appears|was|were|is|are) (?:(?:believed|suspected|thought) )?to be\s/i;
/** Subjects that stand for something named elsewhere: `there was`, `this represents`. */
const PRONOUN_SUBJECT = /^(?:there|it|this|that|these|those|which)$/i;
/** A topic opener: `As for burglaries, …`. */
const TOPIC = /^(?:As (?:for|to|regards)|For|Regarding|With regard to|In terms of|Concerning|Turning to)\s+(.+)$/i;
/** A sentence that opens with a pronoun standing for the sentence before: `This represents a 20 per cent jump`. */
const OPENS_WITH_PRONOUN = /^\s*(?:this|it|that|these|those)\s+(?!of\b)[a-z]/i;

/**
 * Where the comma-separated chunk that ends at `at` starts, when it has no verb of its own, else -1.
 * `…, up 12 per cent` and `…, a year-on-year increase of 23 per cent` have none: they say more of
 * the figure before them.
 */
function appositiveStart(text: string, sentStart: number, at: number): number {
  const cs = clauseStart(text, sentStart, at);
  const comma = text.lastIndexOf(',', at);
  if (comma < cs) return -1;
  return predicateAt(text.slice(comma + 1, at).split(/\s+/).filter(Boolean)) >= 0 ? -1 : comma;
}

/** The word right before a number, past approximations: `detected 57 cases`, `involved in 142 cases`, `lost at least $126 million`. */
const VERB_BEFORE_NUMBER = /\b([a-z]+)\s+(?:in\s+)?(?:(?:about|around|approximately|some|over|more than|nearly|almost|at least|up to|less than|close to|an estimated|a total of|another)\s+)*$/;
function actionRightBefore(text: string, sentStart: number, at: number): string | null {
  const w = VERB_BEFORE_NUMBER.exec(text.slice(Math.max(sentStart, at - 50), at));
  if (!w) return null;
  // `in` only after `involved`: `involved in 142 cases`, not `arrested in 2024`.
  if (/\sin\s/.test(w[0]) && w[1] !== 'involved') return null;
  return participleOf(w[1]);
}

/** The participle of an action verb in any written form (`arrest`, `seizing`, `froze`), or null. */
function participleOf(w: string): string | null {
  if (ACTION_VERBS.has(w)) return w;
  if (ACTION_BASE[w]) return ACTION_BASE[w];
  if (/ing$/.test(w)) {
    const stem = w.replace(/ing$/, '');
    for (const cand of [stem + 'ed', stem + 'd', stem.replace(/(.)\1$/, '$1') + 'ed']) if (ACTION_VERBS.has(cand)) return cand;
  }
  return null;
}

/** The subject of the clause that contains position `at`, or null. */
export function clauseSubject(text: string, sentStart: number, at: number, allowAgent = false, depth = 0): string | null {
  const cs = clauseStart(text, sentStart, at);
  let seg = text.slice(cs, at).replace(/^[\s“"‘]+/, '');
  const lead = LEAD.exec(seg);
  if (lead) seg = seg.slice(lead[0].length);
  // Cut dashes and parenthetical asides: `suspected usury cases – in Macao … – fell`.
  seg = seg.replace(/\s[–—-]\s[^–—]*?(?:\s[–—-]\s|$)/g, ' ');
  // The last comma-separated chunk that has a predicate: `if cases … were excluded, the increase … would be`.
  const chunks = seg.split(/,\s+/);
  let words: string[] = [];
  let cut = -1;
  for (let c = chunks.length - 1; c >= 0 && cut < 0; c--) {
    words = chunks[c].split(/\s+/).filter(Boolean);
    cut = predicateAt(words);
    // `X, which was over $1.2 billion`: the relative pronoun stands for the chunk before.
    if (cut === 1 && /^(?:which|that|who)$/i.test(words[0]) && c > 0) {
      words = chunks[c - 1].split(/\s+/).filter(Boolean);
      // `The number of robberies was 320, which was …`: that chunk's own subject.
      const own = predicateAt(words);
      cut = own > 0 ? own : words.length;
    }
    // `As for burglaries, there was a decrease …`: the topic named before the comma.
    if (cut >= 1 && PRONOUN_SUBJECT.test(words.slice(0, cut).join(' '))) {
      const topic = c > 0 ? TOPIC.exec(chunks[c - 1]) : null;
      if (!topic) return null;
      words = topic[1].split(/\s+/).filter(Boolean);
      cut = words.length;
    }
  }
  if (cut < 0) {
    // `…, with an increase of 42 per cent`: the clause has no subject of its own; use the one before.
    if (cs > sentStart && depth < 3) return clauseSubject(text, sentStart, cs - 1, allowAgent, depth + 1);
    return null;
  }
  const subj = clean(words.slice(0, cut).join(' '));
  if (!subj || subj.split(' ').length > 14) return null;
  if (!allowAgent && (AGENT.test(subj) || AGENCY.test(subj) || ACRONYM.test(subj))) return null;
  // `China sees 25.7-pct drop`: a country or agency acting is no subject.
  if (!allowAgent && /^[A-Z][a-z]+$/.test(subj) && !/s$/.test(subj)) return null;
  return subj;
}

/** The police action for a count: `were arrested` after it, or the nearest action verb before it. */
function action(text: string, sentStart: number, nounEnd: number, numStart: number, sentEnd: number): string | null {
  const after = actionAfter(text, nounEnd, sentEnd);
  if (after) return after;
  // Within its clause: `Police received 1,958 reports, with losses exceeding $1.3 billion` received no losses.
  const pre = text.slice(clauseStart(text, sentStart, numStart), numStart);
  const words = pre.match(/[A-Za-z]+/g) ?? [];
  for (let k = words.length - 1; k >= 0 && k >= words.length - 40; k--) {
    const w = words[k].toLowerCase();
    const p = participleOf(w);
    if (p) return p;
    // `inspected 420 venues and took action against 61 establishments`: another verb, not the action before it.
    if (k > 0 && words[k - 1].toLowerCase() === 'and' && (/ed$/.test(w) || OTHER_PAST.has(w))) return null;
  }
  return null;
}

/** Past tenses that are no police action of their own and end a coordinated verb phrase. */
const OTHER_PAST = new Set(['took', 'made', 'gave', 'brought', 'set', 'ran', 'began', 'sent', 'held', 'went', 'saw']);

/** The action after a counted noun: `1,856 cases were cracked`, `256 people, including 27 members, were arrested`. */
function actionAfter(text: string, nounEnd: number, sentEnd: number): string | null {
  const post = text.slice(nounEnd, Math.min(sentEnd, nounEnd + 120)).replace(/^,\s*(?:including|of whom|among them|mostly|mainly)\b[^,;]{0,80},/, '');
  const f = /^(?:\s+worth\s+[^,;]{0,30}?)?\s+(?:(?:were|was|have been|has been|had been|are|is|being|got)\s+)?(?:(?:also|all|successfully|subsequently|then|later|eventually|now|reportedly)\s+)?([a-z]+)\b/.exec(post);
  return f && ACTION_VERBS.has(f[1]) ? f[1] : null;
}

const withAction = (np: string, act: string | null) => (act && !np.toLowerCase().includes(act) ? `${np} ${act}` : np);
/**
 * A rate of a count is a rate of the thing counted: `deception cases recorded` → `deception cases`.
 * Only verbs of recording go; a police action names what is counted (`people arrested`).
 */
const withoutRecording = (subject: string) => subject.replace(/ (?:recorded|reported|registered|received)$/, '') || subject;

/**
 * `carried` is the last subject of the sentence before in the same paragraph: a sentence that
 * opens with `This`/`It` speaks of it (`Deception cases reached 28 000; this represents a 20 per cent jump`).
 */
export function assignSubjects(text: string, sentStart: number, sentEnd: number, ms: Changed[], carried: string | null = null, group: string | null = null): WithSubject[] {
  const out: WithSubject[] = [];
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i];
    let subject: string | null = null;
    const prevSubj = out[i - 1]?.subject ?? null;
    const noun = m.noun;
    const generic = noun ? GENERIC_NOUNS.has(noun.head.toLowerCase()) && noun.words.length === 1 : false;
    if (m.kind === 'count') {
      if (noun && !generic) {
        // `cases related to food and drug safety crimes` → the crimes, not `cases`.
        let np = noun.text;
        if (GENERIC_NOUNS.has(noun.words[0].toLowerCase())) {
          const rel = /^\s+(?:related to|involving|concerning|linked to|of)\s+/.exec(text.slice(noun.end, noun.end + 30));
          const more = rel ? nounPhraseAfter(text, noun.end + rel[0].length - 1, sentEnd, false) : null;
          if (more) np = `${more.text} ${noun.text}`;
        }
        subject = withAction(clean(np) || np, action(text, sentStart, noun.end, m.start, sentEnd));
      } else if (m.predicate) {
        subject = m.predicate.text.replace(/[“”"]/g, '');
        // `Of these, 2,480 were related to concert tickets`: a description of part of the group counted before.
        if (group && DESCRIBES.test(subject) && PART_OF_GROUP.test(text.slice(sentStart, m.start))) {
          subject = `${withoutRecording(group)} ${subject.replace(/^cases /, '')}`;
          m.trace.push('en.subject.part');
        }
      } else {
        // `“employment fraud” (2 353 cases)`: the name before the bracket.
        const br = /(?:["“]([^"“”]{2,50})["”]|([A-Za-z][A-Za-z -]{2,50}))\s*\(\s*$/.exec(text.slice(Math.max(sentStart, m.start - 60), m.start));
        if (br) subject = `${(br[1] ?? br[2]).trim()}${noun ? ' ' + noun.text : ''}`;
        else {
          const rel = noun ? /^\s+(?:related to|involving|concerning|linked to|of)\s+/.exec(text.slice(noun.end, noun.end + 30)) : null;
          const more = rel && noun ? nounPhraseAfter(text, noun.end + rel[0].length - 1, sentEnd, false) : null;
          const acted = noun && !more ? actionRightBefore(text, sentStart, m.start) : null;
          if (more && noun) subject = withAction(`${more.text} ${noun.text}`, action(text, sentStart, more.end, m.start, sentEnd));
          // `officers detected 57 cases`: the cases of that action.
          else if (acted && noun) subject = withAction(noun.text, acted);
          else {
            // The figure before in the same clause names the cases (`49 927 crimes …, an increase of 2 087 cases`);
            // across a clause break the clause's own subject does (`Job scams made up …, with 5,470 cases reported`).
            const prevM = ms[i - 1];
            const sameClause = prevM && clauseStart(text, sentStart, prevM.start) === clauseStart(text, sentStart, m.start);
            subject = (sameClause ? prevSubj : null) ?? clauseSubject(text, sentStart, m.start) ?? prevSubj;
            // `In Guangdong alone, 1,856 cases were cracked`: nothing names them but the action.
            const after = subject || !noun ? null : actionAfter(text, noun.end, sentEnd);
            if (after) subject = withAction(noun!.text, after);
          }
        }
      }
    } else if (m.kind === 'money') {
      const after = text.slice(m.end, m.end + 50);
      const paren = /^\s*\)?\s*(?:\([^)]{0,40}\))?\s*\)?/.exec(after)![0].replace(/\s+$/, '').length;
      const np = /^\s*(?:worth of|in)\s/.test(text.slice(m.end + paren, m.end + paren + 12)) ? nounPhraseAfter(text, m.end + paren, sentEnd) : null;
      const lead = text.slice(Math.max(sentStart, m.start - 50), m.start);
      // `drugs worth about $15 million`, `a street value of HK$3.14 million`, `assets valued at $2m`.
      const worthBefore = NAMED_BY_BEFORE.exec(lead);
      // `cheated of about MOP35,000`, `defrauded of $2m`: the amount of that action.
      const actedOf = /\b([a-z]+)\s+(?:of|out of)\s+(?:(?:about|around|approximately|some|over|more than|nearly|almost)\s+)?$/.exec(lead);
      const prevActed = prevSubj && ACTION_VERBS.has(prevSubj.split(' ').pop()!) ? prevSubj.split(' ').pop()! : null;
      let before = worthBefore ? nounPhraseBefore(text, m.start - worthBefore[0].length, sentStart) : null;
      if (before && /^(?:total|sum|amount|a total)$/i.test(before.text)) before = null; // `a total of S$1.2 million`
      const part = /^\s+([a-z]+)\b/.exec(after);
      if (np) subject = withAction(np.text, action(text, sentStart, np.end, m.start, sentEnd));
      // `cheated 57 victims of about MOP 4.3 million`: the amount of the action on the figure before.
      else if (prevActed && OF_FIGURE_NOUN.test(text.slice(ms[i - 1].end, m.start))) subject = `amount ${prevActed}`;
      else if (before) subject = withAction(before.text, action(text, sentStart, m.end, before.start, sentEnd));
      else if (actedOf && ACTION_VERBS.has(actedOf[1])) subject = `amount ${actedOf[1]}`;
      else {
        const cs = clauseSubject(text, sentStart, m.start);
        const act = part && ACTION_VERBS.has(part[1]) ? part[1] : null;
        // `officers froze HK$46 million`: the amount of the action right before it.
        // `…intercepted 2.65 billion text messages, and recovered 36.2 billion yuan`: the amount of that action, not the figure before.
        const actedOn = actionRightBefore(text, sentStart, m.start);
        subject = cs ? withAction(cs, act) : (actedOn ? `amount ${actedOn}` : null) ?? prevSubj ?? (act ? `amount ${act}` : null);
        // `Loan scams saw …, with the total amount cheated increasing to S$2.2 million`: whose amount.
        if (subject && /^(?:amount|sum|total|value|losses)\b/i.test(subject) && clauseStart(text, sentStart, m.start) > sentStart) {
          const owner = clauseSubject(text, sentStart, clauseStart(text, sentStart, m.start) - 1);
          if (owner) subject = `${subject} in ${owner}`;
        }
      }
    } else if (m.kind === 'quantity') {
      // `7kg of what appeared to be Ice`: the substance is a suspected one.
      const seeming = SEEMING.exec(text.slice(m.end, m.end + 60));
      const seemed = seeming ? nounPhraseAfter(text, m.end + seeming[0].length - 1, sentEnd, false) : null;
      const np = noun && /^\s*(?:of|worth of)\s/.test(text.slice(m.end, m.end + 10)) ? noun : null;
      if (seemed) subject = withAction(`suspected ${seemed.text}`, action(text, sentStart, seemed.end, m.start, sentEnd));
      else if (np) subject = withAction(np.text, action(text, sentStart, np.end, m.start, sentEnd));
      else {
        // `with seizures totalling 610kg`: the noun the amount is of.
        const named = NAMED_BY_BEFORE.exec(text.slice(Math.max(sentStart, m.start - 50), m.start));
        const before = named && named[1] !== 'of' ? nounPhraseBefore(text, m.start - named[0].length, sentStart) : null;
        subject = before?.text ?? (prevSubj ? prevSubj.replace(/^(?:\w+ of )/, '') : null) ?? clauseSubject(text, sentStart, m.start);
      }
    } else {
      // Rates. `a 25.7-percent decline in criminal cases`.
      const post = text.slice(m.end, Math.min(sentEnd, m.end + 80));
      const inAfter = /^(?:[ -]+(?:year-on-year|annual|sharp|significant))*\s+[a-z]+\s+(?:in|of)\s+/i.exec(post);
      const inNp = inAfter && directionOf(/\s([a-z]+)\s+(?:in|of)\s+$/i.exec(inAfter[0])?.[1] ?? '') ? nounPhraseAfter(text, m.end + inAfter[0].length - 1, sentEnd, false) : null;
      // `70% of the reports were Internet-related`.
      const ofNp0 = /^\s+of\s/.test(post) ? nounPhraseAfter(text, m.end, sentEnd) : null;
      // `making up 43 per cent of the total`: the share of what the clause names.
      const ofNp = ofNp0 && !WHOLE.test(ofNp0.text) ? ofNp0 : null;
      // `2,847 cases were recorded …, up 12 per cent`: a change with no clause of its own is the figure's before.
      // `14 260 were online frauds, accounting for 46.7 per cent of all deception cases`: the share of the figure before.
      const share = !m.change && SHARE_VERB.test(text.slice(Math.max(sentStart, m.start - 40), m.start));
      const chunk = m.change || share ? appositiveStart(text, sentStart, m.start) : -1;
      let before = -1;
      for (let k = i - 1; k >= 0 && chunk >= 0 && before < 0; k--) if (ms[k].end <= chunk && (ms[k].kind === 'count' || ms[k].kind === 'money' || ms[k].kind === 'quantity')) before = k;
      const figureSubject = before >= 0 ? out[before].subject : null;
      if (inNp) subject = inNp.text;
      else if (figureSubject && share) {
        subject = `share of ${withoutRecording(figureSubject)}${ofNp ? ` in ${ofNp.text}` : ''}`;
        m.trace.push('en.subject.share');
      } else if (figureSubject) { subject = withoutRecording(figureSubject); m.trace.push('en.subject.appositive'); }
      else if (ofNp && !m.change) {
        const comp = /^\s+(?:were|was|are|is)\s+(?!aged\b)([A-Za-z-]+)/.exec(text.slice(ofNp.end, ofNp.end + 40));
        subject = comp ? `${comp[1]} ${ofNp.text}` : ofNp.text;
      } else {
        const cs = clauseSubject(text, sentStart, m.start);
        // `41 were new abusers, making up 43 per cent`: the clause's subject is the figure before; its subject is the one.
        subject = cs && NUMBER_ONLY.test(cs) ? prevSubj : cs ?? (m.change ? prevSubj : null);
        // `A two-fold increase was recorded for “employment fraud”`.
        const forNp = subject ? null : /^[^.;]{0,40}?\b(?:for|in|among)\s+(?:the\s+)?(?:[“"]([^”"]{2,40})[”"]|([A-Za-z][\w-]*(?: [a-z][\w-]*){0,3}))/.exec(post);
        if (forNp) subject = (forNp[1] ?? forNp[2]).trim();
        subject ??= clauseSubject(text, sentStart, m.start, true);
      }
    }
    if (carried && (subject === null || PRONOUN_SUBJECT.test(subject)) && clauseStart(text, sentStart, m.start) === sentStart
      && OPENS_WITH_PRONOUN.test(text.slice(sentStart, m.start))) subject = carried;
    out.push({ ...m, subject: subject ? subject.trim() || null : null });
  }
  distributeRespectively(text, sentStart, sentEnd, out);
  return out;
}

/** Joins between the members of a list of figures: `5%, 8% and 12%`, `1 234 and 567`. */
const FIGURE_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|or\s+)(?:(?:about|around|over|more than|nearly|almost|some)\s+)?$/i;
const RESPECTIVELY_AFTER = /^\s*,?\s*respectively\b/i;
/** Joins between coordinated subjects: `burglary, robbery and theft cases`. */
const SUBJECT_JOIN = /\s*,\s*(?:and\s+)?|\s+and\s+/;

/**
 * `Burglaries, robberies and thefts dropped by 5%, 8% and 12% respectively`: a list of figures
 * that share one coordinated subject takes its members in order. A head noun written once at
 * the end belongs to every member (`burglary and robbery cases` → `burglary cases`).
 */
function distributeRespectively(text: string, sentStart: number, sentEnd: number, ms: WithSubject[]): void {
  for (let i = 0; i < ms.length;) {
    let j = i;
    while (j + 1 < ms.length && ms[j + 1].kind === ms[i].kind && FIGURE_JOIN.test(text.slice(ms[j].end, ms[j + 1].start))) j++;
    const n = j - i + 1;
    const subject = ms[i].subject;
    const shared = subject !== null && ms.slice(i, j + 1).every((m) => m.subject === subject);
    if (n > 1 && shared && RESPECTIVELY_AFTER.test(text.slice(ms[j].end, sentEnd))) {
      const parts = coordinatedParts(text, sentStart, ms[i].start, subject, n);
      if (parts) for (let k = 0; k < n; k++) { ms[i + k].subject = parts[k]; ms[i + k].trace.push('en.subject.respectively'); }
    }
    i = j + 1;
  }
}

/** The n members of a coordinated subject, each with the head noun it shares, or null. */
function coordinatedParts(text: string, sentStart: number, before: number, subject: string, n: number): string[] | null {
  const parts = subject.split(SUBJECT_JOIN).filter(Boolean);
  // The subject was cut at a comma (`Burglaries, robberies and thefts`): earlier members stand before it.
  let at = text.lastIndexOf(subject, before);
  while (parts.length < n && at > sentStart) {
    const m = /(?:^|,\s*|\b[A-Z][a-z]*\s+)([A-Za-z][A-Za-z -]{0,40}?),\s*$/.exec(text.slice(sentStart, at));
    if (!m) break;
    parts.unshift(clean(m[1]));
    at = sentStart + m.index + m[0].length - m[1].length - 1;
  }
  if (parts.length !== n || parts.some((p) => !p)) return null;
  // The shared head: from the last member's plural noun to its end (`cases`, `cases recorded`).
  const lastWords = parts[n - 1].split(' ');
  const h = lastWords.findIndex((w, k) => k > 0 && /[a-z]s$/.test(w) && !/(?:ss|us|is)$/.test(w));
  if (h < 0) return parts;
  const head = lastWords.slice(h).join(' ');
  return parts.map((p, k) => (k === n - 1 || /[a-z]s$/.test(p.split(' ').pop() ?? '') ? p : `${p} ${head}`));
}
