/**
 * Page layout: where the headline is, where the article body starts and ends, and which lines
 * inside it are page chrome. Works line by line on the normalized (simplified, half-width) text.
 */
import { splitLines, cjkCount, type Line } from './lines.js';

/** Lines that are navigation, toolbars, notices: never a title, never the lead paragraph. */
export const CHROME_LINE =
  /^(?:[•·▪●■◆>»|]\s*|首页|当前(?:位置|所在)|您(?:的|现在的)?位置|位置:|欢迎(?:访问|光临|您)|登录|注册|下载(?:客户端|APP)|打开APP|分享(?:到)?:?$|字号|大字体|小字体|打印|关闭(?:窗口)?$|返回(?:顶部|首页|列表)?$|收藏|扫一扫|手机(?:看|版|阅读)|我来说两句|参与互动|微信$|微博$|EN$|点击(?:数|量|:)|浏览(?:次数|量|:)|阅读(?:次数|量|:)|上一篇|下一篇|\+1$|https?:\/\/|www\.)|Logo|APP\s*Icon|隐私|[Cc]ookie|浏览器|使用条款|[\u3040-\u30ff]{3}|^[\x00-\x7f]*$/;

/** Byline and meta lines (source, author, time): not a title. */
const META_LINE = /(?:来源|作者|记者|编辑|时间|日期|通讯员|原标题|副标题|发帖|发表|供图|摄影|摄\)?$|报道$|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$|^\d{1,2}:\d{2})/;

/**
 * The summary field of a government disclosure page (`内容概述:`, `摘要:`): the article's own text,
 * often the only place a figure is stated in full. Never a title, never chrome; the article
 * begins there when it stands above the headline.
 */
export const SUMMARY_LINE = /^(?:[【\[]\s*)?(?:内容概述|内容摘要|内容提要|内容简介|摘要|概述|提要)\s*[:】\]]/;

/**
 * Fields of the metadata table of a disclosure page (`索引号:`, `发布机构:`, `生成日期:`): not a
 * title, not a lead; inside the article they are chrome.
 */
const METADATA_LINE = /^(?:索引号|发布机构|发文机关|发文单位|生成日期|成文日期|发布日期|公开日期|主题分类|主题词|文号|发文字号|公开方式|公开范围|公开形式|所属机构|所属主题|有效性|体裁分类|组配分类|服务对象|关键词)\s*[:]/;

/**
 * Start of a trailer: the first such line after the lead paragraph ends the body. Editor and
 * review lines, sources, comment boxes, related-article lists, copyright, ICP, reprint notices.
 */
export const TRAILER_LINE = new RegExp(
  '^(?:[(\\[【]\\s*)?(?:' +
    [
      '(?:责任编辑|责编|编辑|美编|审核|审校|审稿|初审|复审|二审|三审|终审|校对|监制|统筹|策划|制作|来源|文章来源|稿件来源|稿源|信息来源|作者|撰稿|摄影|视频|供稿)\\s*[丨|:/]',
      '相关(?:文章|新闻|阅读|链接|报道|推荐|专题)', '推荐(?:文章|阅读|新闻)', '新闻推荐', '延伸阅读', '热(?:门|点)(?:排行|推荐|文章|新闻|阅读)',
      '随机阅读', '猜你喜欢', '为你推荐', '更多(?:新闻|精彩|阅读)', '发表评论', '我要评论', '网友评论', '留言', '评论\\(', '验证码',
      '免责声明', '特别声明', '版权(?:声明|所有)', '声明:', 'copyright', '©', 'icp', '备案号', '本文(?:为|系|来源|转载|仅代表)', '本网(?:站)?(?:所刊|登载|转载|声明)',
      '未经(?:书面)?授权', '转载请', '欢迎来稿', '投稿(?:邮箱|信箱|请)', '关于我们', '联系我们', '【我要纠错】', '我要纠错', '扫一扫', '上一篇', '下一篇',
      '返回顶部', '打印本页', '关闭窗口', '分享到', '[\\w.+-]+@[\\w-]+\\.[\\w.]+',
    ].join('|') +
    ')',
  'i',
);

