import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ArticlePanel } from '../../src/components/ArticlePanel';
import { EventList } from '../../src/components/EventList';
import { corpusToFile, readHeadLine } from '../../src/core/corpus-file';
import { dateOfWords } from '../../src/core/time';
import { validateCorpusHead } from '../../src/core/validate';
import type { Corpus, Correction, PublicationDate } from '../../src/core/types';
import type { CoreOps } from '../../src/state/store';
import { announced, buildCorpus, renderWithStore, sampleCorpus } from './fixture';

const panel = () => screen.getByRole('region', { name: 'Article' });

/** The sample corpus with its first article's publication date unknown. */
const undatedCorpus = (): Corpus => {
  const corpus = sampleCorpus();
  corpus.articles[0] = {
    ...corpus.articles[0]!,
    published: null,
    publishedDate: { value: null, granularity: null, source: 'unknown', confidence: 0 },
  };
  return corpus;
};

/** The store's storage over a Map the test reads back. */
const mapStorage = (m: Map<string, string>) => ({
  getItem: (k: string) => m.get(k) ?? null,
  setItem: (k: string, v: string) => void m.set(k, v),
});

/**
 * A stand-in for the parser's applyCorrection: the date takes the corrected value and keeps its first
 * reading as the original; `dropAlternatives` clears its other readings, `replace` drops an earlier
 * correction of the same date.
 */
const correctByHand =
  ({ dropAlternatives = false, replace = false } = {}) =>
  (c: Corpus, correction: Correction): Corpus => ({
    ...c,
    timexes: c.timexes.map((t) =>
      t.articleId === correction.articleId && t.start === correction.start
        ? {
            ...t,
            value: correction.value,
            ...(dropAlternatives ? { alternatives: [] } : {}),
            correction: { original: t.correction?.original ?? t.value },
          }
        : t,
    ),
    corrections: [
      ...(replace ? c.corrections.filter((d) => d.start !== correction.start) : c.corrections),
      correction,
    ],
  });

/** The panel on the first event of `corpus`, with corrections applied by `applyCorrection` and saved in `storage`. */
const renderCorrectable = (
  corpus: Corpus,
  applyCorrection: CoreOps['applyCorrection'],
  storage: Map<string, string>,
) =>
  renderWithStore(<ArticlePanel />, {
    corpus,
    selectedEventId: 'wire-1-e1-0',
    ops: { applyCorrection },
    corpusKey: 'test',
    storage: mapStorage(storage),
  });

/** A stand-in for the parser's applyCorrection that only keeps the correction. */
const recordCorrection = (c: Corpus, correction: Correction): Corpus => ({ ...c, corrections: [correction] });

/** The panel on the sample corpus's first event, with the parser's operations `ops`. */
const renderOnFirstEvent = (ops: CoreOps) =>
  renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0', ops });

