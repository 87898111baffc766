/**
 * `npm run parse -- <files or folder>... [--manifest manifest.json] [--out corpus.json]`
 *
 * `-` reads standard input as a pasted text, as the app reads text pasted into "Open your own
 * articles": named pasted-article.txt, and titled by its first line when it has no headline.
 *
 * Parses news texts into one Dateline corpus JSON document (docs/FORMAT.md) on stdout or in
 * --out. Problems with the arguments (a missing file, an unreadable folder) stop with a message on
 * stderr and exit code 2; problems with the content become warnings inside the JSON.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { PASTED_NAME, parseCorpus, type Manifest, type SourceFile } from '../core';

const USAGE =
  'usage: npm run parse -- <files or folder or - for stdin>... [--manifest manifest.json] [--out corpus.json]';
// Files taken from a folder: plain text and saved web pages. manifest.json is read only with --manifest.
const TEXT_FILE = /\.(?:txt|text|md|html?)$/i;

class UsageError extends Error {}

type Args = { inputs: string[]; manifest?: string; out?: string };

function parseArgs(argv: string[]): Args {
  const args: Args = { inputs: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--manifest' || arg === '--out') {
      const value = argv[++i];
      if (!value) throw new UsageError(`${arg} needs a file name`);
      if (arg === '--manifest') args.manifest = value;
      else args.out = value;
    } else if (arg === '-h' || arg === '--help') {
      throw new UsageError('');
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      args.inputs.push(arg);
    }
  }
  if (args.inputs.length === 0) throw new UsageError('no input files or folder given');
  return args;
}

function readInputs(inputs: string[]): SourceFile[] {
  const files: SourceFile[] = [];
  for (const input of inputs) {
    if (input === '-') {
      if (files.some((f) => f.pasted)) throw new UsageError('- (standard input) given twice');
      files.push({ ...readSource(0), name: `${PASTED_NAME}.txt`, pasted: true });
      continue;
    }
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new UsageError(`cannot read ${input}: no such file or folder`);
    }
    if (stat.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(input).sort();
      } catch (error) {
        throw new UsageError(`cannot read folder ${input}: ${(error as Error).message}`);
      }
      const texts = names.filter(
        (n) => TEXT_FILE.test(n) && !n.startsWith('.') && statSync(join(input, n)).isFile(),
      );
      if (texts.length === 0) throw new UsageError(`folder ${input} holds no .txt, .md or .html files`);
      for (const n of texts) files.push(readSource(join(input, n)));
    } else {
      files.push(readSource(input));
    }
  }
  return files;
}

function readSource(path: string | 0): SourceFile {
  try {
    return { name: path === 0 ? '' : basename(path), bytes: new Uint8Array(readFileSync(path)) };
  } catch (error) {
    throw new UsageError(`cannot read ${path === 0 ? 'standard input' : path}: ${(error as Error).message}`);
  }
}

/** The manifest, or a warning when its content is not usable (the texts are still parsed). */
function readManifest(path: string): { manifest?: Manifest; warning?: string } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new UsageError(`cannot read manifest ${path}: no such file`);
  }
  try {
    const json: unknown = JSON.parse(raw);
    if (typeof json === 'object' && json !== null && Array.isArray((json as Manifest).articles))
      return { manifest: json as Manifest };
    return { warning: `manifest ${basename(path)} has no "articles" list; ignored` };
  } catch (error) {
    return { warning: `manifest ${basename(path)} is not valid JSON (${(error as Error).message}); ignored` };
  }
}

function main(argv: string[]): number {
  try {
    const args = parseArgs(argv);
    const files = readInputs(args.inputs);
    const { manifest, warning } = args.manifest ? readManifest(args.manifest) : {};
    const corpus = parseCorpus(files, manifest);
    if (warning) corpus.warnings.unshift(warning);
    const json = `${JSON.stringify(corpus, null, 2)}\n`;
    if (args.out) {
      try {
        writeFileSync(args.out, json);
      } catch (error) {
        throw new UsageError(`cannot write ${args.out}: ${(error as Error).message}`);
      }
    } else process.stdout.write(json);
    if (args.out)
      process.stderr.write(
        `${args.out}: ${corpus.articles.length} articles, ${corpus.events.length} events, ${corpus.warnings.length} warnings\n`,
      );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message ? `parse: ${error.message}\n` : ''}${USAGE}\n`);
      return 2;
    }
    process.stderr.write(`parse: unexpected error: ${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

process.exitCode = main(process.argv.slice(2));
