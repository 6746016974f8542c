#!/usr/bin/env node
// Builds the compact nodejieba dictionary shipped in dist/jieba/: the most frequent words of
// nodejieba's own dictionary. Loading it takes about a fifth of the time and a third of the
// memory of the full 350k-word dictionary, and the subjects on the dev corpus do not change.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const KEEP_WORDS = 60_000;
const require = createRequire(import.meta.url);
const out = path.resolve(process.argv[2] ?? 'dist/jieba');
let jieba;
try {
  jieba = require('nodejieba'); // its dictionary path only: the binding is not needed here
} catch {
  // nodejieba is optional: where it is not installed, parsing uses jieba-wasm and its own dictionary.
  console.log('jieba dictionary: nodejieba is not installed; no compact dictionary built');
  process.exit(0);
}
fs.mkdirSync(out, { recursive: true });

const rows = fs.readFileSync(jieba.DEFAULT_DICT, 'utf8').split('\n').filter(Boolean)
  .map((line) => ({ line, freq: Number(line.split(' ')[1]) || 0 }));
rows.sort((a, b) => b.freq - a.freq);
fs.writeFileSync(path.join(out, 'dict.utf8'), rows.slice(0, KEEP_WORDS).map((r) => r.line).join('\n') + '\n');
// Keyword extraction is never used: one-entry IDF and stop-word files keep load() from reading 6 MB.
fs.writeFileSync(path.join(out, 'idf.utf8'), '的 1\n');
fs.writeFileSync(path.join(out, 'stop_words.utf8'), '的\n');
console.log(`jieba dictionary: ${Math.min(KEEP_WORDS, rows.length)} of ${rows.length} words → ${out}`);
