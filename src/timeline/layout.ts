import { bisectLeft, countBetween } from './bins';
import { packLanes, type Extent } from './lanes';
import { binEdges, binUnit, type BinUnit } from './ticks';
import {
  countInWindow,
  countVisible,
  itemDateLabel,
  visibleItems,
  type TimelineIndex,
} from './timeline-index';
import { formatDay, intervalLabel, periodName } from './labels';

const DAY = 86_400_000;

export type MarkBox = {
  /** Index into index.items. */
  item: number;
  /** Centre of the point mark (px). */
  x: number;
  /** The granularity band [x0, x1) for spans, clipped a little outside the plot. */
  x0: number;
  x1: number;
  group: number;
  row: number;
  /** False in compact mode: the mark is a dot, its text only in its accessible name. */
  label: boolean;
  /**
   * A span that covers the whole window ("2023" seen a week at a time): drawn as a chip with its
   * date label in a context row above the lanes (x is the chip's left edge), not as a full-width band.
   */
  context?: boolean;
};

/** Width of a context chip: its date label, its count of sources (" ×3") and padding. */
export const chipWidth = (dateLabel: string, charPx: number, sources = 1) =>
  16 + (dateLabel.length + (sources > 1 ? 2 + String(sources).length : 0)) * charPx;

export type BinBox = {
  group: number;
  start: number;
  end: number;
  x0: number;
  x1: number;
  count: number;
  label: string;
};

/**
 * Events known only to a period longer than a bin ("2023" under month bins): counted once per
 * period, drawn across the whole period in a row of their own above the bins and named by it
 * ("4 events dated only to 2023"), never in the bin of the period's middle.
 */
export type BandBox = BinBox & { row: number };

/** Marks that did not fit their lane group, counted at their place on the last row. */
export type MoreBox = {
  group: number;
  /** The row (in dot rows) below the last row of marks. */
  row: number;
  x: number;
  start: number;
  end: number;
  count: number;
  label: string;
  /** The marks it stands for (indices into index.items), in time order. */
  items: number[];
};

export type TimelineLayout =
  | {
      mode: 'marks';
      marks: MarkBox[];
      more: MoreBox[];
      visible: number;
      /** Lane groups whose first row holds context chips (their mark rows start one row lower). */
      contextGroups: number[];
    }
  | {
      mode: 'bins';
      bins: BinBox[];
      /** Periods longer than a bin, with how many events each; rows per lane group in `bandRows`. */
      bands: BandBox[];
      bandRows: number[];
      maxCount: number;
      visible: number;
    };

export type LayoutOptions = {
  from: number;
  to: number;
  width: number;
  /** Rows available in each lane group for labelled marks... */
  rows: number;
  /** ...and for dots (shorter rows); defaults to `rows`. */
  compactRows?: number;
  /** Above this many visible marks, aggregate without trying to pack. */
  maxMarks?: number;
  /** Up to this share of the marks may be left out as "+N more" before bins take over. */
  maxHidden?: number;
  /** Visible label length in characters (the accessible name is always whole). */
  labelChars?: number;
  charPx?: number;
  minBinPx?: number;
  /** Rows of period bands above the bins in each lane group (more periods than fit share the last). */
  maxBandRows?: number;
};

/** Estimated pixel width of a labelled mark: dot, text, source badge. */
export const labelWidth = (text: string, sources: number, chars: number, charPx: number) =>
  14 + Math.min(text.length, chars) * charPx + (sources > 1 ? 24 : 0);

/**
 * Where every mark in the window goes. Tries labelled marks packed into lanes, then dots only,
 * then dots with a last row of "+N more" counts when few do not fit; past that (or past
 * `maxMarks`) aggregates into calendar bins with counts, so marks never overlap illegibly.
 *
 * @example layoutTimeline(index, { from, to, width: 800, rows: 6 }).mode // "marks"
 */
