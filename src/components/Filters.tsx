import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { compareNames, foldText, type FacetGroup } from '../core/query';
import type { ActorKind } from '../core/types';
import { useCorpusLookups, useExplorer, useExplorerApi, useFacetCounts } from '../state/context';
import { widestDomain } from '../state/store';
import { formatInstant, parseInstant } from '../state/url';
import { NARROW_QUERY, useMediaQuery } from './useMediaQuery';

type Option = { id: string; name: string; count: number; checked: boolean };

const ACTOR_KINDS: { kind: ActorKind; label: string; noun: string }[] = [
  { kind: 'person', label: 'People', noun: 'people' },
  { kind: 'country', label: 'Countries', noun: 'countries' },
  { kind: 'organisation', label: 'Organisations', noun: 'organisations' },
];

const DAY = 86_400_000;

/**
 * Values worth showing: those with matches, plus anything ticked (so it can be unticked); null
 * while the counts are still to come.
 */
function options(
  entries: Iterable<[string, string]>,
  counts: ReadonlyMap<string, number> | undefined,
  checked: readonly string[],
): Option[] | null {
  if (!counts) return null;
  const list: Option[] = [];
  for (const [id, name] of entries) {
    const count = counts.get(id) ?? 0;
    const on = checked.includes(id);
    if (count > 0 || on) list.push({ id, name, count, checked: on });
  }
  return list.sort((a, b) => b.count - a.count || compareNames(a.name, b.name));
}

/** How many values a group shows before "Show all": enough for the usual story, short enough to scan. */
export const FACET_TOP = 8;

function Checkboxes({ group, items, noun }: { group: FacetGroup; items: Option[] | null; noun: string }) {
  const toggle = useExplorer((s) => s.toggleFilter);
  const [all, setAll] = useState(false);
  // Not counted yet: a large corpus's counts follow its first drawing (COUNT_AFTER_FIRST_FRAME).
  if (items === null) return <p className="facet-empty">Counting {noun} in view…</p>;
  if (items.length === 0) return <p className="facet-empty">None in view</p>;
  // The top values by count, and anything ticked further down, so a tick is never hidden.
  const shown = all ? items : items.filter((o, i) => i < FACET_TOP || o.checked);
  const more = items.length > FACET_TOP;
  return (
    <>
      <ul className="facet-list">
        {shown.map((o) => (
          <li key={o.id}>
            <label>
              <input type="checkbox" checked={o.checked} onChange={() => toggle(group, o.id)} />
              <span>{`${o.name} (${o.count})`}</span>
            </label>
          </li>
        ))}
      </ul>
      {more && (
        <button type="button" className="facet-more" aria-expanded={all} onClick={() => setAll(!all)}>
          {all ? `Show top ${FACET_TOP} ${noun}` : `Show all ${items.length} ${noun}`}
        </button>
      )}
    </>
  );
}

/** "YYYY-MM-DD" of a Date at UTC midnight, for <input type=date>. */
const dayOf = (d: Date) => formatInstant(new Date(Math.floor(d.getTime() / DAY) * DAY));

let dayWords: Intl.DateTimeFormat | null = null;
/**
 * A day (ms at UTC midnight) as the reader's locale writes it, "3 March 2024" or "March 3, 2024",
 * as the date field beside it shows the day in the browser's own format. Made on first use: a
 * formatter costs tens of milliseconds to build, and most readers never see a refusal.
 */
