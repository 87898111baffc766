import { useState } from 'react';

/**
 * The key to the timeline's marks: each shape drawn small, as the plot draws it, and said in words,
 * so neither the shape nor the colour has to carry the meaning alone. A disclosure: one line until
 * opened, reached by Tab, opened with Enter or Space.
 */
export function Legend() {
  // The list is drawn only while open: closed, the key is one line and adds nothing to the page.
  const [open, setOpen] = useState(false);
  return (
    <details className="dl-legend" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>Key to the marks</summary>
      {open ? (
        <ul className="dl-legend__list">
          <li>
            <span className="dl-legend__sample dl-mark" aria-hidden="true">
              <span className="dl-mark__dot" />
            </span>
            An event dated to a day
          </li>
          <li>
            <span className="dl-legend__sample dl-mark dl-mark--span" aria-hidden="true">
              <span className="dl-mark__span" style={{ left: 0, width: '100%' }} />
              <span className="dl-mark__dot" />
            </span>
            Dated only to a period (a week, a month, a year): a hatched bracket spans it
          </li>
          <li>
            <span className="dl-legend__sample dl-mark dl-mark--caption" aria-hidden="true">
              <span className="dl-mark__dot" />
            </span>
            <span>
              <em>A photo caption</em>, hollow and in italics: the date is the photo’s, which may be far from
              the story
            </span>
          </li>
          <li>
            <span className="dl-legend__sample dl-mark" aria-hidden="true">
              <span className="dl-mark__dot" />
              <span className="dl-mark__badge" data-n="3" />
            </span>
            One event several sources report (here 3), merged; an unlabelled dot is drawn larger
          </li>
          <li>
            <span className="dl-legend__sample dl-chip" aria-hidden="true">
              2023
            </span>
            A period longer than the window, in a row above the marks
          </li>
          <li>
            <span className="dl-legend__sample dl-more" aria-hidden="true">
              +4
            </span>
            More events at one place than fit: opens a list of them
          </li>
          <li>
            <span className="dl-legend__sample dl-bin" aria-hidden="true" />
            Zoomed out: a bar counts a period’s events; a dashed bracket, those dated only to a longer period
          </li>
          <li>
            <span className="dl-legend__sample dl-mark dl-mark--selected" aria-hidden="true">
              <span className="dl-mark__dot" />
            </span>
            The selected event, its label in bold
          </li>
        </ul>
      ) : null}
    </details>
  );
}
