import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

// `tongbao --version` prints the package's version, fixed at build time.
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const define = { __TONGBAO_VERSION__: JSON.stringify(version) };

// No source maps: they would be more than half of the installed size (4.8 of 8.4 MB).
// Library: ESM + CJS + .d.ts. CLI: one ESM file with a shebang, bin `tongbao`.
// Worker: one ESM file (dist/worker.js) that parseMany() and the CLI start as worker threads; ESM and
// CJS consumers both load it from next to their bundle.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    clean: true,
    shims: true, // import.meta.url in the CJS build (the segmenters are loaded with createRequire)
    target: 'node20',
    external: ['nodejieba', 'jieba-wasm'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    define,
    banner: { js: '#!/usr/bin/env node' },
    target: 'node20',
    external: ['nodejieba', 'jieba-wasm'],
    noExternal: ['zod'],
  },
  {
    entry: { worker: 'src/pipeline/worker.ts' },
    format: ['esm'],
    target: 'node20',
    external: ['nodejieba', 'jieba-wasm'],
    noExternal: ['zod'],
  },
]);
