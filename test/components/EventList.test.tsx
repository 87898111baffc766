import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventList } from '../../src/components/EventList';
import { generateCorpus } from '../../src/core/synthetic';
import { buildCorpus, renderWithStore, sampleCorpus } from './fixture';

const list = () => screen.getByRole('grid', { name: 'Events' });

describe('EventList', () => {
  it("lists each story once, chronologically, with date, sources and the earliest source's sentence", () => {
    renderWithStore(<EventList />, { corpus: sampleCorpus() });
    const names = within(list())
      .getAllByRole('gridcell')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Tue 1 Aug 2023. Peru cut rates on 1 August 2023.',
      'September 2023. Trade between the two grew in September.',
      'Tue 17 Oct 2023. 2 sources: Wire One, Paper Two. Ana Lind met Omar Haddad in Oslo on Tuesday.',
      '2024. The United Nations will review the deal in 2024.',
    ]);
  });

  it("leaves out the wire dateline that opens a report's lead", () => {
    const corpus = buildCorpus([
      {
        id: 'wire',
        title: 'Talks resume',
        source: 'Wire',
        published: '2023-12-30',
        paragraphs: [
          {
            sentences: [
              {
                text: 'GENEVA, Dec 30 (Reuters) - Experts will return to Geneva [[next month]].',
                dates: [{ value: '2024-01' }],
              },
            ],
          },
        ],
      },
    ]);
    renderWithStore(<EventList />, { corpus });
    expect(within(list()).getByRole('gridcell')).toHaveTextContent(
      /^January 2024\. Experts will return to Geneva next month\.$/,
    );
  });

  it('says that a row comes from a photo caption, which dates its photo', () => {
    const corpus = buildCorpus([
      {
        id: 'visit',
        title: 'Leaders meet',
        source: 'Wire',
        published: '2023-10-17',
        paragraphs: [
          {
            kind: 'caption',
            sentences: [
              { text: 'The two leaders at the Kremlin, [[June 5, 2019]].', dates: [{ value: '2019-06-05' }] },
            ],
          },
          { sentences: [{ text: 'The leaders met on [[Tuesday]].', dates: [{ value: '2023-10-17' }] }] },
        ],
      },
    ]);
    renderWithStore(<EventList />, { corpus });
    expect(
      within(list())
        .getAllByRole('gridcell')
        .map((c) => c.textContent),
    ).toEqual([
      'Wed 5 Jun 2019. Photo caption: The two leaders at the Kremlin, June 5, 2019.',
      'Tue 17 Oct 2023. The leaders met on Tuesday.',
    ]);
  });

  it('selects on click and marks the selected row aria-selected', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, { corpus: sampleCorpus() });
    await user.click(screen.getByRole('gridcell', { name: /Peru cut rates/ }));
    expect(store.getState().selectedEventId).toBe('daily-3-e0-0');
    // The state is on the row's cell, what the keyboard reaches.
    const current = within(list()).getAllByRole('gridcell', { selected: true });
    expect(current).toHaveLength(1);
    expect(current[0]).toHaveTextContent('Peru cut rates');
  });

  it('follows a selection made elsewhere, and moves with the arrow keys', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, { corpus: sampleCorpus() });
    store.getState().select('paper-2-e1-0');
    expect(await screen.findByRole('gridcell', { selected: true })).toHaveTextContent('United Nations');
    await user.click(screen.getByRole('gridcell', { name: /Trade between/ }));
    expect(store.getState().selectionMode).toBe('pick');
    await user.keyboard('{ArrowDown}');
    expect(store.getState().selectedEventId).toBe('wire-1-e1-0');
    // Moving through rows browses (one Back step for the run); Enter on a row picks it.
    expect(store.getState().selectionMode).toBe('browse');
    expect(screen.getByRole('gridcell', { name: /Ana Lind met/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(store.getState().selectedEventId).toBe('paper-2-e1-0');
    await user.keyboard('{Enter}');
    expect(store.getState().selectionMode).toBe('pick');
  });

  it('shows only the events inside the visible window', () => {
    const { store } = renderWithStore(<EventList />, { corpus: sampleCorpus() });
    store.getState().setDomain([new Date('2023-10-17T00:00Z'), new Date('2023-10-18T00:00Z')]);
    return screen.findByText('1 event in view');
  });

  it('says how many events under the filters lie outside the window, and shows them all', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, { corpus: sampleCorpus() });
    act(() => store.getState().setDomain([new Date('2023-10-17T00:00Z'), new Date('2023-10-18T00:00Z')]));
    expect(await screen.findByText('1 event in view')).toBeInTheDocument();
    expect(screen.getByText(/· 3 more outside this window/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all 4 in the timeline' }));
    expect(await screen.findByText('4 events in view')).toBeInTheDocument();
    expect(screen.queryByText(/outside this window/)).toBeNull();
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    // The button went with what it showed: focus waits on the count that says so.
    expect(screen.getByText('4 events in view').closest('p')).toHaveFocus();
  });

  it('with no event in the window, says so in the same live count, with the events outside and "Show all"', async () => {
    const { store } = renderWithStore(<EventList />, { corpus: sampleCorpus() });
    const count = screen.getByText('4 events in view').closest('p')!;
    expect(count).toHaveAttribute('aria-live', 'polite');
    act(() => store.getState().setDomain([new Date('1970-01-01T00:00Z'), new Date('1970-01-02T00:00Z')]));
    // The region that was in the page says it (one inserted with its text is not announced).
    await waitFor(() => expect(count).toHaveTextContent('No events in view · 4 more outside this window'));
    expect(count).toBeInTheDocument();
    // No filter is set: nothing to clear, but the events are elsewhere.
    expect(screen.queryByRole('button', { name: 'Clear all filters' })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show all 4 in the timeline' }));
    expect(within(list()).getAllByRole('gridcell')).toHaveLength(4);
    expect(count).toHaveTextContent('4 events in view');
  });

  it('says in the same live count when the filters match nothing anywhere, and offers to clear them', async () => {
    const { store } = renderWithStore(<EventList />, { corpus: sampleCorpus() });
    const count = screen.getByText('4 events in view').closest('p')!;
    act(() => store.getState().setQuery('zebra'));
    await waitFor(() => expect(count).toHaveTextContent('No events match these filters'));
    expect(count).not.toHaveTextContent('outside this window');
    expect(screen.queryByRole('button', { name: /^Show all/ })).toBeNull();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(count).toHaveTextContent('4 events in view');
  });

  it('counts events (stories) and, when they differ, reports', () => {
    renderWithStore(<EventList />, { corpus: sampleCorpus() });
    expect(screen.getByText('4 events in view')).toBeInTheDocument();
    expect(screen.getByText(/· 5 reports/)).toBeInTheDocument();
    expect(list()).toHaveAttribute('aria-rowcount', '4');
    expect(within(list()).getAllByRole('row')[0]).toHaveAttribute('aria-rowindex', '1');
  });

  it('marks the story of a linked report that is not its representative', () => {
    renderWithStore(<EventList />, { corpus: sampleCorpus(), selectedEventId: 'paper-2-e0-0' });
    const current = screen.getByRole('gridcell', { selected: true });
    expect(current).toHaveTextContent('2 sources: Wire One, Paper Two');
    expect(current).toHaveTextContent('Ana Lind met');
  });

  it('stands a story for the report that passes the filters, keeping every source', () => {
    renderWithStore(<EventList />, { corpus: sampleCorpus(), filters: { sources: ['paper-two'] } });
    const names = within(list())
      .getAllByRole('gridcell')
      .map((b) => b.textContent);
    expect(names).toEqual([
      'Tue 17 Oct 2023. 2 sources: Wire One, Paper Two. Omar Haddad arrived in Norway on 17 October.',
      '2024. The United Nations will review the deal in 2024.',
    ]);
  });

  it('offers to bring a selection outside the window into view', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, {
      corpus: sampleCorpus(),
      domain: [new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')],
      selectedEventId: 'daily-3-e0-0',
    });
    expect(screen.queryByRole('gridcell', { selected: true })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Show it' }));
    const [from, to] = store.getState().domain;
    expect(from < new Date('2023-08-01T00:00Z') && to > new Date('2023-08-02T00:00Z')).toBe(true);
    expect(await screen.findByRole('gridcell', { selected: true })).toHaveTextContent('Peru cut rates');
    expect(screen.queryByRole('button', { name: 'Show it' })).toBeNull();
  });

  it('says which filter hides the selection, and clears that filter to show it', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, {
      corpus: sampleCorpus(),
      filters: { sources: ['paper-two'], topics: [] },
      selectedEventId: 'daily-3-e0-0',
    });
    expect(
      screen.getByText(/^The selected event is hidden by the source filter \(Paper Two\)\.$/),
    ).toBeVisible();
    expect(screen.queryByText(/outside this time window/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Clear that filter' }));
    expect(store.getState().filters.sources).toEqual([]);
    const row = await screen.findByRole('gridcell', { selected: true });
    expect(row).toHaveTextContent('Peru cut rates');
    expect(row).toHaveFocus();
  });

  it('says when both a filter and the window hide the selection, and undoes both', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EventList />, {
      corpus: sampleCorpus(),
      domain: [new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')],
      filters: { q: 'summit talks', actors: ['person:ana-lind'] },
      selectedEventId: 'daily-3-e0-0',
    });
    expect(
      screen.getByText(
        'The selected event is hidden by the actor and search filters and lies outside this time window.',
      ),
    ).toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Clear these filters and show it' }));
    expect(store.getState().filters).toMatchObject({ actors: [], q: '' });
    expect(await screen.findByRole('gridcell', { selected: true })).toHaveTextContent('Peru cut rates');
  });

  it('marks the sentence of an article not in English with its language', () => {
    const corpus = buildCorpus([
      {
        id: 'fr-1',
        title: 'Poutine à Pékin',
        source: 'Wire',
        published: '2023-10-17',
        paragraphs: [
          {
            sentences: [
              {
                text: 'Le président russe est arrivé à Pékin, et il rencontrera Xi Jinping en [[2023]], a annoncé le Kremlin.',
                dates: [{ value: '2023' }],
              },
            ],
          },
        ],
      },
    ]);
    renderWithStore(<EventList />, {
      corpus: { ...corpus, articles: [...corpus.articles, ...sampleCorpus().articles] },
    });
    expect(screen.getByText(/^Le président russe/)).toHaveAttribute('lang', 'fr');
  });

  it('renders a window of rows, not all 10,000, and says how many there are', () => {
    const corpus = generateCorpus({ events: 10_000, seed: 2 });
    const t0 = performance.now();
    renderWithStore(<EventList />, { corpus });
    const elapsed = performance.now() - t0;
    const rows = within(list()).getAllByRole('row');
    expect(rows.length).toBeLessThan(60);
    // The synthetic corpus has multi-source clusters: one row per story, every report counted.
    const stories = new Set(corpus.events.map((e) => e.cluster)).size;
    expect(stories).toBeLessThan(10_000);
    expect(list()).toHaveAttribute('aria-rowcount', String(stories));
    expect(screen.getByText(`${stories.toLocaleString('en-GB')} events in view`)).toBeInTheDocument();
    expect(screen.getByText(/· 10,000 reports/)).toBeInTheDocument();
    // Not a speed test (see the browser bench): only a guard against rendering every row.
    expect(elapsed).toBeLessThan(10_000);
  });
});

