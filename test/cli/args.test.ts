import { afterEach, describe, expect, it } from 'vitest';
import { half } from '../../src/cli/args';

const HALVES = { dev: ['aa'], held: ['ab', 'ac'], blind: ['aj'] };

describe('half', () => {
  const argv = process.argv;
  afterEach(() => {
    process.argv = argv;
  });
  const run = (...args: string[]) => {
    process.argv = ['node', 'eval.ts', ...args];
    return half(HALVES);
  };

  it('gives every set without --half', () => {
    expect(run()).toBeUndefined();
  });

  it('gives the sets of any half it is given', () => {
    expect(run('--half', 'held')).toEqual(['ab', 'ac']);
    expect(run('--half', 'blind')).toEqual(['aj']);
  });

  it('names the halves it takes when given another', () => {
    expect(() => run('--half', 'test')).toThrow('--half takes dev, held, blind, not test');
  });
});
