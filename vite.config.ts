import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

/** V8's explicit compile hint (Chromium 136+): compile every function in this file eagerly. */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export default defineConfig({
  plugins: [react()],
  // Relative base: the built app works from any folder or static host, and offline.
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    // The code of the first render is compiled whole while it downloads, off the page's thread:
    // V8 compiles a script so marked on the thread that streams it, where it would otherwise
    // compile each function on the page's thread when first called (traces of the 10k load: the
    // page's thread compiled for about 100 ms before, 15-20 ms after). Only the chunks the page
    // loads at once: those it imports later (the parser, the reader of opened articles) stay
    // lazy. Added after minification, which would drop a comment.
    rollupOptions: { output: { postBanner: (chunk) => (chunk.isDynamicEntry ? '' : COMPILE_HINT) } },
  },
  worker: { format: 'es' },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'core',
          include: ['test/core/**/*.test.ts', 'test/cli/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'ui',
          include: [
            'test/components/**/*.test.{ts,tsx}',
            'test/state/**/*.test.{ts,tsx}',
            'test/timeline/**/*.test.{ts,tsx}',
            'test/app/**/*.test.{ts,tsx}',
          ],
          environment: 'jsdom',
          setupFiles: ['test/setup-dom.ts'],
        },
      },
    ],
  },
});
