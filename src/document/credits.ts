/**
 * Credit lines: `编辑丨罗方荣`, `审核丨苏波 韦凤冰`, `终审丨范武华`, `责任编辑:林静`, `【编辑:王诗尧】`,
 * `来源:新华社`, `作者:…`. Names are split on spaces, 、 and commas.
 */
import type { Credit } from '../schema.js';

export type CreditRole = Credit['role'];

const LABELS: ReadonlyArray<readonly [string, CreditRole]> = [
  ['责任编辑', 'responsible_editor'], ['责编', 'responsible_editor'],
  ['终审', 'final_reviewer'], ['三审', 'final_reviewer'],
  ['审核', 'reviewer'], ['审校', 'reviewer'], ['审稿', 'reviewer'], ['初审', 'reviewer'], ['复审', 'reviewer'], ['二审', 'reviewer'],
  ['美编', 'editor'], ['编辑', 'editor'], ['校对', 'other'], ['监制', 'other'], ['摄影', 'other'], ['通讯员', 'reporter'],
  ['文章来源', 'source'], ['稿件来源', 'source'], ['信息来源', 'source'], ['稿源', 'source'], ['来源', 'source'],
  ['作者', 'author'], ['撰稿', 'author'], ['记者', 'reporter'],
];
const ROLE = new Map(LABELS);
const LABEL_WORDS = LABELS.map((l) => l[0]).join('|');
const CREDIT_RE = new RegExp(`(?<![\\u4e00-\\u9fff])(${LABEL_WORDS})[ \\t]*[丨|:/][ \\t]*`, 'g');
/** A token that starts the next credit (`来源:东南网 责任编辑:林静`). */
const NEXT_LABEL = new RegExp(`^(?:${LABEL_WORDS})[丨|:]`);

export interface FoundCredit {
  role: CreditRole;
  /** Normalized-text offsets: whole credit (label … last name), and each name. */
  start: number;
  end: number;
  labelEnd: number;
  names: Array<{ start: number; end: number }>;
}

const NAME_TOKEN = /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,12}|[A-Za-z][A-Za-z.\- ]{1,30}[A-Za-z])$/;

export function findCredits(text: string, from: number, to: number): FoundCredit[] {
  const out: FoundCredit[] = [];
  CREDIT_RE.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = CREDIT_RE.exec(text)) && m.index < to) {
    const role = ROLE.get(m[1])!;
    const vs = m.index + m[0].length;
    // The value runs to the end of the line or a closing bracket.
    let ve = vs;
    const lim = Math.min(text.length, vs + 120);
    while (ve < lim && !/[\n)\]】」>]/.test(text[ve])) ve++;
    const names: Array<{ start: number; end: number }> = [];
    // Tokens of the value only (at most 120 characters), so a run of labels stays linear.
    const value = text.slice(vs, ve);
    for (const t of value.matchAll(/[^\s、,;]+/g)) {
      const ts = vs + t.index!;
      const te = ts + t[0].length;
      const s = t[0];
      if (role === 'source') {
        // One source: the first token (a paper, agency or site), cut before a date or label.
        const cut = /\d{4}[-/年]|(?:作者|责任编辑|编辑|时间)[:丨]|参与互动|我来说两句|字号|打印|分享/.exec(s);
        const end = cut ? ts + cut.index : te;
        if (end > ts) names.push({ start: ts, end });
        break;
      }
      // A following label (来源:东南网 责任编辑:林静) ends this credit.
      if (NEXT_LABEL.test(s)) break;
      if (!NAME_TOKEN.test(s)) break;
      names.push({ start: ts, end: te });
    }
    if (names.length === 0) continue;
    out.push({ role, start: m.index, end: names[names.length - 1].end, labelEnd: m.index + m[1].length, names });
    CREDIT_RE.lastIndex = names[names.length - 1].end;
  }
  return out;
}