export function layoutTimeline(index: TimelineIndex, opts: LayoutOptions): TimelineLayout {
  const { from, to, width, rows } = opts;
  const maxMarks = opts.maxMarks ?? 200;
  const chars = opts.labelChars ?? 28;
  const charPx = opts.charPx ?? 6.4;
  const k = width / Math.max(1, to - from);
  const px = (t: number) => (t - from) * k;
  const count = countInWindow(index, from, to);
  if (count <= maxMarks) {
    const all = visibleItems(index, from, to);
    if (all.length <= maxMarks) {
      const covers = (i: number) => index.items[i]!.span && index.starts[i]! <= from && index.ends[i]! >= to;
      const visible = all.filter((i) => !covers(i));
      const { chips, more: chipMore } = layoutContext(index, all.filter(covers), width, charPx);
      // A lane group with chips gives one row to them.
      const chipGroups = new Set(chips.map((c) => c.group).concat(chipMore.map((m) => m.group)));
      const withContext = (boxes: MarkBox[], more: MoreBox[]): TimelineLayout => ({
        mode: 'marks',
        marks: boxes.concat(chips),
        more: more.concat(chipMore),
        visible: countVisible(index, from, to),
        contextGroups: [...chipGroups],
      });
      // The chip row is about one labelled row or two dot rows tall.
      const reserve = chipGroups.size > 0 ? 1 : 0;
      const rowsLeft = rows - reserve;
      const compactRows = (opts.compactRows ?? rows) - 2 * reserve;
      // Labelled marks, then dots, then dots with a last row of "+N more" counts.
      const attempts = [
        { labelled: true, rows: rowsLeft, more: false },
        { labelled: false, rows: compactRows, more: false },
        { labelled: false, rows: compactRows - 1, more: true },
      ];
      for (const attempt of attempts) {
        if (attempt.rows < 1) continue;
        const boxes: MarkBox[] = visible.map((i) => {
          const it = index.items[i]!;
          const x = px(it.mid);
          const x0 = it.span ? Math.max(px(it.start), -20) : x;
          const x1 = it.span ? Math.min(px(it.end), width + 20) : x;
          return { item: i, x, x0, x1, group: it.group, row: 0, label: attempt.labelled };
        });
        let fits = true;
        index.groups.forEach((_, g) => {
          const inGroup = boxes.filter((b) => b.group === g);
          const extents: Extent[] = inGroup.map((b) => {
            const it = index.items[b.item]!;
            const right = attempt.labelled ? b.x + labelWidth(it.text, it.sources, chars, charPx) : b.x + 8;
            return { x0: Math.min(b.x - 8, b.x0), x1: Math.max(right, b.x1) };
          });
          const lanes = packLanes(extents, 4, attempt.rows);
          inGroup.forEach((b, j) => (b.row = lanes[j]!));
          if (lanes.some((l) => l < 0)) fits = false;
        });
        if (fits) return withContext(boxes, []);
        if (!attempt.more) continue;
        const hidden = boxes.filter((b) => b.row < 0);
        if (hidden.length > (opts.maxHidden ?? 0.34) * boxes.length) break;
        return withContext(
          boxes.filter((b) => b.row >= 0),
          countHidden(index, hidden, attempt.rows),
        );
      }
    }
  }
  const unit = binUnit(k, opts.minBinPx ?? 28);
  const edges = binEdges(unit, from, to);
  const { perGroup: coarse, bands, bandRows } = layoutBands(index, unit, edges, px, opts.maxBandRows ?? 2);
  const bins: BinBox[] = [];
  let maxCount = 0;
  index.groups.forEach((_, g) => {
    const counts = countBetween(index.groupMids[g]!, edges);
    // A period longer than a bin is not in the bin of its middle: it has its band.
    for (const i of coarse[g] ?? []) {
      const mid = index.mids[i]!;
      let j = bisectLeft(edges, mid);
      if (edges[j] !== mid) j--;
      if (j >= 0 && j < counts.length) counts[j]!--;
    }
    counts.forEach((c, j) => {
      if (c <= 0) return;
      const start = edges[j]!;
      const end = edges[j + 1]!;
      maxCount = Math.max(maxCount, c);
      bins.push({
        group: g,
        start,
        end,
        x0: px(start),
        x1: px(end),
        count: c,
        label: `${c} ${c === 1 ? 'event' : 'events'}, ${intervalLabel(start, end, unit.granularity)}`,
      });
    });
  });
  return { mode: 'bins', bins, bands, bandRows, maxCount, visible: countVisible(index, from, to) };
}

/**
 * The items of the bins' range whose interval does not fit in one bin, grouped by period. Only spans
 * (a week or coarser) can be longer than a day, so for day bins and wider only they are looked at.
 */
