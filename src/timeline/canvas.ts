import { columnDensity } from './bins';

export type DensityStyle = { color: string; columnPx: number; alpha?: number };

/**
 * Draws the dense layer: one bar per pixel column, height by the log of the number of marks in
 * that column. The cost is O(columns * log n), whatever the number of events in view.
 * Returns the largest column count.
 *
 * @example drawDensity(ctx, index.mids, { from, to, width: 800, height: 10 }, { color: '#36c', columnPx: 2 }) // 12
 */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  mids: Float64Array,
  view: { from: number; to: number; width: number; height: number; top?: number },
  style: DensityStyle,
): number {
  const { from, to, width, height } = view;
  const top = view.top ?? 0;
  const scale = width / Math.max(1, to - from);
  const columns = Math.ceil(width / style.columnPx);
  const counts = columnDensity(mids, -from * scale, scale, columns, style.columnPx);
  let max = 0;
  for (const c of counts) if (c > max) max = c;
  ctx.save();
  ctx.fillStyle = style.color;
  ctx.globalAlpha = style.alpha ?? 0.55;
  const norm = Math.log1p(max) || 1;
  for (let c = 0; c < columns; c++) {
    const n = counts[c]!;
    if (n === 0) continue;
    const h = Math.max(1, (Math.log1p(n) / norm) * height);
    ctx.fillRect(c * style.columnPx, top + height - h, Math.max(1, style.columnPx - 0.5), h);
  }
  ctx.restore();
  return max;
}
