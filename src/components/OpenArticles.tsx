import {
  Component,
  lazy,
  Suspense,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { carriesFiles, OpenArticlesContext } from './open-context';

// The dialog is its own chunk: the first page does not carry it. It is fetched once the page is
// idle after the first render (so it opens offline later), and again on hover or focus.
const loadDialog = () => import('./OpenArticlesDialog');

/** Runs `run` once the browser is idle (or soon, where it has no requestIdleCallback). */
function whenIdle(run: () => void): () => void {
  if (typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }
  const id = window.setTimeout(run, 1000);
  return () => window.clearTimeout(id);
}

export const DIALOG_MISSING =
  'The Open articles dialog could not be loaded: the connection may be down, or the app was updated. The articles on screen are unchanged.';

/** How Chromium, Firefox and Safari word a dynamic import that could not be fetched. */
const isChunkLoadError = (error: unknown) =>
  error instanceof Error &&
  /dynamically imported module|Importing a module script failed|error loading dynamically imported/i.test(
    error.message,
  );

/**
 * Catches a failed fetch of the dialog's chunk: a message and a retry in place of the dialog.
 * Any other error is a bug, passed on to the app's boundary rather than called a network problem.
 */
class ChunkBoundary extends Component<
  { onRetry: () => void; onClose: () => void; children: ReactNode },
  { error: unknown }
> {
  override state: { error: unknown } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (!isChunkLoadError(error)) throw error;
    return (
      <div role="alert" className="chunk-error">
        <p>{DIALOG_MISSING}</p>
        <button
          type="button"
          onClick={() => {
            this.setState({ error: null });
            this.props.onRetry();
          }}
        >
          Try again
        </button>{' '}
        <button type="button" onClick={this.props.onClose}>
          Close
        </button>
      </div>
    );
  }
}

/** "Open articles" in the header: opens the dialog for the reader's own files and pasted text. */
export function OpenArticlesButton() {
  const opener = useContext(OpenArticlesContext);
  const [open, setOpen] = useState(false);
  // Mounted on the first click and kept, so what the reader chose survives closing the dialog.
  const [mounted, setMounted] = useState(false);
  // Files dropped anywhere on the page open the dialog with them (numbered, so a second drop of
  // the same files is still news to the dialog).
  const [dropped, setDropped] = useState<{ files: File[]; n: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  // A fresh lazy component per attempt: React keeps a failed import's error for good.
  const [OpenArticlesDialog, setDialog] = useState(() => lazy(loadDialog));
  useEffect(() => {
    if (!opener) return;
    return whenIdle(() => {
      void loadDialog().catch(() => undefined);
      void opener.prefetch?.().catch(() => undefined);
    });
  }, [opener]);
  // Attached in the commit that draws the page (a layout effect): a passive effect can run after
  // the explorer is on screen, and a drop in between would open the file in place of the app.
  useLayoutEffect(() => {
    if (!opener) return;
    const onDragOver = (e: DragEvent) => {
      if (!carriesFiles(e) || e.defaultPrevented) return;
      // Without this the browser would open the file in place of the app.
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const onDrop = (e: DragEvent) => {
      // (A drop on the open dialog is the dialog's: it has taken it already.)
      if (!carriesFiles(e) || e.defaultPrevented) return;
      e.preventDefault();
      const files = Array.from(e.dataTransfer?.files ?? []);
      if (files.length === 0) return;
      setMounted(true);
      setOpen(true);
      setDropped((d) => ({ files, n: (d?.n ?? 0) + 1 }));
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [opener]);
  if (!opener) return null;
  const prefetch = () => void loadDialog().catch(() => undefined);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          setMounted(true);
          setOpen(true);
        }}
        onPointerEnter={prefetch}
        onFocus={prefetch}
      >
        Open articles
      </button>
      {mounted && (
        <ChunkBoundary
          onRetry={() => setDialog(() => lazy(loadDialog))}
          onClose={() => {
            // Nothing was chosen in a dialog that never loaded: the next click starts afresh.
            setMounted(false);
            close();
          }}
        >
          <Suspense fallback={null}>
            <OpenArticlesDialog open={open} opener={opener} dropped={dropped} onClose={close} />
          </Suspense>
        </ChunkBoundary>
      )}
    </>
  );
}
