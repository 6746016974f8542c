/**
 * People: officials with their titles (`自治区公安厅党委委员、政治部主任…主任李道军介绍`), reporters
 * in bylines (`记者 任沁沁、熊丰`), and anonymized people (`周某华`, `李某`, `胡某某`) with a role
 * from the words around them (suspect, victim).
 */
import { surnameAt } from './surnames.js';
import { codeAt, isHan } from '../codeAt.js';

export interface FoundPerson {
  /** Normalized-text offsets of the name. */
  start: number;
  end: number;
  role: 'official' | 'suspect' | 'victim' | 'reporter' | 'other';
  /** Normalized-text offsets of the title, when one precedes the name. */
  titleStart?: number;
  titleEnd?: number;
}

const TITLE_WORD =
  /(?:主任|局长|厅长|部长|处长|科长|所长|队长|政委|主席|书记|常委|委员|发言人|负责人|督察长|署长|司长|次长|市长|县长|区长|镇长|院长|检察长|总警司|警司|警长|教导员|指导员|组长|秘书长|主管|会长|总监|首长|警官|参赞|专员)(?=[\u4e00-\u9fff])/g;

/** What may follow a personal name (punctuation, speech and action verbs, a date). */
const AFTER_NAME =
  /^(?:[,、。;:()“”"'\s\d]|介绍|表示|说|指出|通报|称|透露|强调|回答|在|于|亲自|任|等|率|带|主持|出席|参加|作|做|宣布|接受|告诉|对|向|要求|提醒|讲话|坦言|分析|认为|也|还|就|是|和|与|及|上午|下午|今天|今日|昨天|昨日|日前|近日|当天|一行|同志|牵头|带队|部署|指挥|调度|督导|批示|先后|分别|亲临|深入|来到|赴|前往|$)/;

/** A CJK ideograph (U+4E00–U+9FFF), tested by code: no one-character string per test. NaN past the end is none. */
const ANON_MARK = 0x67d0; // 某

/** Length of a name at `i` (surname + 1–2 given characters) that is followed by a name boundary, or 0. */
export function nameLengthAt(text: string, i: number): number {
  const s = surnameAt(text, i);
  if (!s) return 0;
  for (let given = 2; given >= 1; given--) {
    const e = i + s + given;
    if (e > text.length) continue;
    let ok = true;
    for (let k = i + s; k < e; k++) if (!isHan(codeAt(text, k)) || codeAt(text, k) === ANON_MARK) ok = false;
    if (!ok) continue;
    if (AFTER_NAME.test(text.slice(e, e + 4))) return s + given;
  }
  return 0;
}

const TITLE_STOP = /[,。;:!?\n()\[\]【】|\x00-\x2f\x3a-\x7f]/;
const TITLE_LEAD = /^(?:[”’\s]|据|由|经|记者从|从|在|和|及|与|、|在会上|会上|当天|当日|其中|今天|今日)+/;

function officials(text: string, from: number, to: number, out: FoundPerson[]): void {
  TITLE_WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = TITLE_WORD.exec(text)) && m.index < to) {
    const p = m.index + m[0].length;
    const len = nameLengthAt(text, p);
    if (!len) continue;
    // Title: back from the title word to a punctuation boundary (at most 50 units).
    let ts = m.index;
    const lim = Math.max(0, m.index - 50);
    while (ts > lim && !TITLE_STOP.test(text[ts - 1])) ts--;
    const lead = TITLE_LEAD.exec(text.slice(ts, p));
    if (lead) ts += lead[0].length;
    out.push({ start: p, end: p + len, role: 'official', titleStart: ts, titleEnd: p });
    TITLE_WORD.lastIndex = p + len;
  }
}

const REPORTER = /(?:特约|见习|实习|资深|首席|全媒体|融媒体|本报|本网|本台)?(?:记者|通讯员|实习生)\s*/g;

function reporters(text: string, from: number, to: number, out: FoundPerson[]): void {
  REPORTER.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = REPORTER.exec(text)) && m.index < to) {
    let p = m.index + m[0].length;
    for (let k = 0; k < 6; k++) {
      const len = reporterName(text, p);
      if (!len) break;
      out.push({ start: p, end: p + len, role: 'reporter' });
      p += len;
      const sep = /^[\s、,]+/.exec(text.slice(p, p + 3));
      if (!sep) break;
      p += sep[0].length;
    }
  }
}

