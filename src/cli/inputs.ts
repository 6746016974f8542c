/**
 * PATH arguments → the list of inputs: files as given, folders walked recursively (.txt, .html,
 * .htm, .jsonl, sorted), globs expanded (`*`, `?`, `[...]`, `{a,b}`, `**`), `-` for stdin.
 * A path that cannot be read, or a glob that matches nothing, becomes an error input so that the
 * run reports it and goes on.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, sep } from 'node:path';

export type InputKind = 'text' | 'html' | 'jsonl';

export type Input =
  | { type: 'file'; path: string; kind: InputKind; size: number }
  | { type: 'stdin'; kind: InputKind }
  | { type: 'error'; path: string; code: string; message: string };

export const EXTENSIONS: Readonly<Record<string, InputKind>> = { '.txt': 'text', '.html': 'html', '.htm': 'html', '.xhtml': 'html', '.jsonl': 'jsonl' };

export function kindOfPath(path: string): InputKind | null {
  const m = /\.[^./\\]+$/.exec(path.toLowerCase());
  return m ? EXTENSIONS[m[0]] ?? null : null;
}

const MAGIC = /[*?[{]/;

export interface ExpandOptions {
  /** Treat every file as JSON lines (`--jsonl`). */
  jsonl?: boolean;
  /** Treat files that are neither .html nor .jsonl as HTML (`--html`). */
  html?: boolean;
}

export function expandPaths(paths: readonly string[], opts: ExpandOptions = {}): Input[] {
  const out: Input[] = [];
  const kindFor = (p: string): InputKind => {
    if (opts.jsonl) return 'jsonl';
    const k = kindOfPath(p);
    if (k) return k;
    return opts.html ? 'html' : 'text';
  };
  const addFile = (p: string, size: number) => out.push({ type: 'file', path: p, kind: kindFor(p), size });
  for (const p of paths) {
    if (p === '-') { out.push({ type: 'stdin', kind: opts.jsonl ? 'jsonl' : opts.html ? 'html' : 'text' }); continue; }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      if (MAGIC.test(p)) {
        const found = glob(p);
        if (found.length === 0) out.push({ type: 'error', path: p, code: 'no_match', message: `no file matches ${p}` });
        for (const f of found) addFile(f.path, f.size);
      } else {
        out.push({ type: 'error', path: p, code: 'unreadable', message: errMessage(e) });
      }
      continue;
    }
    if (st.isDirectory()) {
      const found: { path: string; size: number }[] = [];
      walk(p, (f, size) => { if (kindOfPath(f)) found.push({ path: f, size }); }, (f, e) => out.push({ type: 'error', path: f, code: 'unreadable', message: errMessage(e) }));
      found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      for (const f of found) addFile(f.path, f.size);
    } else {
      addFile(p, st.size);
    }
  }
  return out;
}

export function errMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Files under `dir` (symlinked folders are not followed, so no cycles). */
function walk(dir: string, onFile: (path: string, size: number) => void, onError: (path: string, e: unknown) => void): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    onError(dir, e);
    return;
  }
  for (const d of entries) {
    const p = join(dir, d.name);
    if (d.isDirectory()) walk(p, onFile, onError);
    else if (d.isFile() || d.isSymbolicLink()) {
      try {
        const st = statSync(p);
        if (st.isFile()) onFile(p, st.size);
      } catch (e) {
        if (d.isFile()) onError(p, e);
      }
    }
  }
}

/** A glob pattern → regular expression over '/'-separated relative paths. */
export function globToRegExp(pattern: string): RegExp {
  let re = '';
  let braces = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        i++;
        if (pattern[i + 1] === '/') { i++; re += '(?:[^/]*/)*'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close < 0) { re += '\\['; continue; }
      let body = pattern.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (body[0] === '!') body = '^' + body.slice(1);
      re += `[${body}]`;
      i = close;
    } else if (c === '{') { braces++; re += '(?:'; }
    else if (c === '}' && braces > 0) { braces--; re += ')'; }
    else if (c === ',' && braces > 0) re += '|';
    else re += c.replace(/[.+^$()|\\\]{}]/g, '\\$&');
  }
  return new RegExp(`^${re}$`);
}

/** Files matching `pattern`, sorted. The walk starts at the pattern's fixed leading folders. */
export function glob(pattern: string): { path: string; size: number }[] {
  const norm = pattern.split(sep).join('/');
  const parts = norm.split('/');
  let k = 0;
  while (k < parts.length - 1 && !MAGIC.test(parts[k])) k++;
  const baseParts = parts.slice(0, k);
  const base = baseParts.join('/') || (norm.startsWith('/') ? '/' : '.');
  const prefix = baseParts.length ? baseParts.join('/') + '/' : norm.startsWith('/') ? '/' : '';
  const re = globToRegExp(parts.slice(k).join('/'));
  const found: { path: string; size: number }[] = [];
  const root = base === '' ? '.' : base;
  walk(root, (f, size) => {
    const rel = f.slice(root === '.' ? 0 : root.length).split(sep).join('/').replace(/^\//, '');
    if (re.test(rel)) found.push({ path: (prefix + rel).split('/').join(sep), size });
  }, () => { /* unreadable folders inside a glob are skipped */ });
  found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return found;
}
