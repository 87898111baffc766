import { ArticlePanel } from './ArticlePanel';
import { EventList } from './EventList';
import { Filters } from './Filters';
import { Header } from './Header';
import { Notices } from './Notices';
import { TimelinePane } from './TimelinePane';

/** The whole explorer for one corpus; the store comes from an ExplorerProvider above. */
export function Explorer() {
  return (
    <div className="app">
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