describe('ArticlePanel', () => {
  it('invites a selection when nothing is selected', () => {
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus() });
    expect(panel()).toHaveTextContent(/Select an event/);
  });

  it('shows title, source, publication date and how it was known, with headings and captions', () => {
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'Lind meets Haddad in Oslo' }),
    ).toBeInTheDocument();
    expect(panel()).toHaveTextContent('Wire One · Published Tue 17 Oct 2023 (from the manifest)');
    expect(within(panel()).getByRole('heading', { level: 3, name: 'Summit talks' })).toBeInTheDocument();
    expect(screen.getByText('Lind and Haddad shake hands.').closest('.caption')).not.toBeNull();
  });

  it.each<[string, Partial<PublicationDate>, string]>([
    [
      'a dateline',
      { source: 'dateline', evidence: "dateline 'OSLO, Oct. 17'" },
      "(from the top of the page: dateline 'OSLO, Oct. 17')",
    ],
    [
      'inference',
      { source: 'inferred', evidence: 'weekday agrees' },
      '(inferred from the text: weekday agrees)',
    ],
    [
      'a dateline whose year was guessed',
      { source: 'dateline', confidence: 0.66, evidence: "dateline 'OSLO, Oct. 17', year 2023 from the text" },
      "(from the top of the page, medium confidence: dateline 'OSLO, Oct. 17', year 2023 from the text)",
    ],
    [
      'a weak inference',
      { source: 'inferred', confidence: 0.33, evidence: "future date 'Saturday 21 October'" },
      "(inferred from the text, low confidence: future date 'Saturday 21 October')",
    ],
  ])('says when the publication date comes from %s', (_name, pub, text) => {
    const corpus = sampleCorpus();
    const a = corpus.articles[0]!;
    corpus.articles[0] = { ...a, publishedDate: { ...a.publishedDate, ...pub } };
    renderWithStore(<ArticlePanel />, { corpus, selectedEventId: 'wire-1-e1-0' });
    expect(panel()).toHaveTextContent(text);
  });

  it('says so when the publication date is unknown', () => {
    renderWithStore(<ArticlePanel />, { corpus: undatedCorpus(), selectedEventId: 'wire-1-e1-0' });
    expect(panel()).toHaveTextContent('Wire One · Publication date unknown');
  });

  it('tells what the text did say of an unknown publication date, to help the reader set it', () => {
    const corpus = undatedCorpus();
    const a = corpus.articles[0]!;
    const evidence =
      'its dates point to around Saturday 16 November, in a year it does not write; not before 2014 (latest year named in a past clause)';
    corpus.articles[0] = { ...a, publishedDate: { ...a.publishedDate, evidence } };
    renderWithStore(<ArticlePanel />, { corpus, selectedEventId: 'wire-1-e1-0' });
    expect(panel()).toHaveTextContent(`Wire One · Publication date unknown (${evidence})`);
    expect(within(panel()).getByText('Set the publication date')).toBeInTheDocument();
  });

  it('says what a date’s mod and a set’s recurrence add to its value', async () => {
    const user = userEvent.setup();
    const corpus = sampleCorpus();
    const i = corpus.timexes.findIndex((t) => t.text === 'two hours');
    corpus.timexes[i] = { ...corpus.timexes[i]!, value: 'PT2H', mod: 'APPROX' };
    renderWithStore(<ArticlePanel />, { corpus, selectedEventId: 'wire-1-e1-0' });
    const hours = within(panel()).getByRole('button', { name: 'two hours' });
    act(() => hours.focus());
    expect(hours).toHaveAccessibleDescription('two hours → about 2 hours (a duration)');
    await user.click(hours);
    const details = screen.getByRole('group', { name: '“two hours” → about 2 hours (a duration)' });
    expect(details).toHaveTextContent('Value PT2H (duration, mod APPROX)');
  });

  it('marks the selected sentence, and only it', () => {
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e3-0' });
    const marks = panel().querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]).toHaveTextContent('Trade between the two grew in September.');
  });

  it('shows every date’s reading on focus and on hover', async () => {
    const user = userEvent.setup();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    const tuesday = within(panel()).getByRole('button', { name: 'Tuesday' });
    expect(screen.queryByRole('tooltip')).toBeNull();
    act(() => tuesday.focus());
    expect(tuesday).toHaveAccessibleDescription('Tuesday → Tue 17 Oct 2023');
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tuesday → Tue 17 Oct 2023');
    await user.tab();
    expect(screen.getByRole('tooltip')).toHaveTextContent('two hours → 1 day (a duration)');
    await user.hover(within(panel()).getByRole('button', { name: 'September' }));
    expect(screen.getAllByRole('tooltip').map((t) => t.textContent)).toContain('September → September 2023');
    expect(tuesday.querySelector('time')).toHaveAttribute('datetime', '2023-10-17');
  });

  it('hides a date’s reading on Escape, hovered or focused, and keeps it while the pointer is on it', async () => {
    const user = userEvent.setup();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    const september = within(panel()).getByRole('button', { name: 'September' });
    await user.hover(september);
    // The pointer moves from the word onto its reading: it stays (WCAG 1.4.13, hoverable).
    await user.hover(screen.getByRole('tooltip'));
    expect(screen.getByRole('tooltip')).toHaveTextContent('September → September 2023');
    await user.keyboard('{Escape}'); // dismissable, with focus elsewhere
    expect(screen.queryByRole('tooltip')).toBeNull();
    // Shown again once the pointer has left and come back.
    await user.hover(within(panel()).getByRole('heading', { level: 2 }));
    await user.hover(september);
    expect(screen.getByRole('tooltip')).toBeInTheDocument();
    await user.unhover(september);
    const tuesday = within(panel()).getByRole('button', { name: 'Tuesday' });
    act(() => tuesday.focus());
    expect(screen.getByRole('tooltip')).toHaveTextContent('Tuesday');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(tuesday).toHaveFocus();
  });

  it('closes a date’s details with Escape once focus has moved on to another date', async () => {
    const user = userEvent.setup();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    await user.click(within(panel()).getByRole('button', { name: 'September' }));
    expect(screen.getByRole('textbox', { name: 'Correct value' })).toBeInTheDocument();
    const tuesday = within(panel()).getByRole('button', { name: 'Tuesday' });
    act(() => tuesday.focus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Correct value' })).toBeNull();
    expect(tuesday).toHaveFocus();
  });

  it('selects another dated sentence’s event when it is clicked', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ArticlePanel />, {
      corpus: sampleCorpus(),
      selectedEventId: 'wire-1-e1-0',
    });
    await user.click(screen.getByText(/Trade between the two grew in/));
    expect(store.getState().selectedEventId).toBe('wire-1-e3-0');
    expect(panel().querySelector('mark')).toHaveTextContent('Trade between');
    // Undated sentences do nothing.
    await user.click(screen.getByText(/The meeting lasted/));
    expect(store.getState().selectedEventId).toBe('wire-1-e3-0');
  });

  it('lets a keyboard reader select a dated sentence through its date’s details', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ArticlePanel />, {
      corpus: sampleCorpus(),
      selectedEventId: 'wire-1-e1-0',
    });
    act(() => within(panel()).getByRole('button', { name: 'September' }).focus());
    await user.keyboard('{Enter}');
    await user.click(screen.getByRole('button', { name: 'Show this event' }));
    expect(store.getState().selectedEventId).toBe('wire-1-e3-0');
  });

  it('moves focus into a date’s details when they open, past the rest of its paragraph', async () => {
    const user = userEvent.setup();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    const tuesday = within(panel()).getByRole('button', { name: 'Tuesday' });
    act(() => tuesday.focus());
    await user.keyboard('{Enter}');
    const details = screen.getByRole('group', { name: '“Tuesday” → Tue 17 Oct 2023' });
    expect(within(details).getByRole('heading', { level: 3 })).toHaveFocus();
    expect(tuesday).toHaveAttribute('aria-controls', details.id);
    // Tab goes on into the details, not to the paragraph's next date ("two hours").
    await user.tab();
    expect(within(details).getByRole('button', { name: 'Show this event' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(tuesday).toHaveFocus();
    expect(tuesday).not.toHaveAttribute('aria-controls');
  });

  it('shows the value of the date opened, when another date of the same paragraph was open', async () => {
    const user = userEvent.setup();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    await user.click(within(panel()).getByRole('button', { name: 'Tuesday' }));
    expect(screen.getByRole('textbox', { name: 'Correct value' })).toHaveValue('2023-10-17');
    await user.click(within(panel()).getByRole('button', { name: 'two hours' }));
    screen.getByRole('group', { name: /^“two hours”/ });
    expect(screen.getByRole('textbox', { name: 'Correct value' })).toHaveValue('P1D');
  });

  it('closes a date’s details with Escape and returns focus to the date', async () => {
    const user = userEvent.setup();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    const september = within(panel()).getByRole('button', { name: 'September' });
    await user.click(september);
    await user.click(screen.getByRole('textbox', { name: 'Correct value' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('textbox', { name: 'Correct value' })).toBeNull();
    expect(september).toHaveFocus();
    expect(september).toHaveAttribute('aria-expanded', 'false');
  });

  it('lists every source of a cluster with its date words; each opens its own article at its sentence', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<ArticlePanel />, {
      corpus: sampleCorpus(),
      selectedEventId: 'wire-1-e1-0',
    });
    const sources = within(panel()).getByRole('navigation', { name: 'Sources reporting this event' });
    const buttons = within(sources).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual([
      'Wire One: Lind meets Haddad in Oslo (“Tuesday”)',
      'Paper Two: Haddad visits Norway (“17 October”)',
    ]);
    expect(buttons[0]).toHaveAttribute('aria-current', 'true');
    // The marked sentence says the story's date and every source, for a reader who comes to it.
    expect(panel().querySelector('mark')).toHaveAccessibleDescription(
      'Selected event, Tue 17 Oct 2023, reported by 2 sources: Wire One and Paper Two.',
    );
    await user.click(buttons[1]!);
    expect(store.getState().selectedEventId).toBe('paper-2-e0-0');
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveTextContent('Haddad visits Norway');
    expect(panel().querySelector('mark')).toHaveTextContent('Omar Haddad arrived in Norway on 17 October.');
  });

  it('explains a date and lets the reader pick another reading (a correction)', async () => {
    const user = userEvent.setup();
    const storage = new Map<string, string>();
    const applyCorrection = vi.fn((c: Corpus, correction: Correction): Corpus => ({
      ...c,
      timexes: c.timexes.map((t) =>
        t.articleId === correction.articleId && t.start === correction.start
          ? { ...t, value: correction.value, correction: { original: t.value } }
          : t,
      ),
      corrections: [...c.corrections, correction],
    }));
    const { store } = renderCorrectable(sampleCorpus(), applyCorrection, storage);
    await user.click(within(panel()).getByRole('button', { name: 'Tuesday' }));
    const details = screen.getByRole('group', { name: '“Tuesday” → Tue 17 Oct 2023' });
    // Why, without the parser's "Tuesday -> Tue 17 Oct 2023:" the heading already says.
    expect(within(details).getByText('The Tuesday of the publication week.')).toBeVisible();
    expect(details).not.toHaveTextContent('->');
    await user.click(within(details).getByRole('button', { name: 'Use Tue 24 Oct 2023' }));
    const tuesday = sampleCorpus().timexes.find((t) => t.text === 'Tuesday')!;
    const correction = {
      articleId: 'wire-1',
      start: tuesday.start,
      end: tuesday.end,
      text: 'Tuesday',
      value: '2023-10-24',
    };
    expect(applyCorrection).toHaveBeenCalledWith(expect.anything(), correction);
    expect(store.getState().corpus.corrections).toEqual([correction]);
    expect(JSON.parse(storage.get('dateline:corrections:test')!)).toEqual([correction]);
    // The parser's reasoning is told as the reading it was, under the corrected heading.
    const corrected = await screen.findByRole('group', { name: '“Tuesday” → Tue 24 Oct 2023' });
    expect(
      within(corrected).getByText(
        'Corrected by hand. It was read as Tue 17 Oct 2023 (2023-10-17): the Tuesday of the publication week.',
      ),
    ).toBeVisible();
    expect(corrected).toHaveTextContent('Value 2023-10-24 (date)');
  });

  it('keeps focus in the details when an alternative reading is taken: on the heading that says it', async () => {
    const user = userEvent.setup();
    const applyCorrection = correctByHand({ dropAlternatives: true });
    renderCorrectable(sampleCorpus(), applyCorrection, new Map());
    await user.click(within(panel()).getByRole('button', { name: 'Tuesday' }));
    const use = screen.getByRole('button', { name: 'Use Tue 24 Oct 2023' });
    use.focus();
    await user.keyboard('{Enter}');
    const corrected = await screen.findByRole('group', { name: '“Tuesday” → Tue 24 Oct 2023' });
    // The button is gone with the old reading; focus is on the new one's heading, not the page.
    expect(screen.queryByRole('button', { name: 'Use Tue 24 Oct 2023' })).toBeNull();
    await waitFor(() =>
      expect(within(corrected).getByRole('heading', { name: '“Tuesday” → Tue 24 Oct 2023' })).toHaveFocus(),
    );
  });

  it('once a date is corrected, offers the first reading back, never the one it has, and its field shows the new value', async () => {
    const user = userEvent.setup();
    // As the parser's applyCorrection does: the other readings stay with the date, the first is kept.
    const applyCorrection = correctByHand();
    renderCorrectable(sampleCorpus(), applyCorrection, new Map());
    await user.click(within(panel()).getByRole('button', { name: 'Tuesday' }));
    await user.click(screen.getByRole('button', { name: 'Use Tue 24 Oct 2023' }));
    const corrected = await screen.findByRole('group', { name: '“Tuesday” → Tue 24 Oct 2023' });
    const readings = () =>
      within(within(corrected).getByRole('list'))
        .getAllByRole('listitem')
        .map((li) => li.textContent);
    expect(readings()).toEqual([
      'Use Tue 17 Oct 2023 the first reading: the Tuesday of the publication week',
    ]);
    expect(within(corrected).getByRole('textbox', { name: 'Correct value' })).toHaveValue('2023-10-24');
    // And back.
    await user.click(within(corrected).getByRole('button', { name: 'Use Tue 17 Oct 2023' }));
    const back = await screen.findByRole('group', { name: '“Tuesday” → Tue 17 Oct 2023' });
    expect(within(back).getByRole('button', { name: 'Use Tue 24 Oct 2023' })).toBeInTheDocument();
    expect(within(back).queryByRole('button', { name: 'Use Tue 17 Oct 2023' })).toBeNull();
    expect(within(back).getByRole('textbox', { name: 'Correct value' })).toHaveValue('2023-10-17');
  });

  it('gives an alternative reading its reason without the parser\'s "text -> value:" lead', async () => {
    const user = userEvent.setup();
    const corpus = sampleCorpus();
    corpus.timexes = corpus.timexes.map((t) =>
      t.text === 'Tuesday'
        ? {
            ...t,
            alternatives: [
              {
                value: '2023-10-24',
                explanation: 'Tuesday -> 2023-10-24: the next Tuesday, if the clause is future',
              },
            ],
          }
        : t,
    );
    renderCorrectable(corpus, (c) => c, new Map());
    await user.click(within(panel()).getByRole('button', { name: 'Tuesday' }));
    const details = screen.getByRole('group', { name: '“Tuesday” → Tue 17 Oct 2023' });
    const item = within(details).getByRole('button', { name: 'Use Tue 24 Oct 2023' }).closest('li')!;
    expect(item).toHaveTextContent(/^Use Tue 24 Oct 2023 the next Tuesday, if the clause is future$/);
    expect(details).not.toHaveTextContent('->');
  });

  it("undoes the corrections of this session, newest first, back to the parser's reading", async () => {
    const user = userEvent.setup();
    const storage = new Map<string, string>();
    const applyCorrection = correctByHand({ replace: true });
    const { store } = renderCorrectable(sampleCorpus(), applyCorrection, storage);
    expect(within(panel()).queryByRole('button', { name: 'Undo' })).toBeNull();
    await user.click(within(panel()).getByRole('button', { name: 'Tuesday' }));
    await user.click(screen.getByRole('button', { name: 'Use Tue 24 Oct 2023' }));
    const typed = screen.getByRole('textbox', { name: 'Correct value' });
    await user.clear(typed);
    await user.type(typed, '2023-10-31{Enter}');
    await screen.findByRole('group', { name: '“Tuesday” → Tue 31 Oct 2023' });

    const undo = within(panel()).getByRole('button', { name: 'Undo' });
    expect(undo).toHaveAccessibleDescription('Corrected: “Tuesday” now reads Tue 31 Oct 2023.');
    await user.click(undo);
    expect(screen.getByRole('group', { name: '“Tuesday” → Tue 24 Oct 2023' })).toBeVisible();
    expect(announced()).toBe('Undone: Corrected: “Tuesday” now reads Tue 31 Oct 2023.');
    expect(JSON.parse(storage.get('dateline:corrections:test')!)).toMatchObject([{ value: '2023-10-24' }]);

    await user.click(within(panel()).getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('group', { name: '“Tuesday” → Tue 17 Oct 2023' })).toBeVisible();
    expect(store.getState().corpus.corrections).toEqual([]);
    expect(JSON.parse(storage.get('dateline:corrections:test')!)).toEqual([]);
    expect(store.getState().selectedEventId).toBe('wire-1-e1-0');
    // Nothing left to undo: the button goes, and focus waits on the article's title.
    expect(within(panel()).queryByRole('button', { name: 'Undo' })).toBeNull();
    expect(within(panel()).getByRole('heading', { level: 2 })).toHaveFocus();
  });

  it('reads a date typed in words, as in the article, and applies its value', async () => {
    const user = userEvent.setup();
    const applyCorrection = vi.fn(recordCorrection);
    renderOnFirstEvent({ applyCorrection, dateOfWords });
    await user.click(within(panel()).getByRole('button', { name: 'September' }));
    const input = screen.getByRole('textbox', { name: 'Correct value' });
    await user.clear(input);
    await user.type(input, '4 September 2023{Enter}');
    await waitFor(() =>
      expect(applyCorrection).toHaveBeenCalledWith(
        expect.anything(),
        expect.objectContaining({ text: 'September', value: '2023-09-04' }),
      ),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    // Words that are no date are still refused, with how to write one.
    await user.clear(input);
    await user.type(input, 'the mill{Enter}');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      '“the mill” is not a date value. Write a day as 17 October 2023',
    );
    // So is a day its month does not have: not quietly made the month, and the field keeps it.
    await user.clear(input);
    await user.type(input, '31 September 2023{Enter}');
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('“31 September 2023” is not a date value'),
    );
    expect(input).toHaveValue('31 September 2023');
    expect(applyCorrection).toHaveBeenCalledTimes(1);
  });

  it('accepts a typed value and refuses one that is not a date', async () => {
    const user = userEvent.setup();
    const applyCorrection = vi.fn(recordCorrection);
    renderOnFirstEvent({ applyCorrection });
    await user.click(within(panel()).getByRole('button', { name: 'September' }));
    const input = screen.getByRole('textbox', { name: 'Correct value' });
    await user.clear(input);
    await user.type(input, 'last autumn{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent('“last autumn” is not a date value');
    expect(applyCorrection).not.toHaveBeenCalled();
    await user.clear(input);
    await user.type(input, '2023-W36');
    await user.click(screen.getByRole('button', { name: 'Apply correction' }));
    expect(applyCorrection).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ text: 'September', value: '2023-W36' }),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    // Heard, not only seen: the page's live region says what changed.
    expect(announced()).toBe('Corrected: “September” now reads week of 4 Sep 2023.');
  });
});

