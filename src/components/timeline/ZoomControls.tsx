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
        {/* The tooltip is the name, the glyph hidden from it: a label and a tooltip ("Zoom in",
            "Zoom in (+)") were said one after the other. The + and − keys are the timeline's,
            said in its description. */}
        <button type="button" onClick={onZoomIn} title="Zoom in">
          <span aria-hidden="true">+</span>
        </button>
        <button type="button" onClick={onZoomOut} title="Zoom out">
          <span aria-hidden="true">−</span>
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
