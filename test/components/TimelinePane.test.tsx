import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EventList } from '../../src/components/EventList';
import { Filters } from '../../src/components/Filters';
import { TimelinePane } from '../../src/components/TimelinePane';
import { renderWithStore, sampleCorpus } from './fixture';

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
