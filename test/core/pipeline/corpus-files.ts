import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Manifest, SourceFile } from '../../../src/core/types';

const DIR = resolve(__dirname, '../../../src/corpus');

/** The bundled corpus files (bytes, as the CLI reads them) and its manifest. */
export function bundledCorpus(): { files: SourceFile[]; manifest: Manifest } {
  const files = readdirSync(DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(resolve(DIR, name))) }));
  const manifest = JSON.parse(readFileSync(resolve(DIR, 'manifest.json'), 'utf8')) as Manifest;
  return { files, manifest };
}