/** The core's correction of a publication date, as far as these tests need it: the article takes the day. */
const setPublished = (c: Corpus, correction: Correction): Corpus => ({
  ...c,
  articles: c.articles.map((a) =>
    a.id === correction.articleId
      ? {
          ...a,
          published: correction.value,
          publishedDate: { value: correction.value, granularity: 'day', source: 'user', confidence: 1 },
        }
      : a,
  ),
  corrections: [...c.corrections, correction],
});

describe('ArticlePanel: the publication date set by hand', () => {
  it('lets the reader set an unknown date; it is kept with the corrections and shown as set by hand', async () => {
    const user = userEvent.setup();
    const storage = new Map<string, string>();
    const applyCorrection = vi.fn(setPublished);
    const { store } = renderCorrectable(undatedCorpus(), applyCorrection, storage);
    await user.click(within(panel()).getByText('Set the publication date'));
    fireEvent.change(within(panel()).getByLabelText('Publication date'), { target: { value: '2023-10-18' } });
    await user.click(within(panel()).getByRole('button', { name: 'Set date' }));
    const correction = {
      articleId: 'wire-1',
      start: 0,
      end: 0,
      text: '',
      value: '2023-10-18',
      kind: 'published',
    };
    expect(applyCorrection).toHaveBeenCalledWith(expect.anything(), correction);
    expect(store.getState().corpus.corrections).toEqual([correction]);
    expect(JSON.parse(storage.get('dateline:corrections:test')!)).toEqual([correction]);
    expect(panel()).toHaveTextContent('Published Wed 18 Oct 2023 (set by hand)');
    expect(announced()).toBe(
      'Publication date set to Wed 18 Oct 2023; the article’s dates were read again against it.',
    );
  });

  it('offers, with nothing selected, to date an undated article that has no event to open it by', async () => {
    const user = userEvent.setup();
    const corpus = buildCorpus([
      {
        id: 'shop',
        title: 'Bakery opens on the quay',
        source: 'Harbour Gazette',
        published: '2024-03-08',
        paragraphs: [{ sentences: [{ text: 'The bakery opened on the quay yesterday.' }] }],
      },
    ]);
    corpus.articles[0] = {
      ...corpus.articles[0]!,
      published: null,
      publishedDate: { value: null, granularity: null, source: 'unknown', confidence: 0 },
    };
    // Read against the day, "yesterday" becomes a date, and its sentence an event.
    const dated = buildCorpus([
      {
        id: 'shop',
        title: 'Bakery opens on the quay',
        source: 'Harbour Gazette',
        published: '2024-03-08',
        paragraphs: [
          {
            sentences: [
              { text: 'The bakery opened on the quay [[yesterday]].', dates: [{ value: '2024-03-07' }] },
            ],
          },
        ],
      },
    ]);
    const applyCorrection = vi.fn((_c: Corpus, correction: Correction): Corpus => ({
      ...dated,
      corrections: [correction],
    }));
    const { store } = renderWithStore(<ArticlePanel />, { corpus, ops: { applyCorrection } });
    expect(
      within(panel()).getByRole('heading', { name: 'Articles without a date or an event' }),
    ).toBeVisible();
    const article = within(panel()).getByRole('group', { name: 'Bakery opens on the quay' });
    await user.click(within(article).getByText('Set the publication date'));
    fireEvent.change(within(article).getByLabelText('Publication date'), { target: { value: '2024-03-08' } });
    await user.click(within(article).getByRole('button', { name: 'Set date' }));
    expect(applyCorrection).toHaveBeenCalledWith(
      expect.anything(),
      expect.objectContaining({ articleId: 'shop', value: '2024-03-08', kind: 'published' }),
    );
    // Dated now: it leaves the list (which goes with its last article) and opens on its event,
    // with focus on its title, as the form focus was in is gone.
    expect(
      within(panel()).queryByRole('heading', { name: 'Articles without a date or an event' }),
    ).toBeNull();
    expect(store.getState().selectedEventId).toBe(dated.events[0]!.id);
    expect(
      within(panel()).getByRole('heading', { level: 2, name: 'Bakery opens on the quay' }),
    ).toHaveFocus();
    expect(panel().querySelector('mark')).toHaveTextContent('The bakery opened on the quay yesterday.');
  });

  it('after an Undo, the date field shows the date the article has again', async () => {
    const user = userEvent.setup();
    const applyCorrection = setPublished;
    renderCorrectable(sampleCorpus(), applyCorrection, new Map());
    await user.click(within(panel()).getByText('Change the publication date'));
    const field = within(panel()).getByLabelText('Publication date');
    expect(field).toHaveValue('2023-10-17');
    fireEvent.change(field, { target: { value: '2024-10-17' } });
    await user.click(within(panel()).getByRole('button', { name: 'Set date' }));
    expect(panel()).toHaveTextContent('Published Thu 17 Oct 2024 (set by hand)');
    await user.click(within(panel()).getByRole('button', { name: 'Undo' }));
    expect(panel()).toHaveTextContent('Published Tue 17 Oct 2023 (from the manifest)');
    expect(within(panel()).getByLabelText('Publication date')).toHaveValue('2023-10-17');
  });

  it('refuses an empty date with a message, and changes nothing', async () => {
    const user = userEvent.setup();
    const applyCorrection = vi.fn((c: Corpus) => c);
    renderWithStore(<ArticlePanel />, {
      corpus: undatedCorpus(),
      selectedEventId: 'wire-1-e1-0',
      ops: { applyCorrection },
    });
    await user.click(within(panel()).getByText('Set the publication date'));
    await user.click(within(panel()).getByRole('button', { name: 'Set date' }));
    expect(within(panel()).getByRole('alert')).toHaveTextContent('Enter a day, e.g. 2023-10-17.');
    expect(applyCorrection).not.toHaveBeenCalled();
  });

  it('asks the reader to check a date inferred with low confidence, and only such a date', () => {
    const corpus = sampleCorpus();
    const a = corpus.articles[0]!;
    const weak: PublicationDate = { ...a.publishedDate, source: 'inferred', confidence: 0.33 };
    corpus.articles[0] = { ...a, publishedDate: weak };
    const { unmount } = renderWithStore(<ArticlePanel />, { corpus, selectedEventId: 'wire-1-e1-0' });
    expect(within(panel()).getByText('Check the publication date')).toBeInTheDocument();
    expect(within(panel()).getByLabelText('Publication date')).toHaveValue('2023-10-17');
    unmount();
    corpus.articles[0] = { ...a, publishedDate: { ...weak, confidence: 0.6 } };
    renderWithStore(<ArticlePanel />, { corpus, selectedEventId: 'wire-1-e1-0' });
    expect(within(panel()).getByText('Change the publication date')).toBeInTheDocument();
  });

  it('offers to change a date that is known', () => {
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    expect(within(panel()).getByText('Change the publication date')).toBeInTheDocument();
    expect(within(panel()).getByLabelText('Publication date')).toHaveValue('2023-10-17');
  });
});

