import { defineConfig } from 'tsup';

// Library: ESM + CJS + .d.ts. CLI: one ESM file with a shebang, bin `tongbao`.
// Worker: one ESM file (dist/worker.js) that parseMany() and the CLI start as worker threads; ESM and
// CJS consumers both load it from next to their bundle.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts' } },
    sourcemap: true,
    clean: true,
    shims: true, // import.meta.url in the CJS build (nodejieba is loaded with createRequire)
    target: 'node20',
    external: ['nodejieba'],
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: true,
    target: 'node20',
    external: ['nodejieba'],
    noExternal: ['zod'],
  },
  {
    entry: { worker: 'src/pipeline/worker.ts' },
    format: ['esm'],
    sourcemap: true,
    target: 'node20',
    external: ['nodejieba'],
    noExternal: ['zod'],
  },
]);
