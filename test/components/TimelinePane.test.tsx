import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { EventList } from '../../src/components/EventList';
import { Explorer } from '../../src/components/Explorer';
import { Filters } from '../../src/components/Filters';
import { TimelinePane } from '../../src/components/TimelinePane';
import { buildCorpus, renderWithStore, sampleCorpus } from './fixture';

describe('<TimelinePane> with lanes', () => {
  it.each([
    ['actor', 'Actors'],
    ['topic', 'Topics'],
    ['source', 'Sources'],
  ] as const)('lanes="%s": each lane holds as many events as its filter counts', (lanes, facet) => {
    const { container } = renderWithStore(
      <>
        <Filters />
        <TimelinePane />
      </>,
      { corpus: sampleCorpus(), lanes },
    );
    const marks = within(screen.getByRole('listbox', { name: 'Timeline events' })).getAllByRole('option');
    const filterGroup = screen.getByRole('group', { name: new RegExp(`^${facet}`) });
    const labels = [...container.querySelectorAll('.dl-timeline__group-label')].map((e) => e.textContent!);
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) {
      const [, name, shown] = /^(.*) · (\d+)$/.exec(label)!;
      const inLane = marks.filter((m) =>
        (m.getAttribute('aria-label') ?? m.getAttribute('title'))!.endsWith(`, lane ${name}`),
      );
      expect(inLane).toHaveLength(Number(shown));
      // A screen reader hears the count with the lane's name.
      const lane = screen.getByRole('group', {
        name: `${name}: ${shown} ${shown === '1' ? 'event' : 'events'} in view`,
      });
      expect(within(lane).getAllByRole('option')).toEqual(inLane);
      if (name!.startsWith('No ')) continue;
      expect(within(filterGroup).getByRole('checkbox', { name: `${name} (${shown})` })).toBeInTheDocument();
    }
  });
});

describe('<TimelinePane> and <EventList>', () => {
  it('count the same events in a window that runs to the last day of 9999', () => {
    renderWithStore(
      <>
        <TimelinePane />
        <EventList />
      </>,
      { corpus: sampleCorpus(), domain: [new Date('2000-01-01T00:00Z'), new Date('9999-12-31T24:00Z')] },
    );
    const status = screen.getByRole('region', { name: 'Timeline' }).querySelector('.dl-timeline__status')!;
    const inTimeline = /(\d+) events? in view/.exec(status.textContent!)![1];
    expect(Number(inTimeline)).toBeGreaterThan(0);
    expect(screen.getByText(new RegExp(`^${inTimeline} events? in view$`))).toBeInTheDocument();
  });
});

describe('<Explorer> by heading', () => {
  const level2 = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

  it('has a heading for the timeline and one for the list of events, each naming its region', () => {
    const corpus = sampleCorpus();
    renderWithStore(<Explorer />, { corpus, selectedEventId: corpus.events[0]!.id });
    // A screen reader moving by heading reaches each part in reading order, ending at the article.
    const article = corpus.articles.find((a) => a.id === corpus.events[0]!.articleId)!;
    expect(level2().filter((t) => t !== 'Filters')).toEqual(['Timeline', 'Events', article.title]);
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByRole('heading', { level: 2, name: 'Timeline' })).toBeInTheDocument();
    const events = screen.getByRole('region', { name: 'Events' });
    expect(within(events).getByRole('heading', { level: 2, name: 'Events' })).toBeInTheDocument();
    expect(within(events).getByRole('grid', { name: 'Events' })).toBeInTheDocument();
  });

  it('keeps both when nothing is dated or nothing matches', () => {
    const undated = buildCorpus([
      {
        id: 'note',
        title: 'Council approves budget',
        source: 'Pasted',
        published: '2023-10-17',
        paragraphs: [{ sentences: [{ text: 'The council approved the budget after a long debate.' }] }],
      },
    ]);
    renderWithStore(<Explorer />, { corpus: undated, filters: { q: 'no such words' } });
    expect(level2().filter((t) => t !== 'Filters')).toEqual(['Timeline', 'Events']);
    expect(
      within(screen.getByRole('region', { name: 'Events' })).getByText(/^No events/),
    ).toBeInTheDocument();
  });
});

describe('<TimelinePane> and <Filters> over articles without a dated event', () => {
  // A pasted text with no date and no publication date: nothing can be placed on a calendar.
  const undated = () =>
    buildCorpus([
      {
        id: 'note',
        title: 'Council approves budget',
        source: 'Pasted',
        published: '2023-10-17',
        paragraphs: [{ sentences: [{ text: 'The council approved the budget after a long debate.' }] }],
      },
    ]);

  it('say there is nothing to place, and draw no axis or window of a stand-in day', () => {
    renderWithStore(
      <>
        <Filters />
        <TimelinePane />
      </>,
      { corpus: undated() },
    );
    const timeline = screen.getByRole('region', { name: 'Timeline' });
    expect(within(timeline).getByText(/^No dated events to draw: /)).toBeInTheDocument();
    expect(within(timeline).queryByRole('listbox')).toBeNull();
    const dates = screen.getByRole('group', { name: 'Dates' });
    expect(dates).toHaveTextContent('No dated events: there are no dates to choose between.');
    expect(within(dates).queryByLabelText('From')).toBeNull();
    expect(within(dates).queryByLabelText('To')).toBeNull();
    // Nowhere a day the articles never named.
    expect(document.body).not.toHaveTextContent(/2000/);
  });

  it('the skip links land on the words that say why there is no timeline and no event to move through', async () => {
    const user = userEvent.setup();
    renderWithStore(<Explorer />, { corpus: undated() });
    const skips = screen.getByRole('navigation', { name: 'Skip links' });
    await user.click(within(skips).getByRole('button', { name: 'Skip to the timeline' }));
    expect(document.activeElement).toHaveTextContent(/^No dated events to draw: /);
    expect(screen.getByRole('region', { name: 'Timeline' })).toContainElement(
      document.activeElement as HTMLElement,
    );
    await user.click(within(skips).getByRole('button', { name: 'Skip to the events' }));
    expect(document.activeElement).toHaveTextContent(/^No events in view/);
  });

  it('a corpus with events, all filtered out, keeps its window and its date fields', () => {
    renderWithStore(
      <>
        <Filters />
        <TimelinePane />
      </>,
      { corpus: sampleCorpus(), filters: { q: 'no sentence says this' } },
    );
    expect(screen.getByRole('region', { name: 'Timeline' })).toHaveTextContent(
      'Tue 1 Aug 2023 – Tue 31 Dec 2024 · 0 events in view',
    );
    const dates = screen.getByRole('group', { name: 'Dates' });
    expect(within(dates).getByLabelText('From')).toHaveValue('2023-08-01');
    expect(within(dates).getByLabelText('To')).toHaveValue('2024-12-31');
  });
});
