import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';
import { bisectLeft } from '../../timeline/bins';
import { drawDensity } from '../../timeline/canvas';
import { announce } from '../announce';
import { formatWindow } from '../../timeline/labels';
import {
  labelWidth,
  layoutTimeline,
  type MarkBox,
  type MoreBox,
  type TimelineLayout,
} from '../../timeline/layout';
import {
  createBaseScale,
  fitDomain,
  panDomainTo,
  sameDomain,
  zoomDomain,
  type Domain,
} from '../../timeline/scales';
import { axisContext, axisContextLabels, axisTicks } from '../../timeline/ticks';
import {
  timelineIndexOf,
  countVisibleByGroup,
  itemDateLabel,
  type TimelineIndex,
  type TimelineItem,
} from '../../timeline/timeline-index';
import { createTimelineZoom, type TimelineZoom } from '../../timeline/zoom-controller';
import { Legend } from './Legend';
import { Overview } from './Overview';
import type { Event } from '../../core/types';
import type { LaneMode, TimelineProps } from './types';
import { ZoomControls } from './ZoomControls';
import './Timeline.css';

/** The axis: its ticks, and below them the month and year (or day) they are in. */
const AXIS_H = 42;
const ROW_H = 24;
const COMPACT_ROW_H = 15;
/** Height of the context row of chips (spans that cover the whole window). */
const CONTEXT_H = 20;
/** Visible label length of a mark, in characters (layoutTimeline reserves room for this many). */
const LABEL_CHARS = 28;
const GROUP_PAD = 6;
/** Height of a row of period bands above the bins ("4 events dated only to 2023"); thin, without its text, in short lanes. */
const BAND_ROW_H = 16;
const THIN_BAND_ROW_H = 7;
const DENSITY_H = 10;
const FALLBACK_WIDTH = 800;

/** What the plot shows before its width is known: nothing (it is measured before the first paint). */
const NOT_MEASURED: TimelineLayout = { mode: 'marks', marks: [], more: [], contextGroups: [], visible: 0 };

/** A bin, band or "+N" on the counts layer: its key, left edge and lane group. */
type CountTarget = { key: string; x: number; group: number };
const moreKey = (b: MoreBox) => `more:${b.group}:${b.row}:${b.x}`;

const truncate = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The first whole words of `text` within `n` characters (a name must contain its visible words). */
const wordPrefix = (text: string, n: number) => {
  if (text.length <= n) return text;
  const cut = text.slice(0, n);
  const space = cut.lastIndexOf(' ');
  return /\s/.test(text.charAt(n)) || space < 0 ? cut : cut.slice(0, space);
};

/**
 * The accessible name of a mark: it begins with the date label, as tests and screen readers expect,
 * says "Photo caption" before a caption's words (as the events list does: the date is the photo's,
 * which may be years older than the story), and ends with its lane when there are lanes (a story in
 * two lanes is met twice by the arrows).
 */
export function markName(item: TimelineItem, lane?: string): string {
  const sources = `${item.sources} ${item.sources === 1 ? 'source' : 'sources'}`;
  const caption = item.caption ? 'Photo caption: ' : '';
  return `${itemDateLabel(item)}: ${caption}${truncate(item.text, 100)}, ${sources}${lane ? `, lane ${lane}` : ''}`;
}

/**
 * What the live region says when a mark is chosen: its date and words, and the article that opens.
 * The mark keeps focus, so a screen reader says nothing else of the article the choice opened.
 */
export function chosenMessage(item: TimelineItem, articleTitle?: string): string {
  const caption = item.caption ? 'Photo caption: ' : '';
  const words = truncate(item.text, 100);
  // A sentence keeps its own full stop (or ellipsis, once cut); one is added only where it has none.
  const stop = /[.!?…]["'”’)]?$/.test(words) ? '' : '.';
  const from = articleTitle ? ` Opened “${articleTitle}”.` : '';
  return `Selected ${itemDateLabel(item)}: ${caption}${words}${stop}${from}`;
}

/**
 * The plot width: `fixed` when given, else the section's measured width. Until the first
 * measurement `ready` is false and the timeline draws only its frame: laying out 10,000 marks at a
 * guessed width and again at the real one doubled the first render. Without ResizeObserver (jsdom)
 * the fallback width is used at once.
 */
function useWidth(fixed: number | undefined) {
  const ref = useRef<HTMLElement>(null);
  const [measured, setMeasured] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (fixed !== undefined) return;
    const el = ref.current;
    if (!el) return;
    if (el.clientWidth > 0) setMeasured(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return; // jsdom: keep the fallback width
    const ro = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w && w > 0) setMeasured(Math.round(w));
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [fixed]);
  const ready = fixed !== undefined || measured !== null || typeof ResizeObserver === 'undefined';
  return [ref, fixed ?? measured ?? FALLBACK_WIDTH, ready] as const;
}

/**
 * The zoomable timeline: d3-zoom turns gestures into a window of dates, React draws ticks, marks
 * and bins, and a canvas draws the per-pixel density. Marks are one tab stop (roving tabindex).
 */
