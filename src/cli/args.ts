/**
 * The value after a command-line flag, or undefined when the flag is not given.
 *
 * @example arg('--dir') // with `tsx x.ts --dir data`: 'data'
 */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/**
 * The fixture sets `--half` names (`dev` or `held`, from `halves`), or undefined for all of them;
 * any other value is an error.
 *
 * @example half({ dev: ['aa'], held: ['ab'] }) // with `--half held`: ['ab']
 */
export function half(halves: Record<'dev' | 'held', string[]>): string[] | undefined {
  const name = arg('--half');
  if (name === undefined) return undefined;
  if (name !== 'dev' && name !== 'held') throw new Error(`--half takes dev or held, not ${name}`);
  return halves[name];
}
