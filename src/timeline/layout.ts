import { countBetween } from './bins';
import { packLanes, type Extent } from './lanes';
import { binEdges, binUnit } from './ticks';
import {
  countInWindow,
  countVisible,
  itemDateLabel,
  visibleItems,
  type TimelineIndex,
} from './timeline-index';
import { formatDay, intervalLabel } from './labels';

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

/** Width of a context chip: its date label and padding. */
export const chipWidth = (dateLabel: string, charPx: number) => 16 + dateLabel.length * charPx;

export type BinBox = {
  group: number;
  start: number;
  end: number;
  x0: number;
  x1: number;
  count: number;
  label: string;
};

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
  | { mode: 'bins'; bins: BinBox[]; maxCount: number; visible: number };

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
  const bins: BinBox[] = [];
  let maxCount = 0;
  index.groups.forEach((_, g) => {
    const counts = countBetween(index.groupMids[g]!, edges);
    counts.forEach((c, j) => {
      if (c === 0) return;
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
  return { mode: 'bins', bins, maxCount, visible: countVisible(index, from, to) };
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
    } else
      buckets.set(key, {
        group: b.group,
        row,
        x: cell * 28 + 8,
        start: it.start,
        end: it.end,
        count: 1,
        label: '',
      });
  }
  const boxes = [...buckets.values()];
  for (const box of boxes) {
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
    const w = chipWidth(itemDateLabel(it), charPx);
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
    } else
      hidden.set(it.group, {
        group: it.group,
        row: -1,
        x: width - 36,
        start: it.start,
        end: it.end,
        count: 1,
        label: '',
      });
  }
  const more = [...hidden.values()];
  for (const m of more)
    m.label = `${m.count} more ${m.count === 1 ? 'period' : 'periods'} around this window`;
  return { chips, more };
}
