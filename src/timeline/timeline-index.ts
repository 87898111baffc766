import { withoutDateline } from '../core/events/dateline';
import { compareNames, isoToMsCached } from '../core/query/filter';
import { groupStories } from '../core/query/stories';
import type { Actor, Article, Cluster, Event, Granularity, Topic } from '../core/types';
import { bisectLeft } from './bins';
import { intervalLabel, isSpanGranularity } from './labels';

/** The date label of a mark, e.g. "Tue 17 Oct 2023"; computed on demand (only drawn marks need it). */
export const itemDateLabel = (it: Pick<TimelineItem, 'start' | 'end' | 'granularity'>) =>
  intervalLabel(it.start, it.end, it.granularity);

/** One mark: a cluster's events that are in view (or a lone event), drawn once in each of its lanes. */
export type TimelineItem = {
  /** Unique per mark: the story's key, followed by its lane's when the story is in several lanes. */
  key: string;
  /** The cluster id, or the event id when the event has no known cluster: the same in every lane. */
  story: string;
  /** The event a click selects: the cluster's first (most precise, then earliest) among the given events. */
  eventId: string;
  eventIds: string[];
  start: number;
  end: number;
  /** Where the point mark sits: the middle of the interval. */
  mid: number;
  granularity: Granularity;
  span: boolean;
  text: string;
  /** The leading report is a photo caption's sentence: it dates the photo, not the story. */
  caption: boolean;
  sources: number;
  group: number;
};

export type LaneGroup = { key: string; label: string };

/**
 * Items sorted by (mid, key), with their times in typed arrays for binary search, and per lane
 * group the item indices (ascending) and their mids.
 */
export type TimelineIndex = {
  items: TimelineItem[];
  mids: Float64Array;
  starts: Float64Array;
  ends: Float64Array;
  /**
   * Prefix counts of lane copies: dupBefore[i] is how many of items[0..i) are a story's second or
   * later mark (in another lane), so counts of events count each story once.
   */
  dupBefore: Int32Array;
  /** Indices of span items, for overlap tests when their middle is out of view. */
  spans: Int32Array;
  groups: LaneGroup[];
  groupItems: Int32Array[];
  groupMids: Float64Array[];
  /**
   * Per lane group, the mids of points only (a day or finer): the density layer draws these, since
   * the middle of "2023" is no place where anything happened. Spans are drawn over their period.
   */
  groupPointMids: Float64Array[];
  /** The same over all groups, each story once. */
  pointMids: Float64Array;
  /** Position in `items` of the mark that holds an event (built on first use: only a selection asks). */
  itemOf: (eventId: string) => number | undefined;
};

export type IndexContext = {
  clusters: ReadonlyMap<string, Cluster>;
  articles: ReadonlyMap<string, Article>;
  actors: ReadonlyMap<string, Actor>;
  topics: ReadonlyMap<string, Topic>;
  lanes: 'none' | 'actor' | 'topic' | 'source';
  /** Groups beyond this many (by size) share an "Other" lane. */
  maxGroups?: number;
};

const ALL_EVENTS: LaneGroup = { key: '', label: 'All events' };
const ONE_LANE: readonly LaneGroup[] = [ALL_EVENTS];
const ONE_LANE_KEYS: readonly string[] = [ALL_EVENTS.key];

/**
 * Every lane a story belongs to: each actor, topic or source of any of its reports (the filters
 * count a story under each of them too), or the one "No actor" / "No topic" lane.
 */
function groupsOf(reports: readonly Event[], ctx: IndexContext): readonly LaneGroup[] {
  if (ctx.lanes === 'none') return ONE_LANE;
  const out = new Map<string, LaneGroup>();
  for (const e of reports) {
    switch (ctx.lanes) {
      case 'actor':
        for (const id of e.actors)
          if (!out.has(id)) out.set(id, { key: id, label: ctx.actors.get(id)?.name ?? id });
        break;
      case 'topic':
        for (const t of e.topics)
          if (!out.has(t.id)) out.set(t.id, { key: t.id, label: ctx.topics.get(t.id)?.label ?? t.id });
        break;
      case 'source': {
        const a = ctx.articles.get(e.articleId);
        const s = a?.source ?? a?.title ?? e.articleId;
        if (!out.has(s)) out.set(s, { key: s, label: s });
        break;
      }
      default:
        return [ALL_EVENTS];
    }
  }
  if (out.size > 0) return [...out.values()];
  return [{ key: '', label: ctx.lanes === 'actor' ? 'No actor' : 'No topic' }];
}

