import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Relative base: the built app works from any folder or static host, and offline.
  base: './',
  build: { target: 'es2022', sourcemap: true },
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
