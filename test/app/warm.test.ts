import { describe, expect, it, vi } from 'vitest';
import { warmDateField } from '../../src/app/warm';

describe('warmDateField', () => {
  it('lays out a date field and leaves nothing in the page', () => {
    const before = document.body.innerHTML;
    const append = vi.spyOn(document.body, 'append');
    warmDateField();
    const input = append.mock.calls[0]![0] as HTMLInputElement;
    expect(input.type).toBe('date');
    expect(input.isConnected).toBe(false);
    expect(document.body.innerHTML).toBe(before);
    append.mockRestore();
  });
});
