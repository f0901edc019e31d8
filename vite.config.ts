import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';

// pdf.js needs its CMaps (for CJK fonts) and standard fonts at run time: copied into the build and
// served from our own origin, never from a CDN.
const pdfjsAssets = viteStaticCopy({
  targets: [
    { src: 'node_modules/pdfjs-dist/cmaps/*', dest: 'pdfjs/cmaps' },
    { src: 'node_modules/pdfjs-dist/standard_fonts/*', dest: 'pdfjs/standard_fonts' },
  ],
});

export default defineConfig({
  plugins: [svelte(), pdfjsAssets],
  base: './',
  worker: { format: 'es' },
  // The manifest tells the bench which chunks the page loads first (scripts/bench/bundle.ts).
  build: { target: 'es2022', sourcemap: true, manifest: true },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    expect: { requireAssertions: true },
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: ['test/components/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        // Component tests mount Svelte in jsdom, so they need Svelte's client build, not its server one.
        plugins: [svelteTesting()],
        resolve: { conditions: ['browser'] },
        test: {
          name: 'components',
          include: ['test/components/**/*.test.ts'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
