import { useEffect, useEffectEvent, useId, useRef, useState, type FormEvent } from 'react';
import {
  formatBytes,
  MAX_FILE_BYTES,
  NOTHING_CHOSEN,
  oversizeMessage,
  type CollectionInput,
} from '../state/collection';
import { useExplorer } from '../state/context';
import { KeptCollections } from './KeptCollections';
import { carriesFiles, type OpenArticles } from './open-context';

type Props = {
  open: boolean;
  opener: OpenArticles;
  onClose: () => void;
  /** Files dropped on the page outside the dialog, numbered per drop. */
  dropped?: { files: File[]; n: number } | null;
};

const ACCEPT = '.txt,.text,.md,.html,.htm,.json';

/** What is being read: "big.txt", "3 files", "the pasted article", "pier.txt and the pasted article". */
function readingWhat(files: File[], pasted: boolean): string {
  const chosen = files.length === 1 ? files[0]!.name : files.length ? `${files.length} files` : '';
  return [chosen, pasted ? 'the pasted article' : ''].filter(Boolean).join(' and ');
}

/**
 * The status line while reading: "Reading big.txt…" until the parser reports, then its share done
 * in steps of 5 % (a screen reader hears each step; the bar beside it moves finer), then what
 * follows the parse, which the page's thread does.
 */
function readingStatus(what: string, done: number | null): string {
  if (done === null) return `Reading ${what}…`;
  if (done >= 1) return `Reading ${what}: 100 %. Putting the articles on screen…`;
  return `Reading ${what}: ${Math.floor(done * 20) * 5} %`;
}

