import { useEffect, useRef } from 'react';
import { useExplorer } from '../state/context';

/**
 * Notices about the link or the corpus (bad parameters, unknown ids). Dismissible, never blocking.
 * Dismissing one moves focus to the next notice's button (or the one before); after the last, to
 * the main area, so a keyboard reader is not sent back to the top of the page.
 */
export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotice);
  const container = useRef<HTMLDivElement>(null);
  /** The notice whose button takes focus after a dismissal; '' for the main area. */
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const want = focusNext.current;
    if (want === null) return;
    focusNext.current = null;
    const notice = Array.from(container.current?.querySelectorAll<HTMLElement>('[data-notice]') ?? []).find(
      (el) => el.dataset.notice === want,
    );
    const button = notice?.querySelector('button');
    (button ?? document.querySelector<HTMLElement>('main'))?.focus();
  }, [notices]);
  if (notices.length === 0) return null;
  return (
    <div className="notices" ref={container}>
      {notices.map((n, i) => (
        <div
          key={n.id}
          data-notice={n.id}
          role={n.tone === 'error' ? 'alert' : 'status'}
          className={`notice notice-${n.tone}`}
        >
          <span>{n.message}</span>
          <button
            type="button"
            className="notice-dismiss"
            onClick={() => {
              focusNext.current = (notices[i + 1] ?? notices[i - 1])?.id ?? '';
              dismiss(n.id);
            }}
            aria-label="Dismiss notice"
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
