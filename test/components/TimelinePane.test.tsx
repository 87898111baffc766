import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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
    const marks = within(screen.getByRole('group', { name: 'Timeline events' })).getAllByRole('button');
    const filterGroup = screen.getByRole('group', { name: new RegExp(`^${facet}`) });
    const labels = [...container.querySelectorAll('.dl-timeline__group-label')].map((e) => e.textContent!);
    expect(labels.length).toBeGreaterThan(1);
    for (const label of labels) {
      const [, name, shown] = /^(.*) · (\d+)$/.exec(label)!;
      const inLane = marks.filter((m) => m.getAttribute('aria-label')!.endsWith(`, lane ${name}`));
      expect(inLane).toHaveLength(Number(shown));
      if (name!.startsWith('No ')) continue;
      expect(within(filterGroup).getByRole('checkbox', { name: `${name} (${shown})` })).toBeInTheDocument();
    }
  });
});