/** "story.txt" -> "story (2).txt", the first number not yet taken. */
function numberedName(name: string, taken: Set<string>): string {
  const dot = name.lastIndexOf('.');
  const [stem, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
  let n = 2;
  while (taken.has(`${stem} (${n})${ext}`)) n++;
  return `${stem} (${n})${ext}`;
}

const CANCELLED = 'Reading cancelled: the articles on screen are unchanged and nothing was kept.';
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/**
 * "Open your own articles": files (chosen or dropped), or pasted text with a title, and a
 * publication date for what the manifest does not date. A native modal <dialog> (the page behind
 * it is inert, Escape closes it); where showModal is missing it opens in place with the same
 * keyboard handling. Errors stay in the dialog; the articles on screen change only on success.
 * While it reads, Cancel and Escape stop the reading (the worker is terminated) and leave the
 * dialog open with everything the reader chose; otherwise they close the dialog.
 */
export default function OpenArticlesDialog({ open, opener, onClose, dropped }: Props) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const corpusKey = useExplorer((s) => s.corpusKey);
  const [files, setFiles] = useState<File[]>([]);
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [date, setDate] = useState('');
  const [error, setError] = useState<string | null>(null);
  /** Why the files last chosen were refused: still said if Open then finds nothing to open. */
  const [refusal, setRefusal] = useState<string | null>(null);
  /** What is being read ("big.txt"), and the share of it done once the parser says. */
  const [busy, setBusy] = useState<string | null>(null);
  const [done, setDone] = useState<number | null>(null);
  /** Said in the status line once nothing is being read ("Reading cancelled…", "… forgotten …"). */
  const [note, setNote] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const run = useRef<AbortController | null>(null);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      if (typeof d.showModal === 'function') d.showModal();
      else d.setAttribute('open', '');
      fileInput.current?.focus();
    } else if (!open && d.open) {
      if (typeof d.close === 'function') d.close();
      else d.removeAttribute('open');
    }
  }, [open]);

  const dismiss = () => {
    if (!open) return;
    // Closing while reading abandons the reading: the articles on screen stay.
    run.current?.abort();
    run.current = null;
    setBusy(null);
    setNote(null);
    setDragging(false);
    onClose();
  };

  // Stops the reading under way; the dialog stays open with what the reader chose.
  const cancelReading = () => {
    run.current?.abort();
    run.current = null;
    setBusy(null);
    setNote(CANCELLED);
  };

  // Cancel and Escape: stop the reading if there is one, else close.
  const cancel = () => (run.current ? cancelReading() : dismiss());

  /** One reading at a time, cancellable; true once it finished and the new articles are shown. */
  const read = async (
    what: string,
    work: (signal: AbortSignal, onProgress: (done: number) => void) => Promise<void>,
  ) => {
    if (run.current) return false;
    const controller = new AbortController();
    run.current = controller;
    setError(null);
    setNote(null);
    setBusy(what);
    setDone(null);
    const onProgress = (share: number) => {
      if (run.current === controller) setDone(share);
    };
    try {
      await work(controller.signal, onProgress);
      return !controller.signal.aborted;
    } catch (err) {
      if (!controller.signal.aborted) setError(messageOf(err));
      return false;
    } finally {
      if (run.current === controller) {
        run.current = null;
        setBusy(null);
      }
    }
  };

  const addFiles = (list: Iterable<File>) => {
    const refused: string[] = [];
    const renamed: string[] = [];
    const next = [...files];
    for (const file of list) {
      const tooBig = oversizeMessage(file.name, file.size);
      if (tooBig) {
        refused.push(tooBig);
        continue;
      }
      // The same file chosen again replaces itself; another file of the same name (two folders'
      // index.html) is kept under a numbered name, and the reader is told.
      const at = next.findIndex((f) => f.name === file.name);
      if (at >= 0 && next[at]!.size === file.size && next[at]!.lastModified === file.lastModified) {
        next[at] = file;
        continue;
      }
      if (at >= 0) {
        const name = numberedName(file.name, new Set(next.map((f) => f.name)));
        renamed.push(`another “${file.name}” is listed as “${name}”`);
        next.push(new File([file], name, { type: file.type, lastModified: file.lastModified }));
      } else next.push(file);
    }
    setFiles(next);
    setRefusal(refused.length ? refused.join(' ') : null);
    setError(refused.length ? refused.join(' ') : null);
    setNote(renamed.length ? `Two files have the same name: ${renamed.join('; ')}.` : null);
  };

  // Files dropped on the page: added once per drop, like files dropped on the dialog.
  // (An effect event: it reads the files chosen so far without making the effect run again.)
  const addDropped = useEffectEvent((files: Iterable<File>) => addFiles(files));
  const takenDrop = useRef(0);
  useEffect(() => {
    if (!dropped || dropped.n === takenDrop.current) return;
    takenDrop.current = dropped.n;
    addDropped(dropped.files);
  }, [dropped]);

  // A kept collection (the one on screen by default), gone from this browser once the reader
  // confirms; forgetting the one on screen shows the bundled articles and closes the dialog.
  const forget = async (key: string, what = 'these articles') => {
    const sure =
      typeof window.confirm !== 'function' ||
      window.confirm(
        `Forget ${what} and your date corrections in this browser? The link to them will open nothing here.`,
      );
    if (!sure || !opener.forget) return false;
    setError(null);
    setNote(null);
    try {
      await opener.forget(key);
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
    if (`local:${key}` === corpusKey) dismiss();
    else setNote(`${what[0]!.toUpperCase()}${what.slice(1)}: forgotten in this browser.`);
    return true;
  };

  const chosenList = useRef<HTMLUListElement>(null);
  const remove = (name: string) => {
    const at = files.findIndex((f) => f.name === name);
    setFiles(files.filter((f) => f.name !== name));
    setError(null);
    // On to the next file's Remove (it stays where it is), else the previous one's; the file input
    // only once none is left: it says "No file chosen" while the list still holds files.
    const buttons = chosenList.current?.querySelectorAll<HTMLButtonElement>('button');
    (buttons?.[at + 1] ?? buttons?.[at - 1] ?? fileInput.current)?.focus();
  };

  const removeAll = () => {
    setFiles([]);
    setError(null);
    setNote(null);
    // The button goes with the list: on to the file input, which now says "No file chosen".
    fileInput.current?.focus();
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (run.current) return;
    const pasted = text.trim() ? { text, title: title.trim() } : null;
    if (files.length === 0 && !pasted) {
      // A file refused as too big is not forgotten: the reader is told again why nothing is chosen.
      setError(refusal ? `${refusal} ${NOTHING_CHOSEN}` : NOTHING_CHOSEN);
      return;
    }
    const opened = await read(readingWhat(files, pasted !== null), async (signal, onProgress) => {
      const input: CollectionInput = {
        files: await Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        ),
        pasted,
        published: date || null,
      };
      signal.throwIfAborted();
      await opener.open(input, signal, onProgress);
    });
    if (!opened) return;
    setFiles([]);
    setRefusal(null);
    setText('');
    setTitle('');
    setDate('');
    onClose();
  };

  // A kept collection opened from the list: what the reader chose for a new one stays.
  const reopen = async (key: string, name: string) => {
    if (!opener.reopen) return;
    if (await read(`“${name}”`, (signal, onProgress) => opener.reopen!(key, signal, onProgress))) onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="open-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-intro`}
      aria-modal="true"
      onCancel={(e) => {
        e.preventDefault();
        cancel();
      }}
      onClose={dismiss}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          // (Taken here, so the browser does not also send the dialog a cancel event.)
          e.preventDefault();
          cancel();
        }
      }}
      onDragOver={(e) => {
        if (!carriesFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (e.dataTransfer.files.length) addFiles(Array.from(e.dataTransfer.files));
      }}
    >
      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2 id={`${id}-title`}>Open your own articles</h2>
        <p id={`${id}-intro`} className="open-intro">
          They are read in this browser and nothing is uploaded. They replace the articles on screen and stay
          in this browser only: the link opens them here. To share them, use “Export corpus” and send the
          file.
        </p>

        <div className={`drop-area${dragging ? ' dragging' : ''}`}>
          <label htmlFor={`${id}-files`}>Article files</label>
          <input
            ref={fileInput}
            id={`${id}-files`}
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby={`${id}-files-hint`}
            onChange={(e) => {
              if (e.target.files?.length) addFiles(Array.from(e.target.files));
              e.target.value = ''; // choosing the same file again still reports a change
            }}
          />
          <p id={`${id}-files-hint`} className="hint">
            Text, Markdown or HTML files, up to {formatBytes(MAX_FILE_BYTES)} each; you can also drop them
            here. Add a manifest.json for titles, sources and dates, or choose a Dateline corpus (.json) on
            its own.
          </p>
        </div>

        {/* Forty files are a long list: how many, and a way to start again without forty Removes. */}
        {files.length > 1 && (
          <p className="chosen-summary">
            {files.length} files chosen, {formatBytes(files.reduce((n, f) => n + f.size, 0))} in all{' '}
            <button type="button" onClick={removeAll}>
              Remove all
            </button>
          </p>
        )}
        {files.length > 0 && (
          <ul className="chosen-files" aria-label="Chosen files" ref={chosenList}>
            {files.map((f) => (
              <li key={f.name}>
                <span className="file-name">{f.name}</span>
                <span className="file-size">{formatBytes(f.size)}</span>
                <button type="button" aria-label={`Remove ${f.name}`} onClick={() => remove(f.name)}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}

        <label htmlFor={`${id}-paste`}>Or paste an article</label>
        <textarea id={`${id}-paste`} rows={6} value={text} onChange={(e) => setText(e.target.value)} />

        <div className="open-fields">
          <div>
            <label htmlFor={`${id}-title-field`}>Title</label>
            <input
              id={`${id}-title-field`}
              type="text"
              value={title}
              aria-describedby={`${id}-title-hint`}
              onChange={(e) => setTitle(e.target.value)}
            />
            <p id={`${id}-title-hint`} className="hint">
              Optional, for the pasted text; otherwise its first line.
            </p>
          </div>
          <div>
            <label htmlFor={`${id}-date`}>Publication date</label>
            <input
              id={`${id}-date`}
              type="date"
              value={date}
              aria-describedby={`${id}-date-hint`}
              onChange={(e) => setDate(e.target.value)}
            />
            <p id={`${id}-date-hint`} className="hint">
              Optional, for the pasted text and the files manifest.json does not date. Left empty, the date is
              found in the text where it can be.
            </p>
          </div>
        </div>

        {error && (
          <div role="alert" className="open-error">
            {error}
          </div>
        )}
        <p role="status" className="open-status" id={`${id}-status`}>
          {busy !== null ? readingStatus(busy, done) : note}
        </p>
        {busy !== null && done !== null && (
          <progress className="open-progress" max={1} value={done} aria-labelledby={`${id}-status`} />
        )}

        <div className="open-actions">
          <button type="submit" className="primary" aria-disabled={busy ? true : undefined}>
            Open
          </button>
          <button type="button" onClick={cancel}>
            Cancel
          </button>
          {!corpusKey.startsWith('bundled') && (
            <a href={window.location.pathname} className="open-bundled">
              Open the bundled articles
            </a>
          )}
          {corpusKey.startsWith('local:') && opener.forget && (
            <button
              type="button"
              className="open-forget"
              onClick={() => void forget(corpusKey.slice('local:'.length))}
              disabled={busy !== null}
            >
              Forget these articles in this browser
            </button>
          )}
        </div>

        <KeptCollections
          open={open}
          opener={opener}
          corpusKey={corpusKey}
          busy={busy !== null}
          onOpen={(key, name) => void reopen(key, name)}
          onForget={(key, name) => forget(key, `“${name}”`)}
        />
      </form>
    </dialog>
  );
}
