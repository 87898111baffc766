import type { ScaleTime } from 'd3-scale';
import { select, type Selection } from 'd3-selection';
import { zoom, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { domainToTransform, transformToDomain, zoomScaleExtent, type Domain } from './scales';

export type TimelineZoomParams = {
  element: HTMLElement;
  base: ScaleTime<number, number>;
  width: number;
  height: number;
  /** Every transform change: at once for programmatic ones, once per animation frame during gestures. */
  onView: (domain: [Date, Date]) => void;
  /** Reported to the owner: final=false while a gesture moves (throttled), final=true at its end. */
  onDomainChange: (domain: [Date, Date], info: { final: boolean }) => void;
  /** Minimum interval between final=false reports, in ms. */
  throttleMs?: number;
};

type SyncEvent = { sync: true };

/**
 * The transform moved just enough that a quarter of the window (or of the corpus, if the window is
 * wider) still overlaps the base range [0, width]: panning cannot lose the data.
 *
 * @example keepNearCorpus(zoomIdentity.translate(-5000, 0), 800).x // -600
 */
export function keepNearCorpus(t: ZoomTransform, width: number): ZoomTransform {
  const a = -t.x / t.k;
  const b = (width - t.x) / t.k;
  const m = Math.min(b - a, width) * 0.25;
  const shift = b < m ? m - b : a > width - m ? width - m - a : 0;
  return shift ? t.translate(-shift, 0) : t;
}
const isSync = (e: unknown): e is SyncEvent => typeof e === 'object' && e !== null && 'sync' in e;

const raf: (cb: () => void) => number =
  typeof requestAnimationFrame === 'function'
    ? (cb) => requestAnimationFrame(cb)
    : (cb) => setTimeout(cb, 16) as unknown as number;

/**
 * d3-zoom on the plot element: wheel, drag, touch and pinch become a transform, and the transform
 * becomes a window of dates through the base scale. No React here (the xyflow split).
 *
 * @example const z = createTimelineZoom({ element, base, width: 800, height: 240, onView, onDomainChange }); z.syncDomain(domain)
 */
export function createTimelineZoom(params: TimelineZoomParams) {
  const { element, base, width, height, onView, onDomainChange } = params;
  const throttleMs = params.throttleMs ?? 200;
  let current = base.domain() as [Date, Date];
  let frame = 0;
  let lastReport = 0;

  const behavior: ZoomBehavior<HTMLElement, unknown> = zoom<HTMLElement, unknown>()
    .extent([
      [0, 0],
      [width, height],
    ]) // explicit: jsdom has no layout
    .scaleExtent(zoomScaleExtent(base))
    // Horizontal only, and never lost: keep a quarter of the window over the (padded) corpus.
    .constrain((t) => keepNearCorpus(t, width))
    // d3's default filter, plus: only events from a window (d3-drag needs event.view; synthetic
    // test events may have none).
    .filter(
      (event: MouseEvent) =>
        (!event.ctrlKey || event.type === 'wheel') &&
        !event.button &&
        !!event.view &&
        // A list over the plot (the "+N" marks) scrolls and clicks as a list.
        !(event.target instanceof Element && event.target.closest('[data-no-zoom]')),
    )
    .on('zoom', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      current = transformToDomain(base, event.transform);
      if (!event.sourceEvent || isSync(event.sourceEvent)) {
        // Programmatic (buttons, keys, props): one step, shown at once.
        onView(current);
        return;
      }
      if (!frame) {
        frame = raf(() => {
          frame = 0;
          onView(current);
        });
      }
      const now = Date.now();
      if (now - lastReport >= throttleMs) {
        lastReport = now;
        onDomainChange(current, { final: false });
      }
    })
    .on('end', (event: D3ZoomEvent<HTMLElement, unknown>) => {
      if (isSync(event.sourceEvent)) return;
      onDomainChange(current, { final: true });
    });

  const selection: Selection<HTMLElement, unknown, null, undefined> = select(element);
  selection.call(behavior).on('dblclick.zoom', null);

  return {
    /** Apply a window from outside (props, URL) without reporting it back. */
    syncDomain(d: Domain) {
      // d3-zoom passes a 4th argument on as the event's sourceEvent; its typings omit it.
      const transformWithEvent = behavior.transform as unknown as (
        s: typeof selection,
        t: ReturnType<typeof domainToTransform>,
        p: null,
        e: SyncEvent,
      ) => void;
      transformWithEvent(selection, domainToTransform(base, d), null, { sync: true });
    },
    /** Apply a window chosen by the user (buttons, keys, overview): reported with final=true. */
    setDomain(d: Domain) {
      behavior.transform(selection, domainToTransform(base, d));
    },
    domain: () => current,
    destroy() {
      if (frame && typeof cancelAnimationFrame === 'function') cancelAnimationFrame(frame);
      selection.on('.zoom', null);
    },
  };
}

export type TimelineZoom = ReturnType<typeof createTimelineZoom>;