describe('EventList: one tab stop, arrows inside', () => {
  const around = (
    <>
      <button type="button">Before</button>
      <EventList />
      <button type="button">After</button>
    </>
  );
  const focused = () => document.activeElement as HTMLElement;
  const rowOf = (cell: HTMLElement) => Number(cell.closest('[role="row"]')!.getAttribute('aria-rowindex'));

  it('is one Tab stop: Tab lands on the selected row, the next Tab leaves the list', async () => {
    const user = userEvent.setup();
    renderWithStore(around, { corpus: sampleCorpus(), selectedEventId: 'paper-2-e1-0' });
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(focused()).toBe(screen.getByRole('gridcell', { selected: true }));
    expect(focused()).toHaveTextContent('United Nations');
    await user.tab();
    expect(screen.getByRole('button', { name: 'After' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(screen.getByRole('gridcell', { selected: true })).toHaveFocus();
  });

  it('Page Down and Page Up move by the rows in view, Home and End to the ends', async () => {
    const user = userEvent.setup();
    const corpus = generateCorpus({ events: 300, seed: 4 });
    const { store } = renderWithStore(around, { corpus });
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(rowOf(focused())).toBe(1);
    const total = Number(list().getAttribute('aria-rowcount'));
    // 640 px of 64 px rows in view (jsdom has no layout): 10, less one kept for context.
    await user.keyboard('{PageDown}');
    expect(rowOf(focused())).toBe(10);
    expect(store.getState().selectedEventId).toBe(focused().dataset.eventId);
    await user.keyboard('{PageDown}{PageUp}{ArrowDown}');
    expect(rowOf(focused())).toBe(11);
    await user.keyboard('{End}');
    expect(rowOf(focused())).toBe(total);
    expect(focused()).toHaveAttribute('aria-selected', 'true');
    await user.keyboard('{Home}');
    expect(rowOf(focused())).toBe(1);
  });

  it('keeps the selected row as its tab stop when it is scrolled out of view', async () => {
    const user = userEvent.setup();
    const corpus = generateCorpus({ events: 2_000, seed: 5 });
    const { store } = renderWithStore(around, { corpus });
    const cells = () => within(list()).getAllByRole('gridcell');
    const third = cells()[2]!;
    await user.click(third);
    const id = store.getState().selectedEventId;
    // The reader scrolls the list far down with the wheel: the rows drawn are others.
    const scroller = list().parentElement!;
    scroller.scrollTop = 64 * 1_000;
    fireEvent.scroll(scroller);
    expect(cells().length).toBeLessThan(60);
    expect(screen.getAllByRole('gridcell').filter((c) => c.tabIndex === 0)).toEqual([
      screen.getByRole('gridcell', { selected: true }),
    ]);
    await user.click(screen.getByRole('button', { name: 'Before' }));
    await user.tab();
    expect(focused().dataset.eventId).toBe(id);
    expect(rowOf(focused())).toBe(3);
  });

  it('keeps focus in the list when a filter takes away the focused row', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(around, { corpus: sampleCorpus() });
    await user.click(screen.getByRole('gridcell', { name: /Ana Lind met/ }));
    expect(screen.getByRole('gridcell', { name: /Ana Lind met/ })).toHaveFocus();
    // Back to a view whose filters hide it (the row goes while it has focus).
    act(() => store.getState().toggleFilter('actors', 'country:PE'));
    expect(screen.queryByRole('gridcell', { name: /Ana Lind met/ })).toBeNull();
    // Focus is on the list's tab stop (the row now where the focused one was), not on <body>.
    expect(focused()).toHaveAttribute('role', 'gridcell');
    expect(focused().tabIndex).toBe(0);
    await user.keyboard('{Home}');
    expect(screen.getByRole('gridcell', { name: /Peru cut rates/ })).toHaveFocus();
  });
});
