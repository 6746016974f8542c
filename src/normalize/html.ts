/**
 * HTML → text with offsets that point back into the HTML source.
 *
 * - Tags are removed; `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<head>` and
 *   comments are removed with their contents.
 * - Block tags (p, br, div, li, tr, h1–h6, table, section, …) become one newline; table cells a
 *   space. Runs of whitespace inside text collapse to one space (as a browser renders them), and
 *   spaces at line starts and ends are dropped.
 * - Entities (`&nbsp;`, `&amp;`, `&ldquo;`, `&#12345;`, `&#x4e00;` …) are decoded; the decoded
 *   character maps to the `&` of the entity.
 *
 * One linear pass; no regex with nested quantifiers, so 10 MB of garbage is fine.
 */
import { OffsetTextBuilder, type OffsetText } from './offsetText.js';

/** Elements removed together with their contents. */
const RAW_CONTENT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'object', 'textarea', 'select']);
/** Elements that start or end a line. */
const BLOCK = new Set([
  'p', 'br', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'tr', 'table', 'thead', 'tbody', 'tfoot', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'header', 'footer', 'nav', 'aside', 'main',
  'blockquote', 'pre', 'hr', 'figure', 'figcaption', 'form', 'fieldset', 'address', 'title', 'body', 'html',
  'option', 'center', 'details', 'summary',
]);
const CELL = new Set(['td', 'th']);

export const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', ensp: ' ', emsp: ' ', thinsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', hellip: '…', mdash: '—', ndash: '–',
  middot: '·', bull: '•', times: '×', divide: '÷', copy: '©', reg: '®', trade: '™', yen: '¥', deg: '°',
  plusmn: '±', permil: '‰', sect: '§', para: '¶', minus: '−', lsaquo: '‹', rsaquo: '›', shy: '\u00ad',
  zwj: '\u200d', zwnj: '\u200c', cent: '¢', pound: '£', euro: '€', larr: '←', rarr: '→', uarr: '↑', darr: '↓',
};

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;
}
function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x3a;
}

