/**
 * The CLI and pipeline tests run the built files (cli.js, worker.js, index.js, index.cjs), built by
 * the project's tsup config into a folder of their own under node_modules/.cache (so a developer's
 * `npm run build` of dist/ cannot pull files away mid-test), once, when they are missing or older
 * than src/ (CI runs `npm test` on a fresh clone, without a build). A lock folder keeps two test
 * files from building at once.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = join(ROOT, 'node_modules', '.cache', 'tongbao-test-dist');
export const CLI = join(DIST, 'cli.js');
const OUTPUTS = ['cli.js', 'worker.js', 'index.js', 'index.cjs'].map((f) => join(DIST, f));

function newest(dir: string): number {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

function fresh(): boolean {
  if (!OUTPUTS.every((f) => existsSync(f))) return false;
  const built = Math.min(...OUTPUTS.map((f) => statSync(f).mtimeMs));
  return built >= Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'tsup.config.ts')).mtimeMs);
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  const lock = join(ROOT, 'node_modules', '.tongbao-test-build.lock');
  for (let waited = 0; ; waited += 200) {
    if (fresh()) return;
    try {
      mkdirSync(lock);
    } catch {
      // Another test file is building; a lock older than 2 minutes is stale.
      try { if (Date.now() - statSync(lock).mtimeMs > 120_000) rmSync(lock, { recursive: true, force: true }); } catch { /* gone */ }
      sleep(200);
      continue;
    }
    try {
      if (!fresh()) {
        execFileSync(process.execPath, [join(ROOT, 'node_modules', 'tsup', 'dist', 'cli-default.js'), '--out-dir', DIST], { cwd: ROOT, stdio: 'pipe' });
        // The compact segmenter dictionary next to the bundles, as `npm run build` makes it in dist/.
        const dict = join(ROOT, 'scripts', 'build-dict.mjs');
        if (existsSync(dict)) execFileSync(process.execPath, [dict, join(DIST, 'jieba')], { cwd: ROOT, stdio: 'pipe' });
      }
      return;
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
