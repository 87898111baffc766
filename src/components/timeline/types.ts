import type { Actor, Article, Cluster, Event, Topic } from '../../core/types';

/** How the timeline groups marks into horizontal lanes. */
export type LaneMode = 'none' | 'actor' | 'topic' | 'source';

/**
 * The Timeline is a controlled component: it draws what it is given and reports gestures.
 * The store (src/state) owns the window, the selection and the filters.
 */
export type TimelineProps = {
  /** Events to draw: already filtered, in any order. */
  events: readonly Event[];
  /** All clusters by id, to show how many sources report an event. */
  clusters: ReadonlyMap<string, Cluster>;
  articles: ReadonlyMap<string, Article>;
  /**
   * Events by id, built once per corpus (the store's lookup), for the article of a chosen mark.
   * Without it the timeline builds one of `events` at the first choice.
   */
  eventsById?: Pick<ReadonlyMap<string, Event>, 'get'>;
  actors: ReadonlyMap<string, Actor>;
  topics: ReadonlyMap<string, Topic>;
  /** Visible window [from, to) as dates (never pixels), so a deep link looks the same at any width. */
  domain: readonly [Date, Date];
  /** Extent of the whole corpus, for the overview strip and zoom limits. */
  fullDomain: readonly [Date, Date];
  selectedId: string | null;
  lanes: LaneMode;
  /** Continuous gestures report final=false while moving and final=true when they end. */
  onDomainChange: (domain: [Date, Date], info: { final: boolean }) => void;
  /** A mark was activated (click, Enter). Cluster marks select their first event. */
  onSelect: (eventId: string) => void;
  onLanesChange?: (lanes: LaneMode) => void;
  /** Fixed width in px; by default the timeline measures itself (800 px where nothing has layout). */
  width?: number;
  /** Height of the plot area in px (default 240). */
  height?: number;
};
