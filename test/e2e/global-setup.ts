import type { TestProject } from 'vitest/node';
import { buildApp, removeBuild, serveApp } from '../../src/cli/bench-browser';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    outDir: string;
  }
}

/** Builds the app once and serves it for every e2e file; the URL reaches tests via inject(). */
export default async function setup(project: TestProject) {
  const outDir = await buildApp();
  const app = await serveApp(outDir);
  project.provide('baseUrl', app.url);
  project.provide('outDir', outDir);
  return async () => {
    await app.close();
    await removeBuild(outDir);
  };
}