describe('ArticlePanel brings the marked sentence on screen', () => {
  // jsdom has no layout: every box sits far below a 768 px window, as the article does under the
  // list on a phone.
  const layout = (narrow: boolean) => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: narrow,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
    const box = { top: 2000, bottom: 2020, height: 20, left: 0, right: 300, width: 300, x: 0, y: 2000 };
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockReturnValue(box as DOMRect);
    const scrolled: [string, ScrollIntoViewOptions | boolean | undefined][] = [];
    Element.prototype.scrollIntoView = function (this: Element, arg?: ScrollIntoViewOptions | boolean) {
      scrolled.push([this.tagName, arg]);
    };
    return {
      scrolled,
      restore: () => {
        vi.restoreAllMocks();
        window.matchMedia = original;
        delete (Element.prototype as Partial<Element>).scrollIntoView;
      },
    };
  };

  it.each([
    [true, 'SECTION', 'start'], // a phone opens the whole panel
    [false, 'MARK', 'nearest'], // a wide screen moves the page as little as it can
  ] as const)('narrow=%s scrolls %s into view (block %s)', (narrow, tag, block) => {
    const { scrolled, restore } = layout(narrow);
    try {
      renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
      expect(scrolled).toEqual([[tag, { block }]]);
    } finally {
      restore();
    }
  });

  it('on a phone, a sentence a screen or more below its title is what the page scrolls to', () => {
    const { scrolled, restore } = layout(true);
    const at = (top: number) => ({ top, bottom: top + 20, height: 20, left: 0, right: 300, width: 300 });
    vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
      return (this.tagName === 'MARK' ? at(5000) : at(2000)) as DOMRect;
    });
    try {
      renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
      expect(scrolled).toEqual([['MARK', { block: 'center' }]]);
    } finally {
      restore();
    }
  });
});

