/**
 * Named campaigns (contract: a quoted name attached to 行动 / 专项行动 / 专项斗争 / 战役 / 攻坚战,
 * or a quoted name that itself ends in 行动), each distinct name once at its first mention.
 * A name recognised anywhere is reported at its first quoted mention.
 */
import { keptText, originalSpan, type OffsetText } from '../normalize/index.js';
import type { Operation } from '../schema.js';
import { indexQuotedNames, type QuotedName, type QuotedNameIndex } from './quotedNames.js';
import { SEPARATED_CODE } from './cases.js';

/** What may follow a chain of quoted names to make them campaigns (a short descriptor may come between). */
const CAMPAIGN_AFTER = /^[^,。;“”「」\n案]{0,14}?(?:专项行动|行动|专项斗争|战役|攻坚战|会战|专项整治|集中整治|系列)/;
const NAME_IS_CAMPAIGN = /(?:行动|会战|战役|攻坚战)$/;
/** Unquoted campaign codenames with a year (`猎狐2015`, `昆仑2021专项行动`). */
const UNQUOTED_WITH_YEAR = /(?:(?<![\u4e00-\u9fff])|(?<=开展|部署|组织|启动|实施|推进|深化|参与|代号|简称|代号为))(?!开展|部署|组织|启动|实施|推进|深化|参与|代号)([\u4e00-\u9fff]{2,4}(?:19|20)\d\d)(?=专项行动|行动)/g;

/** `keep` (original offsets) limits mentions to the article, before the first mention is chosen. */
export function extractOperations(t: OffsetText, keep: (start: number, end: number) => boolean = () => true, quoted: QuotedNameIndex = indexQuotedNames(t.text)): Operation[] {
  const text = t.text;
  const { names } = quoted;
  const campaignNames = new Set<string>();
  for (const chain of quoted.chains) {
    const tail = chain[chain.length - 1];
    const followed = CAMPAIGN_AFTER.test(text.slice(tail.end, tail.end + 30));
    for (const q of chain) {
      const inner = text.slice(q.innerStart, q.innerEnd);
      if (SEPARATED_CODE.test(inner.trim())) continue; // a case code (`三·一六`, `1·17`), not a campaign
      if (/[式型化]$/.test(inner)) continue; // “地毯式”“拉网式” describe a manner, not a campaign
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
    if (campaignNames.has(text.slice(q.innerStart, q.innerEnd))) add(q.innerStart, q.innerEnd);
  }
  // The look-behind pattern is slow on long texts: run it only where a year meets 行动.
  if (text.includes('行动') && /(?:19|20)\d\d(?:专项)?行动/.test(text)) for (const m of text.matchAll(UNQUOTED_WITH_YEAR)) add(m.index!, m.index! + m[1].length);
  return out.sort((a, b) => a.at - b.at).map(({ at: _at, ...op }) => op);
}
