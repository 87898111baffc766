import { ArticlePanel } from './ArticlePanel';
import { EventList } from './EventList';
import { Filters } from './Filters';
import { Header } from './Header';
import { Notices } from './Notices';
import { TimelinePane } from './TimelinePane';

/**
 * Moves focus to where the keyboard works in a region: its control that takes Tab (the timeline's
 * active mark, the list's one tab stop: its selected row if shown), else its first button ("Show it",
 * "Clear all filters"), else the words that say why it has nothing to work (focusable from script:
 * "No dated events to draw: …", "No events in view"), so the skip is never a key press that does
 * nothing. (Buttons, not links to "#...": a link's jump would write a hash into the shareable address.)
 */
const skipTo = (region: string) => () => {
  const root = document.querySelector<HTMLElement>(region);
  const target =
    root?.querySelector<HTMLElement>('[tabindex="0"]') ??
    root?.querySelector<HTMLElement>('button') ??
    root?.querySelector<HTMLElement>('[tabindex="-1"]');
  target?.focus();
};

/** The whole explorer for one corpus; the store comes from an ExplorerProvider above. */
export function Explorer() {
  return (
    <div className="app">
      {/* Past the filters' many stops straight to the timeline or the events. */}
      <nav className="skip-links" aria-label="Skip links">
        <button type="button" onClick={skipTo('section[aria-label="Timeline"]')}>
          Skip to the timeline
        </button>
        <button type="button" onClick={skipTo('.event-list')}>
          Skip to the events
        </button>
      </nav>
      <Header />
      <Notices />
      <div className="layout">
        <Filters />
        {/* Focusable from script only: where focus goes when what held it is gone. */}
        <main className="main" tabIndex={-1}>
          <TimelinePane />
          <div className="reading">
            <EventList />
            {/* Opened on a shared link to an event: the reader starts at it. */}
            <ArticlePanel fromLink />
          </div>
        </main>
      </div>
    </div>
  );
}
