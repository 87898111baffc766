import { useEffect, useRef } from 'react';
import { useExplorer } from '../state/context';
import { announce } from './announce';

/**
 * Notices about the link or the corpus (bad parameters, unknown ids, what an import found).
 * Dismissible, never blocking. Each new notice is said through the page's live regions, which are
 * there from load (a region inserted already holding its text is not announced by many screen
 * readers); errors assertively. Dismissing one moves focus to the next notice's button (or the
 * one before); after the last, to the main area, so a keyboard reader is not sent back to the top
 * of the page.
 */
export function Notices() {
  const notices = useExplorer((s) => s.notices);
  const dismiss = useExplorer((s) => s.dismissNotice);
  const container = useRef<HTMLElement>(null);
  /** The notice whose button takes focus after a dismissal; '' for the main area. */
  const focusNext = useRef<string | null>(null);
  /** Notices already said, so a re-render (or other articles' store) says only the new ones. */
  const said = useRef(new Set<string>());
  useEffect(() => {
    const fresh = notices.filter((n) => !said.current.has(n.id));
    fresh.forEach((n) => said.current.add(n.id));
    const errors = fresh.filter((n) => n.tone === 'error').map((n) => n.message);
    const infos = fresh.filter((n) => n.tone !== 'error').map((n) => n.message);
    if (infos.length) announce(infos.join(' '));
    if (errors.length) announce(errors.join(' '), 'assertive');
  }, [notices]);
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
    <section className="notices" aria-label="Notices" ref={container}>
      {notices.map((n, i) => (
        <div key={n.id} data-notice={n.id} className={`notice notice-${n.tone}`}>
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
    </section>
  );
}
