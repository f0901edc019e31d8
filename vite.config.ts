import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';

export default defineConfig({
  plugins: [svelte()],
  base: './',
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
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
