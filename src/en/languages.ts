/**
 * Splits a page into Chinese and English passages. Bilingual releases (Hong Kong, Macau) put a
 * Chinese block before an English one, or alternate paragraphs, or lines of a menu. We classify
 * line by line on the share of CJK characters against Latin letters; a long line that mixes both
 * is classified sentence by sentence. Lines with neither (numbers, punctuation, blank) join the
 * passage before them so that the segments cover the whole text in order.
 */
export interface LangSegment {
  lang: 'zh' | 'en';
  start: number;
  end: number;
}

/** One CJK character carries about as much as a short English word, so it weighs like 4 letters. */
const CJK_WEIGHT = 4;
/** A line is English when its Latin letters outweigh its CJK characters this many times. */
const EN_RATIO = 1;

const isCjk = (c: number) =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0xac00 && c <= 0xd7af);
const isLatin = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);

/** Latin letters of the text last classified: a line's classification also tells whether it has any. */
let lastLatin = 0;

/** 'zh', 'en' or null (no letters at all) for text[start,end); its Latin letters are left in lastLatin. */
function classify(text: string, start: number, end: number): 'zh' | 'en' | null {
  let cjk = 0;
  let lat = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) { if (isLatin(c)) lat++; }
    else if (isCjk(c)) cjk++;
    else if (isLatin(c)) lat++;
  }
  lastLatin = lat;
  if (cjk === 0 && lat === 0) return null;
  return lat > cjk * CJK_WEIGHT * EN_RATIO ? 'en' : 'zh';
}

/** Cuts a mixed line at sentence ends (。！？ or `. ` etc.). */
function sentencePieces(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = start;
  for (let i = start; i < end; i++) {
    // Code units, not one-character strings: a long Chinese line would allocate one per character.
    const c = text.charCodeAt(i);
    if (c !== FULL_STOP && c !== DOT && c !== BANG && c !== QUESTION && c !== SEMICOLON) continue;
    // The text is normalized: ！？； arrive half-width, and end a Chinese sentence even with no space after.
    const afterCjk = i > start && isCjk(text.charCodeAt(i - 1));
    if (c === FULL_STOP || ((c === BANG || c === QUESTION || c === SEMICOLON) && afterCjk) ||
      ((c === DOT || c === BANG || c === QUESTION) && (i + 1 >= end || text.charCodeAt(i + 1) === SPACE))) {
      out.push([s, i + 1]);
      s = i + 1;
    }
  }
  if (s < end) out.push([s, end]);
  return out;
}

const FULL_STOP = 0x3002; // 。
const DOT = 0x2e;
const BANG = 0x21;
const QUESTION = 0x3f;
const SEMICOLON = 0x3b;
const SPACE = 0x20;

/** English prose has words of four letters or more; a text without any is one Chinese passage. */
const ENGLISH_WORD = /[A-Za-z]{4}/;

/** Lines longer than this are classified sentence by sentence. */
const LONG_LINE = 60;

interface Piece { lang: 'zh' | 'en' | null; start: number; end: number }

/**
 * The text line by line, each line classified whole or, when long, sentence by sentence (a long
 * line might hold both languages). A long Chinese line without Latin letters has no English
 * sentence, so it is not cut.
 */
function classifiedPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (let ls = 0; ls < text.length;) {
    const nl = text.indexOf('\n', ls);
    const le = nl < 0 ? text.length : nl + 1;
    const lang = classify(text, ls, le);
    // A line with no Latin letter (CJK and other scripts never make a piece English) is not cut.
    const sentences = lang !== null && le - ls > LONG_LINE && lastLatin > 0 ? sentencePieces(text, ls, le) : [];
    if (sentences.length > 1) for (const [a, b] of sentences) pieces.push({ lang: classify(text, a, b), start: a, end: b });
    else pieces.push({ lang, start: ls, end: le });
    ls = le;
  }
  return pieces;
}

export function splitLanguages(text: string): LangSegment[] {
  const whole: LangSegment[] = [{ lang: 'zh', start: 0, end: text.length }];
  if (!ENGLISH_WORD.test(text)) return whole;
  const pieces = classifiedPieces(text);
  // With no English piece, every line joins one Chinese passage that covers the text.
  if (!pieces.some((p) => p.lang === 'en')) return whole;
  const raw: LangSegment[] = [];
  let pending: 'zh' | 'en' | null = null; // language of the first classified piece, for leading blanks
  for (const { lang, start, end } of pieces) {
    if (start >= end) continue;
    const last = raw[raw.length - 1];
    if (lang === null) {
      if (last) last.end = end;
      else raw.push({ lang: 'zh', start, end }); // fixed below once we know the first real language
      continue;
    }
    if (pending === null) { pending = lang; if (last) last.lang = lang; }
    if (last && last.lang === lang) last.end = end;
    else raw.push({ lang, start, end });
  }
  // Merge neighbours of the same language left after the first-language fix-up.
  const out: LangSegment[] = [];
  for (const seg of raw) {
    const last = out[out.length - 1];
    if (last && last.lang === seg.lang) last.end = seg.end;
    else out.push({ ...seg });
  }
  return out;
}

/**
 * Portuguese sentences (Macau pages are trilingual) come out as 'en' from the letter count.
 * The English extractor skips them: their numbers use `.` for thousands and give wrong values.
 */
const PT = /\b(?:de|da|do|das|dos|em|um|uma|que|não|foi|com|para|pelo|pela|na|no|nas|nos|ao|à|é|são|ou|mil|milhões|patacas)\b/gi;
const EN = /\b(?:the|of|and|to|in|was|were|with|for|by|on|is|are|that|from|at|as|a|an)\b/gi;
export function looksPortuguese(sentence: string): boolean {
  const pt = sentence.match(PT)?.length ?? 0;
  if (pt < 2) return false;
  const en = sentence.match(EN)?.length ?? 0;
  return pt > en * 1.5;
}
