import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import {
  EMPTY_FILTERS,
  filterEvents,
  groupStories,
  storyKey,
  storySources,
  type FacetGroup,
  type QueryIndex,
  type StoryItem,
} from '../core/query';
import { withoutDateline } from '../core/events/dateline';
import type { Event } from '../core/types';
import {
  useCorpusLookups,
  useExplorer,
  useFilteredEvents,
  useVisibleStories,
  type CorpusLookups,
} from '../state/context';
import { domainToBounds, type FacetFilters } from '../state/store';
import { countOf, formatValue } from './format';
import { articleLanguage, langAttribute } from './language';

/** Fixed row height lets the list render only the rows in view, even for 100,000 events. */
export const ROW_HEIGHT = 64;
const OVERSCAN = 8;
const FALLBACK_VIEWPORT = 640;

const DAY = 86_400_000;
const toMs = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : `${iso}:00Z`);

/** A window around an event: its own interval with a margin, at least a week wide. */
function windowAround(e: Event): [Date, Date] {
  const start = toMs(e.start);
  const end = toMs(e.end);
  const margin = Math.max(3.5 * DAY, (end - start) / 2);
  return [new Date(start - margin), new Date(end + margin)];
}

function snippet(text: string, max = 160) {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

type FilterGroup = FacetGroup | 'q';
const GROUP_NAME: Record<FilterGroup, string> = {
  actors: 'actor',
  topics: 'topic',
  sources: 'source',
  q: 'search',
};

/**
 * Why a story the list does not show is hidden: the filters that turn away every report of it
 * (each group tried alone; all that are set, if only their combination does), and whether it lies
 * outside the window.
 */
function whyHidden(
  reports: readonly Event[],
  filters: FacetFilters,
  span: readonly [Date, Date],
  index: QueryIndex,
): { groups: FilterGroup[]; outsideWindow: boolean } {
  const set = (['actors', 'topics', 'sources', 'q'] as const).filter((g) =>
    g === 'q' ? filters.q.trim() !== '' : filters[g].length > 0,
  );
  const passes = (f: Partial<typeof EMPTY_FILTERS>) =>
    filterEvents(reports, { ...EMPTY_FILTERS, ...f }, index).length > 0;
  const filteredOut = set.length > 0 && !passes({ ...filters, from: null, to: null });
  const alone = set.filter((g) => !passes({ [g]: filters[g] }));
  return {
    groups: filteredOut ? (alone.length ? alone : set) : [],
    outsideWindow: !passes(domainToBounds(span)),
  };
}

/** "the source filter (The New York Times)", "the actor and search filters". */
function describeFilters(groups: FilterGroup[], filters: FacetFilters, lookups: CorpusLookups): string {
  const names = groups.map((g) => GROUP_NAME[g]);
  const joined = names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : names[0];
  if (groups.length > 1) return `the ${joined} filters`;
  const g = groups[0]!;
  const values =
    g === 'q'
      ? [`“${filters.q.trim()}”`]
      : filters[g].map((id) =>
          g === 'actors'
            ? (lookups.actors.get(id)?.name ?? id)
            : g === 'topics'
              ? (lookups.topics.get(id)?.label ?? id)
              : (lookups.index.sourceNames.get(id) ?? id),
        );
  return `the ${joined} filter (${values.join(', ')})`;
}

const SELECTED_ROW = '\u0000selected';
const FIRST_ROW = '\u0000first';

/**
 * The chronological list of events in the window and under the filters: the chart's text twin.
 * One item per story: reports of the same event by several sources are merged, as on the timeline.
 */
export function EventList() {
  const { stories: events, reports } = useVisibleStories();
  const lookups = useCorpusLookups();
  const { clusters, articles, events: byId } = lookups;
  const filters = useExplorer((s) => s.filters);
  const settledDomain = useExplorer((s) => s.settledDomain);
  const clearFilterGroups = useExplorer((s) => s.clearFilterGroups);
  const selectedId = useExplorer((s) => s.selectedEventId);
  const select = useExplorer((s) => s.select);
  const clearFilters = useExplorer((s) => s.clearFilters);
  const setDomain = useExplorer((s) => s.setDomain);
  const resetDomain = useExplorer((s) => s.resetDomain);
  // The stories under the filters outside the window: a search's matches in other years are said
  // here too, not only in the timeline's status line, which may be scrolled away.
  const filtered = useFilteredEvents();
  // The timeline groups this same list into stories (groupStories remembers it), so counting them
  // costs the list nothing (a set of 10,000 story keys took about 3 ms of main-thread CPU in a
  // first render, traced).
  const matching = useMemo(() => groupStories(filtered, clusters).length, [filtered, clusters]);
  const elsewhere = Math.max(0, matching - events.length);
  const filtersSet =
    filters.actors.length + filters.topics.length + filters.sources.length > 0 || filters.q.trim() !== '';
  // In no window at all: what helps is fewer filters, not another window.
  const nothingMatches = matching === 0 && filtersSet;
  const selected = selectedId ? byId.get(selectedId) : undefined;
  // A link may name any report of a story; the story's item is the one to mark.
  const selectedKey = selected ? storyKey(selected, clusters) : null;
  const langOf = (e: Event) => {
    const article = articles.get(e.articleId);
    return article ? langAttribute(articleLanguage(article)) : undefined;
  };
  const sourcesOf = (item: StoryItem) => storySources(item.key, item.event.articleId, clusters, articles);
  const scroller = useRef<HTMLDivElement>(null);
  /** An event id, or SELECTED_ROW / FIRST_ROW, to focus once the list has drawn it. */
  const focusNext = useRef<string | null>(null);
  const countRef = useRef<HTMLParagraphElement>(null);
  const focusDeadline = useRef(0);
  /** The row's cell that has (or last had) focus: to put focus back when the row goes. */
  const focusedCell = useRef<HTMLElement | null>(null);
  /** The position of the row last focused: the tab stop when no row is selected. */
  const lastFocused = useRef(-1);
  const root = useRef<HTMLElement>(null);
  const headingId = useId();
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(FALLBACK_VIEWPORT);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight || FALLBACK_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const selectedIndex = selectedKey ? events.findIndex((e) => e.key === selectedKey) : -1;
  // The selection can be hidden: outside the window (picked in the article, or left behind by a
  // zoom), or turned away by a filter ticked since. Say which, and offer what shows it.
  const hidden =
    selected && selectedKey && selectedIndex < 0
      ? whyHidden(
          (clusters.get(selectedKey)?.events ?? [selected.id])
            .map((id) => byId.get(id))
            .filter((e): e is Event => e !== undefined),
          filters,
          settledDomain,
          lookups.index,
        )
      : null;
  const outside =
    selected && hidden ? (
      <p className="outside">
        {hidden.groups.length === 0
          ? 'The selected event is outside this time window.'
          : `The selected event is hidden by ${describeFilters(hidden.groups, filters, lookups)}${
              hidden.outsideWindow ? ' and lies outside this time window' : ''
            }.`}{' '}
        <button
          type="button"
          onClick={() => {
            // Focus follows to the selected row once the list shows it (the button goes away).
            focusNext.current = SELECTED_ROW;
            if (hidden.groups.length) clearFilterGroups(hidden.groups);
            if (hidden.outsideWindow) setDomain(windowAround(selected));
          }}
        >
          {hidden.groups.length === 0
            ? 'Show it'
            : `Clear ${hidden.groups.length > 1 ? 'these filters' : 'that filter'}${hidden.outsideWindow ? ' and show it' : ''}`}
        </button>
      </p>
    ) : null;

  // Bring the selected row into view when the selection comes from elsewhere (timeline, article).
  useEffect(() => {
    const el = scroller.current;
    if (!el || selectedIndex < 0) return;
    const top = selectedIndex * ROW_HEIGHT;
    if (top < el.scrollTop || top + ROW_HEIGHT > el.scrollTop + (el.clientHeight || FALLBACK_VIEWPORT)) {
      el.scrollTop = Math.max(0, top - (el.clientHeight || FALLBACK_VIEWPORT) / 2 + ROW_HEIGHT / 2);
      setScrollTop(el.scrollTop);
    }
  }, [selectedIndex]);

  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    const list = scroller.current;
    const cells = Array.from(list?.querySelectorAll<HTMLElement>('[role="gridcell"]') ?? []);
    const current = list?.querySelector<HTMLElement>('[role="gridcell"][aria-selected="true"]');
    const cell =
      want === SELECTED_ROW
        ? current
        : want === FIRST_ROW
          ? (current ?? cells[0])
          : cells.find((b) => b.dataset.eventId === want);
    if (cell) {
      focusNext.current = null;
      focusDeadline.current = 0;
      cell.focus();
      return;
    }
    if (want !== SELECTED_ROW && want !== FIRST_ROW) {
      focusNext.current = null;
      return;
    }
    // The list may draw the rows a render or two later (a deferred filter, a scroll): meanwhile
    // focus waits on the list's count, which says what is in view, rather than on <body>.
    if (!list?.contains(document.activeElement)) countRef.current?.focus();
    if (!focusDeadline.current) focusDeadline.current = Date.now() + 1000;
    else if (Date.now() > focusDeadline.current) {
      focusNext.current = null;
      focusDeadline.current = 0;
    }
  });

  // The row that had focus can go while it has it (Back or Forward changed the filters, a new
  // corpus): focus moves to the list's tab stop rather than falling to <body>, where the next Tab
  // would start again from the top of the page.
  useLayoutEffect(() => {
    const had = focusedCell.current;
    if (!had || had.isConnected) return;
    focusedCell.current = null;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const target =
      root.current?.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]') ??
      root.current?.querySelector<HTMLElement>('.event-show-all');
    target?.focus();
  });

  // The count is one live region, kept in the page whatever the list holds: a screen reader hears
  // "No events in view" as it heard "3 events in view" (a message put in the page with its text
  // already in it is not said). With nothing in the window, it still says what lies outside it.
  const count = (
    <p className="event-count" aria-live="polite" ref={countRef} tabIndex={-1}>
      <span>
        {events.length
          ? `${countOf(events.length, 'event', 'events')} in view`
          : nothingMatches
            ? 'No events match these filters'
            : 'No events in view'}
      </span>
      {reports !== events.length && (
        <span
          className="event-reports"
          title="An event reported by several sources is listed once, with every source"
        >
          {' '}
          · {countOf(reports, 'report', 'reports')}
        </span>
      )}
      {elsewhere > 0 && <span className="event-elsewhere"> · {elsewhere} more outside this window</span>}
    </p>
  );
  const showAll = (then: () => void) =>
    elsewhere > 0 &&
    !outside && (
      <button
        type="button"
        className="event-show-all"
        onClick={() => {
          resetDomain();
          then();
        }}
      >
        Show all {matching} in the timeline
      </button>
    );

  // Drawn for no one (the count and the rows say what this is): a stop for those who move by
  // heading, and the name of the list's region.
  const heading = (
    <h2 id={headingId} className="visually-hidden">
      Events
    </h2>
  );

  if (events.length === 0) {
    // The same places as the full list's (count, button, notice), so the count stays the same node.
    return (
      <section className="event-list empty" ref={root} aria-labelledby={headingId}>
        {heading}
        {count}
        {/* The button goes with the empty state: focus moves to the list it fills. */}
        {showAll(() => (focusNext.current = FIRST_ROW))}
        {outside}
        {nothingMatches ? (
          <button
            type="button"
            className="event-show-all"
            onClick={() => {
              focusNext.current = FIRST_ROW;
              clearFilters();
            }}
          >
            Clear all filters
          </button>
        ) : null}
      </section>
    );
  }

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(events.length, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  // One tab stop for the whole list (roving tabindex): the selected row, else the row last
  // focused (its position, once the filters have changed), else the first row in view. It is drawn
  // even when scrolled out of view, so Tab always finds it.
  const tabStop =
    selectedIndex >= 0
      ? selectedIndex
      : Math.min(
          events.length - 1,
          lastFocused.current >= 0 ? lastFocused.current : Math.floor(scrollTop / ROW_HEIGHT),
        );
  const drawn: number[] = [];
  if (tabStop < first) drawn.push(tabStop);
  for (let i = first; i < last; i++) drawn.push(i);
  if (tabStop >= last) drawn.push(tabStop);

  /** Rows a Page Up or Page Down moves: those in view, less one kept for context. */
  const pageRows = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const focused = (e.target as HTMLElement).dataset?.eventId;
    const at = events.findIndex((x) => x.event.id === focused);
    const current = at < 0 ? tabStop : at;
    if ((e.key === 'Enter' || e.key === ' ') && at >= 0) {
      e.preventDefault();
      select(events[at]!.event.id);
      return;
    }
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + pageRows,
      PageUp: current - pageRows,
      Home: 0,
      End: events.length - 1,
    };
    if (!(e.key in moves) || e.altKey || e.ctrlKey || e.metaKey) return;
    e.preventDefault();
    const target = events[Math.min(events.length - 1, Math.max(0, moves[e.key]!))];
    if (!target) return;
    focusNext.current = target.event.id;
    // Moving through the rows shares one Back step; Enter or a click on a row makes it its own.
    select(target.event.id, 'browse');
  };

  return (
    <section className="event-list" ref={root} aria-labelledby={headingId}>
      {heading}
      {count}
      {/* The button goes with what it showed: focus waits on the count, which says it. */}
      {showAll(() => countRef.current?.focus())}
      {outside}
      <div
        className="event-scroller"
        ref={scroller}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      >
        {/* A grid of one column, not a listbox: a row may hold controls of its own (a grid cell
            can, an option cannot), and screen readers switch to focus mode in it, so the arrow
            keys reach the list. Rows are placed by their position, so the list draws only those
            in view (and its tab stop) even for 100,000 stories. */}
        <div
          role="grid"
          aria-label="Events"
          aria-rowcount={events.length}
          className="events"
          onKeyDown={onKeyDown}
          onFocus={(e) => {
            const cell = (e.target as HTMLElement).closest<HTMLElement>('[role="gridcell"]');
            if (!cell) return;
            focusedCell.current = cell;
            lastFocused.current = Number(cell.closest<HTMLElement>('[role="row"]')?.dataset.index ?? 0);
          }}
          onBlur={(e) => {
            // Focus moved on to something else (not lost with a row that went).
            if (e.relatedTarget) focusedCell.current = null;
          }}
          style={{ height: events.length * ROW_HEIGHT }}
        >
          {drawn.map((i) => {
            const item = events[i]!;
            return (
              <EventRow
                key={item.key}
                event={item.event}
                index={i}
                tabbable={i === tabStop}
                selected={item.key === selectedKey}
                sources={sourcesOf(item)}
                lang={langOf(item.event)}
                onSelect={select}
              />
            );
          })}
        </div>
      </div>
    </section>
  );
}

