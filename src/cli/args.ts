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
 * The fixture sets `--half` names (one of the keys of `halves`, such as `dev` or `held`), or
 * undefined for all of them; any other value is an error.
 *
 * @example half({ dev: ['aa'], held: ['ab'] }) // with `--half held`: ['ab']
 */
export function half<K extends string>(halves: Record<K, string[]>): string[] | undefined {
  const name = arg('--half');
  if (name === undefined) return undefined;
  const names = Object.keys(halves) as K[];
  const key = names.find((k) => k === name);
  if (key === undefined) throw new Error(`--half takes ${names.join(', ')}, not ${name}`);
  return halves[key];
}