/**
 * Builds the sorted, searchable index of marks once per change of events or lane mode, so every
 * frame of a gesture only does binary searches. Events of one cluster become one mark.
 *
 * @example buildTimelineIndex(events, { clusters, articles, actors, topics, lanes: 'none' }).items.length // 1
 */
export function buildTimelineIndex(events: readonly Event[], ctx: IndexContext): TimelineIndex {
  const groupCount = new Map<string, { group: LaneGroup; n: number }>();
  const stories: TimelineItem[] = [];
  const storyGroups: (readonly string[])[] = [];
  // Without lanes every story is in the one lane: no list of lanes per story (300,000 of them).
  const oneLane = ctx.lanes === 'none';
  const oneLaneCount = { group: ALL_EVENTS, n: 0 };
  // The event list groups stories the same way: one mark per story, led by its most precise
  // report (then its earliest source), whose date places the mark.
  for (const story of groupStories(events, ctx.clusters)) {
    const cluster = ctx.clusters.get(story.key);
    const list = story.reports;
    const first = list[0]!;
    const start = isoToMsCached(first.start);
    const endRaw = isoToMsCached(first.end);
    if (!Number.isFinite(start)) continue;
    const end = Number.isFinite(endRaw) && endRaw > start ? endRaw : start + 1;
    let keys = ONE_LANE_KEYS;
    if (oneLane) oneLaneCount.n++;
    else {
      const own: string[] = [];
      for (const g of groupsOf(list, ctx)) {
        const gc = groupCount.get(g.key);
        if (gc) gc.n++;
        else groupCount.set(g.key, { group: g, n: 1 });
        own.push(g.key);
      }
      keys = own;
    }
    const key = cluster ? story.key : first.id;
    stories.push({
      key,
      story: key,
      eventId: first.id,
      eventIds: list.length === 1 ? [first.id] : list.map((e) => e.id),
      start,
      end,
      mid: start + (end - start) / 2,
      granularity: first.granularity,
      span: isSpanGranularity(first.granularity),
      // (A wire dateline opening the story's lead is the report's, not what happened.)
      text: withoutDateline(first.sentence.text),
      caption: first.caption,
      sources: cluster ? Math.max(cluster.articles.length, 1) : 1,
      group: 0,
    });
    storyGroups.push(keys);
  }

  if (oneLane && oneLaneCount.n > 0) groupCount.set(ALL_EVENTS.key, oneLaneCount);
  // Lane groups: the largest first, the tail merged into "Other" so lanes stay tall enough to read.
  const maxGroups = ctx.maxGroups ?? 6;
  const ranked = [...groupCount.values()].sort(
    (a, b) => b.n - a.n || compareNames(a.group.label, b.group.label),
  );
  const groups: LaneGroup[] = ranked.slice(0, maxGroups).map((r) => r.group);
  const groupIndex = new Map(groups.map((g, i) => [g.key, i]));
  if (ranked.length > maxGroups) groups.push({ key: '\u0000other', label: 'Other' });

  // A story with several lanes gets a mark in each (once in "Other", however many of its lanes
  // fell there); its key then names the lane, so every mark has its own.
  const raw: TimelineItem[] = [];
  for (let s = 0; s < stories.length; s++) {
    const item = stories[s]!;
    const keys = storyGroups[s]!;
    if (keys.length === 1) {
      item.group = groupIndex.get(keys[0]!) ?? groups.length - 1;
      raw.push(item);
      continue;
    }
    const seen = new Set<number>();
    for (const k of keys) {
      const g = groupIndex.get(k) ?? groups.length - 1;
      if (seen.has(g)) continue;
      seen.add(g);
      raw.push({ ...item, key: `${item.story}\u0000${groups[g]!.key}`, group: g });
    }
  }

  // Sort positions by a numeric key first (typed array), keys only to break ties. Plain loops:
  // `Array.from(list, fn)` and `Float64Array.from(list, fn)` took 5-10 ms each for 5,000 items in
  // code the engine has not optimised yet.
  const rawMids = new Float64Array(raw.length);
  const order: number[] = new Array(raw.length);
  for (let i = 0; i < raw.length; i++) {
    rawMids[i] = raw[i]!.mid;
    order[i] = i;
  }
  order.sort(
    (i, j) =>
      rawMids[i]! - rawMids[j]! ||
      (raw[i]!.story < raw[j]!.story
        ? -1
        : raw[i]!.story > raw[j]!.story
          ? 1
          : raw[i]!.group - raw[j]!.group),
  );

  const n = raw.length;
  const items: TimelineItem[] = new Array(n);
  const mids = new Float64Array(n);
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const spanList: number[] = [];
  const perGroup: number[][] = groups.map(() => []);
  for (let i = 0; i < n; i++) {
    const item = raw[order[i]!]!;
    items[i] = item;
    mids[i] = item.mid;
    starts[i] = item.start;
    ends[i] = item.end;
    if (item.span) spanList.push(i);
    perGroup[item.group]!.push(i);
  }
  const groupItems = perGroup.map((l) => new Int32Array(l));
  let byEvent: Map<string, number> | null = null;
  const groupMids = groupItems.map((l) => {
    const out = new Float64Array(l.length);
    for (let j = 0; j < l.length; j++) out[j] = mids[l[j]!]!;
    return out;
  });
  const dupBefore = new Int32Array(n + 1);
  const isDup = new Uint8Array(n);
  if (n > stories.length) {
    const seen = new Set<string>();
    for (let i = 0; i < n; i++) {
      const story = items[i]!.story;
      if (seen.has(story)) isDup[i] = 1;
      else seen.add(story);
    }
  }
  for (let i = 0; i < n; i++) dupBefore[i + 1] = dupBefore[i]! + isDup[i]!;
  const pointsOf = (list: ArrayLike<number>, once: boolean) => {
    const out: number[] = [];
    for (let j = 0; j < list.length; j++) {
      const i = list[j]!;
      if (!items[i]!.span && !(once && isDup[i])) out.push(mids[i]!);
    }
    return new Float64Array(out);
  };
  const all = new Int32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;
  return {
    items,
    mids,
    starts,
    ends,
    spans: new Int32Array(spanList),
    groups,
    groupItems,
    groupMids,
    groupPointMids: groupItems.map((l) => pointsOf(l, false)),
    pointMids: pointsOf(all, true),
    dupBefore,
    itemOf: (eventId) => {
      if (!byEvent) {
        byEvent = new Map();
        // A story in several lanes: its first (leftmost, top) mark.
        for (let i = 0; i < n; i++)
          for (const id of items[i]!.eventIds) if (!byEvent.has(id)) byEvent.set(id, i);
      }
      return byEvent.get(eventId);
    },
  };
}

