import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EventList } from '../../src/components/EventList';
import { dayToWords, FACET_TOP, Filters, SEARCH_PAUSE_MS } from '../../src/components/Filters';
import { countFacets, EMPTY_FILTERS, createQueryIndex } from '../../src/core/query';
import { generateCorpus } from '../../src/core/synthetic';
import { COUNT_AFTER_FIRST_FRAME } from '../../src/state/context';
import { renderWithStore, sampleCorpus } from './fixture';

const setup = () =>
  renderWithStore(
    <>
      <Filters />
      <EventList />
    </>,
    { corpus: sampleCorpus() },
  );
const group = (name: string) => screen.getByRole('group', { name });
const items = () => screen.queryAllByRole('row');
const searchBox = () => screen.getByRole('searchbox', { name: 'Search events' });
/** The search applies once typing pauses: wait for it as for any update, however loaded the machine. */
const SLOW = { timeout: 10_000 };

describe('Filters', () => {
  it('names groups and checkboxes "<name> (<count>)"', () => {
    setup();
    const actors = group('Actors');
    expect(within(actors).getByRole('group', { name: 'People' })).toBeInTheDocument();
    expect(within(actors).getByRole('group', { name: 'Countries' })).toBeInTheDocument();
    expect(within(actors).getByRole('group', { name: 'Organisations' })).toBeInTheDocument();
    expect(within(actors).getByRole('checkbox', { name: 'Norway (2)' })).not.toBeChecked();
    expect(within(group('Topics')).getByRole('checkbox', { name: 'Diplomacy (2)' })).toBeInTheDocument();
    expect(within(group('Sources')).getByRole('checkbox', { name: 'Wire One (2)' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toBeInTheDocument();
    expect(screen.getByLabelText('From')).toHaveValue('2023-08-01');
    expect(screen.getByLabelText('To')).toHaveValue('2024-12-31');
  });

  it('ORs within a group, ANDs across groups, and counts the other groups (faceted)', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await user.click(screen.getByRole('checkbox', { name: 'Peru (2)' }));
    expect(items()).toHaveLength(2);
    // Ticking Peru leaves the other countries' counts alone...
    expect(screen.getByRole('checkbox', { name: 'Norway (2)' })).toBeInTheDocument();
    // ...while topics are now counted among Peru's events only.
    expect(screen.getByRole('checkbox', { name: 'Economy (2)' })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /Diplomacy/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Norway (2)' }));
    // Peru's two events and the summit, which two sources report: one item.
    expect(items()).toHaveLength(3);
    await user.click(screen.getByRole('checkbox', { name: 'Daily Three (1)' }));
    expect(items()).toHaveLength(1);
    expect(store.getState().filters).toMatchObject({
      actors: ['country:PE', 'country:NO'],
      sources: ['daily-three'],
    });
  });

  it('narrows a person filter with a country (each actor kind is its own group)', async () => {
    const user = userEvent.setup();
    setup();
    // Haddad is in both reports of the summit: one event, counted once.
    await user.click(screen.getByRole('checkbox', { name: 'Omar Haddad (1)' }));
    expect(items()).toHaveLength(1);
    // Among Haddad's events, Peru has none and Norway the summit.
    expect(screen.queryByRole('checkbox', { name: /Peru/ })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Norway (1)' }));
    expect(items()).toHaveLength(1);
    await user.click(screen.getByRole('checkbox', { name: 'Ana Lind (1)' }));
    expect(items()).toHaveLength(1);
    // Organisations are counted among events meeting both the people and the country.
    expect(screen.queryByRole('checkbox', { name: /United Nations/ })).toBeNull();
    expect(screen.getByText('None in view')).toBeInTheDocument();
  });

  it('searches event sentences and filters the actor checkboxes by name', async () => {
    const user = userEvent.setup();
    setup();
    await user.type(searchBox(), 'united review');
    await waitFor(() => expect(items()).toHaveLength(1), SLOW);
    await user.type(screen.getByRole('searchbox', { name: 'Search actors' }), 'had');
    const people = screen.getByRole('group', { name: 'People' });
    expect(
      within(people)
        .queryAllByRole('checkbox')
        .map((c) => c.getAttribute('type')),
    ).toHaveLength(0);
    await user.clear(searchBox());
    await waitFor(() => expect(within(people).getAllByRole('checkbox')).toHaveLength(1), SLOW);
    expect(within(people).getByRole('checkbox', { name: 'Omar Haddad (1)' })).toBeInTheDocument();
  });

  describe('the search field', () => {
    // Only the pause is faked (React's scheduler keeps its clock), and keys go in through
    // fireEvent: user-event waits on timers of its own.
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });
    const typeIn = (value: string) => fireEvent.change(searchBox(), { target: { value } });
    const pause = () => act(() => vi.advanceTimersByTime(SEARCH_PAUSE_MS));

    it('shows each keystroke at once and searches once typing pauses', () => {
      const { store } = setup();
      for (const value of ['u', 'un', 'united']) typeIn(value);
      expect(searchBox()).toHaveValue('united');
      expect(store.getState().filters.q).toBe('');
      expect(items()).toHaveLength(4);
      pause();
      expect(store.getState().filters.q).toBe('united');
      typeIn('united review');
      pause();
      expect(items()).toHaveLength(1);
    });

    it('searches at once on Enter, and when it loses focus', () => {
      const { store } = setup();
      typeIn('united');
      fireEvent.keyDown(searchBox(), { key: 'Enter' });
      expect(store.getState().filters.q).toBe('united');
      typeIn('united review');
      fireEvent.blur(searchBox());
      expect(store.getState().filters.q).toBe('united review');
      expect(items()).toHaveLength(1);
    });

    it('shows a search set elsewhere (a chip, a link, Back), and drops typing it replaced', () => {
      const { store } = setup();
      act(() => store.getState().setQuery('review'));
      expect(searchBox()).toHaveValue('review');
      typeIn('review united');
      expect(searchBox()).toHaveValue('review united');
      act(() => store.getState().clearFilters());
      expect(searchBox()).toHaveValue('');
      pause();
      expect(store.getState().filters.q).toBe('');
      expect(searchBox()).toHaveValue('');
    });
  });

  it('says when nothing matches and clears every filter at once', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    await user.type(searchBox(), 'zebra');
    expect(await screen.findByText('No events match these filters', {}, SLOW)).toBeInTheDocument();
    const clears = screen.getAllByRole('button', { name: 'Clear all filters' });
    expect(clears).toHaveLength(2);
    await user.click(clears[1]!);
    expect(items()).toHaveLength(4);
    expect(screen.getByRole('searchbox', { name: 'Search events' })).toHaveValue('');
    expect(store.getState().filters.q).toBe('');
  });

  /** A day picked from the calendar: a pointer on the field opens it, and the pick is a change. */
  const pick = (input: HTMLElement, value: string) => {
    fireEvent.pointerDown(input);
    fireEvent.change(input, { target: { value } });
  };
  /** What every date field's description ends with: when a typed date applies. */
  const HINT = 'A typed date applies on Enter or when you leave the field.';

  it('sets the window from the date inputs, "To" inclusive', async () => {
    const user = userEvent.setup();
    const { store } = setup();
    // user-event cannot type into a date input in jsdom; a change event is what the browser sends.
    pick(screen.getByLabelText('From'), '2023-10-01');
    pick(screen.getByLabelText('To'), '2023-10-17');
    await user.tab();
    expect(store.getState().domain).toEqual([new Date('2023-10-01T00:00Z'), new Date('2023-10-18T00:00Z')]);
    expect(items()).toHaveLength(1); // the summit, reported by two sources
  });

  it('says beside the fields, and in their descriptions, that a typed date applies on Enter or on leaving', () => {
    setup();
    expect(group('Dates')).toHaveTextContent(HINT);
    expect(screen.getByLabelText('From')).toHaveAccessibleDescription(HINT);
    expect(screen.getByLabelText('To')).toHaveAccessibleDescription(HINT);
  });

  it('applies a day picked from the calendar at once', () => {
    const { store } = setup();
    const from = screen.getByLabelText('From');
    pick(from, '2023-09-01');
    expect(store.getState().domain[0]).toEqual(new Date('2023-09-01T00:00Z'));
    expect(from).toHaveValue('2023-09-01');
    expect(screen.queryByText('Not applied yet')).toBeNull();
    // Opened with its key (Alt+↓) rather than a pointer, the same.
    fireEvent.keyDown(from, { key: 'ArrowDown', altKey: true });
    fireEvent.change(from, { target: { value: '2023-10-01' } });
    expect(store.getState().domain[0]).toEqual(new Date('2023-10-01T00:00Z'));
  });

  // Before Chromium 133, and in other browsers, the page cannot ask whether the calendar is open.
  it('where the browser cannot say the calendar is open, days moved to in it are shown only; the pick applies, Escape leaves the window', () => {
    const matches = Element.prototype.matches;
    Element.prototype.matches = function (this: Element, selectors: string) {
      if (selectors.includes(':open')) throw new DOMException(`'${selectors}' is not valid`, 'SyntaxError');
      return matches.call(this, selectors);
    };
    try {
      const { store } = setup();
      const from = screen.getByLabelText('From');
      const before = store.getState().domain;
      // Space opens the calendar; each arrow in it writes its day into the field, with no key on it.
      fireEvent.keyDown(from, { key: ' ' });
      fireEvent.input(from, { target: { value: '2023-09-01' } });
      fireEvent.input(from, { target: { value: '2023-09-02' } });
      expect(store.getState().domain).toEqual(before);
      expect(from).toHaveValue('2023-09-02');
      // Not marked: a field that changes its look under the calendar has Chromium drop the next keys.
      expect(screen.queryByText('Not applied yet')).toBeNull();
      // Enter picks: the calendar closes with a native "change".
      fireEvent.change(from, { target: { value: '2023-09-02' } });
      expect(store.getState().domain[0]).toEqual(new Date('2023-09-02T00:00Z'));
      // Opened by a pointer, a day moved to, then Escape: the day before is back, the window never moved.
      const picked = store.getState().domain;
      fireEvent.pointerDown(from);
      fireEvent.input(from, { target: { value: '2023-09-09' } });
      fireEvent.input(from, { target: { value: '2023-09-02' } });
      expect(store.getState().domain).toBe(picked);
      expect(screen.queryByText('Not applied yet')).toBeNull();
    } finally {
      Element.prototype.matches = matches;
    }
  });

  // A screen reader's "increment" or "set value", or an IME, changes the field with no key: each
  // step is a whole date, and none applies until Enter or blur.
  it('keeps a change that comes with no key and no calendar, marked "Not applied yet", till Enter', () => {
    const { store } = setup();
    const from = screen.getByLabelText('From');
    const seen: [Date, Date][] = [];
    const stop = store.subscribe((s, prev) => s.domain !== prev.domain && seen.push(s.domain));
    for (const v of ['2023-09-01', '2023-09-02', '2023-09-03'])
      fireEvent.change(from, { target: { value: v } });
    expect(seen).toEqual([]);
    expect(from).toHaveValue('2023-09-03');
    expect(screen.getByText('Not applied yet')).toBeVisible();
    expect(from).toHaveAccessibleDescription(`Not applied yet ${HINT}`);
    fireEvent.keyDown(from, { key: 'Enter' });
    expect(seen).toEqual([[new Date('2023-09-03T00:00Z'), store.getState().domain[1]]]);
    expect(screen.queryByText('Not applied yet')).toBeNull();
    expect(from).toHaveAccessibleDescription(HINT);
    stop();
  });

  it("keeps an IME's change after a click in the field till blur, and a pick after typing applies", () => {
    const { store } = setup();
    const to = screen.getByLabelText('To');
    const before = store.getState().domain;
    fireEvent.pointerDown(to); // a click on a segment, to type into it
    fireEvent.compositionStart(to);
    fireEvent.change(to, { target: { value: '2024-06-30' } });
    expect(store.getState().domain).toEqual(before);
    fireEvent.blur(to);
    expect(store.getState().domain[1]).toEqual(new Date('2024-07-01T00:00Z'));
    // A key that edits the field closes the way to a pick; a pointer opens it again.
    fireEvent.keyDown(to, { key: '5' });
    fireEvent.change(to, { target: { value: '2024-05-30' } });
    expect(store.getState().domain[1]).toEqual(new Date('2024-07-01T00:00Z'));
    pick(to, '2024-05-31');
    expect(store.getState().domain[1]).toEqual(new Date('2024-06-01T00:00Z'));
  });

  it('waits for a picked year of fewer than four significant digits, keeping what was picked', () => {
    const { store } = setup();
    const from = screen.getByLabelText('From');
    const before = store.getState().domain;
    pick(from, '0002-08-01');
    expect(store.getState().domain).toEqual(before); // no jump to the year 2
    expect(from).toHaveValue('0002-08-01');
  });

  it('applies a whole date on blur', () => {
    const { store } = setup();
    const from = screen.getByLabelText('From');
    // (A year of fewer than four significant digits waits for blur or Enter.)
    fireEvent.change(from, { target: { value: '2023-09-01' } });
    fireEvent.blur(from);
    expect(store.getState().domain[0]).toEqual(new Date('2023-09-01T00:00Z'));
  });

  /** A day as the reader's locale writes it, from its "YYYY-MM-DD". */
  const words = (day: string) => dayToWords(Date.parse(`${day}T00:00Z`));

  it("writes days in words of the reader's locale", () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(2024, 2, 3, 12));
    expect(words('2024-03-03')).toBe(expected);
    expect(expected).toMatch(/March/);
  });

  it('refuses a "To" before "From" with a message tied to the field, keeping what was typed', () => {
    const { store } = setup();
    const to = screen.getByLabelText('To');
    const before = store.getState().domain;
    fireEvent.change(to, { target: { value: '2023-01-01' } });
    fireEvent.keyDown(to, { key: 'Enter' });
    expect(store.getState().domain).toEqual(before);
    expect(to).toHaveValue('2023-01-01');
    expect(to).toHaveAttribute('aria-invalid', 'true');
    // The days in words, as the field shows them in the browser's format rather than ISO.
    expect(to).toHaveAccessibleDescription(
      `To must be on or after From (${words('2023-08-01')}); ${words('2023-01-01')} was not applied. ${HINT}`,
    );
    expect(screen.getByRole('alert')).not.toHaveTextContent(/\d{4}-\d\d-\d\d/);
  });

  it('refuses a "From" after "To", naming the last day "To" takes', () => {
    setup();
    const from = screen.getByLabelText('From');
    fireEvent.change(from, { target: { value: '2025-01-01' } });
    fireEvent.blur(from);
    expect(from).toHaveAccessibleDescription(
      `From must be on or before To (${words('2024-12-31')}); ${words('2025-01-01')} was not applied. ${HINT}`,
    );
  });

  it.each([
    ['From', '0001-01-01'],
    ['From', '1900-06-30'],
    ['To', '9999-12-31'],
  ])('refuses %s %s, a day the timeline cannot show, and says which days it takes', (label, day) => {
    const { store } = setup();
    const field = screen.getByLabelText(label);
    const before = store.getState().domain;
    fireEvent.change(field, { target: { value: day } });
    fireEvent.blur(field);
    expect(store.getState().domain).toEqual(before);
    expect(field).toHaveValue(day);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    // The days it names are the fields' own bounds, in words.
    const first = words(screen.getByLabelText('From').getAttribute('min')!);
    const last = words(screen.getByLabelText('To').getAttribute('max')!);
    expect(field).toHaveAccessibleDescription(
      `${label} must be between ${first} and ${last}, the timeline’s widest view; ${words(day)} was not applied. ${HINT}`,
    );
  });

  /** A keystroke in a date field as Chromium sends it: keydown, the field's new whole value, keyup. */
  const key = (input: HTMLElement, k: string, value: string) => {
    fireEvent.keyDown(input, { key: k });
    fireEvent.change(input, { target: { value } });
    fireEvent.keyUp(input, { key: k });
  };

  it('applies a date typed month, day, year only on Enter: no jump to the old year on the way', () => {
    const { store } = setup();
    const from = screen.getByLabelText('From');
    const seen: [Date, Date][] = [];
    const stop = store.subscribe((s, prev) => s.domain !== prev.domain && seen.push(s.domain));
    // "09 15 2023" over 2023-08-01: each segment leaves a whole date with the old year first.
    key(from, '0', '');
    key(from, '9', '2023-09-01');
    key(from, '1', '2023-09-01');
    key(from, '5', '2023-09-15');
    for (const [i, v] of ['0002', '0020', '0202', '2023'].entries()) key(from, '2023'[i]!, `${v}-09-15`);
    expect(seen).toEqual([]);
    expect(from).toHaveValue('2023-09-15');
    fireEvent.keyDown(from, { key: 'Enter' });
    expect(seen).toEqual([[new Date('2023-09-15T00:00Z'), store.getState().domain[1]]]);
    stop();
  });

  it('steps a date with the arrow keys without applying each step; blur applies the last', () => {
    const { store } = setup();
    const to = screen.getByLabelText('To');
    const before = store.getState().domain;
    key(to, 'ArrowDown', '2024-11-30');
    key(to, 'ArrowDown', '2024-10-30');
    expect(store.getState().domain).toEqual(before);
    fireEvent.blur(to);
    expect(store.getState().domain[1]).toEqual(new Date('2024-10-31T00:00Z'));
  });

  it('drops a refused day and its message when the window moves elsewhere', () => {
    const { store } = setup();
    const from = screen.getByLabelText('From');
    pick(from, '2030-01-01');
    expect(from).toHaveAttribute('aria-invalid', 'true');
    act(() => store.getState().setDomain([new Date('2023-10-01T00:00Z'), new Date('2023-11-01T00:00Z')]));
    expect(from).toHaveValue('2023-10-01');
    expect(from).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('Filters on a narrow screen', () => {
  // jsdom has no matchMedia; a phone-sized one that matches the narrow query.
  const phone = (matches: boolean) =>
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query: string) =>
        ({
          matches,
          media: query,
          addEventListener: () => {},
          removeEventListener: () => {},
        }) as unknown as MediaQueryList,
    );
  const original = window.matchMedia;
  beforeEach(() => {
    window.matchMedia ??= () => ({}) as MediaQueryList;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    window.matchMedia = original;
  });

  it('folds the filters behind a "Filters" button that says how many are active', async () => {
    phone(true);
    const user = userEvent.setup();
    const { store } = renderWithStore(<Filters />, {
      corpus: sampleCorpus(),
      filters: { actors: ['country:NO'], q: 'trade' },
    });
    const toggle = screen.getByRole('button', { name: /^Filters/ });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('2 active');
    expect(screen.queryByRole('group', { name: 'Actors' })).toBeNull();
    // Folded, each active filter is named and removable.
    const chips = screen.getByRole('list', { name: 'Active filters' });
    expect(
      within(chips)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['Norway ×', '“trade” ×']);
    await user.click(within(chips).getByRole('button', { name: 'Remove filter “trade”' }));
    expect(store.getState().filters.q).toBe('');
    expect(toggle).toHaveTextContent('1 active');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.queryByRole('list', { name: 'Active filters' })).toBeNull();
    await user.click(within(group('Sources')).getByRole('checkbox', { name: /Wire One/ }));
    expect(store.getState().filters.sources).toEqual(['wire-one']);
    expect(toggle).toHaveTextContent('2 active');
  });

  it('shows them open, under a heading, on a wide screen', () => {
    phone(false);
    renderWithStore(<Filters />, { corpus: sampleCorpus() });
    expect(screen.queryByRole('button', { name: /^Filters/ })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Filters' })).toBeInTheDocument();
    expect(group('Actors')).toBeVisible();
  });
});

describe('Filters with long value lists', () => {
  const corpus = () => generateCorpus({ events: 400, seed: 3 });
  const people = () => within(group('People')).getAllByRole('checkbox');

  it(`shows the top ${FACET_TOP} by count and a "Show all" button for the rest`, async () => {
    const user = userEvent.setup();
    const c = corpus();
    const total = c.actors.filter((a) => a.kind === 'person').length;
    expect(total).toBeGreaterThan(FACET_TOP);
    renderWithStore(<Filters />, { corpus: c });
    expect(people()).toHaveLength(FACET_TOP);
    const counts = people().map((b) => Number(/\((\d+)\)$/.exec(b.closest('label')!.textContent!)![1]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const more = within(group('People')).getByRole('button', { name: /^Show all \d+ people$/ });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const n = Number(/\d+/.exec(more.textContent!)![0]);
    await user.click(more);
    expect(people()).toHaveLength(n);
    expect(n).toBeGreaterThan(FACET_TOP);
    expect(more).toHaveAccessibleName(`Show top ${FACET_TOP} people`);
    expect(more).toHaveAttribute('aria-expanded', 'true');
  });

  it('keeps a ticked value visible when the list folds back', async () => {
    const user = userEvent.setup();
    renderWithStore(<Filters />, { corpus: corpus() });
    await user.click(within(group('People')).getByRole('button', { name: /^Show all/ }));
    const last = people().at(-1)!;
    await user.click(last);
    await user.click(within(group('People')).getByRole('button', { name: /^Show top/ }));
    expect(people()).toHaveLength(FACET_TOP + 1);
    expect(people().filter((b) => (b as HTMLInputElement).checked)).toHaveLength(1);
  });
});

describe('Filters of a large corpus', () => {
  it('draws first without counts, and the counts follow the first frame', async () => {
    const corpus = generateCorpus({ events: COUNT_AFTER_FIRST_FRAME + 500, seed: 11 });
    renderWithStore(<Filters />, { corpus });
    // The first drawing: the groups are there, their values still being counted.
    expect(within(group('Topics')).getByText('Counting topics in view…')).toBeInTheDocument();
    expect(within(group('Sources')).getByText('Counting sources in view…')).toBeInTheDocument();
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    // Then every value with its count over the whole corpus (the window shows all of it).
    const topics = await within(group('Topics')).findAllByRole('checkbox');
    expect(within(group('Topics')).queryByText(/^Counting/)).toBeNull();
    const all = countFacets(corpus.events, EMPTY_FILTERS, createQueryIndex(corpus)).topics;
    const shown = topics.map((b) => b.closest('label')!.textContent!);
    const expected = corpus.topics
      .filter((t) => all.has(t.id))
      .map((t) => `${t.label} (${all.get(t.id)})`)
      .sort((a, b) => Number(/\((\d+)\)$/.exec(b)![1]) - Number(/\((\d+)\)$/.exec(a)![1]))
      .slice(0, FACET_TOP);
    expect(new Set(shown)).toEqual(new Set(expected));
  });
});
