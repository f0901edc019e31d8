import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { viteStaticCopy } from 'vite-plugin-static-copy';
import { VitePWA } from 'vite-plugin-pwa';
import { HOST_HEADER_FILES, securityHeaders } from './scripts/security-headers.js';

// pdf.js needs its CMaps (for CJK fonts) and standard fonts at run time: copied into the build and
// served from our own origin, never from a CDN.
const pdfjsAssets = viteStaticCopy({
  targets: [
    { src: 'node_modules/pdfjs-dist/cmaps/*', dest: 'pdfjs/cmaps' },
    { src: 'node_modules/pdfjs-dist/standard_fonts/*', dest: 'pdfjs/standard_fonts' },
  ],
});

// OCR for scans (tesseract.js): its worker script, the LSTM builds of its wasm core (the worker
// picks one by the browser's SIMD support and loads only that) and the Simplified Chinese model,
// copied from node_modules into the build and served from our own origin. Not precached: only a
// user who asks to read a scan downloads them (about 5.6 MB), and the service worker keeps them then.
const ocrAssets = viteStaticCopy({
  targets: [
    { src: 'node_modules/tesseract.js/dist/worker.min.js', dest: 'ocr' },
    { src: 'node_modules/tesseract.js-core/tesseract-core-*lstm.wasm.js', dest: 'ocr/core' },
    { src: 'node_modules/@tesseract.js-data/chi_sim/4.0.0_best_int/chi_sim.traineddata.gz', dest: 'ocr/lang' },
  ],
});

// After the first visit the page works with the network off: a Workbox service worker precaches
// every built file (lazy chunks, the parse worker, pdf.js CMaps and fonts, the samples). No web app
// manifest; src/main.ts registers the worker, since the CSP forbids an inline registration script.
const offline = VitePWA({
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*'],
    // Source maps are for debugging only; the LICENSE files are never fetched by pdf.js; the
    // header files are for the host, not the page.
    globIgnores: ['**/*.map', '**/LICENSE_*', 'ocr/**', ...Object.keys(HOST_HEADER_FILES)],
    // The OCR files, kept once fetched (they never change under one name: a new version of the
    // library is a new build, whose outdated caches are cleaned up).
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.includes('/ocr/'),
        handler: 'CacheFirst',
        options: { cacheName: 'mingzhang-ocr', cacheableResponse: { statuses: [200] } },
      },
    ],
    // NOTE: the parse worker bundles pdf.js and mammoth (about 2.3 MB); a file over this limit
    // would silently be left out of the cache, and the page would break offline.
    maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
    navigateFallback: 'index.html',
    // One self-contained sw.js: no workbox-*.js loaded with importScripts.
    inlineWorkboxRuntime: true,
    cleanupOutdatedCaches: true,
    // The first install takes over the open page at once. NOTE: no skipWaiting: a new version
    // waits until every tab of the old one is closed, since an old page still asks for its own
    // hashed chunks (e.g. the parse worker), which the new cache no longer holds.
    clientsClaim: true,
  },
});

export default defineConfig({
  plugins: [svelte(), pdfjsAssets, ocrAssets, offline, securityHeaders()],
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
