import { describe, expect, it, vi } from 'vitest';
import type { Actor, Article, Topic } from '../../src/core/types';
import { labelWidth, layoutTimeline } from '../../src/timeline/layout';
import { binUnit } from '../../src/timeline/ticks';
import {
  buildTimelineIndex,
  countInWindow,
  countVisible,
  countVisibleByGroup,
  itemDateLabel,
  visibleItems,
} from '../../src/timeline/timeline-index';
import { clustersOf, makeEvent } from '../components/timeline/fixtures';

const ctx = (
  events: Parameters<typeof clustersOf>[0],
  lanes: 'none' | 'actor' = 'none',
  maxGroups?: number,
) => ({
  clusters: clustersOf(events, { shared: ['a1', 'a2'] }),
  articles: new Map<string, Article>(),
  actors: new Map<string, Actor>([
    ['person:x', { id: 'person:x', name: 'X Person', kind: 'person', aliases: [] }],
  ]),
  topics: new Map<string, Topic>(),
  lanes,
  maxGroups,
});
const utc = (s: string) => Date.parse(`${s}T00:00Z`);

describe('buildTimelineIndex(events, ctx)', () => {
  const events = [
    makeEvent('late', '2023-10-20', 'Late.'),
    makeEvent('b', '2023-10-17', 'Second report.', { cluster: 'shared', articleId: 'a2' }),
    makeEvent('a', '2023-10-17', 'First report.', { cluster: 'shared', articleId: 'a1' }),
    makeEvent('month', '2023-10', 'The month.'),
  ];
  const index = buildTimelineIndex(events, ctx(events));

  it('merges a cluster into one mark that selects its first-listed event', () => {
    const shared = index.items.find((it) => it.key === 'shared')!;
    // clustersOf lists cluster events in input order: b then a.
    expect(shared.eventIds).toEqual(['b', 'a']);
    expect(shared.eventId).toBe('b');
    expect(shared.sources).toBe(2);
    expect(index.itemOf('a')).toBe(index.items.indexOf(shared));
    expect(index.itemOf('b')).toBe(index.items.indexOf(shared));
  });

  it('sorts marks by the middle of their interval', () => {
    expect(index.items.map((it) => itemDateLabel(it))).toEqual([
      'October 2023', // middle: 16 Oct 12:00
      'Tue 17 Oct 2023',
      'Fri 20 Oct 2023',
    ]);
    expect([...index.mids]).toEqual([...index.mids].sort((x, y) => x - y));
  });

  it('groups by actor with the tail in "Other"', () => {
    const ev = [
      makeEvent('p1', '2023-10-01', 'One.', { actors: ['person:x'] }),
      makeEvent('p2', '2023-10-02', 'Two.', { actors: ['person:x'] }),
      makeEvent('q', '2023-10-03', 'Three.', { actors: ['person:y'] }),
      makeEvent('n', '2023-10-04', 'Four.'),
    ];
    const ix = buildTimelineIndex(ev, ctx(ev, 'actor', 1));
    expect(ix.groups.map((g) => g.label)).toEqual(['X Person', 'Other']);
    expect(ix.groupItems.map((g) => g.length)).toEqual([2, 2]);
  });

  it('puts a story in the lane of every actor of any of its reports, each mark with its own key', () => {
    const ev = [
      makeEvent('r1', '2023-10-17', 'X met Y.', { actors: ['person:x', 'person:y'], cluster: 'shared' }),
      makeEvent('r2', '2023-10-17', 'Z joined them.', { actors: ['person:z'], cluster: 'shared' }),
      makeEvent('y', '2023-10-18', 'Y spoke.', { actors: ['person:y'] }),
      makeEvent('n', '2023-10-19', 'Nobody.'),
      makeEvent('x', '2023-10-20', 'X alone.', { actors: ['person:x'] }),
    ];
    const ix = buildTimelineIndex(ev, ctx(ev, 'actor', 2));
    expect(ix.groups.map((g) => g.key)).toEqual(['person:y', 'person:x', '\u0000other']);
    const lanesOf = (story: string) =>
      ix.items.filter((it) => it.story === story).map((it) => ix.groups[it.group]!.key);
    // person:z and "No actor" are both in "Other"; the story is there once.
    expect(lanesOf('shared')).toEqual(['person:y', 'person:x', '\u0000other']);
    expect(new Set(ix.items.map((it) => it.key)).size).toBe(ix.items.length);
    expect(ix.items[ix.itemOf('r2')!]!.story).toBe('shared');
    const from = utc('2023-10-01');
    const to = utc('2023-11-01');
    expect(countVisibleByGroup(ix, from, to)).toEqual([2, 2, 2]);
    // The status line counts each story once, whatever its lanes.
    expect(countVisible(ix, from, to)).toBe(4);
    expect(countVisibleByGroup(ix, utc('2023-10-18'), to)).toEqual([1, 1, 1]);
  });
});

