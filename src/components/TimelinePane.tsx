import { useCallback } from 'react';
import { useCorpusLookups, useExplorer, useFilteredEvents } from '../state/context';
import { Timeline } from './timeline/Timeline';

/** Connects the controlled Timeline to the store. */
export function TimelinePane() {
  const events = useFilteredEvents();
  const { clusters, articles, actors, topics, events: eventsById } = useCorpusLookups();
  const domain = useExplorer((s) => s.domain);
  const fullDomain = useExplorer((s) => s.fullDomain);
  const selectedId = useExplorer((s) => s.selectedEventId);
  const lanes = useExplorer((s) => s.lanes);
  const setDomain = useExplorer((s) => s.setDomain);
  const select = useExplorer((s) => s.select);
  const setLanes = useExplorer((s) => s.setLanes);
  const onDomainChange = useCallback(
    (d: [Date, Date], info: { final: boolean }) => setDomain(d, info),
    [setDomain],
  );
  const dated = useExplorer((s) => s.corpus.events.length > 0);
  // Nothing to place: an axis would be of a stand-in day (1 Jan 2000), which reads as a date found.
  if (!dated)
    return (
      <section aria-label="Timeline" className="timeline-none">
        <h2 className="visually-hidden">Timeline</h2>
        {/* Where "Skip to the timeline" lands: it says why there is none. */}
        <p className="placeholder" tabIndex={-1}>
          No dated events to draw: no date in these articles could be placed on the calendar. An article
          without a publication date can be given one in the article panel; its dates (“on Tuesday”, “last
          month”) are then read against it.
        </p>
      </section>
    );
  return (
    <Timeline
      events={events}
      clusters={clusters}
      articles={articles}
      eventsById={eventsById}
      actors={actors}
      topics={topics}
      domain={domain}
      fullDomain={fullDomain}
      selectedId={selectedId}
      lanes={lanes}
      onDomainChange={onDomainChange}
      onSelect={select}
      onLanesChange={setLanes}
    />
  );
}
