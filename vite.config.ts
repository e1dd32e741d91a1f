import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';
import { archiemlContent, validateData } from './scripts/vite-plugins.ts';

export default defineConfig(({ mode }) => ({
  // Relative asset paths: the built site works unchanged from any sub-path a newsroom hosts it at.
  base: './',
  publicDir: 'static',
  plugins: [validateData(), archiemlContent(), svelte(), ...(mode === 'test' ? [svelteTesting()] : [])],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: { index: 'index.html' },
    },
  },
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Pinned so date labels in snapshots do not depend on the machine.
    env: { TZ: 'UTC' },
  },
}));