describe('visibleItems(index, from, to)', () => {
  const events = [makeEvent('d', '2023-10-17', 'Day.'), makeEvent('y', '2023', 'The year.')];
  const index = buildTimelineIndex(events, ctx(events));
  it('includes a span that overlaps the window even when its middle is outside', () => {
    const shown = visibleItems(index, utc('2023-10-01'), utc('2023-11-01')).map((i) => index.items[i]!.key);
    expect(shown.sort()).toEqual(['c-d', 'c-y']);
    expect(countInWindow(index, utc('2023-10-01'), utc('2023-11-01'))).toBe(1);
  });
  it('leaves out what does not overlap', () => {
    expect(visibleItems(index, utc('2024-01-01'), utc('2024-02-01'))).toEqual([]);
  });
});

describe('countVisible(index, from, to)', () => {
  const events = [
    makeEvent('d', '2023-10-17', 'Day.'),
    makeEvent('y', '2023', 'The year.'),
    makeEvent('m', '2023-09', 'September.'),
    makeEvent('e', '2023-10-31', 'Last day.'),
  ];
  const index = buildTimelineIndex(events, ctx(events));
  const at = (s: string) => Date.parse(`${s}Z`);
  it.each([
    ['a month: the day, the year and the last day', '2023-10-01T00:00', '2023-11-01T00:00', 3],
    [
      'from the evening of 16 Oct: a day reaching across the left edge counts',
      '2023-10-16T18:00',
      '2023-10-18T00:00',
      2,
    ],
    [
      'to the morning of 31 Oct: a day reaching across the right edge counts',
      '2023-10-20T00:00',
      '2023-10-31T06:00',
      2,
    ],
    ['the last hour of September: the month and the year', '2023-09-30T23:00', '2023-10-01T00:00', 2],
    ['2024: nothing', '2024-01-01T00:00', '2025-01-01T00:00', 0],
  ])('%s', (_, from, to, n) => {
    expect(countVisible(index, at(from), at(to))).toBe(n);
  });
  it('equals the number of items whose interval overlaps the window (the list counts so)', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      makeEvent(
        `x${i}`,
        i % 7 === 0
          ? `2023-${String(1 + (i % 12)).padStart(2, '0')}`
          : `2023-10-${String(1 + (i % 28)).padStart(2, '0')}`,
        `X${i}.`,
      ),
    );
    const idx = buildTimelineIndex(many, ctx(many));
    for (let h = 0; h < 24 * 40; h += 7) {
      const from = utc('2023-09-25') + h * 3_600_000;
      const to = from + ((h % 11) + 1) * 9 * 3_600_000;
      const expected = idx.items.filter((it) => it.start < to && it.end > from).length;
      expect(countVisible(idx, from, to)).toBe(expected);
    }
  });
});

