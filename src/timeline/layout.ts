import { countBetween } from './bins';
import { packLanes, type Extent } from './lanes';
import { binEdges, binUnit } from './ticks';
import { countInWindow, visibleItems, type TimelineIndex } from './timeline-index';
import { intervalLabel } from './labels';

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
};

export type BinBox = {
  group: number;
  start: number;
  end: number;
  x0: number;
  x1: number;
  count: number;
  label: string;
};

export type TimelineLayout =
  | { mode: 'marks'; marks: MarkBox[]; visible: number }
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
  /** Visible label length in characters (the accessible name is always whole). */
  labelChars?: number;
  charPx?: number;
  minBinPx?: number;
};

/** Estimated pixel width of a labelled mark: dot, text, source badge. */
export const labelWidth = (text: string, sources: number, chars: number, charPx: number) =>
  14 + Math.min(text.length, chars) * charPx + (sources > 1 ? 24 : 0);

/**
 * Where every mark in the window goes. Tries labelled marks packed into lanes, then dots only;
 * when either would overflow the rows (or there are more than `maxMarks`), aggregates into
 * calendar bins with counts, so marks never overlap illegibly.
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
    const visible = visibleItems(index, from, to);
    if (visible.length <= maxMarks) {
      for (const labelled of [true, false]) {
        const boxes: MarkBox[] = visible.map((i) => {
          const it = index.items[i]!;
          const x = px(it.mid);
          const x0 = it.span ? Math.max(px(it.start), -20) : x;
          const x1 = it.span ? Math.min(px(it.end), width + 20) : x;
          return { item: i, x, x0, x1, group: it.group, row: 0, label: labelled };
        });
        const ok = index.groups.every((_, g) => {
          const inGroup = boxes.filter((b) => b.group === g);
          const extents: Extent[] = inGroup.map((b) => {
            const it = index.items[b.item]!;
            const right = labelled ? b.x + labelWidth(it.text, it.sources, chars, charPx) : b.x + 8;
            return { x0: Math.min(b.x - 8, b.x0), x1: Math.max(right, b.x1) };
          });
          const lanes = packLanes(extents, 4, labelled ? rows : (opts.compactRows ?? rows));
          inGroup.forEach((b, j) => (b.row = lanes[j]!));
          return lanes.every((l) => l >= 0);
        });
        if (ok) return { mode: 'marks', marks: boxes, visible: visible.length };
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
  return { mode: 'bins', bins, maxCount, visible: count };
}
