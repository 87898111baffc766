import type { ScaleTime } from 'd3-scale';
import { useMemo, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { columnDensity } from '../../timeline/bins';
import { formatWindow } from '../../timeline/labels';
import type { Domain } from '../../timeline/scales';
import type { TimelineIndex } from '../../timeline/timeline-index';
import { axisTicks, formatTickInFull, spacedLabels } from '../../timeline/ticks';

const H = 40;
/** The row of dates under the strip. */
const LABELS_H = 14;
const COLUMN_PX = 3;

type Props = {
  index: TimelineIndex;
  full: Domain;
  /** The timeline's identity scale: the whole corpus across the width. */
  base: ScaleTime<number, number>;
  view: Domain;
  width: number;
  onJump: (domain: Domain) => void;
};

/**
 * The overview strip: the density of the whole corpus and the visible window. Click or drag to
 * move the window; as a slider it takes arrows, Page Up/Down, Home and End.
 */
export function Overview({ index, full, base, view, width, onJump }: Props) {
  const [d0, d1] = base.domain() as [Date, Date];
  const a = d0.getTime();
  const b = d1.getTime();
  const paths = useMemo(() => {
    const scale = width / Math.max(1, b - a);
    const columns = Math.ceil(width / COLUMN_PX);
    const counts = columnDensity(index.pointMids, -a * scale, scale, columns, COLUMN_PX);
    let max = 0;
    for (const c of counts) max = Math.max(max, c);
    const norm = Math.log1p(max) || 1;
    let d = '';
    counts.forEach((c, i) => {
      if (c === 0) return;
      const h = Math.max(1.5, (Math.log1p(c) / norm) * (H - 6));
      d += `M${i * COLUMN_PX},${H - 2}h${COLUMN_PX - 0.5}v${-h}h${-(COLUMN_PX - 0.5)}z`;
    });
    // Events known only to a period (a week or coarser): a thin bar across the period, at the top.
    let spans = '';
    const drawn = new Set<string>();
    for (const i of index.spans) {
      if (index.dupBefore[i + 1] !== index.dupBefore[i]) continue;
      const x0 = Math.max(0, Math.round((index.starts[i]! - a) * scale));
      const x1 = Math.min(width, Math.round((index.ends[i]! - a) * scale));
      const key = `${x0}:${x1}`;
      if (x1 <= x0 || drawn.has(key)) continue;
      drawn.add(key);
      spans += `M${x0},2h${Math.max(1, x1 - x0)}v3h${-Math.max(1, x1 - x0)}z`;
    }
    return { density: d, spans };
  }, [index, a, b, width]);

  // Dates under the strip, so it tells how far the corpus reaches; the first says its month and year
  // (its day too, under hours: wider than the ticks are apart, so those it would run into go).
  const ticks = useMemo(() => {
    const list = axisTicks(base, width).filter((t) => t.x >= 0 && t.x <= width);
    return spacedLabels(
      list.map((t, i) => {
        const label = i === 0 ? formatTickInFull(new Date(t.t)) : t.label;
        // A date near an edge starts or ends at its tick, so it is not cut there.
        const half = (label.length * 6.5) / 2;
        return { ...t, label, anchor: t.x < half ? 'start' : t.x > width - half ? 'end' : 'middle' } as const;
      }),
    );
  }, [base, width]);

  const v0 = view[0].getTime();
  const v1 = view[1].getTime();
  const span = v1 - v0;
  const x0 = base(view[0]);
  const x1 = base(view[1]);
  const dragging = useRef(false);

  const centreAt = (clientX: number, target: Element) => {
    const rect = target.getBoundingClientRect();
    const t = base.invert(clientX - rect.left).getTime();
    onJump([new Date(t - span / 2), new Date(t + span / 2)]);
  };
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    dragging.current = true;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    centreAt(e.clientX, e.currentTarget);
  };
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (dragging.current) centreAt(e.clientX, e.currentTarget);
  };
  const onPointerUp = () => {
    dragging.current = false;
  };

  const f0 = full[0].getTime();
  const f1 = full[1].getTime();
  const shift = (delta: number) => onJump([new Date(v0 + delta), new Date(v1 + delta)]);
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    switch (e.key) {
      case 'ArrowLeft':
      case 'ArrowDown':
        shift(-span / 4);
        break;
      case 'ArrowRight':
      case 'ArrowUp':
        shift(span / 4);
        break;
      case 'PageUp':
        shift(-span);
        break;
      case 'PageDown':
        shift(span);
        break;
      case 'Home':
        onJump([new Date(f0), new Date(f0 + span)]);
        break;
      case 'End':
        onJump([new Date(f1 - span), new Date(f1)]);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  const centre = (v0 + v1) / 2;
  const percent = f1 > f0 ? Math.round(Math.min(100, Math.max(0, ((centre - f0) / (f1 - f0)) * 100))) : 50;
  return (
    <div className="dl-overview">
      <svg
        width={width}
        height={H + LABELS_H}
        aria-hidden="true"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
      >
        <path className="dl-overview__density" d={paths.density} />
        <path className="dl-overview__spans" d={paths.spans} />
        {ticks.map((t) => (
          <text key={t.t} className="dl-overview__date" x={t.x} y={H + LABELS_H - 3} textAnchor={t.anchor}>
            {t.label}
          </text>
        ))}
        <rect
          className="dl-overview__window"
          x={Math.max(0, Math.min(width, x0))}
          width={Math.max(2, Math.min(width, x1) - Math.max(0, x0))}
          y={1}
          height={H - 2}
        />
      </svg>
      <div
        className="dl-overview__slider"
        role="slider"
        tabIndex={0}
        aria-label="Overview: visible period"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={formatWindow(v0, v1, ' to ')}
        onKeyDown={onKeyDown}
        style={{
          left: Math.max(0, Math.min(width - 4, x0)),
          width: Math.max(4, Math.min(width, x1) - Math.max(0, x0)),
        }}
      />
    </div>
  );
}
