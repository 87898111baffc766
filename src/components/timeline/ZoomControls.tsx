import { useId } from 'react';
import type { LaneMode } from './types';

const LANE_OPTIONS: { value: LaneMode; label: string }[] = [
  { value: 'none', label: 'None' },
  { value: 'actor', label: 'Actor' },
  { value: 'topic', label: 'Topic' },
  { value: 'source', label: 'Source' },
];

type Props = {
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFit: () => void;
  lanes: LaneMode;
  onLanesChange?: (lanes: LaneMode) => void;
};

/** Zoom buttons and the lanes select: the keyboard and pointer alternative to wheel and pinch. */
export function ZoomControls({ onZoomIn, onZoomOut, onFit, lanes, onLanesChange }: Props) {
  const id = useId();
  return (
    <div className="dl-timeline__controls">
      <div role="group" aria-label="Zoom" className="dl-timeline__zoom">
        <button type="button" onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button type="button" onClick={onZoomOut} aria-label="Zoom out" title="Zoom out (−)">
          −
        </button>
        <button type="button" onClick={onFit}>
          Fit all
        </button>
      </div>
      {onLanesChange ? (
        <span className="dl-timeline__lanes">
          <label htmlFor={`${id}-lanes`}>Lanes</label>
          <select
            id={`${id}-lanes`}
            value={lanes}
            onChange={(e) => onLanesChange(e.target.value as LaneMode)}
          >
            {LANE_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </span>
      ) : null}
    </div>
  );
}