describe('ArticlePanel on a phone', () => {
  it('offers a way back to the list row that opened the article', async () => {
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => ({
      matches: true,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    })) as unknown as typeof window.matchMedia;
    const scrolled: string[] = [];
    Element.prototype.scrollIntoView = function (this: Element) {
      scrolled.push(this.className);
    };
    try {
      const user = userEvent.setup();
      renderWithStore(
        <>
          <EventList />
          <ArticlePanel />
        </>,
        { corpus: sampleCorpus(), selectedEventId: 'paper-2-e0-0' },
      );
      scrolled.length = 0;
      await user.click(within(panel()).getByRole('button', { name: 'Back to the list' }));
      expect(scrolled).toEqual(['event-list']);
      // The story's row, though the link named its second source.
      expect(document.activeElement).toHaveTextContent('2 sources: Wire One, Paper Two');
    } finally {
      window.matchMedia = original;
      delete (Element.prototype as Partial<Element>).scrollIntoView;
    }
  });

  it('has no such button on a wide screen', () => {
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'paper-2-e0-0' });
    expect(within(panel()).queryByRole('button', { name: 'Back to the list' })).toBeNull();
  });
});

describe('ArticlePanel: an article not in English', () => {
  const article = (id: string, title: string, text: string, language = 'en') => {
    const corpus = buildCorpus([
      {
        id,
        title,
        source: 'Wire',
        published: '2023-10-17',
        paragraphs: [{ sentences: [{ text, dates: [{ value: '2023' }] }] }],
      },
    ]);
    corpus.articles[0]!.language = language;
    return corpus;
  };

  it('marks a French article’s words as French and says its dates may be missed', () => {
    renderWithStore(<ArticlePanel />, {
      corpus: article(
        'fr-1',
        'Poutine à Pékin',
        'Le président russe Vladimir Poutine est arrivé mardi à Pékin, et il rencontrera Xi Jinping en [[2023]], a annoncé le Kremlin.',
      ),
      selectedEventId: 'fr-1-e0-0',
    });
    expect(within(panel()).getByRole('heading', { name: 'Poutine à Pékin' })).toHaveAttribute('lang', 'fr');
    expect(
      within(panel())
        .getByText(/Le président russe/)
        .closest('[lang]'),
    ).toHaveAttribute('lang', 'fr');
    expect(panel()).toHaveTextContent(
      'This article seems to be in French. Dateline reads dates in English only, so dates in it may be missed or read only in part.',
    );
    // The app's own words about it stay English.
    expect(
      within(panel())
        .getByText(/^This article seems/)
        .closest('[lang]'),
    ).toBeNull();
  });

  it('claims no language it cannot tell, and says nothing of an English article', () => {
    const serbian = article(
      'sr-1',
      'Путин у Пекингу',
      'Председник Русије Владимир Путин допутовао је у уторак у Пекинг, где ће се састати са Си Ђинпингом у [[2023]], саопштио је Кремљ њиховим љубазним новинарима.',
    );
    const { unmount } = renderWithStore(<ArticlePanel />, { corpus: serbian, selectedEventId: 'sr-1-e0-0' });
    expect(within(panel()).getByRole('heading', { name: 'Путин у Пекингу' })).toHaveAttribute('lang', '');
    expect(panel()).toHaveTextContent('This article does not seem to be in English. Dateline reads dates');
    unmount();
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    expect(within(panel()).getByRole('heading', { level: 2 })).not.toHaveAttribute('lang');
    expect(panel()).not.toHaveTextContent('English only');
  });

  it('takes the language a manifest gives', () => {
    renderWithStore(<ArticlePanel />, {
      corpus: article('x-1', 'Kort nytt', 'Statsministeren sa [[2023]] var et godt år for landet.', 'nb'),
      selectedEventId: 'x-1-e0-0',
    });
    expect(within(panel()).getByRole('heading', { name: 'Kort nytt' })).toHaveAttribute('lang', 'nb');
    expect(panel()).toHaveTextContent(/This article seems to be in Norwegian (Bokmål)?\./);
  });

  it('reads the text where the manifest’s language is not a language tag', () => {
    renderWithStore(<ArticlePanel />, {
      corpus: article(
        'y-1',
        'Short news',
        'The minister said on Tuesday that the talks with the union would resume in [[2023]], and that he was hopeful.',
        'English',
      ),
      selectedEventId: 'y-1-e0-0',
    });
    expect(within(panel()).getByRole('heading', { name: 'Short news' })).not.toHaveAttribute('lang');
    expect(panel()).not.toHaveTextContent('English only');
  });
});

