import { useEffect, useMemo, useState } from 'react';
import { corpusToFile } from '../core/corpus-file';
import { groupStories } from '../core/query';
import { useCorpusLookups, useExplorer } from '../state/context';
import { announce } from './announce';
import { countOf } from './format';
import { OpenArticlesButton } from './OpenArticles';

async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied (insecure origin, no permission): fall through to the selection trick.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand('copy');
  } catch {
    ok = false;
  }
  area.remove();
  return ok;
}

/**
 * Downloads the corpus, corrections included, in the documented JSON format (version 3: its head,
 * in tables, then its texts). Only a whole corpus: not while its texts are still loading, nor when some could
 * not be read. `onDone` gets what was saved, to say: a download is seen in the browser's own bar at
 * best, and a screen reader hears nothing of it.
 */
function ExportButton({ onDone }: { onDone: (said: string) => void }) {
  const corpus = useExplorer((s) => s.corpus);
  const key = useExplorer((s) => s.corpusKey);
  const texts = useExplorer((s) => s.texts);
  const whole = texts.status === 'ready' && texts.missing.size === 0;
  const onClick = () => {
    const blob = new Blob([corpusToFile(corpus)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    // ("url:c.json" is saved as "dateline-url_c.json", not "dateline-url_c.json.json".)
    const stem =
      key
        .replace(/\.json$/i, '')
        .replace(/[^\w.-]+/g, '_')
        .slice(0, 60) || 'corpus';
    a.download = `dateline-${stem}.json`;
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    const fixes = corpus.corrections.length;
    onDone(
      `Exported ${countOf(corpus.articles.length, 'article', 'articles')}${
        fixes ? ` with ${countOf(fixes, 'date correction', 'date corrections')}` : ''
      } as ${a.download}`,
    );
  };
  return (
    <button
      type="button"
      onClick={onClick}
      disabled={!whole}
      title={
        whole
          ? undefined
          : texts.status === 'loading'
            ? 'The article texts are still loading'
            : 'Some article texts could not be read'
      }
    >
      Export corpus
    </button>
  );
}

/** What is loaded, so a reader knows the scope before reading any count in view. */
function CorpusSummary() {
  const { articles, clusters, index, sorted } = useCorpusLookups();
  // Stories, as the list counts them: the timeline groups the same list (every event, without
  // filters), and groupStories remembers its answer, so this costs nothing on first render.
  const events = useMemo(() => groupStories(sorted, clusters).length, [sorted, clusters]);
  return (
    <p className="corpus-summary">
      {countOf(articles.size, 'article', 'articles')} from{' '}
      {countOf(index.sourceNames.size, 'source', 'sources')} · {countOf(events, 'event', 'events')}
    </p>
  );
}

/**
 * App name and what one does with a view: open other articles, share it, or take the data away.
 */
export function Header() {
  const [message, setMessage] = useState('');
  // A collection opened here lives in this browser's storage: its link opens nothing elsewhere.
  const local = useExplorer((s) => s.corpusKey.startsWith('local:'));
  // So do the corrections made here to articles everyone can open: the link carries none of them.
  const corrected = useExplorer((s) => s.corpus.corrections.length > 0);
  // "Link copied" (or "Exported …") answers one click: the next thing the reader does (a click, a key) clears it.
  useEffect(() => {
    if (!message) return;
    const clear = () => setMessage('');
    document.addEventListener('pointerdown', clear, true);
    document.addEventListener('keydown', clear, true);
    return () => {
      document.removeEventListener('pointerdown', clear, true);
      document.removeEventListener('keydown', clear, true);
    };
  }, [message]);
  const copy = async () => {
    setMessage('');
    const ok = await copyText(window.location.href);
    const where = local
      ? ': it opens these articles only in this browser; to share them, use “Export corpus” and send the file'
      : corrected
        ? ': date corrections made in this browser are not in the link; to share them, use “Export corpus” and send the file'
        : '';
    const said = ok ? `Link copied${where}` : `Could not copy: the link is in the address bar${where}`;
    setMessage(said);
    announce(said);
  };
  return (
    <header className="app-header">
      <div className="app-title">
        <h1>Dateline</h1>
        <CorpusSummary />
      </div>
      <div className="header-actions">
        <OpenArticlesButton />
        <button type="button" onClick={() => void copy()}>
          Copy link
        </button>
        <ExportButton
          onDone={(said) => {
            setMessage(said);
            announce(said);
          }}
        />
        {/* Seen here; heard through the page's live region, which is there from load. */}
        <span className="announce">{message}</span>
      </div>
    </header>
  );
}
