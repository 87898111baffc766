import { useEffect, useId, useRef, useState } from 'react';
import { formatBytes, keptName, type KeptCollection } from '../state/collection';
import { countOf, formatLocalMinute } from './format';
import type { OpenArticles } from './open-context';

type Props = {
  /** Listed afresh each time the dialog opens. */
  open: boolean;
  opener: OpenArticles;
  /** The articles on screen ("local:<key>" for a kept collection). */
  corpusKey: string;
  /** A reading is under way: opening or forgetting waits for it. */
  busy: boolean;
  onOpen: (key: string, name: string) => void;
  /** Resolves true once forgotten (the reader may say no). */
  onForget: (key: string, name: string) => Promise<boolean>;
};

type Listing =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; items: KeptCollection[] };

const countOfSummary = ({ summary: s }: KeptCollection) =>
  s.articles === null ? countOf(s.files, 'file', 'files') : countOf(s.articles, 'article', 'articles');

/**
 * "Kept in this browser", in the Open articles dialog: every collection opened here before, newest
 * first, with its first titles, size and when it was opened, to open again or forget. Reads only
 * the summaries kept beside the collections.
 */
export function KeptCollections({ open, opener, corpusKey, busy, onOpen, onForget }: Props) {
  const id = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [listing, setListing] = useState<Listing>({ kind: 'loading' });
  // The list read at the last opening is stale at the next: what was opened or forgotten since is
  // not in it, and its rows must not be offered while the new list is read.
  const [listedOpen, setListedOpen] = useState(open);
  if (open !== listedOpen) {
    setListedOpen(open);
    if (open) setListing({ kind: 'loading' });
  }
  const [version, setVersion] = useState(0);
  const list = opener.list;

  useEffect(() => {
    if (!open || !list) return;
    let live = true;
    list().then(
      (items) => live && setListing(items ? { kind: 'ready', items } : { kind: 'none' }),
      (error: unknown) =>
        live &&
        setListing({
          kind: 'error',
          // (A DOMException is not an Error everywhere.)
          message: error instanceof Error || error instanceof DOMException ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [open, list, version]);

  if (!list) return null;

  const forget = async (key: string, name: string) => {
    if (busy || !(await onForget(key, name))) return;
    setVersion((v) => v + 1);
    // The row and its button are gone: the reader goes on from the list's heading.
    heading.current?.focus();
  };

  return (
    <section className="kept" aria-labelledby={`${id}-kept`}>
      <h3 id={`${id}-kept`} ref={heading} tabIndex={-1}>
        Kept in this browser
      </h3>
      {listing.kind === 'loading' && <p className="hint">Looking for the articles kept here…</p>}
      {listing.kind === 'none' && (
        <p className="hint">
          This browser does not let the app keep articles (private browsing, or site storage turned off).
        </p>
      )}
      {listing.kind === 'error' && (
        <p className="open-error">
          The articles kept in this browser could not be listed ({listing.message}). The browser may be
          refusing site storage; opening articles still works, for this tab.
        </p>
      )}
      {listing.kind === 'ready' && listing.items.length === 0 && (
        <p className="hint">
          Nothing is kept in this browser yet. Articles you open here are kept until you forget them.
        </p>
      )}
      {listing.kind === 'ready' && listing.items.length > 0 && (
        <ul className="kept-list" aria-labelledby={`${id}-kept`}>
          {listing.items.map((c) => {
            const name = keptName(c.summary);
            const onScreen = `local:${c.key}` === corpusKey;
            return (
              <li key={c.key} aria-current={onScreen ? 'true' : undefined}>
                <span className="kept-name">{name}</span>
                <span className="kept-details">
                  {countOfSummary(c)} · {formatBytes(c.summary.bytes)} · opened {formatLocalMinute(c.savedAt)}
                  {onScreen ? ' · on screen' : ''}
                </span>
                <span className="kept-actions">
                  {!onScreen && opener.reopen && (
                    <button
                      type="button"
                      aria-label={`Open ${name}`}
                      aria-disabled={busy ? true : undefined}
                      onClick={() => !busy && onOpen(c.key, name)}
                    >
                      Open
                    </button>
                  )}
                  {opener.forget && (
                    <button
                      type="button"
                      aria-label={`Forget ${name}`}
                      aria-disabled={busy ? true : undefined}
                      onClick={() => void forget(c.key, name)}
                    >
                      Forget
                    </button>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