describe('ArticlePanel on a very long article', { timeout: 30_000 }, () => {
  // 3,000 dated sentences in 600 paragraphs: what one "article" of a pasted wire feed looks like.
  const longCorpus = () =>
    buildCorpus([
      {
        id: 'feed',
        title: 'Wire feed',
        source: 'Wire',
        published: '2023-10-17',
        paragraphs: Array.from({ length: 600 }, (_, p) => ({
          sentences: Array.from({ length: 5 }, (_, k) => ({
            text: `Item ${p * 5 + k} was filed on [[Monday]].`,
            dates: [{ value: '2023-10-16' }],
          })),
        })),
      },
    ]);
  // (By class: role queries over a thousand buttons take seconds in jsdom.)
  const dates = () => panel().querySelectorAll('button.timex');
  const more = (name: string) => within(panel()).getByText(name, { selector: 'button' });

  it('draws a bounded part around the selected sentence, and reads on both ways', () => {
    renderWithStore(<ArticlePanel />, { corpus: longCorpus(), selectedEventId: 'feed-e1500-0' });
    expect(panel().querySelector('mark')).toHaveTextContent('Item 1500 was filed on Monday.');
    expect(panel()).toHaveTextContent('A long article (3,000 sentences): sentences 1,401–1,701 are shown');
    expect(dates()).toHaveLength(301);
    expect(panel().getElementsByTagName('*').length).toBeLessThan(1500);
    expect(panel()).not.toHaveTextContent('Item 1399 was');
    expect(panel()).not.toHaveTextContent('Item 1701 was');

    fireEvent.click(more('Show later text'));
    expect(panel()).toHaveTextContent('Item 2000 was filed on Monday.');
    expect(panel()).not.toHaveTextContent('Item 2001 was');
    fireEvent.click(more('Show earlier text'));
    expect(panel()).toHaveTextContent('Item 1101 was filed on Monday.');
    expect(panel()).toHaveTextContent('sentences 1,101–2,001 are shown');
    // The selected sentence is still the marked one, and its date still opens its details.
    expect(panel().querySelector('mark')).toHaveTextContent('Item 1500 was filed on Monday.');
  });

  it('draws the part around another event of the same article once it is selected', () => {
    const { store } = renderWithStore(<ArticlePanel />, {
      corpus: longCorpus(),
      selectedEventId: 'feed-e10-0',
    });
    expect(panel()).toHaveTextContent('sentences 1–301 are shown');
    expect(within(panel()).queryByText('Show earlier text')).toBeNull();
    act(() => store.getState().select('feed-e2990-0'));
    expect(panel().querySelector('mark')).toHaveTextContent('Item 2990 was filed on Monday.');
    expect(panel()).toHaveTextContent('sentences 2,891–3,000 are shown');
    expect(within(panel()).queryByText('Show later text')).toBeNull();
  });

  it('a link to an event far down the article starts the reader on its sentence, saying its date and source once', async () => {
    renderWithStore(<ArticlePanel fromLink />, { corpus: longCorpus(), selectedEventId: 'feed-e2400-0' });
    const mark = panel().querySelector('mark.selected');
    expect(mark).toHaveTextContent('Item 2400 was filed on Monday.');
    await waitFor(() => expect(mark).toHaveFocus());
    expect(mark).toHaveAccessibleDescription('Selected event, Mon 16 Oct 2023, reported by Wire.');
    // Focus says it: the live region, saying it too, would be heard over it.
    expect(announced()).toBeFalsy();
    // Tab goes on from the sentence: to its own date, not to the top of the article.
    await userEvent.setup().tab();
    expect(document.activeElement).toHaveTextContent('Monday');
    expect(mark).toContainElement(document.activeElement as HTMLElement);
  });

  it('a link to an event, with focus already elsewhere, leaves focus there and says the event in the live region', async () => {
    const elsewhere = document.createElement('button');
    document.body.append(elsewhere);
    elsewhere.focus();
    renderWithStore(<ArticlePanel fromLink />, { corpus: longCorpus(), selectedEventId: 'feed-e2400-0' });
    await waitFor(() =>
      expect(announced()).toBe(
        'Linked event, Mon 16 Oct 2023, reported by Wire: Item 2400 was filed on Monday.',
      ),
    );
    expect(elsewhere).toHaveFocus();
    elsewhere.remove();
  });

  it('draws an article of up to 600 sentences whole', () => {
    renderWithStore(<ArticlePanel />, { corpus: sampleCorpus(), selectedEventId: 'wire-1-e1-0' });
    expect(within(panel()).queryByRole('button', { name: /Show (earlier|later) text/ })).toBeNull();
    expect(panel()).not.toHaveTextContent('A long article');
  });
});

