// The CLI, built for Node into dist-cli/: the main thread (inspect.mjs) and the worker thread
// (inspect-worker.mjs), with their shared code in chunks. Dependencies stay in node_modules (an SSR
// build leaves them external), so the files are small and start without a TypeScript compiler.

import { defineConfig } from 'vite';

export default defineConfig({
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist-cli',
    emptyOutDir: true,
    copyPublicDir: false,
    sourcemap: true,
    rollupOptions: {
      input: { inspect: 'src/cli/main.ts', 'inspect-worker': 'src/cli/worker.ts' },
      output: { format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'chunks/[name]-[hash].mjs' },
    },
  },
});
