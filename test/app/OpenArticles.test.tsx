import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import type { CollectionStore } from '../../src/app/collections';
import { corpusToFile } from '../../src/core/corpus-file';
import { generateCorpus } from '../../src/core/synthetic';
import type { Corpus } from '../../src/core/types';
import type { CollectionInput, KeptCollection } from '../../src/state/collection';
import { LIBRARY, PIER } from '../fixtures/made-up-articles';
import { json, memoryStorage } from './helpers';

const BAKERY =
  'The Elm Street bakery will close for good on Friday, its owners announced. They opened the shop in 1998.';

/** A CollectionStore over two Maps; each put is saved one minute after the one before. */
function memoryCollections(): CollectionStore & {
  data: Map<string, CollectionInput>;
  summaries: Map<string, KeptCollection>;
} {
  const data = new Map<string, CollectionInput>();
  const summaries = new Map<string, KeptCollection>();
  let minute = 0;
  return {
    data,
    summaries,
    get: async (key) => data.get(key) ?? null,
    put: async (key, input, summary) => {
      data.set(key, input);
      const savedAt = new Date(Date.UTC(2024, 2, 4, 9, minute++)).toISOString();
      summaries.set(key, { key, savedAt, summary });
    },
    delete: async (key) => {
      data.delete(key);
      summaries.delete(key);
    },
    list: async () => [...summaries.values()].sort((a, b) => b.savedAt.localeCompare(a.savedAt)),
  };
}

const textFile = (name: string, text: string, type = 'text/plain') => new File([text], name, { type });

// What is on screen before: a generated corpus from ?corpus=, quick to load.
const before = generateCorpus({ events: 12, seed: 9 });

type MemoryCollections = ReturnType<typeof memoryCollections>;

async function renderApp(props: { collections?: MemoryCollections | null } = {}) {
  const user = userEvent.setup();
  const storage = memoryStorage();
  const collections = props.collections === undefined ? memoryCollections() : props.collections;
  const view = render(
    <App fetchImpl={async () => json(before)} storage={storage} collections={collections} />,
  );
  await screen.findByRole('grid', { name: 'Events' });
  return { user, storage, collections, view };
}

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Open articles' }));
  // (The dialog is its own chunk, loaded on first use: slow under a full run's load.)
  return screen.findByRole('dialog', { name: 'Open your own articles' }, SLOW);
}

// After Open, jsdom (no Worker) parses on the main thread; the parser is loaded once, up front.
const SLOW = { timeout: 20_000 };
beforeAll(() => import('../../src/core/pipeline'), 120_000);

const eventsList = () => screen.getByRole('grid', { name: 'Events' });
/** An event row, looked up afresh: opening other articles renders a new list. */
const findEvent = (name: RegExp) => waitFor(() => within(eventsList()).getByRole('gridcell', { name }), SLOW);

/** What the notices say: on screen, in the region "Notices". */
const notices = () => screen.queryByRole('region', { name: 'Notices' })?.textContent ?? '';