/**
 * Indices (ascending) of items whose mark is in [from, to): the point in the window, or for
 * spans any overlap with it.
 *
 * @example visibleItems(index, Date.UTC(2023, 9, 1), Date.UTC(2023, 10, 1)) // [0, 1, 2]
 */
export function visibleItems(index: TimelineIndex, from: number, to: number): number[] {
  const lo = bisectLeft(index.mids, from);
  const hi = bisectLeft(index.mids, to, lo);
  const out: number[] = [];
  for (let i = lo; i < hi; i++) out.push(i);
  // Spans whose middle is outside but whose interval overlaps the window.
  const extra: number[] = [];
  for (const i of index.spans) {
    if ((i < lo || i >= hi) && index.starts[i]! < to && index.ends[i]! > from) extra.push(i);
  }
  if (extra.length === 0) return out;
  return out.concat(extra).sort((a, b) => a - b);
}

/**
 * How many item middles fall in [from, to): O(log n).
 *
 * @example countInWindow(index, Date.UTC(2023, 9, 1), Date.UTC(2023, 10, 1)) // 2
 */
export function countInWindow(index: TimelineIndex, from: number, to: number): number {
  return bisectLeft(index.mids, to) - bisectLeft(index.mids, from);
}

const DAY = 86_400_000;

/**
 * How many stories overlap [from, to), as the event list counts them (each once, whatever its lanes): middles in the window, plus
 * spans and day-or-shorter points whose interval reaches in from outside. The timeline's "N events
 * in view" uses it, so it agrees with the list's count.
 *
 * @example countVisible(index, Date.UTC(2023, 9, 1, 18), Date.UTC(2023, 10, 1)) // counts 1 October too
 */
