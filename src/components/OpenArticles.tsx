import { lazy, Suspense, useContext, useRef, useState } from 'react';
import { OpenArticlesContext } from './open-context';

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
  const button = useRef<HTMLButtonElement>(null);
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