describe('Open your own articles', { timeout: 40_000 }, () => {
  beforeEach(() => window.history.replaceState(null, '', '/?corpus=c.json'));
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('opens a modal dialog from the header; Escape closes it and focus returns to the button', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByLabelText('Article files')).toHaveFocus();
    expect(within(dialog).getByLabelText('Article files')).toHaveAttribute('multiple');
    expect(within(dialog).getByLabelText('Article files')).toHaveAttribute(
      'accept',
      '.txt,.text,.md,.html,.htm,.json',
    );
    expect(within(dialog).getByRole('textbox', { name: 'Or paste an article' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Publication date')).toHaveAttribute('type', 'date');
    // Not on the bundled articles: the dialog offers the way back.
    expect(within(dialog).getByRole('link', { name: 'Open the bundled articles' })).toHaveAttribute(
      'href',
      '/',
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open articles' })).toHaveFocus();
  });

  it('opens uploaded files in place of the articles on screen, and keeps them in this browser', async () => {
    const { user, collections } = await renderApp();
    // A view with a filter and a selection, which the new articles must not inherit.
    await user.click(within(eventsList()).getAllByRole('gridcell')[0]!);
    expect(window.location.search).toMatch(/event=/);
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), [
      textFile('pier.txt', PIER),
      textFile('library.txt', LIBRARY),
    ]);
    const chosen = within(dialog).getByRole('list', { name: 'Chosen files' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringMatching(/^pier\.txt\d+ bytesRemove$/),
      expect.stringMatching(/^library\.txt\d+ bytesRemove$/),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));

    const row = await findEvent(/harbour council voted on Monday/);
    expect(row).toHaveTextContent('Mon 4 Mar 2024');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open articles' })).toHaveFocus();
    // Only the new articles, in a fresh view.
    expect(screen.getByText('2 articles from 1 source · 2 events')).toBeInTheDocument();
    expect(within(eventsList()).queryByRole('gridcell', { selected: true })).toBeNull();
    expect(notices()).toMatch(
      'Opened 2 articles (1 dated from the text, 1 without a date: set it in the article panel).',
    );
    // The link names the collection, stored under the same key.
    const key = new URLSearchParams(window.location.search).get('local')!;
    expect(window.location.search).toBe(`?local=${key}`);
    expect([...collections!.data.keys()]).toEqual([key]);
    expect(collections!.data.get(key)!.files.map((f) => f.name)).toEqual(['pier.txt', 'library.txt']);
  });

  it('dates the pasted text and undated files by the date field; the title names the pasted article', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), textFile('library.txt', LIBRARY));
    await user.type(within(dialog).getByRole('textbox', { name: 'Or paste an article' }), BAKERY);
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Elm Street bakery to close');
    fireEvent.change(within(dialog).getByLabelText('Publication date'), { target: { value: '2024-05-15' } });
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));

    // "on Saturday" against Wednesday 15 May 2024; "on Friday" ahead of it.
    const library = await findEvent(/library reopened/);
    expect(library).toHaveTextContent('Sat 11 May 2024');
    const bakery = within(eventsList()).getByRole('gridcell', { name: /bakery will close/ });
    expect(bakery).toHaveTextContent('Fri 17 May 2024');
    await user.click(bakery);
    const article = screen.getByRole('region', { name: 'Article' });
    expect(within(article).getByRole('heading', { name: 'Elm Street bakery to close' })).toBeInTheDocument();
    expect(article).toHaveTextContent('Published Wed 15 May 2024 (set by hand');
    expect(notices()).toMatch('Opened 2 articles.');
  });

  it('takes titles, sources and dates from a manifest.json among the files', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    const manifest = {
      articles: [{ file: 'library.txt', source: 'Portvale Post', published: '2024-02-05' }],
    };
    await user.upload(within(dialog).getByLabelText('Article files'), [
      textFile('library.txt', LIBRARY),
      textFile('manifest.json', JSON.stringify(manifest), 'application/json'),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    const row = await findEvent(/library reopened/);
    // Saturday before Monday 5 February 2024.
    expect(row).toHaveTextContent('Sat 3 Feb 2024');
    expect(
      within(screen.getByRole('group', { name: 'Sources' })).getByRole('checkbox', { name: /Portvale Post/ }),
    ).toBeInTheDocument();
  });

  it.each([
    ['version 1', JSON.stringify],
    ['version 2', (c: Corpus) => corpusToFile(c, 2)],
    ['version 3, as "Export corpus" writes it', (c: Corpus) => corpusToFile(c)],
  ])('opens a Dateline corpus JSON (%s) as it is', async (_, write) => {
    const { user } = await renderApp();
    const mine = generateCorpus({ events: 5, seed: 21 });
    const dialog = await openDialog(user);
    await user.upload(
      within(dialog).getByLabelText('Article files'),
      textFile('mine.json', write(mine), 'application/json'),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(window.location.search).toMatch(/^\?local=[0-9a-f]{16}$/));
    const first = mine.events[0]!.sentence.text.slice(0, 30);
    expect(
      within(eventsList())
        .getAllByRole('gridcell')
        .map((b) => b.textContent),
    ).toContainEqual(expect.stringContaining(first));
    expect(notices()).toMatch(`Opened ${mine.articles.length} article`);
  });

  it.each<[string, () => File, RegExp]>([
    [
      'JSON that is not a corpus',
      () => textFile('rows.json', '{"rows": [1, 2, 3]}', 'application/json'),
      /“rows\.json” is JSON but not a Dateline corpus/,
    ],
    [
      'a corpus of another version',
      () => textFile('old.json', '{"format": "dateline-corpus", "version": 9, "articles": []}'),
      /“old\.json” could not be used: unsupported corpus version 9/,
    ],
  ])(
    'says what is wrong with %s in the dialog, and keeps the articles on screen',
    async (_n, make, message) => {
      const { user } = await renderApp();
      const rows = within(eventsList()).getAllByRole('gridcell').length;
      const dialog = await openDialog(user);
      await user.upload(within(dialog).getByLabelText('Article files'), make());
      await user.click(within(dialog).getByRole('button', { name: 'Open' }));
      expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
      expect(screen.getByRole('dialog', { name: 'Open your own articles' })).toBeInTheDocument();
      expect(window.location.search).toBe('?corpus=c.json');
      expect(within(eventsList()).getAllByRole('gridcell')).toHaveLength(rows);
    },
  );

  it.each<[string, () => File, RegExp]>([
    ['an empty file', () => textFile('empty.txt', ''), /“empty\.txt” is empty/],
    [
      'random bytes',
      () => new File([Uint8Array.from({ length: 2048 }, (_, i) => (i * 2654435761) >>> 24)], 'binary.txt'),
      /“binary\.txt” is a binary file/,
    ],
    [
      'a PDF',
      () => textFile('story.pdf', '%PDF-1.7\n1 0 obj', 'application/pdf'),
      /“story\.pdf” is a PDF file/,
    ],
    [
      'a Word file',
      () => new File([Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0)], 'story.docx'),
      /“story\.docx” is a Word document/,
    ],
  ])('refuses %s by name and why, and keeps the articles on screen', async (_n, make, message) => {
    const { user } = await renderApp();
    const rows = within(eventsList()).getAllByRole('gridcell').length;
    const dialog = await openDialog(user);
    // Dropped: the file picker's filter would not offer a .pdf or .docx, but a drop brings anything.
    fireEvent.drop(dialog, {
      dataTransfer: { files: [make(), textFile('pier.txt', PIER)], types: ['Files'] },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(message);
    // Not only that file: the good one beside it was not opened either, and the reader is told.
    expect(within(dialog).getByRole('alert')).toHaveTextContent(/^Nothing was opened\. /);
    expect(window.location.search).toBe('?corpus=c.json');
    expect(within(eventsList()).getAllByRole('gridcell')).toHaveLength(rows);
  });

  it('keeps two chosen files of the same name, numbering the second, and says so', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), [
      textFile('story.txt', PIER),
      textFile('story.txt', LIBRARY),
    ]);
    const chosen = within(dialog).getByRole('list', { name: 'Chosen files' });
    expect(
      within(chosen)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('.file-name')?.textContent),
    ).toEqual(['story.txt', 'story (2).txt']);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Two files have the same name: another “story.txt” is listed as “story (2).txt”.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await findEvent(/harbour council voted/)).toBeInTheDocument();
    expect(screen.getByText(/^2 articles from 1 source/)).toBeInTheDocument(); // both kept
  });

  it('refuses a file over 20 MB by name and asks for something when nothing is chosen', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Choose files or paste an article first.');

    const huge = textFile('archive.txt', 'big');
    Object.defineProperty(huge, 'size', { value: 21 * 1024 * 1024 });
    await user.upload(within(dialog).getByLabelText('Article files'), [huge, textFile('pier.txt', PIER)]);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      '“archive.txt” is 21.0 MB; files over 20.0 MB are not opened.',
    );
    const chosen = within(dialog).getByRole('list', { name: 'Chosen files' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    expect(chosen).toHaveTextContent('pier.txt');
  });

  it('still says why a file too big was refused when Open then finds nothing to open', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    const huge = textFile('archive.txt', 'big');
    Object.defineProperty(huge, 'size', { value: 25 * 1024 * 1024 });
    await user.upload(within(dialog).getByLabelText('Article files'), [huge]);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    const alert = within(dialog).getByRole('alert');
    expect(alert).toHaveTextContent('“archive.txt” is 25.0 MB; files over 20.0 MB are not opened.');
    expect(alert).toHaveTextContent('Choose files or paste an article first.');
  });

  it('says how many files are chosen and their size, and removes them all at once', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    const input = within(dialog).getByLabelText('Article files');
    await user.upload(input, [textFile('a.txt', PIER), textFile('b.txt', PIER), textFile('c.txt', PIER)]);
    const bytes = 3 * new Blob([PIER]).size;
    expect(
      within(dialog).getByText(new RegExp(`^3 files chosen, ${bytes} bytes in all`)),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Remove all' }));
    expect(within(dialog).queryByRole('list', { name: 'Chosen files' })).toBeNull();
    expect(within(dialog).queryByText(/files chosen/)).toBeNull();
    expect(input).toHaveFocus();
  });

  it('lets the reader remove a chosen file, and takes files dropped on the dialog', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    fireEvent.drop(dialog, {
      dataTransfer: {
        files: [textFile('pier.txt', PIER), textFile('notes.md', '# Notes')],
        types: ['Files'],
      },
    });
    const chosen = within(dialog).getByRole('list', { name: 'Chosen files' });
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(2);
    await user.click(within(chosen).getByRole('button', { name: 'Remove notes.md' }));
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    // Focus stays in the list, on the file that is left (the file input would say "No file chosen").
    expect(within(chosen).getByRole('button', { name: 'Remove pier.txt' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(dialog).queryByRole('list', { name: 'Chosen files' })).toBeNull();
    expect(within(dialog).getByLabelText('Article files')).toHaveFocus();
    fireEvent.drop(dialog, { dataTransfer: { files: [textFile('pier.txt', PIER)], types: ['Files'] } });
    await within(dialog).findByRole('list', { name: 'Chosen files' }, SLOW);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(await findEvent(/harbour council voted/)).toBeInTheDocument();
  });

  it('opens the dialog with files dropped anywhere on the page, instead of letting the browser open them', async () => {
    await renderApp();
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.assign(drop, { dataTransfer: { files: [textFile('pier.txt', PIER)], types: ['Files'] } });
    fireEvent(document.body, drop);
    expect(drop.defaultPrevented).toBe(true);
    const dialog = await screen.findByRole('dialog', { name: 'Open your own articles' });
    // (The files are looked at, to refuse what is not text, before they are listed.)
    const chosen = await within(dialog).findByRole('list', { name: 'Chosen files' }, SLOW);
    expect(within(chosen).getAllByRole('listitem')).toHaveLength(1);
    expect(chosen).toHaveTextContent('pier.txt');
  });

  it('shows "Reading 2 files…" until they are read and kept', async () => {
    // Keeping the collection waits until the test lets it finish.
    let finish: (() => void) | null = null;
    const slow = memoryCollections();
    const put = slow.put;
    slow.put = (key, input, summary) =>
      new Promise<void>((done) => (finish = () => void put(key, input, summary).then(done)));
    const { user } = await renderApp({ collections: slow });
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), [
      textFile('pier.txt', PIER),
      textFile('library.txt', LIBRARY),
    ]);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Reading 2 files…');
    expect(within(dialog).getByRole('button', { name: 'Open' })).toHaveAttribute('aria-disabled', 'true');
    await waitFor(() => expect(finish).not.toBeNull(), SLOW);
    // Read, not yet kept: the articles on screen stay until the new ones are ready.
    expect(within(eventsList()).queryByRole('gridcell', { name: /harbour council/ })).toBeNull();
    finish!();
    await findEvent(/harbour council voted/);
    expect(slow.data.size).toBe(1);
  });

  it('Escape while it reads cancels the reading, keeps the dialog and what was chosen, and stores nothing', async () => {
    const { user, collections } = await renderApp();
    let release = () => {};
    const gated = textFile('pier.txt', PIER);
    const read = gated.arrayBuffer.bind(gated);
    gated.arrayBuffer = () => new Promise((done) => (release = () => void read().then(done)));
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), gated);
    await user.type(within(dialog).getByRole('textbox', { name: 'Title' }), 'Pier');
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Reading pier.txt…');
    await user.keyboard('{Escape}');
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Reading cancelled: the articles on screen are unchanged and nothing was kept.',
    );
    expect(screen.getByRole('dialog', { name: 'Open your own articles' })).toBe(dialog);
    expect(within(dialog).getByRole('list', { name: 'Chosen files' })).toHaveTextContent('pier.txt');
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue('Pier');
    expect(within(dialog).getByRole('button', { name: 'Open' })).not.toHaveAttribute('aria-disabled');
    release();
    // Long enough for a parse that no longer matters to finish.
    await new Promise((done) => setTimeout(done, 1500));
    expect(collections!.data.size).toBe(0);
    expect(window.location.search).toBe('?corpus=c.json');
    expect(within(eventsList()).queryByRole('gridcell', { name: /harbour council/ })).toBeNull();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Reading cancelled');
    // Nothing is being read now: Escape closes.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('reopens the collection from its ?local= link, with its corrections, and Back returns to the articles before', async () => {
    const { user, storage, collections, view } = await renderApp();
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), textFile('pier.txt', PIER));
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await user.click(await findEvent(/harbour council voted/));
    const local = window.location.search;
    const key = new URLSearchParams(local).get('local');

    // A hand correction is kept with this collection.
    const mark = screen.getByRole('region', { name: 'Article' }).querySelector('mark')!;
    await user.click(within(mark).getByRole('button', { name: 'Monday' }));
    const input = screen.getByRole('textbox', { name: 'Correct value' });
    await user.clear(input);
    await user.type(input, '2024-03-05');
    await user.click(screen.getByRole('button', { name: 'Apply correction' }));
    await waitFor(() => expect(storage.data.has(`dateline:corrections:local:${key}`)).toBe(true));

    // Back: the collection without the selection, then the articles before, as they were;
    // Forward: the collection again.
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe(`?local=${key}`));
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe('?corpus=c.json'));
    await waitFor(() =>
      expect(within(eventsList()).queryByRole('gridcell', { name: /harbour council/ })).toBeNull(),
    );
    window.history.forward();
    expect(await findEvent(/harbour council voted/)).toHaveTextContent('Tue 5 Mar 2024');
    expect(window.location.search).toBe(`?local=${key}`);

    // Copy link says where the link works.
    vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(
      await within(screen.getByRole('banner')).findByText(
        /Link copied: it opens these articles only in this browser/,
      ),
    ).toHaveTextContent(/use “Export corpus”/);

    // A fresh page on the same browser storage, with the correction.
    view.unmount();
    window.history.replaceState(null, '', `/${local}`);
    render(<App storage={storage} collections={collections} />);
    expect(await findEvent(/harbour council voted/)).toHaveTextContent('Tue 5 Mar 2024');
    expect(within(eventsList()).getByRole('gridcell', { selected: true })).toHaveTextContent(
      /harbour council voted/,
    );
    expect(window.location.search).toBe(local);
  });

  it('a text with no date says it has no dated events until the reader sets its publication date', async () => {
    const { user } = await renderApp();
    const dialog = await openDialog(user);
    const undated = 'The Elm Street bakery will close for good on Friday, its owners announced.';
    await user.type(within(dialog).getByRole('textbox', { name: 'Or paste an article' }), undated);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await waitFor(() => expect(notices()).toMatch('No dated events were found in them.'), SLOW);
    expect(notices()).toMatch('1 without a date: set it in the article panel');
    const article = screen.getByRole('region', { name: 'Article' });
    // One line and no title given: the dialog takes its first line, and the line is still the text.
    expect(within(article).getByRole('heading', { name: undated })).toBeInTheDocument();
    await user.click(within(article).getByText('Set the publication date'));
    fireEvent.change(within(article).getByLabelText('Publication date'), { target: { value: '2024-05-15' } });
    await user.click(within(article).getByRole('button', { name: 'Set date' }));
    expect(await findEvent(/bakery will close/)).toHaveTextContent('Fri 17 May 2024');
    expect(within(article).getByRole('heading', { level: 2, name: undated })).toBeInTheDocument();
    // The notice follows: neither "no dated events" nor "set it" once it is set.
    expect(notices()).toMatch('Opened 1 article.');
    expect(notices()).not.toMatch(/No dated events|without a date/);
  });

  it('still opens the articles where the browser cannot keep them, and says so', async () => {
    const { user } = await renderApp({ collections: null });
    const dialog = await openDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Or paste an article' }), BAKERY);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    // No date given or found: "on Friday" stays unresolved, 1998 is an event.
    await findEvent(/opened the shop in 1998/);
    expect(notices()).toMatch(/stay open in this tab only/);
    expect(notices()).toMatch('1 without a date: set it in the article panel');
  });
});

