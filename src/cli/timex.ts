/**
 * Tag temporal expressions from the command line.
 *
 *   npm run --silent timex -- --docs docs.json [--no-dct] > preds.json   (te3-extract format in, scorer format out;
 *     --no-dct tags as if publication dates were unknown, for narratives such as WikiWars)
 *   npm run --silent timex -- [--reference 2023-10-17] [file.txt]   (text from a file or stdin)
 */
import { readFileSync } from 'node:fs';
import { tagTimexes } from '../core/time/index';
import { arg } from './args';

type Docs = Record<string, { dct: string | null; text: string }>;

/** Tag every document; returns predictions keyed by document name. */
export function tagDocs(docs: Docs, opts: { ignoreDct?: boolean } = {}) {
  const out: Record<
    string,
    { start: number; end: number; text: string; type: string; value: string; mod?: string }[]
  > = {};
  for (const [name, doc] of Object.entries(docs)) {
    const reference = !opts.ignoreDct && doc.dct && /^\d{4}-\d{2}-\d{2}$/.test(doc.dct) ? doc.dct : null;
    // (The scorer reads neither mod nor any other extra field; eval:time compares mods itself.)
    out[name] = tagTimexes(doc.text, { reference }).map(({ start, end, text, type, value, mod }) => ({
      start,
      end,
      text,
      type,
      value,
      ...(mod ? { mod } : {}),
    }));
  }
  return out;
}

function main() {
  const docsPath = arg('--docs');
  if (docsPath) {
    const docs = JSON.parse(readFileSync(docsPath, 'utf8')) as Docs;
    process.stdout.write(
      JSON.stringify(tagDocs(docs, { ignoreDct: process.argv.includes('--no-dct') })) + '\n',
    );
    return;
  }
  const reference = arg('--reference') ?? null;
  const positional = process.argv
    .slice(2)
    .filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--reference');
  const text = readFileSync(positional[0] ?? 0, 'utf8');
  process.stdout.write(JSON.stringify(tagTimexes(text, { reference }), null, 1) + '\n');
}

if (process.argv[1] && /timex\.ts$/.test(process.argv[1])) main();
