/**
 * A worker thread for `npm run bench`: parses the files it is sent once, as the app's parse worker
 * does in a fresh Web Worker for its first job (src/app/parse.worker.ts; later jobs go to the
 * worker kept warm from the last), and replies with the time taken. The bench bundles it with
 * esbuild and starts a fresh thread per run, so every run is cold.
 */
import { parentPort } from 'node:worker_threads';
import { parseCorpus } from '../core';
import type { Manifest, SourceFile } from '../core/types';

export type ColdParse = { files: SourceFile[]; manifest: Manifest };
export type ColdParseReply = { ms: number; events: number };

const port = parentPort!;
port.once('message', ({ files, manifest }: ColdParse) => {
  const t0 = performance.now();
  const events = parseCorpus(files, manifest).events.length;
  port.postMessage({ ms: performance.now() - t0, events } satisfies ColdParseReply);
});