/** Inline end of an article: `(完)` or an editor tag in brackets after the last sentence. */
const INLINE_END = /[(\[]完[)\]]|【(?:责任)?编辑[:丨|]|\((?:责任)?编辑[:丨|]|\(文章来源[:]/g;

/**
 * Offset of the first inline end marker at or after `from`, or -1. The markers hold no
 * whitespace, so the first one lies inside a line and is that line's first marker: one search
 * serves every line.
 */
function firstInlineEnd(text: string, from: number): number {
  INLINE_END.lastIndex = from;
  return INLINE_END.exec(text)?.index ?? -1;
}

export interface Layout {
  title: Line | null;
  lead: Line | null;
  /** Body in normalized-text offsets, [start, end). */
  body: { start: number; end: number } | null;
  /** Chrome lines that lie inside the body (share bars, font-size toggles, bylines …). */
  innerChrome: Line[];
}

function isLead(text: string, l: Line): boolean {
  if (cjkCount(text, l.start, l.end) < 20) return false;
  const s = text.slice(l.start, l.end);
  if (SUMMARY_LINE.test(s) || METADATA_LINE.test(s)) return false;
  if (!/[。!?]/.test(s) && l.end - l.start < 100) return false;
  return !CHROME_LINE.test(s);
}

/** A photo's caption above the article (`图说:发言人…`, `图为…`). */
const PHOTO_CAPTION = /^\s*(?:图说|图为|图片说明|图:)/;

/** A line of article text too short for a lead: sentences that end in 。!? and no chrome, byline or metadata. */
function isShortSentence(text: string, l: Line): boolean {
  if (cjkCount(text, l.start, l.end) < 6) return false;
  const s = text.slice(l.start, l.end);
  if (!/[。!?]\s*$/.test(s) || PHOTO_CAPTION.test(s)) return false;
  return !(CHROME_LINE.test(s) || META_LINE.test(s) || SUMMARY_LINE.test(s) || METADATA_LINE.test(s));
}

function isTitleCandidate(text: string, l: Line): boolean {
  const len = l.end - l.start;
  if (len > 80) return false;
  const n = cjkCount(text, l.start, l.end);
  if (n < 6) return false;
  const s = text.slice(l.start, l.end);
  if (/[。]/.test(s) || /[:]$/.test(s)) return false;
  if (CHROME_LINE.test(s) || META_LINE.test(s) || SUMMARY_LINE.test(s) || METADATA_LINE.test(s)) return false;
  return true;
}

/** How many lines from the top are searched for the lead paragraph and title. */
const HEAD_LINES = 60;

/** A summary label alone on its line (`摘要:`): its text is on the next line. */
const isBareSummaryLabel = (text: string, l: Line): boolean => SUMMARY_LINE.test(text.slice(l.start, l.end)) && /[:】\]]\s*$/.test(text.slice(l.start, l.end));

export function analyzeLayout(text: string): Layout {
  const head = splitLines(text, 0, text.length, HEAD_LINES);
  // The text of a summary field is no lead paragraph: the article's own lead follows the headline.
  let leadIdx = head.findIndex((l, i) => isLead(text, l) && !(i > 0 && isBareSummaryLabel(text, head[i - 1])));
  if (leadIdx < 0 && head.length > 0) {
    // A short text without sentence punctuation: take the first substantial line.
    leadIdx = head.findIndex((l) => cjkCount(text, l.start, l.end) >= 10 && !CHROME_LINE.test(text.slice(l.start, l.end)));
  }
  if (leadIdx < 0) return { title: null, lead: null, body: null, innerChrome: [] };
  const lead = head[leadIdx];
  let title: Line | null = null;
  for (let i = 0; i < leadIdx; i++) {
    if (isTitleCandidate(text, head[i])) { title = head[i]; break; }
  }
  let start = title ? title.start : lead.start;
  // Short sentences above the lead (`某市公安局通报…。`, `(一)入室盗窃。本季度共发生17起。`) are the
  // article too: the body starts at the first of them that no chrome or metadata pattern claims.
  for (let i = title ? head.indexOf(title) : 0; i < leadIdx; i++) {
    if (isShortSentence(text, head[i])) { start = Math.min(start, head[i].start); break; }
  }
  const innerChrome: Line[] = [];
  // A summary field above the headline: the article starts there, the lines between are chrome.
  const summaryIdx = head.findIndex((l) => l.start < start && SUMMARY_LINE.test(text.slice(l.start, l.end)));
  if (summaryIdx >= 0) {
    for (let i = summaryIdx + 1; i < head.length && head[i].start < start; i++) {
      const l = head[i];
      // A label alone on its line (`摘要:`) keeps the line after it.
      const continues = i === summaryIdx + 1 && isBareSummaryLabel(text, head[summaryIdx]);
      if (!continues && !SUMMARY_LINE.test(text.slice(l.start, l.end))) innerChrome.push(l);
    }
    start = head[summaryIdx].start;
  }

  // End: first trailer line (or inline end marker) after the lead. The head lines from the lead
  // on are read first, then the rest of the text in chunks: no line is split twice.
  let end = -1;
  let lastContentEnd = lead.end;
  const inlineEnd = firstInlineEnd(text, lead.start);
  const CHUNK = 200;
  let lines = head.slice(leadIdx);
  // The head stopped at its line limit: more lines may follow its last one.
  let more = head.length === HEAD_LINES;
  outer: for (;;) {
    for (const l of lines) {
      const s = text.slice(l.start, Math.min(l.end, l.start + 300));
      if (l.start > lead.start && TRAILER_LINE.test(s)) { end = lastContentEnd; break outer; }
      if (inlineEnd >= 0 && inlineEnd < l.end) {
        let e = inlineEnd;
        while (e > l.start && /\s/.test(text[e - 1])) e--;
        end = e > l.start ? e : lastContentEnd;
        break outer;
      }
      lastContentEnd = l.end;
    }
    if (!more) break;
    lines = splitLines(text, lines[lines.length - 1].next, text.length, CHUNK);
    if (lines.length === 0) break;
    more = lines.length === CHUNK;
  }
  if (end < 0) end = lastContentEnd;

  // Chrome lines inside the body (between title and lead mostly: share bars, dates, sources):
  // the head lines from the body's start to the lead.
  for (let i = title ? head.indexOf(title) + 1 : leadIdx; i < leadIdx; i++) {
    const l = head[i];
    const s = text.slice(l.start, l.end);
    if (SUMMARY_LINE.test(s) || (i > 0 && isBareSummaryLabel(text, head[i - 1]))) continue;
    if (CHROME_LINE.test(s) || METADATA_LINE.test(s) || (META_LINE.test(s) && !isTitleCandidate(text, l) && cjkCount(text, l.start, l.end) < 40)) innerChrome.push(l);
  }
  return { title, lead, body: { start, end }, innerChrome };
}