function reporterName(text: string, i: number): number {
  const s = surnameAt(text, i);
  if (!s) return 0;
  for (let given = 2; given >= 1; given--) {
    const e = i + s + given;
    let ok = true;
    for (let k = i + s; k < e; k++) if (!isHan(codeAt(text, k))) ok = false;
    if (ok && /^(?:[\s、,)\]】/]|报道|摄|$)/.test(text.slice(e, e + 2))) return s + given;
  }
  return 0;
}

/** Characters that end an anonymized name rather than being part of it (李某报称, 周某在). */
const NOT_GIVEN = new Set(
  '报在等因将被已于与和及的系为是称说向到从涉男女人通驾家户姓甲乙丙丁名均先也都并又便就则对把让给以由经所其该此这那些个、持用将趁利冒骗盗偷抢窃伙携拒投受找要'.split(''),
);
const ANON = /某/g;
const SUSPECT_CUE = /嫌疑人|嫌犯|疑犯|犯罪|抓获|刑拘|刑事拘留|逮捕|涉嫌|主犯|从犯|归案|被告|作案|落网|案犯|团伙|到案|拘留|批捕|押解|潜逃|在逃|缉捕/g;
const VICTIM_CUE = /事主|被害人|受害人|报称|报案|报警|被骗|受骗|受害|失主|群众|居民/g;

function nearest(re: RegExp, text: string, s: number, e: number, at: number): number {
  // Search a slice: a global regex on the whole text would scan past `e` to the next match.
  const win = text.slice(s, e);
  re.lastIndex = 0;
  let best = Infinity;
  let m: RegExpExecArray | null;
  while ((m = re.exec(win))) best = Math.min(best, Math.abs(s + m.index - at));
  return best;
}

function anonymized(text: string, from: number, to: number, out: FoundPerson[]): void {
  ANON.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = ANON.exec(text)) && m.index < to) {
    const k = m.index;
    let start = -1;
    if (k >= 2 && surnameAt(text, k - 2) === 2) start = k - 2;
    else if (k >= 1 && surnameAt(text, k - 1) === 1) start = k - 1;
    if (start < 0) continue;
    // 某某 (胡某某) or 某 + one given character (周某华) unless that character ends the name.
    let end = k + 1;
    if (text[end] === '某') end++;
    else if (isHan(codeAt(text, end)) && !NOT_GIVEN.has(text[end])) end++;
    // Not a word like 某些/某种 preceded by a surname-like character: 某 must not be followed by 些/种/地/处.
    if (/^[些种地处天时项类单]/.test(text.slice(k + 1, k + 2))) continue;
    const ws = Math.max(0, start - 30);
    const we = Math.min(text.length, end + 30);
    const ds = nearest(SUSPECT_CUE, text, ws, we, start);
    const dv = nearest(VICTIM_CUE, text, ws, we, start);
    const role = ds === Infinity && dv === Infinity ? 'other' : ds <= dv ? 'suspect' : 'victim';
    out.push({ start, end, role });
    ANON.lastIndex = end;
  }
}

/** All people in text[from, to), in order of first mention, one entry per name. */
export function findPeople(text: string, from: number, to: number): FoundPerson[] {
  const all: FoundPerson[] = [];
  officials(text, from, to, all);
  reporters(text, from, to, all);
  anonymized(text, from, to, all);
  all.sort((a, b) => a.start - b.start);
  const byName = new Map<string, FoundPerson>();
  const order: string[] = [];
  for (const p of all) {
    const name = text.slice(p.start, p.end);
    const prev = byName.get(name);
    if (!prev) { byName.set(name, p); order.push(name); }
    else if (prev.titleStart === undefined && p.titleStart !== undefined) byName.set(name, { ...p, start: prev.start, end: prev.end, titleStart: p.titleStart, titleEnd: p.titleEnd, role: p.role });
  }
  return order.map((n) => byName.get(n)!);
}