describe('Forgetting opened articles', () => {
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.restoreAllMocks();
  });

  it('removes them and their corrections from this browser, after asking, and shows the bundled articles', async () => {
    const { user, collections, storage } = await renderApp();
    let dialog = await openDialog(user);
    expect(
      within(dialog).queryByRole('button', { name: 'Forget these articles in this browser' }),
    ).toBeNull();
    await user.upload(within(dialog).getByLabelText('Article files'), textFile('pier.txt', PIER));
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await findEvent(/harbour council voted on Monday/);
    const key = new URLSearchParams(window.location.search).get('local')!;
    storage.setItem(`dateline:corrections:local:${key}`, '[]');

    // Asked first: "no" keeps everything.
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    dialog = await openDialog(user);
    await user.click(within(dialog).getByRole('button', { name: 'Forget these articles in this browser' }));
    expect(confirm).toHaveBeenCalledTimes(1);
    expect([...collections!.data.keys()]).toEqual([key]);

    await user.click(within(dialog).getByRole('button', { name: 'Forget these articles in this browser' }));
    await waitFor(() => expect(collections!.data.size).toBe(0));
    expect(storage.data.has(`dateline:corrections:local:${key}`)).toBe(false);
    await waitFor(() => expect(screen.getByRole('banner')).toHaveTextContent(/6 articles from \d+ sources/), {
      timeout: 30_000,
    });
    expect(window.location.search).toBe('');
  }, 60_000);
});