describe('layoutTimeline(index, options)', () => {
  const from = utc('2023-10-01');
  const to = utc('2023-11-01');

  it('lays a few marks out in rows where labels do not overlap', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      makeEvent(
        `e${i}`,
        `2023-10-${String(10 + (i % 4)).padStart(2, '0')}`,
        `Something happened number ${i}.`,
      ),
    );
    const index = buildTimelineIndex(events, ctx(events));
    // Four days 32 px apart, three events each, labels ~190 px wide: 12 rows with labels.
    const layout = layoutTimeline(index, { from, to, width: 1000, rows: 12 });
    expect(layout.mode).toBe('marks');
    if (layout.mode !== 'marks') return;
    expect(layout.marks).toHaveLength(12);
    expect(layout.marks.every((m) => m.label)).toBe(true);
    expect(new Set(layout.marks.map((m) => m.row)).size).toBe(12);
    for (const a of layout.marks)
      for (const b of layout.marks) {
        if (a === b || a.row !== b.row) continue;
        const wa = labelWidth(index.items[a.item]!.text, 1, 28, 6.4);
        expect(a.x + wa + 4 <= b.x - 8 || b.x + wa + 4 <= a.x - 8).toBe(true);
      }
  });

  it('with fewer rows it drops the labels first', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      makeEvent(
        `e${i}`,
        `2023-10-${String(10 + (i % 4)).padStart(2, '0')}`,
        `Something happened number ${i}.`,
      ),
    );
    const index = buildTimelineIndex(events, ctx(events));
    const layout = layoutTimeline(index, { from, to, width: 1000, rows: 8 });
    expect(layout.mode === 'marks' && layout.marks.every((m) => !m.label)).toBe(true);
  });

  it('falls back to dots, then to counted calendar bins, as rows run out', () => {
    const events = Array.from({ length: 40 }, (_, i) => makeEvent(`e${i}`, '2023-10-17', `Event ${i}.`));
    const index = buildTimelineIndex(events, ctx(events));
    const dots = layoutTimeline(index, { from, to, width: 1000, rows: 4, compactRows: 40 });
    expect(dots.mode === 'marks' && dots.marks.every((m) => !m.label)).toBe(true);
    const bins = layoutTimeline(index, { from, to, width: 1000, rows: 4, compactRows: 10 });
    expect(bins.mode).toBe('bins');
    if (bins.mode !== 'bins') return;
    expect(bins.bins).toEqual([expect.objectContaining({ count: 40, label: '40 events, Tue 17 Oct 2023' })]);
  });

  it('counts the few marks that do not fit as "+N more" on the last row', () => {
    const events = Array.from({ length: 12 }, (_, i) => makeEvent(`e${i}`, '2023-10-17', `Event ${i}.`));
    const index = buildTimelineIndex(events, ctx(events));
    const layout = layoutTimeline(index, { from, to, width: 1000, rows: 4, compactRows: 10 });
    expect(layout.mode).toBe('marks');
    if (layout.mode !== 'marks') return;
    expect(layout.marks).toHaveLength(9);
    expect(Math.max(...layout.marks.map((m) => m.row))).toBe(8);
    expect(layout.more).toEqual([
      expect.objectContaining({ row: 9, count: 3, label: '3 more events, Tue 17 Oct 2023' }),
    ]);
  });

  it('shows spans that cover the whole window as chips in a context row', () => {
    const events = [
      makeEvent('y', '2023', 'The year.'),
      makeEvent('m', '2023-10', 'The month.'),
      makeEvent('d', '2023-10-17', 'The day.'),
    ];
    const index = buildTimelineIndex(events, ctx(events));
    const layout = layoutTimeline(index, {
      from: utc('2023-10-16'),
      to: utc('2023-10-20'),
      width: 800,
      rows: 6,
    });
    expect(layout.mode).toBe('marks');
    if (layout.mode !== 'marks') return;
    const chips = layout.marks.filter((m) => m.context).map((m) => itemDateLabel(index.items[m.item]!));
    expect(chips).toEqual(['October 2023', '2023']); // narrowest period first
    expect(layout.marks.filter((m) => !m.context)).toEqual([
      expect.objectContaining({ row: 0, label: true }),
    ]);
    expect(layout.contextGroups).toEqual([0]);
  });

  it('leaves room after a chip for its count of sources (" ×2"), which overlapped the next chip', () => {
    const events = [
      makeEvent('m', '2023-10', 'The month.', { cluster: 'shared', articleId: 'a1' }),
      makeEvent('y', '2023', 'The year.'),
    ];
    const index = buildTimelineIndex(events, ctx(events));
    const layout = layoutTimeline(index, {
      from: utc('2023-10-16'),
      to: utc('2023-10-20'),
      width: 800,
      rows: 6,
    });
    if (layout.mode !== 'marks') throw new Error('expected marks');
    const [month, year] = layout.marks.filter((m) => m.context);
    expect(index.items[month!.item]!.sources).toBe(2);
    // 16 px of padding and border, and "October 2023 ×2" at 6.4 px a character.
    expect(year!.x).toBeGreaterThanOrEqual(month!.x + 16 + 'October 2023 ×2'.length * 6.4);
  });

  it('aggregates past maxMarks and loses no event in the bins', () => {
    const events = Array.from({ length: 500 }, (_, i) =>
      makeEvent(
        `e${i}`,
        `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        `E${i}.`,
      ),
    );
    const index = buildTimelineIndex(events, ctx(events));
    const layout = layoutTimeline(index, {
      from: utc('2023-01-01'),
      to: utc('2024-01-01'),
      width: 800,
      rows: 8,
    });
    expect(layout.mode).toBe('bins');
    if (layout.mode !== 'bins') return;
    expect(layout.bins.reduce((s, b) => s + b.count, 0)).toBe(index.items.length);
    expect(layout.bins[0]!.label).toMatch(/^\d+ events, (Mon|Tue|Wed|Thu|Fri|Sat|Sun|Week|January)/);
  });

  describe('events known only to a period longer than a bin', () => {
    // 300 days of 2023, one a day outside July, and four events known only to "2023".
    const days = Array.from({ length: 300 }, (_, i) => {
      const d = new Date(Date.UTC(2023, 0, 1) + i * 86_400_000);
      return d.getUTCMonth() === 6 ? null : makeEvent(`d${i}`, d.toISOString().slice(0, 10), `Day ${i}.`);
    }).filter((e) => e !== null);
    const years = [0, 1, 2, 3].map((i) => makeEvent(`y${i}`, '2023', `Some time in 2023, number ${i}.`));
    const quarter = makeEvent('q', '2023-Q3', 'In the third quarter.');
    const events = [...days, ...years, quarter];
    const index = buildTimelineIndex(events, ctx(events));
    const width = 1200;
    const layout = layoutTimeline(index, { from: utc('2023-01-01'), to: utc('2024-01-01'), width, rows: 8 });

    it('are not counted in the bin of their middle, but in a band over their whole period', () => {
      expect(layout.mode).toBe('bins');
      if (layout.mode !== 'bins') return;
      expect(layout.bins[0]!.label).toMatch(/^\d+ events, January 2023$/);
      // July has no event known to the day or the month: no July bin.
      expect(layout.bins.find((b) => /July/.test(b.label))).toBeUndefined();
      expect(layout.bands).toEqual([
        expect.objectContaining({ count: 4, label: '4 events dated only to 2023', x0: 0, x1: width, row: 0 }),
        expect.objectContaining({ count: 1, label: '1 event dated only to Q3 2023', row: 1 }),
      ]);
      expect(layout.bandRows).toEqual([2]);
      const total = [...layout.bins, ...layout.bands].reduce((n, b) => n + b.count, 0);
      expect(total).toBe(index.items.length);
    });

    it('a quarter fits a quarter bin, and a day is a period under hour bins', () => {
      const wide = layoutTimeline(index, {
        from: utc('2023-01-01'),
        to: utc('2024-01-01'),
        width: 300,
        rows: 8,
      });
      expect(wide.mode === 'bins' && wide.bands.map((b) => b.label)).toEqual(['4 events dated only to 2023']);
      const dense = Array.from({ length: 300 }, (_, i) =>
        makeEvent(`h${i}`, `2023-10-17T${String(i % 24).padStart(2, '0')}:00`, `Hour ${i}.`),
      ).concat([makeEvent('day', '2023-10-17', 'Tuesday.')]);
      const hours = buildTimelineIndex(dense, ctx(dense));
      const h = layoutTimeline(hours, {
        from: utc('2023-10-17'),
        to: utc('2023-10-18'),
        width: 1000,
        rows: 8,
      });
      expect(h.mode === 'bins' && h.bands.map((b) => b.label)).toEqual([
        '1 event dated only to Tue 17 Oct 2023',
      ]);
    });
  });

  it('asks the calendar once per instant, not twice per period (many periods share their edges)', () => {
    // 60 events known only to one of three months, each its own mark, under quarter bins.
    const months = Array.from({ length: 60 }, (_, i) =>
      makeEvent(`m${i}`, `2023-0${(i % 3) + 4}`, `Some time that month, number ${i}.`),
    );
    const index = buildTimelineIndex(months, ctx(months));
    const [from, to, width] = [utc('2023-01-01'), utc('2024-01-01'), 300];
    const unit = binUnit(width / (to - from), 28);
    const floor = vi.spyOn(unit.interval, 'floor');
    try {
      const layout = layoutTimeline(index, { from, to, width, rows: 8 });
      expect(layout.mode === 'bins' && layout.bins.map((b) => b.label)).toEqual(['60 events, Q2 2023']);
      // The bin edges' own floor, and one per start and last instant of the three months.
      expect(floor.mock.calls.length).toBeLessThanOrEqual(1 + 6);
    } finally {
      floor.mockRestore();
    }
  });
});
