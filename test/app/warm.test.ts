import { describe, expect, it, vi } from 'vitest';
import { warmDateField, whenIdle } from '../../src/app/warm';

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

describe('whenIdle', () => {
  it('runs the work later, not at once', async () => {
    const work = vi.fn();
    whenIdle(work);
    expect(work).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(work).toHaveBeenCalledOnce());
  });
});