describe('Articles kept in this browser, listed in the dialog', { timeout: 60_000 }, () => {
  beforeEach(() => window.history.replaceState(null, '', '/?corpus=c.json'));
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.restoreAllMocks();
  });

  const PIER_TITLE = 'Harbour council backs new ferry pier';
  const LIBRARY_TITLE = 'Library reopens after flood repairs';
  const keptList = async () =>
    within(screen.getByRole('dialog')).findByRole('list', { name: 'Kept in this browser' });

  async function openFile(user: ReturnType<typeof userEvent.setup>, file: File, event: RegExp, date = '') {
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), file);
    fireEvent.change(within(dialog).getByLabelText('Publication date'), { target: { value: date } });
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    await findEvent(event);
    return new URLSearchParams(window.location.search).get('local')!;
  }

  it('lists every collection, newest first; Open shows one as a new history entry; Forget removes another', async () => {
    const { user, collections, storage } = await renderApp();
    const first = await openDialog(user);
    expect(await within(first).findByText(/^Nothing is kept in this browser yet\./)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    const pierKey = await openFile(user, textFile('pier.txt', PIER), /harbour council voted/);
    const libraryKey = await openFile(
      user,
      textFile('library.txt', LIBRARY),
      /library reopened/,
      '2024-05-15',
    );

    await openDialog(user);
    const rows = within(await keptList()).getAllByRole('listitem');
    expect(rows.map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        new RegExp(
          `^${LIBRARY_TITLE}1 article · \\d+ bytes · opened Mon 4 Mar 2024, \\d\\d:\\d1 · on screenForget$`,
        ),
      ),
      expect.stringMatching(
        new RegExp(`^${PIER_TITLE}1 article · \\d+ bytes · opened Mon 4 Mar 2024, \\d\\d:\\d0OpenForget$`),
      ),
    ]);
    expect(rows[0]).toHaveAttribute('aria-current', 'true');

    // Open: the kept articles in a fresh view, as a new entry (Back returns to the library).
    await user.click(within(rows[1]!).getByRole('button', { name: `Open ${PIER_TITLE}` }));
    await findEvent(/harbour council voted/);
    expect(window.location.search).toBe(`?local=${pierKey}`);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Open articles' })).toHaveFocus();
    window.history.back();
    await waitFor(() => expect(window.location.search).toBe(`?local=${libraryKey}`));
    await findEvent(/library reopened/);
    window.history.forward();
    await findEvent(/harbour council voted/);

    // Forget the one not on screen: asked first, then gone with its corrections; the list says so.
    storage.setItem(`dateline:corrections:local:${libraryKey}`, '[]');
    const confirm = vi.spyOn(window, 'confirm').mockReturnValue(true);
    const dialog = await openDialog(user);
    await user.click(within(await keptList()).getByRole('button', { name: `Forget ${LIBRARY_TITLE}` }));
    expect(confirm).toHaveBeenCalledWith(
      `Forget “${LIBRARY_TITLE}” and your date corrections in this browser? The link to them will open nothing here.`,
    );
    await waitFor(async () => expect(within(await keptList()).getAllByRole('listitem')).toHaveLength(1));
    expect(within(await keptList()).getByRole('listitem')).toHaveTextContent(PIER_TITLE);
    expect([...collections!.data.keys()]).toEqual([pierKey]);
    expect(storage.data.has(`dateline:corrections:local:${libraryKey}`)).toBe(false);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      `“${LIBRARY_TITLE}”: forgotten in this browser.`,
    );
    expect(within(dialog).getByRole('heading', { name: 'Kept in this browser' })).toHaveFocus();
    // The articles on screen stay.
    expect(window.location.search).toBe(`?local=${pierKey}`);
    expect(within(eventsList()).getByRole('gridcell', { name: /harbour council voted/ })).toBeInTheDocument();
  });

  it('reads the list afresh at each opening, and offers no rows of the last one meanwhile', async () => {
    const collections = memoryCollections();
    const { user } = await renderApp({ collections });
    await openFile(user, textFile('pier.txt', PIER), /harbour council voted/);
    await openDialog(user);
    expect(within(await keptList()).getAllByRole('listitem')).toHaveLength(1);
    await user.keyboard('{Escape}');
    // From now on the browser is slow to list what it keeps.
    let release!: () => void;
    const slow = new Promise<void>((done) => (release = done));
    const list = collections.list;
    collections.list = async () => {
      await slow;
      return list();
    };
    await openFile(user, textFile('library.txt', LIBRARY), /library reopened/, '2024-05-15');
    const dialog = await openDialog(user);
    expect(within(dialog).getByText('Looking for the articles kept here…')).toBeInTheDocument();
    expect(within(dialog).queryByRole('list', { name: 'Kept in this browser' })).toBeNull();
    release();
    expect(within(await keptList()).getAllByRole('listitem')).toHaveLength(2);
  });

  it.each<[string, () => MemoryCollections | null, RegExp]>([
    [
      'IndexedDB refuses',
      () => ({
        ...memoryCollections(),
        list: () => Promise.reject(new DOMException('The user denied permission.', 'UnknownError')),
      }),
      /^The articles kept in this browser could not be listed \(The user denied permission\.\)\. The browser may be refusing site storage/,
    ],
    [
      'the browser has no IndexedDB',
      () => null,
      /^This browser does not let the app keep articles \(private browsing, or site storage turned off\)\.$/,
    ],
  ])('says so clearly when %s', async (_n, make, message) => {
    const { user } = await renderApp({ collections: make() });
    const dialog = await openDialog(user);
    const kept = within(dialog).getByRole('region', { name: 'Kept in this browser' });
    expect(await within(kept).findByText(message)).toBeInTheDocument();
    expect(within(kept).queryByRole('list')).toBeNull();
  });

  it('says when a listed collection is no longer there to open', async () => {
    const collections = memoryCollections();
    await collections.put(
      '00ff00ff00ff00ff',
      { files: [], pasted: { text: 'Gone', title: '' }, published: null },
      {
        titles: ['Gone'],
        articles: 1,
        files: 1,
        bytes: 4,
      },
    );
    collections.data.clear(); // (another tab forgot it)
    const { user } = await renderApp({ collections });
    const dialog = await openDialog(user);
    await user.click(within(await keptList()).getByRole('button', { name: 'Open Gone' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'These articles are no longer kept in this browser.',
    );
    expect(window.location.search).toBe('?corpus=c.json');
  });
});