export function dayToWords(t: number): string {
  dayWords ??= new Intl.DateTimeFormat(undefined, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return dayWords.format(t);
}

/**
 * Keys that open a date field's calendar (Chromium: Space, Alt+↓, and F4 where the platform uses
 * it): a change that follows one, with no key on the field between, comes from the calendar.
 */
const isPickerKey = (e: { key: string; altKey: boolean }) =>
  e.key === ' ' || e.key === 'F4' || (e.altKey && (e.key === 'ArrowDown' || e.key === 'ArrowUp'));

/**
 * Whether a date field's calendar is open, where the browser can say (the :open pseudo-class,
 * Chromium 133 on); null where it cannot.
 */
function isCalendarOpen(input: HTMLInputElement): boolean | null {
  try {
    return input.matches(':open');
  } catch {
    return null;
  }
}

/**
 * A date field that applies its value only once the reader has finished with it: on Enter, on
 * leaving the field, or at once when the day is picked from the calendar. Chromium reports a whole
 * date after every segment typed or stepped with the keyboard: typing "05 20 2023" over 3 March 2024
 * reports 2024-05-03, 2024-05-20, then 0002-05-20, 0020-…, 0202-…, 2023-05-20. A screen reader
 * (VoiceOver's increment, a "set value" from the accessibility tree) and an IME change the value
 * with no key at all, one step at a time. So a change applies at once only when the calendar was
 * opened (a pointer pressed on the field, or its picker key) and no key has edited the field since,
 * and only if its year has four significant digits; any other change stays in the field, marked
 * "Not applied yet", until Enter or blur. A day that cannot apply (before "From", past the
 * timeline's widest view) stays in the field, marked invalid, with the reason beside it; the window
 * is left as it was.
 *
 * In the open calendar the arrow keys move from day to day, and Chromium writes each into the
 * field; Escape puts the first one back. Those days are only shown, and the day picked (Enter or a
 * click, which close it with a native "change") applies: the window does not move a day at a time
 * under the reader, Escape leaves it as it was, and a calendar opened from the keyboard (Space as
 * well as the picker keys) picks as one opened by a pointer. Where the browser says the calendar
 * is open (:open, Chromium 133 on), a change it reports closed is a pick; where it cannot say, every
 * change after the calendar may have opened waits for that "change".
 */
function DateField({
  label,
  value,
  min,
  max,
  hint,
  check,
  apply,
}: {
  label: string;
  value: string;
  min?: string;
  max?: string;
  /** The id of the words that say when a typed date applies. */
  hint: string;
  /** Why a whole day (ms at UTC midnight) cannot apply, or null when it can. */
  check: (t: number) => string | null;
  apply: (t: number) => void;
}) {
  // What is typed over `value`, and why it was not applied; both go when the window moves elsewhere
  // (a zoom, "Clear all filters", Back), and the field shows the window again.
  // (`browsing`: a day moved to in the open calendar, not marked: a field that changes its look
  // under the calendar has Chromium drop the keys that follow.)
  const [draft, setDraft] = useState<{
    text: string;
    over: string;
    refused: string | null;
    browsing?: boolean;
  } | null>(null);
  let typed = draft;
  if (draft && draft.over !== value) {
    typed = null;
    setDraft(null);
  }
  // Whether the calendar may be open: set by a pointer on the field (its picker button is part of
  // it) or the picker key; a key that edits the field, an IME's composition, or leaving it, clear it.
  const picking = useRef(false);
  // A day was moved to in the open calendar: the "change" that closes it is the day picked.
  const inCalendar = useRef(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();
  const pendingId = useId();
  /** Applies a whole day, or keeps it in the field with the reason; false when it is no whole day. */
  const tryApply = (v: string) => {
    const t = parseDay(v);
    if (!Number.isFinite(t)) return false;
    const why = check(t);
    if (why === null) {
      setDraft(null);
      apply(t);
    } else
      setDraft({
        text: v,
        over: value,
        refused: `${label} must be ${why}; ${dayToWords(t)} was not applied.`,
      });
    return true;
  };
  const commit = (v: string) => {
    if (v === value) setDraft(null);
    else if (!tryApply(v)) setDraft(null); // an empty field shows the window again
  };
  // React's onChange is the "input" event; the calendar's pick is told by the native "change".
  const picked = useRef(() => {});
  picked.current = () => {
    const el = input.current;
    if (!el || !inCalendar.current || isCalendarOpen(el) === true) return;
    inCalendar.current = false;
    commit(el.value);
  };
  useEffect(() => {
    const el = input.current;
    const onChange = () => picked.current();
    el?.addEventListener('change', onChange);
    return () => el?.removeEventListener('change', onChange);
  }, []);
  const refused = typed?.refused ?? null;
  // Typed (or stepped, or set by a screen reader) and not applied yet: said beside the field.
  const pending = typed !== null && refused === null && typed.text !== value && !typed.browsing;
  const describedBy = [refused ? id : null, pending ? pendingId : null, hint].filter(Boolean).join(' ');
  return (
    <>
      <label>
        {label}
        <input
          ref={input}
          type="date"
          value={typed?.text ?? value}
          min={min}
          max={max}
          className={pending ? 'date-pending' : undefined}
          aria-invalid={refused ? true : undefined}
          aria-describedby={describedBy}
          onChange={(e) => {
            const v = e.target.value;
            const composing = (e.nativeEvent as InputEvent).isComposing === true;
            // Open, or perhaps open where the browser cannot say: a day moved to, shown only.
            const known = isCalendarOpen(e.target);
            const open = known ?? (picking.current && !composing);
            inCalendar.current = open;
            if (!open && picking.current && !composing && Number(v.slice(0, 4)) >= 1000 && tryApply(v))
              return;
            setDraft({ text: v, over: value, refused: null, browsing: open });
          }}
          onPointerDown={() => {
            picking.current = true;
            inCalendar.current = false;
          }}
          onCompositionStart={() => (picking.current = false)}
          onBlur={(e) => {
            picking.current = false;
            inCalendar.current = false;
            if (typed !== null) commit(e.target.value);
          }}
          onKeyDown={(e) => {
            // (The open calendar takes the keys: one that reaches the field is typed into it.)
            inCalendar.current = false;
            picking.current = isPickerKey(e);
            if (e.key === 'Enter' && typed !== null) {
              e.preventDefault();
              commit(e.currentTarget.value);
            }
          }}
        />
      </label>
      {pending && (
        <p id={pendingId} className="date-pending-note">
          Not applied yet
        </p>
      )}
      {refused && (
        <p id={id} role="alert" className="date-refused">
          {refused}
        </p>
      )}
    </>
  );
}

/** A date field's "YYYY-MM-DD" as ms at UTC midnight, read as links read it; NaN if none. */
const parseDay = (v: string) => parseInstant(v)?.getTime() ?? NaN;

function DateRange() {
  const domain = useExplorer((s) => s.settledDomain);
  const setDomain = useExplorer((s) => s.setDomain);
  const full = useExplorer((s) => s.fullDomain);
  // "To" is inclusive for the reader; the window is half-open, so it ends the next midnight.
  const from = dayOf(domain[0]);
  const to = dayOf(new Date(domain[1].getTime() - 1));
  // The days the fields take: those of the timeline's widest view (a link's window is held to it
  // too), so "0001" or "9999" draw no axis of millennia.
  const [first, last] = useMemo(() => {
    const [a, b] = widestDomain(full);
    return [Math.ceil(a.getTime() / DAY) * DAY, Math.floor(b.getTime() / DAY) * DAY - DAY];
  }, [full]);
  const hint = useId();
  const outside = (t: number) =>
    t < first || t > last
      ? `between ${dayToWords(first)} and ${dayToWords(last)}, the timeline’s widest view`
      : null;
  // Without an event the window is a stand-in day (1 Jan 2000): fields showing it read as a date found.
  const dated = useExplorer((s) => s.corpus.events.length > 0);
  if (!dated)
    return (
      <fieldset className="date-range">
        <legend>Dates</legend>
        <p className="date-hint">No dated events: there are no dates to choose between.</p>
      </fieldset>
    );
  return (
    <fieldset className="date-range">
      <legend>Dates</legend>
      <p id={hint} className="date-hint">
        A typed date applies on Enter or when you leave the field.
      </p>
      <DateField
        label="From"
        value={from}
        min={formatInstant(new Date(first))}
        max={to}
        hint={hint}
        check={(t) =>
          outside(t) ?? (t > parseDay(to) ? `on or before To (${dayToWords(parseDay(to))})` : null)
        }
        apply={(t) => setDomain([new Date(t), domain[1]])}
      />
      <DateField
        label="To"
        value={to}
        min={from}
        max={formatInstant(new Date(last))}
        hint={hint}
        check={(t) =>
          outside(t) ?? (t < parseDay(from) ? `on or after From (${dayToWords(parseDay(from))})` : null)
        }
        apply={(t) => setDomain([domain[0], new Date(t + DAY)])}
      />
    </fieldset>
  );
}

/**
 * What the folded filters hold, each removable with one tap: on a phone the checkboxes are out of
 * sight, and "2 active" alone does not say which.
 */
function ActiveFilters({ onRemoved }: { onRemoved: (next: string | null) => void }) {
  const { actors, topics, index } = useCorpusLookups();
  const filters = useExplorer((s) => s.filters);
  const toggle = useExplorer((s) => s.toggleFilter);
  const setQuery = useExplorer((s) => s.setQuery);
  const chips: { key: string; label: string; remove: () => void }[] = [
    ...filters.actors.map((id) => ({ group: 'actors' as const, id, label: actors.get(id)?.name ?? id })),
    ...filters.topics.map((id) => ({ group: 'topics' as const, id, label: topics.get(id)?.label ?? id })),
    ...filters.sources.map((id) => ({
      group: 'sources' as const,
      id,
      label: index.sourceNames.get(id) ?? id,
    })),
  ].map(({ group, id, label }) => ({ key: `${group}:${id}`, label, remove: () => toggle(group, id) }));
  if (filters.q.trim()) chips.push({ key: 'q', label: `“${filters.q.trim()}”`, remove: () => setQuery('') });
  return (
    <ul className="filter-chips" aria-label="Active filters">
      {chips.map((c, i) => (
        <li key={c.key}>
          <button
            type="button"
            data-chip={c.key}
            aria-label={`Remove filter ${c.label}`}
            onClick={() => {
              onRemoved((chips[i + 1] ?? chips[i - 1])?.key ?? null);
              c.remove();
            }}
          >
            {c.label} <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * How long typing may pause before the search applies. Each search filters, groups and draws every
 * event again (a second or more after a 300,000-event import), so applying it on every keystroke
 * held each key up; Enter applies it at once.
 */
export const SEARCH_PAUSE_MS = 250;

/** The events' search field: it shows each keystroke at once; the list follows when typing pauses. */
function SearchField() {
  const store = useExplorerApi();
  const q = useExplorer((s) => s.filters.q);
  const id = useId();
  // `q` is the store's query the draft was typed over: when the query changes elsewhere (a chip,
  // "Clear all filters", Back), the field shows that instead.
  const [draft, setDraft] = useState({ text: q, q });
  let text = draft.text;
  if (draft.q !== q) {
    text = q;
    setDraft({ text, q });
  }
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);
  const cancel = () => {
    if (pending.current !== null) clearTimeout(pending.current);
    pending.current = null;
  };
  const apply = (value: string) => {
    cancel();
    if (store.getState().filters.q !== value) store.getState().setQuery(value);
  };
  /** After the pause: unless the query was changed elsewhere meanwhile (the field shows that now). */
  const applyOver = (value: string, over: string) => {
    if (store.getState().filters.q === over) apply(value);
    else cancel();
  };
  useEffect(() => cancel, []);
  return (
    <div className="field">
      <label htmlFor={id}>Search events</label>
      <input
        id={id}
        type="search"
        value={text}
        onChange={(e) => {
          const value = e.target.value;
          const over = store.getState().filters.q;
          setDraft({ text: value, q: over });
          cancel();
          pending.current = setTimeout(() => applyOver(value, over), SEARCH_PAUSE_MS);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') apply(e.currentTarget.value);
        }}
        onBlur={(e) => apply(e.currentTarget.value)}
        placeholder="Words in the sentence"
        autoComplete="off"
      />
    </div>
  );
}

/** The filters sidebar: text, dates, and faceted checkboxes (OR within a group, AND across). */
export function Filters() {
  const { actors, topics, index } = useCorpusLookups();
  const filters = useExplorer((s) => s.filters);
  const clearFilters = useExplorer((s) => s.clearFilters);
  const counts = useFacetCounts();
  const [actorQuery, setActorQuery] = useState('');
  const formId = useId();
  // On a phone the filters fold behind one button, so the timeline and the list come first.
  const narrow = useMediaQuery(NARROW_QUERY);
  const [unfolded, setUnfolded] = useState(false);
  const open = !narrow || unfolded;
  // A removed chip's button is gone: focus moves to the next chip (or the one before), and after
  // the last to the Filters button.
  const chipFocus = useRef<string | null | undefined>(undefined);
  const toggleButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const want = chipFocus.current;
    if (want === undefined) return;
    chipFocus.current = undefined;
    const chip = Array.from(document.querySelectorAll<HTMLElement>('[data-chip]')).find(
      (el) => el.dataset.chip === want,
    );
    (chip ?? toggleButton.current)?.focus();
  }, [filters]);
  const active =
    filters.actors.length + filters.topics.length + filters.sources.length + (filters.q.trim() ? 1 : 0);

  const actorGroups = useMemo(() => {
    const words = foldText(actorQuery).split(/\s+/).filter(Boolean);
    const matches = (name: string, aliases: string[]) => {
      if (words.length === 0) return true;
      const text = foldText([name, ...aliases].join(' '));
      return words.every((w) => text.includes(w));
    };
    return ACTOR_KINDS.map(({ kind, label, noun }) => ({
      label,
      noun,
      items: options(
        [...actors.values()]
          .filter((a) => a.kind === kind && matches(a.name, a.aliases))
          .map((a): [string, string] => [a.id, a.name]),
        counts?.actors,
        filters.actors,
      ),
    }));
  }, [actors, actorQuery, counts?.actors, filters.actors]);

  const topicItems = useMemo(
    () =>
      options(
        [...topics.values()].map((t): [string, string] => [t.id, t.label]),
        counts?.topics,
        filters.topics,
      ),
    [topics, counts?.topics, filters.topics],
  );
  const sourceItems = useMemo(
    () => options(index.sourceNames, counts?.sources, filters.sources),
    [index.sourceNames, counts?.sources, filters.sources],
  );

  return (
    <aside className={narrow ? 'filters narrow' : 'filters'} aria-label="Filters">
      {narrow ? (
        <button
          ref={toggleButton}
          type="button"
          className="filters-toggle"
          aria-expanded={open}
          aria-controls={formId}
          onClick={() => setUnfolded(!unfolded)}
        >
          Filters
          {active > 0 && <span className="filters-active">{active} active</span>}
        </button>
      ) : (
        <h2 className="filters-title">Filters</h2>
      )}
      {narrow && !open && active > 0 && <ActiveFilters onRemoved={(next) => (chipFocus.current = next)} />}
      <form id={formId} className="filters-form" hidden={!open} onSubmit={(e) => e.preventDefault()}>
        <p className="filters-note">
          Numbers count events in view; an event several sources report counts once.
        </p>
        <SearchField />
        <DateRange />
        <fieldset className="facet">
          <legend>Actors</legend>
          <input
            type="search"
            aria-label="Search actors"
            placeholder="Search actors"
            value={actorQuery}
            onChange={(e) => setActorQuery(e.target.value)}
            autoComplete="off"
          />
          {actorGroups.map((g) => (
            <fieldset key={g.label} className="facet-sub">
              <legend>{g.label}</legend>
              <Checkboxes group="actors" items={g.items} noun={g.noun} />
            </fieldset>
          ))}
        </fieldset>
        <fieldset className="facet">
          <legend>Topics</legend>
          <Checkboxes group="topics" items={topicItems} noun="topics" />
        </fieldset>
        <fieldset className="facet">
          <legend>Sources</legend>
          <Checkboxes group="sources" items={sourceItems} noun="sources" />
        </fieldset>
        <button type="button" className="clear" onClick={clearFilters}>
          Clear all filters
        </button>
      </form>
    </aside>
  );
}