describe('ArticlePanel before the article texts are in (a corpus file drawn from its head)', () => {
  /** The corpus as its file's head gives it: the articles without their texts. */
  const headOf = (corpus: Corpus): Corpus => {
    const checked = validateCorpusHead(readHeadLine(corpusToFile(corpus).split('\n')[0]!));
    return checked.corpus!;
  };

  it('says the text is loading, with the article’s title, source and selected sentence, then shows the text', () => {
    const corpus = sampleCorpus();
    const event = corpus.events.find((e) => e.id === 'wire-1-e1-0')!;
    const article = corpus.articles.find((a) => a.id === event.articleId)!;
    const { store } = renderWithStore(<ArticlePanel />, {
      corpus: headOf(corpus),
      texts: { status: 'loading' },
      selectedEventId: event.id,
    });
    expect(within(panel()).getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
    expect(within(panel()).getByRole('status')).toHaveTextContent('Loading the article’s text…');
    expect(panel()).toHaveTextContent(article.source!);
    expect(panel().querySelector('mark')).toHaveTextContent(event.sentence.text);
    // Only the text's sentence that the head carries: not the next one, nor a date to correct.
    const next = article.sentences[event.sentence.index + 1]!;
    expect(panel()).not.toHaveTextContent(article.text.slice(next.start, next.end));
    expect(within(panel()).queryByText(/publication date/i)).toBeNull();

    act(() => store.getState().receiveTexts(corpus, new Map()));
    expect(within(panel()).queryByRole('status')).toBeNull();
    expect(within(panel()).getByRole('heading', { level: 2, name: article.title })).toBeInTheDocument();
    expect(panel()).toHaveTextContent(article.text.slice(next.start, next.end));
  });

  it('says why when the text of the article could not be read', () => {
    const corpus = sampleCorpus();
    renderWithStore(<ArticlePanel />, {
      corpus: headOf(corpus),
      texts: { status: 'ready', missing: new Map([['wire-1', 'no text in the file']]) },
      selectedEventId: 'wire-1-e1-0',
    });
    expect(within(panel()).getByRole('alert')).toHaveTextContent(
      'The text of this article is not in the corpus file: no text in the file.',
    );
    expect(within(panel()).queryByRole('status')).toBeNull();
  });
});
