/**
 * Named campaigns (contract: a quoted name attached to 行动 / 专项行动 / 专项斗争 / 战役 / 攻坚战,
 * or a quoted name that itself ends in 行动), each distinct name once at its first mention.
 * A name recognised anywhere is reported at its first quoted mention.
 */
import { keptText, originalSpan, type OffsetText } from '../normalize/index.js';
import type { Operation } from '../schema.js';
import { indexQuotedNames, type QuotedName, type QuotedNameIndex } from './quotedNames.js';
import { SEPARATED_CODE } from './cases.js';
import { isChineseNumeralCode } from '../numbers/numerals.js';

/**
 * What may follow a chain of quoted names to make them campaigns: a short descriptor (no list
 * joiner, no 案) and the campaign word (`“净网”“护网”系列专项行动`).
 */
const CAMPAIGN_WORD = '(?:专项行动|行动|专项斗争|战役|攻坚战|会战|专项整治|集中整治)';
const CAMPAIGN_AFTER = new RegExp(`^([^,。;、“”「」\n案]{0,14}?)${CAMPAIGN_WORD}`);
/** After `代号` the quote is a name whatever the descriptor says (`代号「呼风」的打击骗案行动`). */
const CAMPAIGN_AFTER_CODENAME = new RegExp(`^([^,。;、“”「」\n]{0,14}?)${CAMPAIGN_WORD}`);
const CODENAME_BEFORE = /代号为?$/;
/** A list that ends in the campaign word: `“春雷”、“猎狐”、缉枪治爆、“百城禁毒会战”等21个专项行动`. */
const LIST_THEN_CAMPAIGN = new RegExp(`^(?:[、和及与](?:“[^”\n]{1,16}”|「[^」\n]{1,16}」|[^,。;、“”「」\n]{1,10})){0,12}等[^,。;、“”「」\n]{0,8}?${CAMPAIGN_WORD}`);
/**
 * A descriptor that makes the quote something else: a verb between them (`“三角地带”开展清查行动`:
 * a place where a campaign runs), a theme (`以“平安守护”为主题的专项行动`), or other crimes joined to it (`“两抢”及盗窃犯罪专项行动`: one
 * of the targets; `“两盗一骗”犯罪专项行动` and `“净网”打击网络犯罪专项行动` still name one).
 */
const NOT_ATTACHED = /开展|部署|组织|启动|实施|推进|深化|参与|参加|进行|^为(?:主题|主线|重点|核心|目标)|^(?:及|和|与|以及)[^打]{0,10}(?:犯罪|违法|案件)/;
/** A name that is only the campaign word (`“专项行动”`) names nothing. */
const ONLY_CAMPAIGN_WORD = new RegExp(`^(?:专项|集中|整治)*${CAMPAIGN_WORD}?$`);
const NAME_IS_CAMPAIGN = /(?:行动|会战|战役|攻坚战)$/;
/** Unquoted campaign codenames with a year (`猎狐2015`, `昆仑2021专项行动`). */
const UNQUOTED_WITH_YEAR = /(?:(?<![\u4e00-\u9fff])|(?<=开展|部署|组织|启动|实施|推进|深化|参与|代号|简称|代号为))(?!开展|部署|组织|启动|实施|推进|深化|参与|代号)([\u4e00-\u9fff]{2,4}(?:19|20)\d\d)(?=专项行动|行动)/g;

/** `keep` (original offsets) limits mentions to the article, before the first mention is chosen. */
export function extractOperations(t: OffsetText, keep: (start: number, end: number) => boolean = () => true, quoted: QuotedNameIndex = indexQuotedNames(t.text)): Operation[] {
  const text = t.text;
  const { names } = quoted;
  const campaignNames = new Set<string>();
  for (const chain of quoted.chains) {
    const followed = campaignFollows(text, chain[0].start, chain[chain.length - 1].end);
    for (const q of chain) {
      const inner = text.slice(q.innerStart, q.innerEnd);
      if (SEPARATED_CODE.test(inner.trim())) continue; // a case code (`三·一六`, `1·17`), not a campaign
      if (/[式型化]$/.test(inner)) continue; // “地毯式”“拉网式” describe a manner, not a campaign
      if (ONLY_CAMPAIGN_WORD.test(inner)) continue;
      if (followed || NAME_IS_CAMPAIGN.test(inner)) campaignNames.add(inner);
    }
  }
  const seen = new Set<string>();
  const out: Array<Operation & { at: number }> = [];
  const add = (s: number, e: number): void => {
    const name = keptText(t, s, e);
    if (seen.has(name)) return;
    const span = originalSpan(t, s, e);
    if (!keep(span.start, span.end)) return;
    seen.add(name);
    out.push({ name, start: span.start, end: span.end, text: span.text, at: s });
  };
  for (const q of names as QuotedName[]) {
    if (campaignNames.has(text.slice(q.innerStart, q.innerEnd))) for (const [s, e] of namesInQuote(text, q)) add(s, e);
  }
  // The look-behind pattern is slow on long texts: run it only where a year meets 行动.
  if (text.includes('行动') && /(?:19|20)\d\d(?:专项)?行动/.test(text)) for (const m of text.matchAll(UNQUOTED_WITH_YEAR)) add(m.index!, m.index! + m[1].length);
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...op }) => op);
}

/** Whether the chain of quotes text[from, to) is attached to a campaign word after it. */
function campaignFollows(text: string, from: number, to: number): boolean {
  const rest = text.slice(to, to + 60);
  if (CODENAME_BEFORE.test(text.slice(Math.max(0, from - 3), from))) return CAMPAIGN_AFTER_CODENAME.test(rest);
  const m = CAMPAIGN_AFTER.exec(rest);
  if (m) return !NOT_ATTACHED.test(m[1]);
  return LIST_THEN_CAMPAIGN.test(rest);
}

/**
 * `「破命案、抓逃犯」专项行动` names two campaigns: short parts joined by 、 (two or three characters
 * each). Longer parts are one slogan (`“打击盗骗毒、全力保民安”`), and a counted bundle is one
 * programme (`“两专项、一攻势”`).
 */
function namesInQuote(text: string, q: QuotedName): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = q.innerStart;
  for (let i = q.innerStart; i <= q.innerEnd; i++) {
    if (i < q.innerEnd && text[i] !== '、') continue;
    out.push([s, i]);
    s = i + 1;
  }
  const separate = out.length > 1 && out.every(([a, b]) => b - a >= 2 && b - a <= 3 && !startsWithNumeral(text, a));
  return separate ? out : [[q.innerStart, q.innerEnd]];
}

const startsWithNumeral = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return (code >= 0x30 && code <= 0x39) || isChineseNumeralCode(code);
};
