import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { readFileSync } from 'node:fs';
import { LOADER_SCRIPT, PYM_SCRIPT } from './scripts/paths.js';
import { integrity } from './scripts/publish.js';
import { archiemlContent, validateData } from './scripts/vite-plugins.ts';

export default defineConfig(({ command, mode, isSsrBuild }) => ({
  // Relative asset paths: the built site works unchanged from any sub-path a newsroom hosts it at.
  base: './',
  publicDir: 'static',
  define: {
    // The embed code loads the site's copy of pym.js with subresource integrity.
    __PYM_INTEGRITY__: JSON.stringify(integrity(readFileSync(PYM_SCRIPT))),
    // …and its own script, which refines the frame's box.
    __LOADER_INTEGRITY__: JSON.stringify(integrity(readFileSync(LOADER_SCRIPT))),
  },
  resolve: {
    // The browser build never reads or writes Apache Arrow: see src/lib/data/no-arrow.ts.
    alias:
      command === 'build' && !isSsrBuild
        ? [{ find: '@uwdata/flechette', replacement: '/src/lib/data/no-arrow.ts' }]
        : [],
  },
  plugins: [validateData(), archiemlContent(), svelte(), ...(mode === 'test' ? [svelteTesting()] : [])],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Module preloading needs no polyfill in the browsers this targets.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: '.reports/unit.json' },
    // Generous: a test waits for a condition, never for a time, so a busy machine only slows it down.
    testTimeout: 60_000,
    // Pinned so date labels in snapshots do not depend on the machine.
    env: { TZ: 'UTC' },
  },
}));