export function countVisible(index: TimelineIndex, from: number, to: number): number {
  const { mids, starts, ends, items, dupBefore } = index;
  const once = (i: number) => dupBefore[i + 1] === dupBefore[i];
  const lo = bisectLeft(mids, from);
  const hi = bisectLeft(mids, to, lo);
  // A story in several lanes counts once.
  let n = hi - lo - (dupBefore[hi]! - dupBefore[lo]!);
  // Points are at most a day long, so only middles within a day of an edge can reach across it.
  for (let i = lo - 1; i >= 0 && mids[i]! > from - DAY; i--)
    if (!items[i]!.span && ends[i]! > from && once(i)) n++;
  for (let i = hi; i < mids.length && mids[i]! < to + DAY; i++)
    if (!items[i]!.span && starts[i]! < to && once(i)) n++;
  for (const i of index.spans) if ((i < lo || i >= hi) && starts[i]! < to && ends[i]! > from && once(i)) n++;
  return n;
}

/**
 * countVisible for each lane group: how many of its marks overlap [from, to). A story in several
 * lanes counts in each, as the filters count it under each of its actors, topics or sources.
 *
 * @example countVisibleByGroup(index, Date.UTC(2023, 9, 1), Date.UTC(2023, 10, 1)) // [23, 17, 4]
 */
export function countVisibleByGroup(index: TimelineIndex, from: number, to: number): number[] {
  const { mids, starts, ends, items } = index;
  return index.groups.map((_, g) => {
    const gm = index.groupMids[g]!;
    const gi = index.groupItems[g]!;
    const lo = bisectLeft(gm, from);
    const hi = bisectLeft(gm, to, lo);
    let n = hi - lo;
    for (let j = lo - 1; j >= 0 && gm[j]! > from - DAY; j--) {
      const i = gi[j]!;
      if (!items[i]!.span && ends[i]! > from) n++;
    }
    for (let j = hi; j < gm.length && gm[j]! < to + DAY; j++) {
      const i = gi[j]!;
      if (!items[i]!.span && starts[i]! < to) n++;
    }
    for (const i of index.spans) {
      if (items[i]!.group !== g || (mids[i]! >= from && mids[i]! < to)) continue;
      if (starts[i]! < to && ends[i]! > from) n++;
    }
    return n;
  });
}

/** Indexes already built, per list of events: each context (lanes, corpus maps) has its own. */
const built = new WeakMap<readonly Event[], { ctx: IndexContext; index: TimelineIndex }[]>();
/**
 * Whether an index built with context `a` serves `b`: the same lanes and clusters, and the same map
 * for what the lane mode reads (names of actors, labels of topics, sources of articles). The texts
 * of a corpus file join it as new maps of the same things: without lanes, the index drawn first is
 * still the right one (building it again for 10,000 events cost about 40 ms of CPU just after the
 * first render).
 */
const sameContext = (a: IndexContext, b: IndexContext) =>
  a.lanes === b.lanes &&
  a.maxGroups === b.maxGroups &&
  a.clusters === b.clusters &&
  (a.lanes !== 'source' || a.articles === b.articles) &&
  (a.lanes !== 'actor' || a.actors === b.actors) &&
  (a.lanes !== 'topic' || a.topics === b.topics);

/**
 * `buildTimelineIndex`, remembered for the same list of events (which must not change afterwards)
 * and context: clearing a search or unticking a filter gives the timeline back the list it drew
 * before, and after a large import building its index again took seconds.
 *
 * @example timelineIndexOf(events, ctx) === timelineIndexOf(events, ctx) // true: built once
 */
export function timelineIndexOf(events: readonly Event[], ctx: IndexContext): TimelineIndex {
  let entries = built.get(events);
  if (!entries) built.set(events, (entries = []));
  const known = entries.find((x) => sameContext(x.ctx, ctx));
  if (known) return known.index;
  const index = buildTimelineIndex(events, ctx);
  // One per lane mode is what a reader switches between; older contexts (a corrected corpus) go.
  entries.push({ ctx, index });
  if (entries.length > 4) entries.shift();
  return index;
}
