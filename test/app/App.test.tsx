import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { App, startLoad } from '../../src/app/App';
import { corpusToFile } from '../../src/core/corpus-file';
import { generateCorpus } from '../../src/core/synthetic';
import type { Event } from '../../src/core/types';
import { formatValue } from '../../src/components/format';
import { announced } from '../components/fixture';
import { json, memoryStorage } from './helpers';

/** Async UI under a full run's load (the correction loads the parser's chunk). */
const SLOW = { timeout: 20_000 };

describe('App with ?corpus=', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it.each<[string, () => Promise<Response>, RegExp]>([
    [
      'a network failure',
      () => Promise.reject(new TypeError('Failed to fetch')),
      /Could not fetch the corpus at data\.json: Failed to fetch/,
    ],
    [
      'a 404',
      async () => new Response('nope', { status: 404, statusText: 'Not Found' }),
      /the server answered 404 Not Found/,
    ],
    [
      'a web page instead of JSON',
      async () => new Response('<!doctype html><p>hi', { headers: { 'content-type': 'text/html' } }),
      /is a web page, not a corpus JSON file/,
    ],
    ['broken JSON', async () => json('{"format": '), /is not valid JSON/],
    [
      'another format',
      async () => json({ format: 'geojson' }),
      /could not be used: not a Dateline corpus: format is "geojson"/,
    ],
    [
      'a newer version',
      async () => json({ format: 'dateline-corpus', version: 9, articles: [] }),
      /unsupported corpus version 9/,
    ],
  ])('explains %s in an alert', async (_name, respond, message) => {
    window.history.replaceState(null, '', '/?corpus=data.json');
    const fetchImpl = vi.fn(respond) as unknown as typeof fetch;
    render(<App fetchImpl={fetchImpl} storage={memoryStorage()} />);
    expect(screen.getByRole('status')).toHaveTextContent(/Loading/);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(fetchImpl).toHaveBeenCalledWith('data.json');
  });

  it('reads the corrections saved for the link while the corpus downloads, and applies them', async () => {
    const corpus = generateCorpus({ events: 6, seed: 2 });
    const event = corpus.events[0]!;
    const correction = { articleId: event.articleId, ...event.timex, value: '1999-02-03' };
    const storage = memoryStorage();
    storage.setItem('dateline:corrections:url:c.json', JSON.stringify([correction]));
    const getItem = vi.spyOn(storage, 'getItem');
    let respond: (r: Response) => void = () => undefined;
    const fetchImpl = vi.fn(() => new Promise<Response>((done) => (respond = done)));
    window.history.replaceState(null, '', '/?corpus=c.json');
    render(<App fetchImpl={fetchImpl as unknown as typeof fetch} storage={storage} />);
    await waitFor(() => expect(fetchImpl).toHaveBeenCalledWith('c.json'));
    // Not a byte of the corpus yet, and the saved corrections are already read.
    expect(getItem).toHaveBeenCalledWith('dateline:corrections:url:c.json');
    respond(json(corpus));
    const list = await screen.findByRole('grid', { name: 'Events' }, SLOW);
    expect(await within(list).findByText('Wed 3 Feb 1999', {}, SLOW)).toBeInTheDocument();
  }, 30_000);

  it('draws the explorer in the task the corpus comes in, not in one scheduled after it', async () => {
    const corpus = generateCorpus({ events: 30, seed: 4 });
    window.history.replaceState(null, '', '/?corpus=c.json');
    const storage = memoryStorage();
    const pending = startLoad(window.location.search, storage, async () => json(corpus), null);
    render(<App pending={pending} storage={storage} collections={null} />);
    expect(screen.getByRole('status')).toHaveTextContent(/Loading/);
    // The app heard of the load first: by the time this continues, the explorer is drawn, and no
    // render was left to React's scheduler (which `act` would have had to flush).
    await pending;
    expect(screen.getByRole('grid', { name: 'Events' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
  });

  it('draws, while loading, the same page index.html shows before its code has run', async () => {
    // index.html carries the loading page, so it is drawn (and its fonts found) while the code
    // downloads; React then draws its own over it, which must look and read the same.
    const html = readFileSync(resolve(__dirname, '../../index.html'), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const tight = (markup: string) => markup.replace(/>\s+</g, '><').trim();
    const shell = tight(doc.getElementById('root')!.innerHTML);
    expect(shell).toContain('Loading and reading the articles');
    // Without JavaScript it would load for ever: it is hidden, and the noscript message says why.
    expect(doc.head.querySelector('noscript')?.textContent).toMatch(/#root\s*\{\s*display:\s*none;?\s*\}/);
    window.history.replaceState(null, '', '/?corpus=c.json');
    const { container } = render(
      <App pending={new Promise(() => undefined)} storage={memoryStorage()} collections={null} />,
    );
    expect(tight(container.innerHTML)).toBe(shell);
  });

  it('loads a valid corpus, applies the deep link and reports what it could not apply', async () => {
    const corpus = generateCorpus({ events: 30, seed: 4 });
    // A report that does not lead its story: the list marks the story, the article shows the report.
    const leaderOf = (e: Event) => corpus.clusters.find((c) => c.id === e.cluster)?.events[0] ?? e.id;
    const target = corpus.events.find((e) => leaderOf(e) !== e.id)!;
    const leader = corpus.events.find((e) => e.id === leaderOf(target))!;
    expect(leader.id).not.toBe(target.id);
    window.history.replaceState(null, '', `/?corpus=c.json&event=${target.id}&topic=nope&from=2099-99-01`);
    render(<App fetchImpl={async () => json(corpus)} storage={memoryStorage()} />);
    const article = await screen.findByRole('region', { name: 'Article' });
    expect(article.querySelector('mark')).toHaveTextContent(target.sentence.text);
    expect(screen.getByRole('grid', { name: 'Events' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('grid', { name: 'Events' })).getByRole('gridcell', { selected: true }),
    ).toHaveTextContent(leader.sentence.text.slice(0, 40));
    const notices = screen.getByRole('region', { name: 'Notices' }).textContent;
    expect(notices).toMatch(/Ignored from “2099-99-01”/);
    expect(notices).toMatch(/no topic “nope”/);
    expect((window as { __dataReady?: number }).__dataReady).toBeGreaterThan(0);
    // The canonical link keeps the corpus and the applied parts only.
    await waitFor(() => expect(window.location.search).toBe(`?corpus=c.json&event=${target.id}`));
  });

  it('Back returns to the previous selection', async () => {
    const user = userEvent.setup();
    const corpus = generateCorpus({ events: 20, seed: 6 });
    window.history.replaceState(null, '', '/?corpus=c.json');
    render(<App fetchImpl={async () => json(corpus)} storage={memoryStorage()} />);
    const list = await screen.findByRole('grid', { name: 'Events' });
    const buttons = within(list).getAllByRole('gridcell');
    await user.click(buttons[0]!);
    const first = window.location.search;
    await user.click(buttons[1]!);
    expect(window.location.search).not.toBe(first);
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe(first));
    await waitFor(() => expect(within(list).getByRole('gridcell', { selected: true })).toBe(buttons[0]!));
  });

  it('Back or Forward while the articles load: the page shows the entry moved to, and leaves it as it was', async () => {
    const corpus = generateCorpus({ events: 20, seed: 6 });
    // An event that is its story's only report, so its row is its own.
    const clustered = new Set(corpus.clusters.flatMap((c) => (c.events.length > 1 ? c.events : [])));
    const target = corpus.events.filter((e) => !clustered.has(e.id))[3]!;
    let respond: (r: Response) => void = () => undefined;
    const fetchImpl = vi.fn(() => new Promise<Response>((done) => (respond = done)));
    window.history.replaceState(null, '', '/?corpus=c.json');
    render(<App fetchImpl={fetchImpl as unknown as typeof fetch} storage={memoryStorage()} />);
    await waitFor(() => expect(fetchImpl).toHaveBeenCalledWith('c.json'));
    // Forward to an entry of the same articles (one the reader made before the page reloaded).
    window.history.pushState(null, '', `/?corpus=c.json&event=${target.id}`);
    window.dispatchEvent(new PopStateEvent('popstate'));
    respond(json(corpus));
    const list = await screen.findByRole('grid', { name: 'Events' });
    await waitFor(() =>
      expect(within(list).getByRole('gridcell', { selected: true })).toHaveAttribute(
        'data-event-id',
        target.id,
      ),
    );
    expect(window.location.search).toBe(`?corpus=c.json&event=${target.id}`);
  });
});

describe('App with ?corpus= in version 3 (head, then texts)', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  const corpus = generateCorpus({ events: 24, seed: 8 });
  const file = corpusToFile(corpus);
  const event = corpus.events[5]!;
  const article = corpus.articles.find((a) => a.id === event.articleId)!;
  // The start of a sentence of the article's body that is not the event's: only the text has it.
  const other = article.sentences.find((s) => s.paragraph > 0 && s.start !== event.sentence.start)!;
  const otherText = article.text.slice(other.start, other.start + 20);

  it('draws the timeline and the list from the head before it reads the texts; the article says its text is loading, then shows it', async () => {
    window.history.replaceState(null, '', `/?corpus=c.json&event=${event.id}`);
    render(<App fetchImpl={async () => json(file)} storage={memoryStorage()} />);
    // The first drawing: the events, and the selected article without its text.
    const list = await screen.findByRole('grid', { name: 'Events' }, SLOW);
    expect(within(list).getAllByRole('row').length).toBeGreaterThan(5);
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: 'Article' });
    expect(within(panel).getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
    expect(within(panel).getByRole('status')).toHaveTextContent('Loading the article’s text…');
    expect(panel.querySelector('mark')).toHaveTextContent(event.sentence.text);
    expect(within(panel).queryByText(otherText, { exact: false })).toBeNull();
    expect(screen.getByRole('button', { name: 'Export corpus' })).toBeDisabled();
    // Then the texts, read after that drawing.
    expect(await within(panel).findByText(otherText, { exact: false }, SLOW)).toBeInTheDocument();
    expect(within(panel).queryByRole('status')).toBeNull();
    expect(within(panel).getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export corpus' })).toBeEnabled();
  });

  it('a link to an event, opened fresh, moves focus to its sentence once the text is drawn, which says the event', async () => {
    window.history.replaceState(null, '', `/?corpus=c.json&event=${event.id}`);
    render(<App fetchImpl={async () => json(file)} storage={memoryStorage()} />);
    const panel = await screen.findByRole('region', { name: 'Article' }, SLOW);
    // Not while the text is still loading: what focus would land on is drawn again.
    expect(within(panel).getByRole('status')).toHaveTextContent('Loading the article’s text…');
    expect(document.body).toHaveFocus();
    await within(panel).findByText(otherText, { exact: false }, SLOW);
    const mark = panel.querySelector('mark.selected');
    await waitFor(() => expect(mark).toHaveFocus());
    expect(mark).toHaveTextContent(event.sentence.text);
    const source = article.source ?? 'Unknown source';
    expect(mark).toHaveAccessibleDescription(
      new RegExp(`^Selected event, ${formatValue(event.value)}, reported by .*${source}.*\\.$`),
    );
    // Said once, by focus: not again in the live region.
    expect(announced() ?? '').not.toMatch(/Linked event|Selected event/);
  });

  it('a plain link keeps the usual start: focus on the page, nothing said', async () => {
    window.history.replaceState(null, '', '/?corpus=c.json');
    render(<App fetchImpl={async () => json(file)} storage={memoryStorage()} />);
    await screen.findByRole('grid', { name: 'Events' }, SLOW);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export corpus' })).toBeEnabled(), SLOW);
    expect(document.body).toHaveFocus();
    expect(announced()).not.toMatch(/Linked event/);
  });

  it('texts cut short: the events stay, and the article and a notice say the texts could not be read', async () => {
    window.history.replaceState(null, '', `/?corpus=c.json&event=${event.id}`);
    render(<App fetchImpl={async () => json(file.slice(0, -200))} storage={memoryStorage()} />);
    const panel = await screen.findByRole('region', { name: 'Article' }, SLOW);
    const alert = await within(panel).findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(
      /^The article texts in the file at c\.json could not be read \(the file ends before its texts do\); the events are shown without them\.$/,
    );
    expect(screen.getByRole('region', { name: 'Notices' })).toHaveTextContent(alert.textContent!);
    expect(within(screen.getByRole('grid', { name: 'Events' })).getAllByRole('row').length).toBeGreaterThan(
      5,
    );
  });

  it('applies the corrections saved for the link once the texts are in', async () => {
    const small = generateCorpus({ events: 6, seed: 2 });
    const first = small.events[0]!;
    const correction = { articleId: first.articleId, ...first.timex, value: '1999-02-03' };
    const storage = memoryStorage();
    storage.setItem('dateline:corrections:url:c.json', JSON.stringify([correction]));
    window.history.replaceState(null, '', '/?corpus=c.json');
    render(<App fetchImpl={async () => json(corpusToFile(small))} storage={storage} />);
    const list = await screen.findByRole('grid', { name: 'Events' }, SLOW);
    expect(await within(list).findByText('Wed 3 Feb 1999', {}, SLOW)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Export corpus' })).toBeEnabled(), SLOW);
  }, 30_000);
});

describe('App on the bundled corpus', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('parses the bundled articles in the page and shows them', async () => {
    render(<App storage={memoryStorage()} />);
    expect(screen.getByRole('status')).toHaveTextContent(/Loading/);
    const list = await screen.findByRole('grid', { name: 'Events' }, { timeout: 30_000 });
    expect(within(list).getAllByRole('row').length).toBeGreaterThan(5);
    expect(screen.getByRole('heading', { level: 1, name: 'Dateline' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Timeline' })).toBeInTheDocument();
    const sources = within(screen.getByRole('group', { name: 'Sources' })).getAllByRole('checkbox');
    expect(sources.length).toBeGreaterThanOrEqual(5);
    for (const box of sources) expect(box).toHaveAccessibleName(/^.+ \(\d+\)$/);
  }, 60_000);

  it('skip links take the keyboard past the filters to the timeline and to the events', async () => {
    const user = userEvent.setup();
    render(<App storage={memoryStorage()} />);
    const list = await screen.findByRole('grid', { name: 'Events' }, { timeout: 30_000 });
    const skips = screen.getByRole('navigation', { name: 'Skip links' });
    // They come first in the Tab order.
    await user.tab();
    expect(within(skips).getByRole('button', { name: 'Skip to the timeline' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('region', { name: 'Timeline' })).toContainElement(
      document.activeElement as HTMLElement,
    );
    await user.click(within(skips).getByRole('button', { name: 'Skip to the events' }));
    expect(list).toContainElement(document.activeElement as HTMLElement);
    expect(window.location.hash).toBe('');
  }, 60_000);
});

describe('App corrections with the real core', () => {
  beforeEach(() => window.history.replaceState(null, '', '/'));

  it('corrects a date and keeps it across a reload', async () => {
    const user = userEvent.setup();
    const storage = memoryStorage();
    const first = render(<App storage={storage} />);
    const list = await screen.findByRole('grid', { name: 'Events' }, { timeout: 30_000 });
    await user.click(within(list).getAllByRole('gridcell')[0]!);
    const article = screen.getByRole('region', { name: 'Article' });
    const timex = within(article.querySelector('mark')!).getAllByRole('button')[0]!;
    const original = timex.textContent!;
    await user.click(timex);
    const input = screen.getByRole('textbox', { name: 'Correct value' });
    await user.clear(input);
    await user.type(input, '1999-12-31');
    await user.click(screen.getByRole('button', { name: 'Apply correction' }));
    expect(await screen.findByText(/^Corrected by hand\. It was read as /)).toBeInTheDocument();
    const [key, saved] = [...storage.data][0]!;
    expect(key).toMatch(/^dateline:corrections:bundled:/);
    expect(JSON.parse(saved)).toEqual([expect.objectContaining({ text: original, value: '1999-12-31' })]);
    first.unmount();

    // A fresh page on the same storage: the bundled articles are re-parsed with the correction.
    render(<App storage={storage} />);
    const list2 = await screen.findByRole('grid', { name: 'Events' }, { timeout: 30_000 });
    // The address still names the corrected event, so the page opens on it, now in 1999: far outside
    // the dense part of the corpus that a link without an event opens on.
    expect(new URLSearchParams(window.location.search).get('event')).toBeTruthy();
    await waitFor(() =>
      expect(within(list2).getAllByRole('gridcell')[0]).toHaveTextContent('Fri 31 Dec 1999'),
    );
    await user.click(within(list2).getAllByRole('gridcell')[0]!);
    const mark = screen.getByRole('region', { name: 'Article' }).querySelector('mark')!;
    expect(within(mark).getByRole('button', { name: original })).toHaveClass('corrected');
  }, 90_000);
});