function layoutBands(
  index: TimelineIndex,
  unit: BinUnit,
  edges: number[],
  px: (t: number) => number,
  maxRows: number,
): { perGroup: number[][]; bands: BandBox[]; bandRows: number[] } {
  const lo = edges[0]!;
  const hi = edges[edges.length - 1]!;
  const candidates = unit.ms >= DAY ? index.spans : visibleItems(index, lo, hi);
  // Spans share a few hundred edges (months, weeks, years): ask the calendar once per instant, not
  // twice per span (4,000 calendar floors took 10-20 ms of a first render in cold code).
  const floors = new Map<number, number>();
  const floor = (t: number) => {
    let f = floors.get(t);
    if (f === undefined) floors.set(t, (f = unit.interval.floor(new Date(t)).getTime()));
    return f;
  };
  const perGroup: number[][] = index.groups.map(() => []);
  const byPeriod = new Map<string, BandBox>();
  for (const i of candidates) {
    const it = index.items[i]!;
    if (it.start >= hi || it.end <= lo) continue;
    // Longer than any bin of the unit: coarse without asking the calendar (no Date per frame).
    if (it.end - it.start <= unit.ms * 1.1 && floor(it.start) === floor(it.end - 1)) continue;
    perGroup[it.group]!.push(i);
    const key = `${it.group}:${it.start}:${it.end}:${it.granularity}`;
    const band = byPeriod.get(key);
    if (band) band.count++;
    else
      byPeriod.set(key, {
        group: it.group,
        start: it.start,
        end: it.end,
        x0: px(it.start),
        x1: px(it.end),
        count: 1,
        label: periodName(it.start, it.end, it.granularity),
        row: 0,
      });
  }
  const bands = [...byPeriod.values()];
  const bandRows = index.groups.map(() => 0);
  index.groups.forEach((_, g) => {
    const inGroup = bands.filter((b) => b.group === g);
    const rows = packLanes(
      inGroup.map((b) => ({ x0: b.x0, x1: b.x1 })),
      2,
      maxRows,
    );
    inGroup.forEach((b, j) => {
      b.row = rows[j]! < 0 ? maxRows - 1 : rows[j]!;
      bandRows[g] = Math.max(bandRows[g]!, b.row + 1);
    });
  });
  for (const b of bands)
    b.label = `${b.count} ${b.count === 1 ? 'event' : 'events'} dated only to ${b.label}`;
  return { perGroup, bands, bandRows };
}

/** Hidden marks counted per 28 px of their lane group, placed in the row below the last mark row. */
function countHidden(index: TimelineIndex, hidden: MarkBox[], row: number): MoreBox[] {
  const buckets = new Map<string, MoreBox>();
  for (const b of hidden) {
    const it = index.items[b.item]!;
    // A fixed 28 px grid, so two counts never overlap.
    const cell = Math.floor(b.x / 28);
    const key = `${b.group}:${cell}`;
    const box = buckets.get(key);
    if (box) {
      box.count++;
      box.start = Math.min(box.start, it.start);
      box.end = Math.max(box.end, it.end);
      box.items.push(b.item);
    } else
      buckets.set(key, {
        group: b.group,
        row,
        x: cell * 28 + 8,
        start: it.start,
        end: it.end,
        count: 1,
        label: '',
        items: [b.item],
      });
  }
  const boxes = [...buckets.values()];
  for (const box of boxes) {
    box.items.sort((a, b) => a - b);
    const first = formatDay(box.start);
    const last = formatDay(box.end - 1);
    box.label = `${box.count} more ${box.count === 1 ? 'event' : 'events'}, ${first === last ? first : `${first} to ${last}`}`;
  }
  return boxes;
}

/** Chips for spans that cover the window, left to right per lane group; what does not fit is counted. */
function layoutContext(
  index: TimelineIndex,
  items: number[],
  width: number,
  charPx: number,
): { chips: MarkBox[]; more: MoreBox[] } {
  const chips: MarkBox[] = [];
  const hidden = new Map<number, MoreBox>();
  const next = new Map<number, number>();
  // Narrowest period first: "Week of ..." says more than "2023" when both cover the window.
  const sorted = [...items].sort((a, b) => {
    const ia = index.items[a]!;
    const ib = index.items[b]!;
    return ia.end - ia.start - (ib.end - ib.start) || a - b;
  });
  for (const i of sorted) {
    const it = index.items[i]!;
    const x = next.get(it.group) ?? 4;
    const w = chipWidth(itemDateLabel(it), charPx, it.sources);
    if (x + w <= width - 40) {
      chips.push({ item: i, x, x0: x, x1: x + w, group: it.group, row: -1, label: true, context: true });
      next.set(it.group, x + w + 6);
      continue;
    }
    const box = hidden.get(it.group);
    if (box) {
      box.count++;
      box.start = Math.min(box.start, it.start);
      box.end = Math.max(box.end, it.end);
      box.items.push(i);
    } else
      hidden.set(it.group, {
        group: it.group,
        row: -1,
        x: width - 36,
        start: it.start,
        end: it.end,
        count: 1,
        label: '',
        items: [i],
      });
  }
  const more = [...hidden.values()];
  for (const m of more) m.items.sort((a, b) => a - b);
  for (const m of more)
    m.label = `${m.count} more ${m.count === 1 ? 'period' : 'periods'} around this window`;
  return { chips, more };
}
