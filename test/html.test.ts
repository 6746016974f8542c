import { describe, it, expect } from 'vitest';
import { stripHtml, decodeEntityAt } from '../src/normalize/html.js';
import { identityText, originalSpan } from '../src/normalize/offsetText.js';
import { cpuMillis } from './cpuTime.js';

const strip = (html: string) => stripHtml(identityText(html));
/** Original slice of the first occurrence of `w` in the stripped text. */
const back = (html: string, w: string) => {
  const t = strip(html);
  const i = t.text.indexOf(w);
  expect(i).toBeGreaterThanOrEqual(0);
  return originalSpan(t, i, i + w.length).text;
};

describe('stripHtml', () => {
  it('removes tags, scripts, styles, comments and head; blocks become newlines', () => {
    const html = '<html><head><title>x</title></head><body><script>var s="<p>no</p>";</script><style>p{}</style>' +
      '<h1>标题</h1><!-- 注释 --><p>第一段<br>第二行</p><div>第三段</div><ul><li>甲</li><li>乙</li></ul></body></html>';
    expect(strip(html).text).toBe('标题\n第一段\n第二行\n第三段\n甲\n乙');
  });

  it('decodes entities and collapses whitespace', () => {
    expect(strip('<p>A&nbsp;&amp;&nbsp;B&#12290;&#x4e00;&ldquo;行动&rdquo;&copy;</p>').text).toBe('A & B。一“行动”©');
    expect(strip('<p>  多个\n   空格  </p>').text).toBe('多个 空格');
    expect(strip('<table><tr><td>刑事</td><td>26%</td></tr></table>').text).toBe('刑事 26%');
  });

  it('maps offsets back into the HTML source', () => {
    const html = '<div class="a">9月28日，<b>自治区公安厅</b>召开&nbsp;发布会</div><p>抓获<span>1万余名</span></p>';
    expect(back(html, '自治区公安厅')).toBe('自治区公安厅');
    expect(back(html, '9月28日')).toBe('9月28日');
    expect(back(html, '1万余名')).toBe('1万余名');
    const t = strip(html);
    expect(t.map[t.text.length]).toBe(html.length);
  });

  it('keeps a lone < and unknown entities as text', () => {
    expect(strip('<p>a < b &foo; c</p>').text).toBe('a < b &foo; c');
  });

  it('survives unterminated tags and comments', () => {
    expect(strip('<p>正文<!-- 未结束').text).toBe('正文');
    expect(strip('<p>正文<script>var a').text).toBe('正文');
    expect(strip('正文<a href="x').text).toBe('正文');
  });

  it('is linear on large inputs', () => {
    const html = '<div><p class="x">内容&nbsp;</p><!--c--><script>x</script>'.repeat(100_000);
    expect(cpuMillis(() => strip(html))).toBeLessThan(3000);
  });
});

describe('helpers', () => {
  it('decodeEntityAt', () => {
    expect(decodeEntityAt('&#20013;', 0)).toEqual(['中', 8]);
    expect(decodeEntityAt('&nbsp', 0)).toEqual([' ', 5]);
    expect(decodeEntityAt('&zzz;', 0)).toBeNull();
  });
});
