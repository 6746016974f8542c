/**
 * Every TypeScript and JavaScript block of the README runs as written: each is type-checked
 * (strict, against the declarations the package ships) and run against the built package (ESM, or CommonJS
 * for a block that uses require); what it prints is checked where the block says so in a comment.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { ensureBuilt, DIST, ROOT } from './cli-build.js';

interface Block { lang: 'ts' | 'js'; code: string; line: number }

function readmeBlocks(): Block[] {
  const lines = readFileSync(join(ROOT, 'README.md'), 'utf8').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(ts|typescript|js|javascript)\s*$/.exec(lines[i]);
    if (!open) continue;
    const start = i + 1;
    while (i + 1 < lines.length && lines[i + 1] !== '```') i++;
    blocks.push({ lang: open[1].startsWith('t') ? 'ts' : 'js', code: lines.slice(start, i + 1).join('\n') + '\n', line: start });
    i++;
  }
  return blocks;
}

const isCommonJs = (b: Block) => /\brequire\(/.test(b.code);
const WORK = join(ROOT, 'node_modules', '.cache', 'tongbao-readme');
const blocks = readmeBlocks();

beforeAll(() => {
  ensureBuilt();
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
}, 180_000);

describe('README code blocks', () => {
  it('has the API, CommonJS and parseMany examples', () => {
    expect(blocks.map((b) => [b.lang, isCommonJs(b)])).toEqual([['ts', false], ['js', true], ['ts', false]]);
  });

  it('type-check under strict TypeScript', () => {
    const files = blocks.map((b, i) => {
      const file = join(WORK, `block${i}.${b.lang === 'ts' ? 'mts' : isCommonJs(b) ? 'cjs' : 'mjs'}`);
      writeFileSync(file, b.code);
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true, noEmit: true, allowJs: true, checkJs: true, skipLibCheck: true, types: ['node'],
      target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext,
      paths: { tongbao: [join(DIST, 'index.d.ts')] }, // the declarations the package ships
    });
    const problems = ts.getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || files.includes(d.file.fileName))
      .map((d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });

  for (const [i, b] of blocks.entries()) {
    it(`block at README line ${b.line} runs and prints what its comments say`, () => {
      const cjs = isCommonJs(b);
      const pkg = join(DIST, cjs ? 'index.cjs' : 'index.js');
      const code = b.lang === 'ts' ? ts.transpileModule(b.code, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText : b.code;
      const runnable = code.replace(/(['"])tongbao\1/g, JSON.stringify(cjs ? pkg : pathToFileURL(pkg).href));
      const file = join(WORK, `run${i}.${cjs ? 'cjs' : 'mjs'}`);
      writeFileSync(file, runnable);
      const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      // `// 356` or `// Map(2) { … }` after a console.log: the line it prints.
      const promised = [...b.code.matchAll(/console\.log\(.*\);\s*\/\/ (.+)$/gm)].map((m) => m[1]);
      const printed = r.stdout.trimEnd().split('\n');
      for (const p of promised) expect(printed).toContain(p);
      expect(r.stdout).not.toBe('');
    });
  }
});
