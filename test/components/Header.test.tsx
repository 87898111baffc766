import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Header } from '../../src/components/Header';
import { HEAD_LINE_START } from '../../src/core/corpus-file';
import { validateCorpus } from '../../src/core/validate';
import { Notices } from '../../src/components/Notices';
import { makeNotice } from '../../src/state/store';
import { announced, renderWithStore, sampleCorpus } from './fixture';

describe('Header', () => {
  it('says what is loaded: articles, sources, and events with several reports counted once', () => {
    renderWithStore(<Header />, { corpus: sampleCorpus() });
    // Five reports; two outlets report the same summit.
    expect(screen.getByText('3 articles from 3 sources · 4 events')).toBeInTheDocument();
  });

  it('copies the current link and announces it', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?event=wire-1-e1-0');
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    renderWithStore(<Header />, { corpus: sampleCorpus() });
    expect(screen.getByRole('heading', { level: 1, name: 'Dateline' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(writeText).toHaveBeenCalledWith(window.location.href);
    expect(await navigator.clipboard.readText()).toBe('http://localhost:3000/?event=wire-1-e1-0');
    expect(within(screen.getByRole('banner')).getByText('Link copied')).toBeVisible();
    expect(announced()).toBe('Link copied');
    // It answers that click only: the next action clears it, by pointer or by key.
    await user.click(screen.getByRole('heading', { level: 1, name: 'Dateline' }));
    expect(within(screen.getByRole('banner')).queryByText('Link copied')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(within(screen.getByRole('banner')).getByText('Link copied')).toBeVisible();
    await user.keyboard('{Tab}');
    expect(within(screen.getByRole('banner')).queryByText('Link copied')).toBeNull();
  });

  it('says that the link does not carry the date corrections, and how to share them', async () => {
    const user = userEvent.setup();
    window.history.replaceState(null, '', '/?event=wire-1-e1-0');
    const corpus = sampleCorpus();
    corpus.corrections = [{ articleId: 'wire-1', start: 1, end: 2, text: 'x', value: '2020' }];
    renderWithStore(<Header />, { corpus });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    const said =
      'Link copied: date corrections made in this browser are not in the link; to share them, use “Export corpus” and send the file';
    expect(within(screen.getByRole('banner')).getByText(said)).toBeVisible();
    expect(announced()).toBe(said);
  });

  it.each([
    [true, 'Link copied'],
    [false, 'Could not copy: the link is in the address bar'],
  ])('falls back to a selection copy without the clipboard API (copy works: %s)', async (works, message) => {
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const execCommand = vi.fn(() => works);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    renderWithStore(<Header />, { corpus: sampleCorpus() });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(within(screen.getByRole('banner')).getByText(message)).toBeVisible();
    expect(announced()).toBe(message);
    expect(document.querySelector('textarea')).toBeNull();
  });

  it('exports the corpus with its corrections as a JSON download', async () => {
    const user = userEvent.setup();
    const corpus = sampleCorpus();
    const correction = { articleId: 'wire-1', start: 1, end: 2, text: 'x', value: '2020' };
    const blobs: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:corpus';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    renderWithStore(<Header />, {
      corpus: { ...corpus, corrections: [correction] },
      corpusKey: 'url:c.json',
    });
    await user.click(screen.getByRole('button', { name: 'Export corpus' }));
    expect(click).toHaveBeenCalledTimes(1);
    // Said, and seen beside the button: the download itself is silent to a screen reader.
    const said = `Exported ${corpus.articles.length} articles with 1 date correction as dateline-url_c.json`;
    expect(announced()).toBe(said);
    expect(within(screen.getByRole('banner')).getByText(said)).toBeVisible();
    // Version 3: the head (its events in tables) on the first line, the texts after; it reads
    // back as the same corpus.
    const file = await blobs[0]!.text();
    const exported = JSON.parse(file);
    expect([exported.format, exported.version]).toEqual(['dateline-corpus', 3]);
    expect(file.startsWith(HEAD_LINE_START)).toBe(true);
    expect(exported.head.corrections).toEqual([correction]);
    expect(exported.head.events.rows).toBe(corpus.events.length);
    expect(validateCorpus(exported).corpus).toEqual(
      JSON.parse(JSON.stringify({ ...corpus, corrections: [correction] })),
    );
    click.mockRestore();
  });

  it.each([
    [{ status: 'loading' } as const, 'The article texts are still loading'],
    [
      { status: 'ready', missing: new Map([['wire-1', 'no text in the file']]) } as const,
      'Some article texts could not be read',
    ],
  ])('does not export a corpus whose texts are %j', (texts, why) => {
    renderWithStore(<Header />, { corpus: sampleCorpus(), texts });
    const button = screen.getByRole('button', { name: 'Export corpus' });
    expect(button).toBeDisabled();
    expect(button).toHaveAttribute('title', why);
  });
});

describe('Notices', () => {
  const region = () => screen.getByRole('region', { name: 'Notices' });

  it('shows each notice until it is dismissed', async () => {
    const user = userEvent.setup();
    renderWithStore(<Notices />, {
      corpus: sampleCorpus(),
      notices: [makeNotice('The linked event “x” is not in this corpus'), makeNotice('Broken', 'error')],
    });
    expect(region()).toHaveTextContent('The linked event “x” is not in this corpus');
    expect(region()).toHaveTextContent('Broken');
    await user.click(screen.getAllByRole('button', { name: 'Dismiss notice' })[0]!);
    expect(region()).not.toHaveTextContent('The linked event');
    expect(region()).toHaveTextContent('Broken');
    await user.click(screen.getByRole('button', { name: 'Dismiss notice' }));
    expect(screen.queryByRole('region', { name: 'Notices' })).toBeNull();
  });

  it('says its notices through the live regions that were in the page, empty, before them', () => {
    const polite = document.getElementById('announcer-polite');
    const assertive = document.getElementById('announcer-assertive');
    expect(polite).toBeEmptyDOMElement();
    expect(assertive).toBeEmptyDOMElement();
    const { store } = renderWithStore(<Notices />, {
      corpus: sampleCorpus(),
      notices: [makeNotice('Ignored from “2-02-20”.'), makeNotice('Broken', 'error')],
    });
    // The same nodes as at load, now saying the notices: errors assertively.
    expect(document.getElementById('announcer-polite')).toBe(polite);
    expect(announced('polite')).toBe('Ignored from “2-02-20”.');
    expect(announced('assertive')).toBe('Broken');
    // A later notice is said alone, and dismissing says nothing.
    act(() => store.getState().addNotice('Opened 2 articles.'));
    expect(announced('polite')).toBe('Opened 2 articles.');
    act(() => store.getState().dismissNotice(store.getState().notices[0]!.id));
    expect(announced('polite')).toBe('Opened 2 articles.');
    // The notices on screen are not live regions of their own: they would be said twice.
    for (const el of region().querySelectorAll('*')) {
      expect(el).not.toHaveAttribute('aria-live');
      expect(el.getAttribute('role')).toBeNull();
    }
  });
});