export function Timeline(props: TimelineProps) {
  const { events, clusters, articles, actors, topics, domain, fullDomain, selectedId, lanes, onSelect } =
    props;
  const uid = useId();
  const [sectionRef, width, ready] = useWidth(props.width);
  const plotH = props.height ?? 240;
  const plotRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const zoomRef = useRef<TimelineZoom | null>(null);
  const onDomainChangeRef = useRef(props.onDomainChange);
  useLayoutEffect(() => {
    onDomainChangeRef.current = props.onDomainChange;
  });

  // The transient window: follows gestures frame by frame; the owner hears of it throttled.
  const [view, setView] = useState<[Date, Date]>(() => [domain[0], domain[1]]);
  const viewRef = useRef(view);
  useLayoutEffect(() => {
    viewRef.current = view;
  });
  // What we last told the owner, so its echo does not move the window back mid-gesture.
  const reportedRef = useRef<Domain | null>(null);

  const index: TimelineIndex = useMemo(
    () => timelineIndexOf(events, { clusters, articles, actors, topics, lanes }),
    [events, clusters, articles, actors, topics, lanes],
  );

  // A scan of 100,000 events per key press took 2.5 ms of CPU: a map, the corpus's when given.
  const { eventsById } = props;
  const byId = useMemo(() => {
    if (eventsById) return eventsById;
    let map: Map<string, Event> | null = null;
    return { get: (id: string) => (map ??= new Map(events.map((e) => [e.id, e]))).get(id) };
  }, [eventsById, events]);

  /** Selects a mark's event and says which, once, from the click or key that chose it. */
  const choose = (it: TimelineItem) => {
    onSelect(it.eventId);
    const articleId = byId.get(it.eventId)?.articleId;
    announce(chosenMessage(it, articleId ? articles.get(articleId)?.title : undefined));
  };

  const fullFrom = fullDomain[0].getTime();
  const fullTo = fullDomain[1].getTime();
  const base = useMemo(
    () => createBaseScale([new Date(fullFrom), new Date(fullTo)], width),
    [fullFrom, fullTo, width],
  );

  // One zoom behaviour per base scale; it starts at the current window without reporting it.
  useLayoutEffect(() => {
    const element = plotRef.current;
    if (!element || !ready) return;
    const z = createTimelineZoom({
      element,
      base,
      width,
      height: plotH,
      // Syncing to the window already shown must not lay the marks out again.
      onView: (d) => setView((prev) => (sameDomain(prev, d) ? prev : d)),
      onDomainChange: (d, info) => {
        reportedRef.current = d;
        onDomainChangeRef.current(d, info);
      },
    });
    zoomRef.current = z;
    z.syncDomain(viewRef.current);
    return () => {
      z.destroy();
      zoomRef.current = null;
    };
  }, [base, width, plotH, ready]);

  // The owner moved the window (URL, Back, a filter): follow without echoing.
  const from = domain[0].getTime();
  const to = domain[1].getTime();
  useLayoutEffect(() => {
    const d: [Date, Date] = [new Date(from), new Date(to)];
    const z = zoomRef.current;
    if (reportedRef.current && sameDomain(reportedRef.current, d)) return;
    if (z && !sameDomain(z.domain(), d)) z.syncDomain(d);
    else if (!z) setView(d);
  }, [from, to]);

  const setDomain = useCallback((d: Domain) => {
    const z = zoomRef.current;
    if (z) z.setDomain(d);
    else onDomainChangeRef.current([d[0], d[1]], { final: true });
  }, []);

  const vFrom = view[0].getTime();
  const vTo = view[1].getTime();
  const groups = index.groups;
  const markAreaH = plotH - AXIS_H;
  const bandH = markAreaH / Math.max(1, groups.length);
  const rows = Math.max(1, Math.floor((bandH - GROUP_PAD - DENSITY_H) / ROW_H));
  const compactRows = Math.max(1, Math.floor((bandH - GROUP_PAD - DENSITY_H - 8) / COMPACT_ROW_H));
  /** In bins mode, the height kept free above the bins for the focused or selected mark. */
  // Short lane groups keep at least 40 px for the bins themselves.
  const binReserve = Math.min(ROW_H, Math.max(0, bandH - GROUP_PAD - 16 - 40));
  // Rows of period bands: up to three, while the bins keep 40 px.
  const bandRowH = bandH >= 80 ? BAND_ROW_H : THIN_BAND_ROW_H;
  const maxBandRows = Math.max(
    1,
    Math.min(3, Math.floor((bandH - GROUP_PAD - 16 - binReserve - 40) / bandRowH)),
  );
  const layout = useMemo(
    () =>
      ready
        ? layoutTimeline(index, {
            from: vFrom,
            to: vTo,
            width,
            rows,
            compactRows,
            labelChars: LABEL_CHARS,
            maxBandRows,
          })
        : NOT_MEASURED,
    [ready, index, vFrom, vTo, width, rows, compactRows, maxBandRows],
  );
  const k = width / Math.max(1, vTo - vFrom);

  const scale = useMemo(() => base.copy().domain([new Date(vFrom), new Date(vTo)]), [base, vFrom, vTo]);
  const ticks = useMemo(() => axisTicks(scale, width), [scale, width]);
  const contextLabels = useMemo(() => axisContextLabels(scale, width), [scale, width]);

  // Roving tabindex: one active mark; arrows move it through all marks in time order.
  const selectedItem = selectedId !== null ? index.itemOf(selectedId) : undefined;
  // A story in several lanes is selected in each of them.
  const selectedStory = selectedItem !== undefined ? index.items[selectedItem]!.story : null;
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const activeFromKey = activeKey !== null ? index.items.findIndex((it) => it.key === activeKey) : -1;
  let active = activeFromKey >= 0 ? activeFromKey : (selectedItem ?? -1);
  const shown = layout.mode === 'marks' ? layout.marks : [];
  if (active < 0 && shown.length > 0) active = Math.min(...shown.map((m) => m.item));
  const focusPending = useRef(false);
  /** Set by + and −: focus goes back into the timeline if what had it is gone. */
  const keepFocus = useRef(false);

  // Marks to draw: the layout's, plus the active and selected marks when aggregated, so the tab
  // stop and the selection are always present.
  const marks: MarkBox[] = useMemo(() => {
    if (layout.mode === 'marks') return layout.marks;
    const extra = new Set<number>();
    for (const i of [active, selectedItem ?? -1]) {
      const it = index.items[i];
      if (it && it.end > vFrom && it.start < vTo) extra.add(i);
    }
    // Both go in the row the bins leave free at the top of their lane group; when the focused mark
    // and the selection differ, the focused one (what the reader is moving) keeps its label.
    const labelled = extra.has(active) ? active : (selectedItem ?? -1);
    return [...extra].map((i) => {
      const it = index.items[i]!;
      const x = (it.mid - vFrom) * k;
      const x0 = it.span ? Math.max((it.start - vFrom) * k, -20) : x;
      const x1 = it.span ? Math.min((it.end - vFrom) * k, width + 20) : x;
      return { item: i, x, x0, x1, group: it.group, row: 0, label: i === labelled };
    });
  }, [layout, active, selectedItem, index, vFrom, vTo, k, width]);
  const activeShown = marks.some((m) => m.item === active);

  // The counts (bins, period bands, "+N" marks) are a second layer of the same tab stop: ↓ goes
  // down to them from the marks, ←/→ move along them, Enter opens one, ↑ goes back up.
  const counts: CountTarget[] = useMemo(() => {
    const list: CountTarget[] =
      layout.mode === 'bins'
        ? [
            ...layout.bands.map((b) => ({
              key: `band:${b.group}:${b.start}:${b.end}`,
              x: Math.max(0, b.x0),
              group: b.group,
            })),
            ...layout.bins.map((b) => ({ key: `bin:${b.group}:${b.start}`, x: b.x0, group: b.group })),
          ]
        : layout.more.map((b) => ({ key: moreKey(b), x: b.x, group: b.group }));
    return list.sort((a, b) => a.x - b.x || a.group - b.group);
  }, [layout]);
  const [activeCount, setActiveCount] = useState<string | null>(null);
  const countShown = activeCount !== null && counts.some((c) => c.key === activeCount);
  const countFocusPending = useRef(false);
  // The "+N" whose list of hidden marks is open.
  const [openMore, setOpenMore] = useState<string | null>(null);
  const openBox = layout.mode === 'marks' ? layout.more.find((b) => moreKey(b) === openMore) : undefined;
  const popoverRef = useRef<HTMLUListElement>(null);
  const popoverFocusPending = useRef(false);

  const markId = (i: number) => `${uid}-m${i}`;
  const contextGroups = layout.mode === 'marks' ? layout.contextGroups : [];
  /** Top of a row in a lane group: row -1 is the context row; mark rows start below it if present. */
  const rowTop = (group: number, row: number, labelled: boolean) => {
    const base = group * bandH + GROUP_PAD / 2;
    if (row < 0) return base;
    return base + (contextGroups.includes(group) ? CONTEXT_H : 0) + row * (labelled ? ROW_H : COMPACT_ROW_H);
  };
  useEffect(() => {
    if (countFocusPending.current) {
      countFocusPending.current = false;
      const el = [...(plotRef.current?.querySelectorAll<HTMLElement>('[data-count]') ?? [])].find(
        (b) => b.dataset.count === activeCount,
      );
      el?.focus({ preventScroll: true });
    }
    if (popoverFocusPending.current) {
      popoverFocusPending.current = false;
      popoverRef.current?.querySelector('button')?.focus({ preventScroll: true });
    }
    if (keepFocus.current) {
      keepFocus.current = false;
      const plot = plotRef.current;
      // To the timeline's one tab stop: the active mark or count, else the group of marks.
      if (plot && !plot.contains(document.activeElement))
        plot
          .querySelector<HTMLElement>(
            '.dl-timeline__counts [tabindex="0"], .dl-timeline__marks [tabindex="0"], .dl-timeline__marks[tabindex="0"]',
          )
          ?.focus({ preventScroll: true });
    }
    if (!focusPending.current) return;
    focusPending.current = false;
    const el = active >= 0 ? document.getElementById(markId(active)) : null;
    el?.focus({ preventScroll: true });
  });

  // A click outside the open list of hidden marks closes it.
  useEffect(() => {
    if (!openBox) return;
    const onDown = (e: PointerEvent) => {
      const t = e.target as Element | null;
      if (popoverRef.current?.contains(t) || t?.closest?.('[data-count]')) return;
      setOpenMore(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [openBox]);

  /** The list of a "+N" opens below it, or above it in the lower half of the plot. */
  const popoverStyle = (b: MoreBox) => {
    const top = rowTop(b.group, b.row, false);
    const left = Math.max(0, Math.min(b.x - 6, width - 320));
    return top < markAreaH / 2
      ? { left, top: top + 16, maxHeight: plotH - top - 20 }
      : { left, bottom: plotH - top + 2, maxHeight: top - 4 };
  };

  /** Roving tabindex over both layers: the one active count, when focus is on the counts. */
  const countTab = (key: string) => (countShown && key === activeCount ? 0 : -1);

  /** The first event of a bin in its lane group (by middle). */
  const firstInBin = (group: number, start: number, end: number) => {
    const mids = index.groupMids[group]!;
    const j = bisectLeft(mids, start);
    return j < mids.length && mids[j]! < end ? index.groupItems[group]![j] : undefined;
  };
  /** The first event dated only to a period, in its lane group. */
  const firstOfPeriod = (group: number, start: number, end: number) => {
    for (const i of index.spans) {
      const it = index.items[i]!;
      if (it.group === group && it.start === start && it.end === end) return i;
    }
    return undefined;
  };

  const focusCount = (key: string) => {
    setActiveCount(key);
    countFocusPending.current = true;
  };

  /** Focus goes to `item` once the window shows it (after a bin or band zooms in). */
  const focusAfterZoom = (item: number | undefined) => {
    setActiveCount(null);
    const it = item !== undefined ? index.items[item] : undefined;
    if (!it) return;
    setActiveKey(it.key);
    focusPending.current = true;
  };

  const moveTo = (i: number) => {
    const it = index.items[i];
    if (!it) return;
    setActiveKey(it.key);
    focusPending.current = true;
    const next = panDomainTo(view, new Date(it.mid));
    if (!sameDomain(next, view)) setDomain(next);
  };

  /** A bin or band zooms to its period, with a tenth of it to spare on each side. */
  const zoomToPeriod = (start: number, end: number) =>
    setDomain([new Date(start - (end - start) * 0.1), new Date(end + (end - start) * 0.1)]);

  /**
   * The zoom buttons, + and − and Fit all leave focus where it was, so nothing a screen reader says
   * on its own tells where they led: the window they show is said once it is drawn (when it moved
   * within the second; a gesture's window, which the reader sees, is not said).
   */
  const sayWindowBy = useRef(0);
  const zoomTo = (d: Domain) => {
    sayWindowBy.current = Date.now() + 1000;
    setDomain(d);
  };
  useEffect(() => {
    if (Date.now() > sayWindowBy.current) return;
    sayWindowBy.current = 0;
    announce(`Showing ${formatWindow(vFrom, vTo, ' to ')}`);
  }, [vFrom, vTo]);

  const zoomBy = (factor: number, center?: Date) => {
    // Like the wheel's scale extent: no wider than twice the (padded) corpus.
    const [b0, b1] = base.domain() as [Date, Date];
    const maxSpan = 2 * (b1.getTime() - b0.getTime());
    const span = vTo - vFrom;
    zoomTo(zoomDomain(view, span / factor > maxSpan ? span / maxSpan : factor, center));
  };

  /**
   * The "Zoom in" button: around the window's middle, unless that would leave out most of the
   * events in view (the corpus's opening window of February to November 2023, its events bunched in
   * October, zoomed into an empty June); then around the middle one of them, so that the window
   * closes in on the events.
   */
  const zoomIn = () => {
    const inView = (from: number, to: number) => bisectLeft(index.mids, to) - bisectLeft(index.mids, from);
    const all = inView(vFrom, vTo);
    const mid = (vFrom + vTo) / 2;
    const quarter = (vTo - vFrom) / 4;
    if (all < 2 || 2 * inView(mid - quarter, mid + quarter) >= all) return zoomBy(2);
    const median = index.mids[bisectLeft(index.mids, vFrom) + ((all - 1) >> 1)]!;
    zoomBy(2, new Date(median));
  };

  /**
   * + and −: zoom around the focused mark, at the middle of the part of it in view (the middle of
   * "2023" lies far outside a two-day window, and zooming out around it carried the window off to
   * February 2024). What had focus may be drawn anew (a count re-binned, a period chip become a
   * mark): focus stays in the timeline.
   */
  const zoomByKey = (factor: number, countKey?: string) => {
    // On a count, around its period (a "+N", around its place).
    const period =
      layout.mode === 'bins'
        ? [...layout.bins, ...layout.bands].find(
            (b) =>
              `bin:${b.group}:${b.start}` === countKey || `band:${b.group}:${b.start}:${b.end}` === countKey,
          )
        : undefined;
    const more = layout.mode === 'marks' ? layout.more.find((b) => moreKey(b) === countKey) : undefined;
    const it = period ?? (more ? undefined : activeShown ? index.items[active] : undefined);
    const lo = it ? Math.max(vFrom, it.start) : vFrom;
    const hi = it ? Math.min(vTo, it.end) : vTo;
    const mid = it ? (it.start + it.end) / 2 : (vFrom + vTo) / 2;
    const at = more ? vFrom + more.x / k : it ? (mid >= lo && mid <= hi ? mid : (lo + hi) / 2) : undefined;
    zoomBy(factor, at !== undefined ? new Date(at) : undefined);
    keepFocus.current = true;
  };

  // With no active mark (aggregated view), the arrows start from the first event in the window.
  const firstInView = () => Math.min(index.items.length - 1, bisectLeft(index.mids, vFrom));

  /** The count nearest to `x`, in `group` if it has one. */
  const nearestCount = (x: number, group: number) => {
    const pool = counts.some((c) => c.group === group) ? counts.filter((c) => c.group === group) : counts;
    return pool.reduce<CountTarget | undefined>(
      (best, c) => (!best || Math.abs(c.x - x) < Math.abs(best.x - x) ? c : best),
      undefined,
    );
  };

  const onCountKeyDown = (e: KeyboardEvent<HTMLDivElement>, key: string) => {
    const at = counts.findIndex((c) => c.key === key);
    const here = counts[at];
    switch (e.key) {
      case 'ArrowRight':
      case 'ArrowLeft': {
        const next = counts[Math.max(0, Math.min(counts.length - 1, at + (e.key === 'ArrowRight' ? 1 : -1)))];
        if (next) focusCount(next.key);
        break;
      }
      case 'Home':
      case 'End': {
        const next = counts[e.key === 'Home' ? 0 : counts.length - 1];
        if (next) focusCount(next.key);
        break;
      }
      case 'ArrowUp': {
        // Back to the drawn mark nearest the count, or (bins) the first event at its place.
        setActiveCount(null);
        const x = here?.x ?? 0;
        const near = marks.reduce<MarkBox | undefined>(
          (best, m) => (!best || Math.abs(m.x - x) < Math.abs(best.x - x) ? m : best),
          undefined,
        );
        const t = vFrom + Math.max(0, x) / k;
        const item = near?.item ?? Math.min(index.items.length - 1, bisectLeft(index.mids, t));
        if (item >= 0) moveTo(item);
        break;
      }
      case 'ArrowDown':
        break;
      default:
        // Enter and Space press the button; + and − zoom as on the marks.
        return onMarkKeyDown(e);
    }
    e.preventDefault();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).dataset?.count;
    if (key !== undefined) onCountKeyDown(e, key);
    else onMarkKeyDown(e);
  };

  const onMarkKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const n = index.items.length;
    const cur = active >= 0 ? active : -1;
    const onCount = (e.target as HTMLElement).dataset?.count !== undefined;
    switch (e.key) {
      case 'ArrowRight':
        if (n) moveTo(cur < 0 ? firstInView() : Math.min(n - 1, cur + 1));
        break;
      case 'ArrowLeft':
        if (n) moveTo(cur < 0 ? firstInView() : Math.max(0, cur - 1));
        break;
      case 'ArrowDown': {
        const shownMark = marks.find((m) => m.item === active);
        const target = nearestCount(shownMark?.x ?? 0, shownMark?.group ?? 0);
        if (!target) return;
        focusCount(target.key);
        break;
      }
      case 'Home':
        if (n) moveTo(0);
        break;
      case 'End':
        if (n) moveTo(n - 1);
        break;
      case 'Enter':
      case ' ': {
        if (onCount) return; // the count's own button
        const it = index.items[cur];
        if (it) choose(it);
        break;
      }
      case '+':
      case '=':
        zoomByKey(2, (e.target as HTMLElement).dataset?.count);
        break;
      case '-':
      case '_':
        zoomByKey(0.5, (e.target as HTMLElement).dataset?.count);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  // The dense layer: per-pixel density of each lane group, on a canvas.
  const dpr = typeof devicePixelRatio === 'number' ? devicePixelRatio : 1;
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    // jsdom has no canvas (and logs an error when asked for one).
    if (!canvas || !ready || /jsdom/.test(navigator.userAgent)) return;
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, plotH);
    const color = getComputedStyle(canvas).color || '#555';
    groups.forEach((_, g) => {
      drawDensity(
        ctx,
        index.groupPointMids[g]!,
        { from: vFrom, to: vTo, width, height: DENSITY_H, top: (g + 1) * bandH - DENSITY_H - 2 },
        { color, columnPx: 2 },
      );
    });
  }, [ready, index, groups, vFrom, vTo, width, plotH, bandH, dpr]);

  // Each lane says how many of its events are in view: the number its filter shows.
  const laneCounts = useMemo(
    () => (groups.length > 1 ? countVisibleByGroup(index, vFrom, vTo) : []),
    [groups, index, vFrom, vTo],
  );

  // Every story under the filters, each once: "46 of 52 events in view" says that more exist.
  const total = index.items.length - (index.dupBefore[index.items.length] ?? 0);
  const windowLabel = formatWindow(vFrom, vTo);
  // The unit the window sits in ("October 2023"), unless the window's own words already name it.
  const windowContext = axisContext(view);
  const onLanesChange = props.onLanesChange;

  /** The name of lane group `g`: its label and how many of its events are in view. */
  const laneName = (g: number) => {
    const n = laneCounts[g] ?? 0;
    return `${groups[g]!.label}: ${n} ${n === 1 ? 'event' : 'events'} in view`;
  };
  /** A count's name says its lane, as a mark's does. */
  const countName = (label: string, g: number) =>
    groups.length > 1 ? `${label}, lane ${groups[g]!.label}` : label;

  /** The bands, bins and "+N": what counts the events not drawn one by one. */
  const drawCounts = () => {
    return (
      <>
        {layout.mode === 'bins'
          ? layout.bands.map((b) => {
              const left = Math.max(-2, b.x0);
              const right = Math.min(width + 2, b.x1);
              return (
                <button
                  key={`band:${b.group}:${b.start}:${b.end}`}
                  type="button"
                  data-count={`band:${b.group}:${b.start}:${b.end}`}
                  tabIndex={countTab(`band:${b.group}:${b.start}:${b.end}`)}
                  className={`dl-band${bandRowH < BAND_ROW_H ? ' dl-band--thin' : ''}`}
                  // One name, said once: a thin band's tooltip, else a label (its words are drawn).
                  // Not both: as a name and a description both, a screen reader said it twice; and
                  // Chromium takes no name from a tooltip that repeats the words inside, even hidden.
                  {...(bandRowH < BAND_ROW_H
                    ? { title: countName(b.label, b.group) }
                    : { 'aria-label': countName(b.label, b.group) })}
                  style={{
                    left,
                    width: Math.max(6, right - left),
                    top: b.group * bandH + GROUP_PAD / 2 + binReserve + b.row * bandRowH,
                    height: bandRowH - 3,
                  }}
                  onClick={() => {
                    zoomToPeriod(b.start, b.end);
                    focusAfterZoom(firstOfPeriod(b.group, b.start, b.end));
                  }}
                >
                  {bandRowH < BAND_ROW_H ? null : <span aria-hidden="true">{b.label}</span>}
                </button>
              );
            })
          : null}
        {layout.mode === 'bins'
          ? layout.bins.map((b) => {
              // The top row stays free for the focused or selected mark (see `marks`), so its label
              // never lies across a bin; below it come the period bands; 16 px stay free for the
              // count above the bin.
              const h = Math.max(
                4,
                Math.sqrt(b.count / Math.max(1, layout.maxCount)) *
                  Math.max(
                    4,
                    bandH - GROUP_PAD - 16 - binReserve - (layout.bandRows[b.group] ?? 0) * bandRowH,
                  ),
              );
              const top = (b.group + 1) * bandH - h - 2;
              return (
                <button
                  key={`${b.group}:${b.start}`}
                  type="button"
                  data-count={`bin:${b.group}:${b.start}`}
                  tabIndex={countTab(`bin:${b.group}:${b.start}`)}
                  className="dl-bin"
                  title={countName(b.label, b.group)}
                  style={{ left: b.x0 + 1, width: Math.max(2, b.x1 - b.x0 - 2), top, height: h }}
                  onClick={() => {
                    zoomToPeriod(b.start, b.end);
                    focusAfterZoom(firstInBin(b.group, b.start, b.end));
                  }}
                >
                  <span className="dl-bin__count" aria-hidden="true">
                    {b.count}
                  </span>
                </button>
              );
            })
          : null}
        {layout.mode === 'marks'
          ? layout.more.map((b) => (
              <button
                key={moreKey(b)}
                type="button"
                data-count={moreKey(b)}
                tabIndex={countTab(moreKey(b))}
                className="dl-more"
                aria-expanded={openMore === moreKey(b)}
                aria-controls={openMore === moreKey(b) ? `${uid}-more` : undefined}
                title={countName(b.label, b.group)}
                style={{ left: b.x - 6, top: rowTop(b.group, b.row, false) }}
                onClick={() => {
                  // The hidden marks, listed: zooming would not part marks of one day or one period.
                  setActiveCount(moreKey(b));
                  if (openMore === moreKey(b)) setOpenMore(null);
                  else {
                    setOpenMore(moreKey(b));
                    popoverFocusPending.current = true;
                  }
                }}
              >
                <span aria-hidden="true">+{b.count}</span>
              </button>
            ))
          : null}
      </>
    );
  };

  /** The marks of lane group `lane`, or of every lane. */
  const drawMarks = (lane?: number) => {
    const inLane = <T extends { group: number }>(list: readonly T[]) =>
      lane === undefined ? list : list.filter((b) => b.group === lane);
    return (
      <>
        {inLane(marks).map((m) => {
          const it = index.items[m.item]!;
          const selected = it.story === selectedStory;
          const name = markName(it, groups.length > 1 ? groups[it.group]!.label : undefined);
          if (m.context) {
            return (
              <button
                key={it.key}
                id={markId(m.item)}
                type="button"
                className={`dl-chip${it.caption ? ' dl-mark--caption' : ''}${selected ? ' dl-mark--selected' : ''}`}
                style={{ left: m.x, top: rowTop(m.group, -1, true) }}
                role="option"
                tabIndex={!countShown && m.item === active ? 0 : -1}
                aria-selected={selected}
                aria-posinset={m.item + 1}
                aria-setsize={index.items.length}
                data-granularity={it.granularity}
                data-t={it.mid}
                // Its name, shown in full on hover; the drawn date is hidden from the name, so the
                // tooltip is not a description saying the name again.
                title={name}
                onClick={() => {
                  setActiveKey(it.key);
                  choose(it);
                }}
              >
                <span aria-hidden="true">{itemDateLabel(it)}</span>
                {it.sources > 1 ? (
                  <span className="dl-chip__n" aria-hidden="true" data-n={it.sources} />
                ) : null}
              </button>
            );
          }
          const top = rowTop(m.group, m.row, m.label);
          // A label that would run past the right edge is drawn to the left of its dot.
          const flip =
            m.label && m.x + labelWidth(it.text, it.sources, LABEL_CHARS, 6.4) > width && m.x > width / 2;
          return (
            <div
              key={it.key}
              className={`dl-mark-row${m.label ? '' : ' dl-mark-row--compact'}`}
              style={{ top }}
            >
              {it.span ? (
                <span
                  className="dl-mark__span"
                  aria-hidden="true"
                  style={{ left: m.x0, width: Math.max(2, m.x1 - m.x0) }}
                  title={itemDateLabel(it)}
                />
              ) : null}
              <button
                id={markId(m.item)}
                type="button"
                className={`dl-mark${it.span ? ' dl-mark--span' : ''}${it.caption ? ' dl-mark--caption' : ''}${selected ? ' dl-mark--selected' : ''}${m.label ? '' : ' dl-mark--compact'}${layout.mode === 'bins' ? ' dl-mark--over-bins' : ''}${flip ? ' dl-mark--flip' : ''}`}
                style={flip ? { right: width - m.x - 6 } : { left: m.x - 6 }}
                role="option"
                // A dot alone has its name as its tooltip, and as the name only (its content is
                // hidden): a label and a tooltip both were said twice. A labelled mark shows a
                // prefix of its name and has no tooltip.
                title={m.label ? undefined : name}
                aria-label={m.label ? name : undefined}
                tabIndex={!countShown && m.item === active ? 0 : -1}
                aria-selected={selected}
                aria-posinset={m.item + 1}
                aria-setsize={index.items.length}
                data-granularity={it.granularity}
                data-t={it.mid}
                onClick={() => {
                  setActiveKey(it.key);
                  choose(it);
                }}
              >
                <span
                  className="dl-mark__dot"
                  aria-hidden="true"
                  // Dots alone show the number of sources by size (labelled marks have a badge).
                  style={m.label ? undefined : { scale: String(0.75 + 0.15 * Math.min(it.sources - 1, 3)) }}
                />
                {/* The visible text is a prefix of the name (CSS draws the ellipsis), so what a
                      speech-input user reads is what they can say (WCAG 2.5.3). */}
                {m.label ? (
                  <span className="dl-mark__label">{wordPrefix(it.text, LABEL_CHARS + 12)}</span>
                ) : null}
                {/* The count is drawn by CSS from data-n: the name already says "3 sources". */}
                {m.label && it.sources > 1 ? (
                  <span className="dl-mark__badge" aria-hidden="true" data-n={it.sources} />
                ) : null}
              </button>
            </div>
          );
        })}
      </>
    );
  };

  return (
    <section aria-label="Timeline" className="dl-timeline" ref={sectionRef}>
      {/* Drawn for no one (the timeline shows what it is): a stop for those who move by heading. */}
      <h2 className="visually-hidden">Timeline</h2>
      <div className="dl-timeline__toolbar">
        <ZoomControls
          onZoomIn={zoomIn}
          onZoomOut={() => zoomBy(0.5)}
          onFit={() => zoomTo(fitDomain([new Date(fullFrom), new Date(fullTo)]))}
          lanes={lanes}
          onLanesChange={onLanesChange ? (l: LaneMode) => onLanesChange(l) : undefined}
        />
        <p className="dl-timeline__status">
          <span>{windowLabel}</span>
          {windowContext && !windowLabel.includes(windowContext) ? <span> · {windowContext}</span> : null}
          <span>
            {' '}
            · {layout.visible < total ? `${layout.visible} of ${total}` : layout.visible}{' '}
            {(layout.visible < total ? total : layout.visible) === 1 ? 'event' : 'events'} in view
          </span>
        </p>
      </div>
      <div
        className="dl-timeline__plot"
        ref={plotRef}
        style={{ height: plotH, width: props.width !== undefined ? props.width : undefined }}
        data-mode={layout.mode}
      >
        <canvas
          ref={canvasRef}
          className="dl-timeline__canvas"
          aria-hidden="true"
          width={Math.round(width * dpr)}
          height={Math.round(plotH * dpr)}
          style={{ width, height: plotH }}
        />
        <svg className="dl-timeline__axis" aria-hidden="true" width={width} height={plotH}>
          {groups.length > 1
            ? groups.map((g, i) => (
                <line
                  key={g.key}
                  className="dl-timeline__band"
                  x1={0}
                  x2={width}
                  y1={(i + 1) * bandH}
                  y2={(i + 1) * bandH}
                />
              ))
            : null}
          {ticks.map((t) => (
            <g key={t.t} transform={`translate(${t.x},0)`}>
              <line className="dl-timeline__grid" y1={0} y2={markAreaH} />
              <line className="dl-timeline__tick" y1={markAreaH} y2={markAreaH + 5} />
              <text y={markAreaH + 18} textAnchor={t.anchor}>
                {t.label}
              </text>
            </g>
          ))}
          <line className="dl-timeline__baseline" x1={0} x2={width} y1={markAreaH} y2={markAreaH} />
          {contextLabels.map((c) => (
            <g key={`c${c.t}`} transform={`translate(${c.x},0)`}>
              {c.x > 0 ? <line className="dl-timeline__tick" y1={markAreaH} y2={markAreaH + 34} /> : null}
              <text className="dl-timeline__context" x={4} y={markAreaH + 33}>
                {c.label}
              </text>
            </g>
          ))}
        </svg>
        {groups.length > 1 ? (
          <div className="dl-timeline__groups" aria-hidden="true">
            {groups.map((g, i) => (
              <span key={g.key} className="dl-timeline__group-label" style={{ top: i * bandH }}>
                {g.label}
                <span className="dl-timeline__group-count"> · {laneCounts[i] ?? 0}</span>
              </span>
            ))}
          </div>
        ) : null}
        {/* Composite widgets, so that screen readers switch to focus mode on them and pass the
            arrow keys through (a button in a group, as the marks were, leaves browse mode on, and
            the arrows read the page instead); the zoom buttons and Lanes take no arrows and stay
            plain controls. The marks are a listbox: each is an event to choose, one is selected.
            The counts (bins, period bands, "+N") are commands, so a toolbar. Both share one tab
            stop: ↓ and ↑ move between them. Drawn first, the counts lie under the marks. */}
        {counts.length > 0 ? (
          <div role="toolbar" aria-label="Event counts" className="dl-timeline__counts" onKeyDown={onKeyDown}>
            {drawCounts()}
          </div>
        ) : null}
        <div
          role="listbox"
          aria-label="Timeline events"
          aria-orientation="horizontal"
          className="dl-timeline__marks"
          onKeyDown={onKeyDown}
          tabIndex={activeShown || countShown ? undefined : 0}
          aria-describedby={`${uid}-keys`}
        >
          {groups.length > 1
            ? groups.map((g, i) => (
                // A lane is a group named with its count: a screen reader says it when the arrows
                // enter the lane, not again for each mark in it.
                <div key={g.key} role="group" aria-label={laneName(i)} className="dl-lane">
                  {drawMarks(i)}
                </div>
              ))
            : drawMarks()}
        </div>
        <p id={`${uid}-keys`} className="visually-hidden">
          Left and right arrows move between the events, Enter opens one, plus and minus zoom.
          {counts.length > 0
            ? ' Down arrow: the counts of events not drawn one by one; left and right arrows move between them, Enter opens one, up arrow returns to the events.'
            : null}
        </p>
        {openBox ? (
          <ul
            ref={popoverRef}
            id={`${uid}-more`}
            className="dl-popover"
            aria-label={openBox.label}
            data-no-zoom=""
            style={popoverStyle(openBox)}
            // Tab past its last mark leaves the list, which closes, as on a click outside it (back to
            // its "+N", or out of the window, it stays).
            onBlur={(e) => {
              const next = e.relatedTarget as Element | null;
              if (!next || e.currentTarget.contains(next) || next.closest('[data-count]')) return;
              setOpenMore(null);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Escape') {
                e.preventDefault();
                setOpenMore(null);
                focusCount(moreKey(openBox));
                return;
              }
              // ↑/↓ step through the list, Home/End go to its ends, as in the rest of the timeline.
              const buttons = [...e.currentTarget.querySelectorAll('button')];
              const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
              const to =
                e.key === 'ArrowDown'
                  ? Math.min(at + 1, buttons.length - 1)
                  : e.key === 'ArrowUp'
                    ? Math.max(at - 1, 0)
                    : e.key === 'Home'
                      ? 0
                      : e.key === 'End'
                        ? buttons.length - 1
                        : -1;
              if (to < 0) return;
              e.preventDefault();
              buttons[to]?.focus();
            }}
          >
            {openBox.items.map((i) => {
              const it = index.items[i]!;
              return (
                <li key={it.key}>
                  <button
                    type="button"
                    aria-current={it.story === selectedStory ? 'true' : undefined}
                    onClick={() => {
                      setOpenMore(null);
                      focusCount(moreKey(openBox));
                      choose(it);
                    }}
                  >
                    {markName(it, groups.length > 1 ? groups[it.group]!.label : undefined)}
                  </button>
                </li>
              );
            })}
          </ul>
        ) : null}
        {index.items.length === 0 ? <p className="dl-timeline__empty">No dated events to show.</p> : null}
      </div>
      {ready ? (
        <Overview
          index={index}
          full={[new Date(fullFrom), new Date(fullTo)]}
          base={base}
          view={view}
          width={width}
          onJump={setDomain}
        />
      ) : null}
      <Legend />
    </section>
  );
}
