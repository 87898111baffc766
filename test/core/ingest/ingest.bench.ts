import { readdirSync, readFileSync } from 'node:fs';
import { bench, describe } from 'vitest';
import { ingestFile, splitSentences } from '../../../src/core/ingest';

// Throughput (MB/s = size / mean time) of ingest on the bundled corpus repeated to ~2 MB, and of
// sentence splitting on one 5 MB line. Run: npx vitest bench --run test/core/ingest/ingest.bench.ts
const dir = new URL('../../../src/corpus/', import.meta.url);
const pages = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((name) => ({ name, text: readFileSync(new URL(name, dir), 'utf8') }));
const files: { name: string; text: string }[] = [];
let bytes = 0;
for (let copy = 0; bytes < 2e6; copy++) {
  for (const p of pages) {
    files.push({ name: `${copy}-${p.name}`, text: p.text });
    bytes += Buffer.byteLength(p.text);
  }
}
const line = pages.map((p) => p.text.replace(/\s+/g, ' ')).join(' ');
const longLine = line.repeat(Math.ceil(5e6 / line.length));

describe(`ingest (${(bytes / 1e6).toFixed(2)} MB of corpus pages)`, () => {
  bench('ingestFile', () => {
    for (const f of files) ingestFile(f);
  });
});

describe(`one line of ${(longLine.length / 1e6).toFixed(1)}M characters`, () => {
  bench('splitSentences', () => {
    splitSentences(longLine);
  });
  bench('ingestFile', () => {
    ingestFile({ name: 'long.txt', text: longLine });
  });
});
