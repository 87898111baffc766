import type { MouseEvent } from 'react';
import { ArticlePanel } from './ArticlePanel';
import { EventList } from './EventList';
import { Filters } from './Filters';
import { Header } from './Header';
import { Notices } from './Notices';
import { TimelinePane } from './TimelinePane';

/**
 * Moves focus to where the keyboard works in a region: its control that takes Tab (the timeline's
 * active mark, the list's selected row), else its first button. A link's own jump is not taken: it
 * would write a hash into the shareable address.
 */
const skipTo = (region: string, first: string) => (e: MouseEvent<HTMLAnchorElement>) => {
  e.preventDefault();
  const root = document.querySelector<HTMLElement>(region);
  const target =
    root?.querySelector<HTMLElement>('[tabindex="0"], [aria-current="true"] button') ??
    root?.querySelector<HTMLElement>(first);
  target?.focus();
};

/** The whole explorer for one corpus; the store comes from an ExplorerProvider above. */
export function Explorer() {
  return (
    <div className="app">
      {/* Past the filters' many stops straight to the timeline or the events. */}
      <nav className="skip-links" aria-label="Skip links">
        <a href="#timeline" onClick={skipTo('section[aria-label="Timeline"]', 'button')}>
          Skip to the timeline
        </a>
        <a href="#events" onClick={skipTo('ol[aria-label="Events"]', 'button')}>
          Skip to the events
        </a>
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
            <ArticlePanel />
          </div>
        </main>
      </div>
    </div>
  );
}