function EventRow(props: {
  event: Event;
  /** Its position in the list, from 0. */
  index: number;
  /** Whether Tab reaches it: the list is one tab stop. */
  tabbable: boolean;
  selected: boolean;
  /** Every source that reports the event, in its cluster's order (most precise date, then earliest). */
  sources: string[];
  /** The language of the sentence's article where it is not English ("" where it cannot be told). */
  lang: string | undefined;
  onSelect: (id: string) => void;
}) {
  const { event: e, selected } = props;
  return (
    <div
      role="row"
      aria-rowindex={props.index + 1}
      data-index={props.index}
      className={selected ? 'event selected' : 'event'}
      style={{ top: props.index * ROW_HEIGHT, height: ROW_HEIGHT }}
    >
      {/* The state is on the cell, what the keyboard reaches. */}
      <div
        role="gridcell"
        className="event-cell"
        tabIndex={props.tabbable ? 0 : -1}
        data-event-id={e.id}
        aria-selected={selected ? 'true' : undefined}
        onClick={() => props.onSelect(e.id)}
      >
        {/* Hidden separators: without them a screen reader joins "March 2023" and "2 sources"
            into one number. */}
        <span className="event-date">{formatValue(e.value)}</span>
        <span className="visually-hidden">. </span>
        {props.sources.length > 1 && (
          <span className="event-sources" title={props.sources.join(', ')}>
            {`${props.sources.length} sources: ${props.sources.join(', ')}`}
            <span className="visually-hidden">. </span>
          </span>
        )}
        <span className="event-text">
          {/* A caption dates its photo, which may be years older than the story: say so. */}
          {e.caption ? <span className="event-caption">Photo caption: </span> : null}
          <span lang={props.lang}>{snippet(withoutDateline(e.sentence.text))}</span>
        </span>
      </div>
    </div>
  );
}