/** Decodes the entity starting at `i` (text[i] === '&'); returns [decoded, length] or null. */
export function decodeEntityAt(text: string, i: number): [string, number] | null {
  const max = Math.min(text.length, i + 12);
  let j = i + 1;
  if (text.charCodeAt(j) === 0x23 /* # */) {
    j++;
    let hex = false;
    if (text[j] === 'x' || text[j] === 'X') { hex = true; j++; }
    const s = j;
    while (j < max && (hex ? /[0-9a-fA-F]/.test(text[j]) : text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39)) j++;
    if (j === s) return null;
    const cp = parseInt(text.slice(s, j), hex ? 16 : 10);
    const len = j - i + (text[j] === ';' ? 1 : 0);
    if (!Number.isFinite(cp) || cp <= 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return ['\ufffd', len];
    if (cp === 0xa0) return [' ', len];
    return [String.fromCodePoint(cp), len];
  }
  const s = j;
  while (j < max && /[a-zA-Z0-9]/.test(text[j])) j++;
  if (j === s) return null;
  const name = text.slice(s, j);
  const v = NAMED_ENTITIES[name] ?? NAMED_ENTITIES[name.toLowerCase()];
  if (v === undefined) return null;
  // Without the `;` only the common ones are accepted (`&nbsp` in sloppy pages).
  if (text[j] !== ';' && !(name in { nbsp: 1, amp: 1, lt: 1, gt: 1, quot: 1 })) return null;
  return [v, j - i + (text[j] === ';' ? 1 : 0)];
}

/** Index of `</name` (ASCII case-insensitive) at or after `from`, or -1. */
function findCloseTag(src: string, name: string, from: number): number {
  let p = from;
  for (;;) {
    const q = src.indexOf('</', p);
    if (q < 0) return -1;
    if (src.slice(q + 2, q + 2 + name.length).toLowerCase() === name && !isNameChar(src.charCodeAt(q + 2 + name.length))) return q;
    p = q + 2;
  }
}

/** Strips HTML from `t.text`; the result's map points into `t.original`. */
export function stripHtml(t: OffsetText): OffsetText {
  const src = t.text;
  const n = src.length;
  const b = new OffsetTextBuilder(t);
  // Output state: what the last emitted unit was, so whitespace collapses.
  let lastNewline = true; // nothing emitted yet counts as a line start
  let pendingSpace = -1; // source index of a whitespace run not yet emitted
  let pendingBreak = -1; // source index of a block boundary not yet emitted
  let runStart = -1; // start of a run of plain text being copied

  const flushRun = (end: number) => {
    if (runStart >= 0 && end > runStart) { b.keep(runStart, end); lastNewline = false; }
    runStart = -1;
  };
  const beforeContent = (at: number) => {
    // Called right before a visible unit at `at` is output.
    if (pendingBreak >= 0) {
      flushRun(at);
      if (!lastNewline) b.emit('\n', pendingBreak);
      lastNewline = true;
      pendingBreak = -1;
      pendingSpace = -1;
    } else if (pendingSpace >= 0) {
      flushRun(at);
      if (!lastNewline) { b.emit(' ', pendingSpace); }
      pendingSpace = -1;
    }
  };

  let i = 0;
  while (i < n) {
    const c = src.charCodeAt(i);
    if (c === 0x3c /* < */) {
      const c1 = src.charCodeAt(i + 1);
      // Comment, doctype, CDATA, processing instruction.
      if (c1 === 0x21 /* ! */ || c1 === 0x3f /* ? */) {
        flushRun(i);
        let end: number;
        if (src.startsWith('<!--', i)) {
          end = src.indexOf('-->', i + 4);
          end = end < 0 ? n : end + 3;
        } else {
          end = src.indexOf('>', i + 2);
          end = end < 0 ? n : end + 1;
        }
        i = end;
        continue;
      }
      const closing = c1 === 0x2f /* / */;
      let j = i + (closing ? 2 : 1);
      const nameStart = j;
      while (j < n && isNameChar(src.charCodeAt(j))) j++;
      if (j === nameStart || !/[a-zA-Z]/.test(src[nameStart])) {
        // A lone `<` in text (e.g. `a < b`): keep it as text.
        if (pendingBreak >= 0 || pendingSpace >= 0) beforeContent(i);
        if (runStart < 0) runStart = i;
        i++;
        continue;
      }
      const name = src.slice(nameStart, j).toLowerCase();
      // Find the end of the tag, skipping quoted attribute values.
      let k = j;
      let quote = 0;
      while (k < n) {
        const ck = src.charCodeAt(k);
        if (quote) { if (ck === quote) quote = 0; }
        else if (ck === 0x22 || ck === 0x27) quote = ck;
        else if (ck === 0x3e) break;
        k++;
      }
      const tagEnd = k < n ? k + 1 : n;
      flushRun(i);
      if (!closing && RAW_CONTENT.has(name) && src.charCodeAt(tagEnd - 2) !== 0x2f) {
        // Skip to the matching close tag.
        const close = findCloseTag(src, name, tagEnd);
        if (close < 0) {
          // `<head>` may be left open by sloppy pages: drop only the tag. A script runs to the end.
          i = name === 'head' ? tagEnd : n;
          if (pendingBreak < 0) pendingBreak = tagEnd - 1;
          continue;
        }
        const gt = src.indexOf('>', close);
        i = gt < 0 ? n : gt + 1;
        if (BLOCK.has(name) || name === 'head') { if (pendingBreak < 0) pendingBreak = i - 1; }
        else if (pendingSpace < 0) pendingSpace = i - 1;
        continue;
      }
      if (BLOCK.has(name)) { if (pendingBreak < 0) pendingBreak = i; }
      else if (CELL.has(name)) { if (pendingSpace < 0) pendingSpace = i; }
      i = tagEnd;
      continue;
    }
    if (isSpace(c) || c === 0xa0) {
      flushRun(i);
      if (pendingSpace < 0 && pendingBreak < 0) pendingSpace = i;
      i++;
      continue;
    }
    if (c === 0x26 /* & */) {
      const ent = decodeEntityAt(src, i);
      if (ent) {
        const [v, len] = ent;
        flushRun(i);
        if (v === ' ') {
          if (pendingSpace < 0 && pendingBreak < 0) pendingSpace = i;
        } else {
          beforeContent(i);
          b.emit(v, i, i + len);
          lastNewline = false;
        }
        i += len;
        continue;
      }
    }
    if (pendingBreak >= 0 || pendingSpace >= 0) beforeContent(i);
    if (runStart < 0) runStart = i;
    i++;
  }
  flushRun(n);
  return b.build();
}