describe('Cancelling a read', { timeout: 40_000 }, () => {
  /** A worker that takes the job and never answers, like one parsing a very large file. */
  class StuckWorker {
    static made: StuckWorker[] = [];
    posted: unknown[] = [];
    terminated = false;
    onmessage: unknown = null;
    onerror: unknown = null;
    constructor() {
      StuckWorker.made.push(this);
    }
    postMessage(message: unknown) {
      this.posted.push(message);
    }
    terminate() {
      this.terminated = true;
    }
  }

  beforeEach(() => {
    window.history.replaceState(null, '', '/?corpus=c.json');
    StuckWorker.made = [];
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.unstubAllGlobals();
  });

  it('Cancel terminates the worker, keeps the dialog and what was chosen, and keeps nothing', async () => {
    const { user, collections } = await renderApp();
    const rows = within(eventsList()).getAllByRole('gridcell').length;
    vi.stubGlobal('Worker', StuckWorker);
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), textFile('pier.txt', PIER));
    await user.type(within(dialog).getByRole('textbox', { name: 'Or paste an article' }), BAKERY);
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Reading pier.txt and the pasted article…');
    await waitFor(() => expect(StuckWorker.made[0]?.posted).toHaveLength(1), SLOW);

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(StuckWorker.made).toHaveLength(1);
    expect(StuckWorker.made[0]!.terminated).toBe(true);
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Reading cancelled: the articles on screen are unchanged and nothing was kept.',
    );
    expect(screen.getByRole('dialog', { name: 'Open your own articles' })).toBe(dialog);
    expect(within(dialog).getByRole('list', { name: 'Chosen files' })).toHaveTextContent('pier.txt');
    expect(within(dialog).getByRole('textbox', { name: 'Or paste an article' })).toHaveValue(BAKERY);
    // Nothing kept, nothing parsed in its place on the main thread, the articles on screen as before.
    await new Promise((done) => setTimeout(done, 500));
    expect(collections!.data.size).toBe(0);
    expect(window.location.search).toBe('?corpus=c.json');
    expect(within(eventsList()).getAllByRole('gridcell')).toHaveLength(rows);
    expect(within(dialog).queryByRole('alert')).toBeNull();
  });
});

