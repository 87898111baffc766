import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticlePanel } from '../../src/components/ArticlePanel';
import { EventList } from '../../src/components/EventList';
import { Filters } from '../../src/components/Filters';
import { Notices } from '../../src/components/Notices';
import type { Corpus, Correction } from '../../src/core/types';
import { makeNotice } from '../../src/state/store';
import { renderWithStore, sampleCorpus } from './fixture';

// Each action below removes or redraws the control that held focus; focus must land somewhere
// sensible, never on <body>.
describe('focus after an action that removes its control', () => {
  const matchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = matchMedia;
  });

  it('dismissing a notice moves to the next notice, then the one before, then the main area', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <Notices />
        <main tabIndex={-1}>main</main>
      </>,
      { corpus: sampleCorpus(), notices: [makeNotice('One'), makeNotice('Two'), makeNotice('Three')] },
    );
    const dismissOf = (text: string) =>
      within(screen.getByText(text).parentElement!).getByRole('button', { name: 'Dismiss notice' });
    await user.click(dismissOf('Two'));
    expect(dismissOf('Three')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(dismissOf('One')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('"Show it" moves to the selected row it brings into view', async () => {
    const user = userEvent.setup();
    renderWithStore(<EventList />, {
      corpus: sampleCorpus(),
      domain: [new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')],
      selectedEventId: 'daily-3-e0-0',
    });
    await user.click(screen.getByRole('button', { name: 'Show it' }));
    const row = await within(screen.getByRole('grid', { name: 'Events' })).findByRole('gridcell', {
      selected: true,
    });
    expect(row).toHaveFocus();
  });

  it('"Clear all filters" in the empty list moves to the first row of the list it fills', async () => {
    const user = userEvent.setup();
    renderWithStore(<EventList />, { corpus: sampleCorpus(), filters: { q: 'zebra' } });
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    const rows = within(screen.getByRole('grid', { name: 'Events' })).getAllByRole('gridcell');
    expect(rows[0]).toHaveFocus();
  });

  it('"Show all" in a list emptied by the window moves to the first row of the list it fills', async () => {
    const user = userEvent.setup();
    renderWithStore(<EventList />, {
      corpus: sampleCorpus(),
      domain: [new Date('1970-01-01T00:00Z'), new Date('1970-01-02T00:00Z')],
    });
    await user.click(screen.getByRole('button', { name: 'Show all 4 in the timeline' }));
    const rows = within(screen.getByRole('grid', { name: 'Events' })).getAllByRole('gridcell');
    expect(rows[0]).toHaveFocus();
  });

  it('removing a filter chip moves to the next chip, then the one before, then the Filters button', async () => {
    window.matchMedia = vi.fn(
      (query: string) =>
        ({
          matches: true,
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    );
    const user = userEvent.setup();
    renderWithStore(<Filters />, {
      corpus: sampleCorpus(),
      filters: { actors: ['country:NO', 'country:PE'], q: 'trade' },
    });
    const chip = (name: string) => screen.getByRole('button', { name: `Remove filter ${name}` });
    await user.click(chip('Peru'));
    expect(chip('“trade”')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(chip('Norway')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: /^Filters/ })).toHaveFocus();
  });

  it('switching source in "Reported by N sources" moves to the new article’s heading', async () => {
    const user = userEvent.setup();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    const sources = screen.getByRole('navigation', { name: 'Sources reporting this event' });
    await user.click(within(sources).getByRole('button', { name: /Paper Two/ }));
    expect(screen.getByRole('heading', { level: 2, name: 'Haddad visits Norway' })).toHaveFocus();
  });

  it('"Set date" keeps focus on its button while and after the date is set', async () => {
    const user = userEvent.setup();
    let finish = () => {};
    const applyCorrection = (c: Corpus, correction: Correction) =>
      new Promise<Corpus>((done) => {
        finish = () => done({ ...c, corrections: [...c.corrections, correction] });
      });
    renderWithStore(<ArticlePanel />, {
      corpus: sampleCorpus(),
      selectedEventId: 'wire-1-e1-0',
      ops: { applyCorrection },
    });
    await user.click(screen.getByText('Change the publication date'));
    fireEvent.change(screen.getByLabelText('Publication date'), { target: { value: '2023-10-18' } });
    const button = screen.getByRole('button', { name: 'Set date' });
    await user.click(button);
    // Busy, but not disabled: a browser moves focus off a disabled button, to <body>.
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
    expect(button).toHaveFocus();
    finish();
    await vi.waitFor(() => expect(button).not.toHaveAttribute('aria-disabled'));
    expect(button).toHaveFocus();
  });
});
