/**
 * The value after a command-line flag, or undefined when the flag is not given.
 *
 * @example arg('--dir') // with `tsx x.ts --dir data`: 'data'
 */
export function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
