import { defineConfig } from 'vitest/config';

// Real-browser tests: one build, one preview server, one Chromium per file, files run one at a time
// (the machine has two cores shared with the build).
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
