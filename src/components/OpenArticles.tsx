import { lazy, Suspense, useContext, useLayoutEffect, useRef, useState } from 'react';
import { carriesFiles, OpenArticlesContext } from './open-context';

// The dialog is its own chunk: the first page does not carry it. Hovering or focusing the button
// starts fetching it, so it is usually there by the click.
const loadDialog = () => import('./OpenArticlesDialog');
const OpenArticlesDialog = lazy(loadDialog);

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
        <Suspense fallback={null}>
          <OpenArticlesDialog
            open={open}
            opener={opener}
            dropped={dropped}
            onClose={() => {
              setOpen(false);
              button.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
