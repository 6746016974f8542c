/**
 * Which jieba tags the clauses: nodejieba (native, compiled at install) where its binding loads,
 * else jieba-wasm (jieba-rs compiled to WebAssembly: nothing to build, same dictionary format and
 * tag set). Loaded once per thread, on first use. `TONGBAO_SEGMENTER=native|wasm` forces one.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Warning } from '../schema.js';

export interface Token { word: string; tag: string }

export interface Segmenter {
  name: 'native' | 'wasm';
  tag(clause: string): Token[];
}

export const SEGMENTER_ENV = 'TONGBAO_SEGMENTER';
const CHOICES = ['native', 'wasm'] as const;

interface JiebaDicts { dict?: string; idfDict?: string; stopWordDict?: string }
interface NodeJieba { load(dicts?: JiebaDicts): void; tag(s: string): Token[] }
interface JiebaWasm { tag(s: string, hmm?: boolean): Token[]; with_dict(dict: string): void }

/** Folders where the compact dictionary may be: TONGBAO_JIEBA_DIR, else dist/jieba next to the built module or from the sources (tests run on src/). */
function dictionaryFolders(): string[] {
  const override = process.env.TONGBAO_JIEBA_DIR;
  return override ? [override] : ['./jieba', '../../dist/jieba'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
}

function compactDictionary(folders: string[]): JiebaDicts | undefined {
  for (const dir of folders) {
    if (existsSync(`${dir}/dict.utf8`)) return { dict: `${dir}/dict.utf8`, idfDict: `${dir}/idf.utf8`, stopWordDict: `${dir}/stop_words.utf8` };
  }
  return undefined;
}

/** nodejieba with the compact dictionary (its full one, said once on stderr, when the build made none). Throws when the binding does not load. */
function loadNative(): Segmenter {
  const jieba = createRequire(import.meta.url)('nodejieba') as NodeJieba;
  const folders = dictionaryFolders();
  const compact = compactDictionary(folders);
  jieba.load(compact); // the first call into the binding: BINDING_NOT_FOUND surfaces here
  if (!compact) {
    // Still works, but slower, larger and with other subjects than the package as built: say so once.
    process.emitWarning(
      `tongbao: no compact jieba dictionary in ${folders.join(' or ')}; loading nodejieba's full dictionary `
      + '(about 1 s and 300 MB; subjects may differ from the built package). `npm run build` makes dist/jieba.',
      { code: 'TONGBAO_FULL_DICTIONARY' },
    );
  }
  return { name: 'native', tag: (s) => jieba.tag(s) };
}

/**
 * jieba-wasm with its built-in dictionary (jieba's full one). Its with_dict() adds words to that
 * dictionary and cannot replace it, so the compact dictionary would change nothing: not loaded.
 */
function loadWasm(): Segmenter {
  const jieba = createRequire(import.meta.url)('jieba-wasm') as JiebaWasm;
  return { name: 'wasm', tag: (s) => jieba.tag(s, true) };
}

function reason(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  const message = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

export interface Loaded { segmenter: Segmenter; notice: Warning | null }

export interface Loaders { native: () => Segmenter; wasm: () => Segmenter }
const LOADERS: Loaders = { native: loadNative, wasm: loadWasm };

/**
 * The segmenter for this thread and, when it is not the one asked for, a warning saying why.
 * Forced with TONGBAO_SEGMENTER, a segmenter that does not load throws: the caller asked for it.
 */
export function loadSegmenter(choice = process.env[SEGMENTER_ENV], loaders: Loaders = LOADERS): Loaded {
  if (choice === 'native' || choice === 'wasm') return { segmenter: loaders[choice](), notice: null };
  const unknown = choice ? `${SEGMENTER_ENV}=${choice} is not one of ${CHOICES.join(', ')}; ` : '';
  try {
    const segmenter = loaders.native();
    return { segmenter, notice: unknown ? { code: 'segmenter_choice', message: `${unknown}using native` } : null };
  } catch (e) {
    return {
      segmenter: loaders.wasm(),
      notice: {
        code: 'segmenter_fallback',
        message: `${unknown}nodejieba did not load (${reason(e)}); subjects come from jieba-wasm, which needs no build `
          + 'and gives the same figures on the test corpus, more slowly. With python3, make and g++, `npm rebuild nodejieba` '
          + '(`npm install nodejieba` where it is missing) restores the native one.',
      },
    };
  }
}