describe('Progress while reading', { timeout: 40_000 }, () => {
  /** A worker that reports progress when the test says, like one parsing a very large file. */
  class ReportingWorker {
    static made: ReportingWorker[] = [];
    posted: unknown[] = [];
    terminated = false;
    onmessage: ((e: { data: unknown }) => void) | null = null;
    onerror: unknown = null;
    constructor() {
      ReportingWorker.made.push(this);
    }
    postMessage(message: unknown) {
      this.posted.push(message);
    }
    terminate() {
      this.terminated = true;
    }
    report(progress: number) {
      act(() => this.onmessage?.({ data: { progress } }));
    }
  }

  beforeEach(() => {
    window.history.replaceState(null, '', '/?corpus=c.json');
    ReportingWorker.made = [];
  });
  afterEach(() => {
    window.history.replaceState(null, '', '/');
    vi.unstubAllGlobals();
  });

  it('shows the share read, as the worker reports it, with a bar; Cancel still stops it', async () => {
    const { user, collections } = await renderApp();
    vi.stubGlobal('Worker', ReportingWorker);
    const dialog = await openDialog(user);
    await user.upload(within(dialog).getByLabelText('Article files'), textFile('big.txt', PIER));
    await user.click(within(dialog).getByRole('button', { name: 'Open' }));
    const status = within(dialog).getByRole('status');
    expect(status).toHaveTextContent('Reading big.txt…');
    await waitFor(() => expect(ReportingWorker.made[0]?.posted).toHaveLength(1), SLOW);
    const worker = ReportingWorker.made[0]!;

    worker.report(0.353);
    expect(status).toHaveTextContent('Reading big.txt: 35 %');
    const bar = within(dialog).getByRole('progressbar', { name: 'Reading big.txt: 35 %' });
    expect(bar).toHaveAttribute('value', '0.353');
    worker.report(0.62);
    expect(status).toHaveTextContent('Reading big.txt: 60 %');
    expect(bar).toHaveAttribute('value', '0.62');

    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(worker.terminated).toBe(true);
    expect(status).toHaveTextContent(
      'Reading cancelled: the articles on screen are unchanged and nothing was kept.',
    );
    expect(within(dialog).queryByRole('progressbar')).toBeNull();
    // A report that was on its way when the reader cancelled changes nothing.
    worker.report(0.7);
    expect(status).toHaveTextContent('Reading cancelled');
    expect(collections!.data.size).toBe(0);
  });
});

describe('A ?local= link to articles this browser does not have', () => {
  afterEach(() => window.history.replaceState(null, '', '/'));

  it('shows the bundled articles with a notice, and applies the rest of the link', async () => {
    window.history.replaceState(null, '', '/?local=00ff00ff00ff00ff&lanes=topic');
    render(<App storage={memoryStorage()} collections={memoryCollections()} />);
    await screen.findByRole('grid', { name: 'Events' }, { timeout: 30_000 });
    expect(notices()).toMatch(
      'This link names articles opened on another device; they are not stored in this browser. Showing the bundled articles; ask for an exported corpus file.',
    );
    expect(screen.getByRole('banner')).toHaveTextContent(/6 articles from \d+ sources/);
    // The link now says what is shown: the bundled articles, in topic lanes.
    await waitFor(() => expect(window.location.search).toBe('?lanes=topic'));
  }, 60_000);
});
