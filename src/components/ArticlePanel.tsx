import { useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { storySources } from '../core/query';
import { isDayValue, valueToInterval } from '../core/time/interval';
import type { Article, Correction, Event, Sentence, Timex } from '../core/types';
import { useCorpusLookups, useExplorer, useExplorerApi, type CorpusLookups } from '../state/context';
import { announce } from './announce';
import { formatTimex, formatValue, isKnownValue, PUBLISHED_HOW, publishedDoubt } from './format';
import { articleLanguage, langAttribute, languageName } from './language';
import { NARROW_QUERY, useMediaQuery } from './useMediaQuery';

type ArticleTimex = Timex & { articleId: string };

/** Timex ids ("article:t3") are unique in a corpus; made safe for an element id. */
const timexButtonId = (id: string) => `timex-${id.replace(/[^\w-]/g, '_')}`;
/** The id of a date's details, which its button controls. */
const timexDetailsId = (id: string) => `${timexButtonId(id)}-details`;

/**
 * Who reports an event: its article's source, or, for a story several outlets carry, how many
 * articles and whose ("3 sources: BBC News, Reuters and AP").
 */
function reportedBy(event: Event, { clusters, articles }: CorpusLookups): string {
  const sources = storySources(event.cluster, event.articleId, clusters, articles);
  const list = new Intl.ListFormat('en-GB', { type: 'conjunction' }).format([...new Set(sources)]);
  return sources.length > 1 ? `${sources.length} sources: ${list}` : list;
}

/** What the marked sentence is, for a screen reader on it: "Selected event, Tue 17 Oct 2023, reported by Reuters." */
const describeSelected = (event: Event, lookups: CorpusLookups) =>
  `Selected event, ${formatValue(event.value)}, reported by ${reportedBy(event, lookups)}.`;

/**
 * The reader: the selected event's article, its sentence marked, every date explained. With
 * `fromLink`, an event selected when the panel is first drawn is one the page's address named (a
 * shared link): once its article is drawn, focus goes to the event's sentence (on screen, marked,
 * described by its date and sources), so a screen reader starts at what the link was sent for and
 * says it once. Where focus cannot say it (the reader was already elsewhere; the article's text is
 * missing, and focus goes to its title), the live region says the event instead.
 */
export function ArticlePanel({ fromLink = false }: { fromLink?: boolean }) {
  const selectedId = useExplorer((s) => s.selectedEventId);
  const lookups = useCorpusLookups();
  const { events, articles } = lookups;
  const texts = useExplorer((s) => s.texts);
  const event = selectedId ? events.get(selectedId) : undefined;
  const article = event ? articles.get(event.articleId) : undefined;
  // Set when a source in "Reported by N sources" opens its article: the article (and the button)
  // is drawn anew, so focus goes to its heading.
  const focusHeading = useRef(false);
  const withoutText =
    !article || texts.status === 'loading'
      ? 'loading'
      : texts.status === 'failed'
        ? texts.message
        : texts.missing.has(article.id)
          ? `The text of this article is not in the corpus file: ${texts.missing.get(article.id)}.`
          : undefined;
  const panel = useRef<HTMLElement>(null);
  const linked = useRef(fromLink ? selectedId : null);
  useEffect(() => {
    const want = linked.current;
    if (want === null || (event && withoutText === 'loading')) return;
    // Once only, and only for the event the link named: not one chosen while the text was loading.
    linked.current = null;
    if (!event || event.id !== want) return;
    // Focus moves only from nowhere: a reader who has already gone somewhere stays there. The
    // sentence was brought on screen when it was drawn; focus must not move it under the header.
    const at = document.activeElement;
    const mark = panel.current?.querySelector<HTMLElement>('mark.selected[tabindex]');
    if (!at || at === document.body) {
      (mark ?? panel.current?.querySelector<HTMLElement>('h2'))?.focus({ preventScroll: true });
      // On the sentence, the screen reader says it with its date and sources (its description):
      // said in the live region too, the reader would hear them twice, the second time over the
      // first. Focus is the one that is said where the reader is, and reading on goes on from it.
      if (mark && document.activeElement === mark) return;
    }
    // Focus stayed where the reader was, or is on the title of an article without its text.
    announce(
      `Linked event, ${formatValue(event.value)}, reported by ${reportedBy(event, lookups)}: ${event.sentence.text}`,
    );
  }, [event, withoutText, lookups]);
  return (
    <section aria-label="Article" className="article-panel" ref={panel}>
      {event && article && withoutText !== undefined ? (
        <ArticleWithoutText key={article.id} article={article} event={event} why={withoutText} />
      ) : event && article ? (
        <ArticleView key={article.id} article={article} event={event} focusHeading={focusHeading} />
      ) : (
        <>
          <p className="placeholder">
            Select an event on the timeline or in the list to read the article it comes from.
          </p>
          <UndatedArticles
            onOpen={() => {
              focusHeading.current = true;
            }}
          />
        </>
      )}
    </section>
  );
}

/**
 * Articles with no publication date and no event: no event opens them in the panel, and their
 * relative dates ("yesterday") wait for a day to be read against. They are given one here.
 */
function UndatedArticles({ onOpen }: { onOpen: () => void }) {
  const articles = useExplorer((s) => s.corpus.articles);
  const { eventsOf } = useCorpusLookups();
  const store = useExplorerApi();
  // Dated, it leaves this list: its first event, if it has one now, opens it in the panel, and
  // focus goes to its title (the form it was in is gone).
  const openFirstEvent = (articleId: string) => {
    const { corpus, select } = store.getState();
    const first = corpus.events.find((e) => e.articleId === articleId);
    if (!first) return;
    onOpen();
    select(first.id);
  };
  const undated = articles.filter((a) => a.publishedDate.value === null && eventsOf(a.id).length === 0);
  if (!undated.length) return null;
  // Not a region of its own: the page has one "Article" region, which this sits in.
  return (
    <div className="undated-articles">
      <h2>Articles without a date or an event</h2>
      <p>Set the day each was published: its dates are read against it, and it opens here.</p>
      <ul>
        {undated.map((a) => (
          <li key={a.id} role="group" aria-label={a.title}>
            <h3>{a.title}</h3>
            <SetPublished article={a} onSet={() => openFirstEvent(a.id)} />
          </li>
        ))}
      </ul>
    </div>
  );
}

function ArticleView({
  article,
  event,
  focusHeading,
}: {
  article: Article;
  event: Event;
  focusHeading: React.RefObject<boolean>;
}) {
  const lookups = useCorpusLookups();
  const { eventsOf, timexesOf } = lookups;
  const [openTimex, setOpenTimex] = useState<string | null>(null);
  const own = eventsOf(article.id);
  const timexes = timexesOf(article.id);
  const eventsBySentence = useMemo(() => {
    const map = new Map<number, Event[]>();
    for (const e of own) {
      const list = map.get(e.sentence.index);
      if (list) list.push(e);
      else map.set(e.sentence.index, [e]);
    }
    return map;
  }, [own]);
  // A long article is drawn a part at a time, around the selected sentence (see textWindow).
  const total = article.sentences.length;
  const [shown, setShown] = useState(() => textWindow(total, event.sentence.index));
  const [shownFor, setShownFor] = useState(event.id);
  if (shownFor !== event.id) {
    // Another event of this article: its sentence is drawn, if it was not already.
    setShownFor(event.id);
    const at = event.sentence.index;
    if (at < shown.from || at >= shown.to) setShown(textWindow(total, at));
  }
  const partId = useId();
  const selectedDescriptionId = useId();
  const markRef = useRef<HTMLElement>(null);
  const narrow = useMediaQuery(NARROW_QUERY);
  useEffect(() => {
    const mark = markRef.current;
    if (!mark) return;
    bringIntoView(mark, narrow);
    // Again once this frame's layout is done: on a fresh page (a link to the event) what is above
    // the panel (the timeline, once it has measured its width) grows after this, and pushed the
    // sentence off screen. Placing it is idempotent: a sentence already placed does not move.
    const frame = requestAnimationFrame(() => bringIntoView(mark, narrow));
    return () => cancelAnimationFrame(frame);
    // The selection alone decides when to scroll; a resize must not move the reader.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [event.id]);

  // Escape closes a date's details wherever focus is in the page (inside them, their own handler
  // does it and returns focus to the date). A modal dialog's Escape is the dialog's.
  useEffect(() => {
    if (!openTimex) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      setOpenTimex(null);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [openTimex]);

  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus({ preventScroll: true });
  }, [event.id, focusHeading]);

  // On a phone the article sits a screen below the list: return to the row that opened it.
  const backToList = () => {
    const list = document.querySelector('.event-list');
    list?.scrollIntoView?.({ block: 'start' });
    // The list's one tab stop: the selected row when the list shows it.
    list?.querySelector<HTMLElement>('[role="gridcell"][tabindex="0"]')?.focus({ preventScroll: true });
  };

  // The article's own words (title, text) carry its language, so a screen reader speaks them in
  // it; the app's words around them (meta line, details, readings) stay English.
  const language = articleLanguage(article);
  const lang = langAttribute(language);
  return (
    <article className="article">
      {/* On a phone the title and its details scroll away with the text, which has the screen to
          itself but for this bar: the way back, and which outlet is speaking (the meta line below
          says it to a screen reader). */}
      {narrow && (
        <div className="article-bar">
          <button type="button" className="back-to-list" onClick={backToList}>
            Back to the list
          </button>
          <span className="article-bar-source" aria-hidden="true">
            {article.source ?? 'Unknown source'}
          </span>
        </div>
      )}
      <header className="article-head">
        <h2 ref={heading} tabIndex={-1} lang={lang}>
          {article.title}
        </h2>
        <ArticleMeta article={article} />
        {language.english === false && (
          <p className="lang-note">
            {language.code
              ? `This article seems to be in ${languageName(language.code)}.`
              : 'This article does not seem to be in English.'}{' '}
            Dateline reads dates in English only, so dates in it may be missed or read only in part.
          </p>
        )}
        <SetPublished key={article.id} article={article} />
        <UndoCorrection onEmpty={() => heading.current?.focus({ preventScroll: true })} />
      </header>
      <ClusterSources
        event={event}
        onSwitch={(id) => {
          if (id !== event.id) focusHeading.current = true;
        }}
      />
      {shown.from > 0 || shown.to < total ? (
        <p className="article-part" id={partId}>
          A long article ({total.toLocaleString('en-GB')} sentences): sentences{' '}
          {(shown.from + 1).toLocaleString('en-GB')}–{shown.to.toLocaleString('en-GB')} are shown, around the
          selected event.
        </p>
      ) : null}
      <div className="article-text">
        {shown.from > 0 && (
          <button
            type="button"
            className="article-more"
            aria-describedby={partId}
            onClick={() => setShown((w) => extendWindow(w, total, -1))}
          >
            Show earlier text
          </button>
        )}
        {paragraphsIn(article, timexes, shown).map(({ p, pi, start, end, sentences, timexes: inside }) => {
          const details = inside.find((t) => t.id === openTimex);
          const body = renderParagraph(article, { start, end }, sentences, inside, {
            selected: event,
            selectedDescriptionId,
            eventsBySentence,
            markRef,
            openTimex,
            toggleTimex: (id) => setOpenTimex((cur) => (cur === id ? null : id)),
          });
          const Tag = p.kind === 'heading' ? 'h3' : 'p';
          return (
            <div key={pi} className={`para para-${p.kind}`}>
              <Tag className={p.kind === 'caption' ? 'caption' : undefined} lang={lang}>
                {body}
              </Tag>
              {details && (
                <TimexDetails
                  key={details.id}
                  timex={details}
                  event={own.find((e) => e.timex.id === details.id)}
                  onClose={() => {
                    setOpenTimex(null);
                    // Back to the date that opened the details, for keyboard readers.
                    document.getElementById(timexButtonId(details.id))?.focus();
                  }}
                />
              )}
            </div>
          );
        })}
        {shown.to < total && (
          <button
            type="button"
            className="article-more"
            aria-describedby={partId}
            onClick={() => setShown((w) => extendWindow(w, total, 1))}
          >
            Show later text
          </button>
        )}
      </div>
      {/* Hidden, and out of the text, so that a copy of the article stays the article's words. */}
      <span id={selectedDescriptionId} hidden>
        {describeSelected(event, lookups)}
      </span>
    </article>
  );
}

/**
 * Puts the marked sentence on screen. A wide layout scrolls the panel, putting the sentence a third
 * of the way down the part of it that is on screen, below the sticky article header (the panel can
 * reach below the window, and the header covers its top); if it is still off screen, moves the page
 * only as far as needed, so the timeline stays where the reader left it. On a phone the page itself
 * scrolls the article: it opens at its title when the sentence is then on screen too, else at the
 * sentence, in the middle of the screen. A sentence already on screen does not move.
 */
function bringIntoView(mark: HTMLElement, narrow: boolean) {
  const panel = mark.closest('.article-panel');
  if (!panel) return;
  const box = panel.getBoundingClientRect();
  const height = window.innerHeight || box.bottom;
  if (narrow) {
    const bar = panel.querySelector('.article-bar')?.getBoundingClientRect().height ?? 0;
    const m = mark.getBoundingClientRect();
    if (m.top >= bar && m.bottom <= height) return;
    if (m.bottom - box.top <= height) panel.scrollIntoView?.({ block: 'start' });
    else mark.scrollIntoView?.({ block: 'center' });
    return;
  }
  const head = panel.querySelector('.article-head')?.getBoundingClientRect().height ?? 0;
  const top = Math.max(box.top, 0) + head;
  const bottom = Math.min(box.bottom, height);
  const offset = mark.getBoundingClientRect().top - top;
  panel.scrollTop += offset - Math.max(0, bottom - top) / 3;
  const m = mark.getBoundingClientRect();
  if (m.top >= 0 && m.bottom <= height) return;
  // Still off screen: the sentence at the article's end.
  mark.scrollIntoView?.({ block: 'nearest' });
}

/** Sentences [from, to) of an article, the part of it drawn. */
type TextWindow = { from: number; to: number };

/** An article up to this many sentences is drawn whole (a long feature has a few hundred). */
export const WHOLE_ARTICLE_SENTENCES = 600;
/** Sentences drawn before and after the selected one in a longer article, and added per "Show … text". */
const BEFORE = 100;
const AFTER = 200;
const STEP = 300;
/** The most sentences drawn at once: reading on past it lets go of the other end. */
const MOST = 1200;

/**
 * The part of an article drawn around sentence `at`: all of it when it is short, else a window,
 * so that an 18 MB text (400,000 sentences) opens as fast as a news story.
 *
 * @example textWindow(50, 10) // { from: 0, to: 50 }
 * @example textWindow(400_000, 5_000) // { from: 4_900, to: 5_201 }
 */
export function textWindow(total: number, at: number): TextWindow {
  if (total <= WHOLE_ARTICLE_SENTENCES) return { from: 0, to: total };
  const from = Math.max(0, at - BEFORE);
  return { from, to: Math.min(total, Math.max(at + 1 + AFTER, from + BEFORE + 1 + AFTER)) };
}

/** The window grown by STEP sentences before (-1) or after (1), at most MOST long. */
function extendWindow(w: TextWindow, total: number, direction: -1 | 1): TextWindow {
  if (direction < 0) {
    const from = Math.max(0, w.from - STEP);
    return { from, to: Math.min(w.to, from + MOST) };
  }
  const to = Math.min(total, w.to + STEP);
  return { from: Math.max(w.from, to - MOST), to };
}

/** The first index of a sorted list at which `below` stops holding (a binary search). */
function firstNotBelow<T>(items: readonly T[], below: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (below(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The paragraphs that hold the window's sentences, each cut to the window, with their sentences
 * and dates: found by position (sentences and timexes are in text order), never by scanning the
 * whole article, whose sentences and dates can number hundreds of thousands.
 */
function paragraphsIn(article: Article, timexes: readonly ArticleTimex[], w: TextWindow) {
  const paragraphs = paragraphsOf(article);
  const sentences = article.sentences;
  const whole = w.from === 0 && w.to === sentences.length;
  const start = w.from === 0 ? 0 : sentences[w.from]!.start;
  const end = w.to === sentences.length ? article.text.length : sentences[w.to - 1]!.end;
  const grouped = article.paragraphs.length > 0;
  const out: {
    p: Article['paragraphs'][number];
    pi: number;
    start: number;
    end: number;
    sentences: { s: Sentence; index: number }[];
    timexes: ArticleTimex[];
  }[] = [];
  const first = whole || !grouped ? 0 : firstNotBelow(paragraphs, (p) => p.end <= start);
  let si = w.from;
  let ti = firstNotBelow(timexes, (t) => t.start < start);
  for (let pi = first; pi < paragraphs.length; pi++) {
    const p = paragraphs[pi]!;
    if (!whole && p.start >= end) break;
    const from = Math.max(p.start, start);
    const to = Math.min(p.end, end);
    const own: { s: Sentence; index: number }[] = [];
    while (si < w.to && (!grouped || sentences[si]!.paragraph <= pi)) {
      if (!grouped || sentences[si]!.paragraph === pi) own.push({ s: sentences[si]!, index: si });
      si++;
    }
    const inside: ArticleTimex[] = [];
    while (ti < timexes.length && timexes[ti]!.start < to) {
      const t = timexes[ti]!;
      if (t.start >= from && t.end <= to) inside.push(t);
      ti++;
    }
    out.push({ p, pi, start: from, end: to, sentences: own, timexes: inside });
  }
  return out;
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** An article from an older or hand-made file may lack paragraphs: read it as one. */
function paragraphsOf(article: Article): Article['paragraphs'] {
  return article.paragraphs.length
    ? article.paragraphs
    : [{ start: 0, end: article.text.length, kind: 'body' }];
}

type RenderContext = {
  selected: Event;
  /** The id of what says the selected event's date and sources. */
  selectedDescriptionId: string;
  eventsBySentence: Map<number, Event[]>;
  markRef: React.RefObject<HTMLElement | null>;
  openTimex: string | null;
  toggleTimex: (id: string) => void;
};

function renderParagraph(
  article: Article,
  p: { start: number; end: number },
  sentences: { s: Sentence; index: number }[],
  timexes: ArticleTimex[],
  ctx: RenderContext,
): ReactNode[] {
  const out: ReactNode[] = [];
  let at = p.start;
  let ti = 0;
  for (const { s, index } of sentences) {
    if (s.start > at) out.push(article.text.slice(at, s.start));
    // (Both lists are in text order: each sentence takes the dates from where the last one stopped.)
    while (ti < timexes.length && timexes[ti]!.start < s.start) ti++;
    const own: ArticleTimex[] = [];
    for (let k = ti; k < timexes.length && timexes[k]!.start < s.end; k++)
      if (timexes[k]!.end <= s.end) own.push(timexes[k]!);
    out.push(
      <SentenceView key={index} article={article} sentence={s} index={index} timexes={own} ctx={ctx} />,
    );
    at = Math.max(at, s.end);
  }
  if (at < p.end) out.push(article.text.slice(at, p.end));
  return out;
}

function SentenceView(props: {
  article: Article;
  sentence: Sentence;
  index: number;
  timexes: ArticleTimex[];
  ctx: RenderContext;
}) {
  const { article, sentence, index, timexes, ctx } = props;
  const select = useExplorer((s) => s.select);
  const parts: ReactNode[] = [];
  let at = sentence.start;
  for (const t of timexes) {
    if (t.start < at) continue; // overlapping timexes: keep the first
    if (t.start > at) parts.push(article.text.slice(at, t.start));
    parts.push(
      <TimexMark key={t.id} timex={t} open={ctx.openTimex === t.id} onToggle={() => ctx.toggleTimex(t.id)} />,
    );
    at = t.end;
  }
  if (at < sentence.end) parts.push(article.text.slice(at, sentence.end));

  const dated = ctx.eventsBySentence.get(index);
  if (ctx.selected.sentence.index === index) {
    // Focusable from script: a link to the event starts the reader here (see ArticlePanel).
    return (
      <mark
        ref={ctx.markRef}
        className="sentence selected"
        tabIndex={-1}
        aria-describedby={ctx.selectedDescriptionId}
      >
        {parts}
      </mark>
    );
  }
  if (dated && dated[0]) {
    const target = dated[0];
    // A mouse shortcut; keyboard readers reach the same event through the date's details.
    return (
      <span
        className="sentence dated"
        title="Show this event"
        onClick={(e) => {
          if ((e.target as HTMLElement).closest('.timex-wrap')) return;
          select(target.id);
        }}
      >
        {parts}
      </span>
    );
  }
  return <span className="sentence">{parts}</span>;
}

/** A temporal expression: focusable, with its reading on hover and focus, details on activation. */
function TimexMark({ timex, open, onToggle }: { timex: ArticleTimex; open: boolean; onToggle: () => void }) {
  const [hover, setHover] = useState(false);
  const [focus, setFocus] = useState(false);
  // Escape hides the reading until the pointer enters or focus comes back (WCAG 1.4.13).
  const [dismissed, setDismissed] = useState(false);
  const tipId = useId();
  const interval = valueToInterval(timex.value);
  const shown = (hover || focus) && !dismissed;
  // Hover is the wrapper's, reading included, so the pointer can move onto the reading and rest
  // there (native mouseenter/mouseleave: they fire only when the pointer leaves the whole wrapper).
  const wrap = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const el = wrap.current;
    if (!el) return;
    const enter = () => {
      setHover(true);
      setDismissed(false);
    };
    const leave = () => setHover(false);
    el.addEventListener('mouseenter', enter);
    el.addEventListener('mouseleave', leave);
    return () => {
      el.removeEventListener('mouseenter', enter);
      el.removeEventListener('mouseleave', leave);
    };
  }, []);
  // The reading starts at the word; near the right edge (a phone) it moves left to stay whole on
  // screen and in the panel, which clips what goes past it.
  const tip = useRef<HTMLSpanElement>(null);
  useLayoutEffect(() => {
    const el = tip.current;
    if (!shown || !el) return;
    const panel = el.closest('.article-panel')?.getBoundingClientRect();
    if (!el.getBoundingClientRect().width || !panel?.width) return; // no layout (tests without a browser)
    const margin = 4;
    const left = Math.max(panel.left, 0) + margin;
    const right = Math.min(panel.right, document.documentElement.clientWidth || panel.right) - margin;
    // A long reading wraps within the panel (and the stylesheet's measure).
    const measure = parseFloat(getComputedStyle(el).maxWidth) || Infinity;
    el.style.maxWidth = `${Math.min(right - left, measure)}px`;
    const box = el.getBoundingClientRect();
    let shift = 0;
    if (box.right > right) shift = right - box.right;
    if (box.left + shift < left) shift = left - box.left;
    if (shift) el.style.left = `${shift}px`;
  }, [shown]);
  useEffect(() => {
    if (!shown) return;
    // On the document: a hovered date does not have focus, and Escape must still reach it.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setDismissed(true);
      // The pointer may be on the reading, which goes: it is back to the date with the next entry.
      setHover(false);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shown]);
  return (
    <span className="timex-wrap" ref={wrap}>
      <button
        type="button"
        id={timexButtonId(timex.id)}
        className={timex.correction ? 'timex corrected' : 'timex'}
        aria-describedby={shown ? tipId : undefined}
        aria-expanded={open}
        aria-controls={open ? timexDetailsId(timex.id) : undefined}
        onClick={onToggle}
        onFocus={() => {
          setFocus(true);
          setDismissed(false);
        }}
        onBlur={() => setFocus(false)}
      >
        <time dateTime={interval?.start ?? timex.value}>{timex.text}</time>
      </button>
      {/* Rendered only while shown, so the article's text (and a copy of it) stays the article's. */}
      {shown && (
        <span role="tooltip" id={tipId} className="timex-tip" lang="en" ref={tip}>
          {`${timex.text} → ${formatTimex(timex)}`}
        </span>
      )}
    </span>
  );
}

function TimexDetails({
  timex,
  event,
  onClose,
}: {
  timex: ArticleTimex;
  event?: Event;
  onClose: () => void;
}) {
  const select = useExplorer((s) => s.select);
  const readDate = useExplorer((s) => s.readDate);
  const [value, setValue] = useState(timex.value);
  // The date read anew under the field (an alternative taken, an Undo): the field shows what it
  // reads now, so that Apply does not quietly put back the reading it had.
  const [shownFor, setShownFor] = useState(timex.value);
  if (shownFor !== timex.value) {
    setShownFor(timex.value);
    setValue(timex.value);
  }
  const { run, busy, error, setError } = useCorrection('The correction could not be applied');
  // The readings to switch to: never the one the date has now, and once it is corrected, the
  // parser's own first (its reasoning, which the explanation tells, is about that one).
  const original = timex.correction?.original;
  const others = [
    ...(original !== undefined && original !== timex.value
      ? [{ value: original, why: `the first reading: ${reasonOf(timex.explanation, timex.text)}` }]
      : []),
    ...(timex.alternatives ?? [])
      .filter((a) => a.value !== timex.value && a.value !== original)
      .map((a) => ({ value: a.value, why: reasonOf(a.explanation, timex.text) })),
  ];
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  // An alternative reading taken: its button goes with the old reading (the list is of the others),
  // so focus moves to the heading, which says the new one, rather than falling to the page.
  const focusHeading = useRef(false);
  useEffect(() => {
    if (!focusHeading.current) return;
    focusHeading.current = false;
    heading.current?.focus();
  }, [timex.value]);
  // Opened, the details take focus: they are drawn after the date's paragraph, so from the date
  // Tab went through the paragraph's other dates first, and a screen reader read on in the text.
  useEffect(() => {
    heading.current?.focus();
  }, []);

  const apply = async (next: string) => {
    const typed = next.trim();
    // A date in words, as a reader writes one, is read by the parser as in this article.
    const v = isKnownValue(typed) ? typed : await readDate(typed, timex.articleId).catch(() => null);
    if (v === null || !isKnownValue(v)) {
      setError(
        `“${typed}” is not a date value. Write a day as 17 October 2023, or a value: 2023-10-17, 2023-W42, 2023-10 or 2023.`,
      );
      return false;
    }
    return run(
      { articleId: timex.articleId, start: timex.start, end: timex.end, text: timex.text, value: v },
      `Corrected: “${timex.text}” now reads ${formatValue(v)}.`,
    );
  };
  const takeAlternative = async (v: string) => {
    if (busy) return;
    focusHeading.current = true;
    if (!(await apply(v))) focusHeading.current = false;
  };

  return (
    <div
      id={timexDetailsId(timex.id)}
      className="timex-details"
      role="group"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault(); // taken: the page-wide Escape leaves it alone
          onClose();
        }
      }}
    >
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        “{timex.text}” → {formatTimex(timex)}
      </h3>
      <p className="explanation">{explain(timex)}</p>
      <p className="value">
        Value <code>{timex.value}</code> ({timex.type.toLowerCase()}
        {timex.mod && (
          <>
            , mod <code>{timex.mod}</code>
          </>
        )}
        {timex.freq && (
          <>
            , freq <code>{timex.freq}</code>
          </>
        )}
        )
      </p>
      {event && (
        <button type="button" onClick={() => select(event.id)}>
          Show this event
        </button>
      )}
      {others.length > 0 && (
        <div className="alternatives">
          <h4>Other readings</h4>
          <ul>
            {others.map((a) => (
              <li key={a.value}>
                {/* aria-disabled, not disabled: a disabled button drops the focus it holds to <body>. */}
                <button
                  type="button"
                  aria-disabled={busy ? true : undefined}
                  onClick={() => void takeAlternative(a.value)}
                >
                  Use {formatValue(a.value)}
                </button>{' '}
                <span className="alt-why">{a.why}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ValueForm
        label="Correct value"
        submit="Apply correction"
        value={value}
        onChange={setValue}
        onSubmit={() => void apply(value)}
        busy={busy}
        error={error}
        spellCheck={false}
      />
      <button type="button" className="close" onClick={onClose}>
        Close details
      </button>
    </div>
  );
}

/**
 * The parser's reason without its "text -> value: " lead, which the heading (or the button of an
 * alternative reading) already says: "March -> 2024-03: the next March" is "the next March".
 */
function reasonOf(explanation: string, text: string): string {
  const prefix = `${text} -> `;
  const colon = explanation.indexOf(': ', prefix.length);
  return (explanation.startsWith(prefix) && colon > 0 ? explanation.slice(colon + 2) : explanation).replace(
    / -> /g,
    ' → ',
  );
}

/**
 * Why a date has its value, without repeating the heading. The parser writes "Tuesday -> Tue 17
 * Oct 2023: the Tuesday of the publication week"; the heading already says "“Tuesday” → ...". After
 * a hand correction, the parser's reasoning is about the value it had, so it is told as that.
 */
function explain(timex: Timex): string {
  const why = reasonOf(timex.explanation, timex.text);
  const sentence = (x: string) => (/[.!?…]$/.test(x) ? x : `${x}.`);
  if (!timex.correction) return sentence(`${why.charAt(0).toUpperCase()}${why.slice(1)}`);
  const was = timex.correction.original;
  const shown = formatValue(was);
  return `Corrected by hand. It was read as ${shown}${shown === was ? '' : ` (${was})`}: ${sentence(why)}`;
}

/**
 * The reader sets the article's publication date by hand: its dates are read again against that
 * day (the reader's corrections of them stay), and the date is kept with the corpus like them.
 */
function SetPublished({ article, onSet }: { article: Article; onSet?: () => void }) {
  const pub = article.publishedDate;
  const dayOf = (p: typeof pub) => (p.granularity === 'day' && p.value ? p.value : '');
  const [value, setValue] = useState(dayOf(pub));
  // The date changed under the field (an Undo): the field shows it, not what was typed before.
  const [shownFor, setShownFor] = useState(pub.value);
  if (shownFor !== pub.value) {
    setShownFor(pub.value);
    setValue(dayOf(pub));
  }
  const { run, busy, error, setError } = useCorrection('The date could not be set');

  const apply = async () => {
    const v = value.trim();
    if (!isDayValue(v)) {
      setError(v ? `“${v}” is not a day. Use e.g. 2023-10-17.` : 'Enter a day, e.g. 2023-10-17.');
      return;
    }
    const done = await run(
      { articleId: article.id, start: 0, end: 0, text: '', value: v, kind: 'published' },
      `Publication date set to ${formatValue(v)}; the article’s dates were read again against it.`,
    );
    if (done) onSet?.();
  };

  return (
    <details className="set-published">
      <summary>
        {!pub.value
          ? 'Set the publication date'
          : publishedDoubt(pub) === 'low confidence'
            ? 'Check the publication date'
            : 'Change the publication date'}
      </summary>
      <ValueForm
        label="Publication date"
        submit="Set date"
        type="date"
        value={value}
        onChange={setValue}
        onSubmit={() => void apply()}
        busy={busy}
        error={error}
      />
    </details>
  );
}

/**
 * The newest correction of this session and a way back from it. Once none is left to undo, focus
 * goes to `onEmpty` (the button it was on is gone).
 */
function UndoCorrection({ onEmpty }: { onEmpty: () => void }) {
  const last = useExplorer((s) => s.undoable.at(-1));
  const undo = useExplorer((s) => s.undoCorrection);
  const store = useExplorerApi();
  const saidId = useId();
  if (!last) return null;
  return (
    <p className="undo-correction">
      <span id={saidId}>{last.said}</span>{' '}
      <button
        type="button"
        aria-describedby={saidId}
        onClick={() => {
          undo();
          announce(`Undone: ${last.said}`);
          if (store.getState().undoable.length === 0) onEmpty();
        }}
      >
        Undo
      </button>
    </p>
  );
}

/**
 * Applies a hand correction through the store, with its busy state and the message of a failure;
 * once applied, says `done` to screen readers (the change itself is only seen: a value, a date).
 */
function useCorrection(failure: string) {
  const correct = useExplorer((s) => s.correct);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (correction: Correction, done: string) => {
    setError(null);
    setBusy(true);
    try {
      await correct(correction, done);
      announce(done);
      return true;
    } catch (e) {
      setError(`${failure}: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error, setError };
}

/** A labelled value, its submit button and the message of a refusal (role alert). */
function ValueForm(props: {
  label: string;
  submit: string;
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  busy: boolean;
  error: string | null;
  type?: 'date';
  spellCheck?: boolean;
}) {
  const inputId = useId();
  return (
    <>
      <form
        className="correct"
        onSubmit={(e) => {
          e.preventDefault();
          if (!props.busy) props.onSubmit();
        }}
      >
        <label htmlFor={inputId}>{props.label}</label>
        <input
          id={inputId}
          type={props.type}
          value={props.value}
          onChange={(e) => props.onChange(e.target.value)}
          aria-invalid={props.error ? true : undefined}
          spellCheck={props.spellCheck}
        />
        {/* aria-disabled, not disabled: a disabled button drops the focus it holds to <body>. */}
        <button type="submit" aria-disabled={props.busy ? true : undefined}>
          {props.submit}
        </button>
      </form>
      {props.error && (
        <p role="alert" className="error">
          {props.error}
        </p>
      )}
    </>
  );
}

/** Source, publication date and how it was known, and a link to the original. */
function ArticleMeta({ article }: { article: Article }) {
  const pub = article.publishedDate;
  const pubDate = pub.value ? valueToInterval(pub.value) : null;
  const doubt = publishedDoubt(pub);
  return (
    <p className="article-meta">
      <span className="article-source">{article.source ?? 'Unknown source'}</span>
      {' · '}
      {pub.value && pubDate ? (
        <>
          Published <time dateTime={pub.value}>{formatValue(pub.value)}</time>{' '}
          <span className="how">
            ({PUBLISHED_HOW[pub.source]}
            {doubt ? `, ${doubt}` : ''}
            {pub.evidence && pub.source !== 'manifest' ? `: ${clip(pub.evidence, 90)}` : ''})
          </span>
        </>
      ) : (
        // What the text did tell (a day without its year, the latest year it names) helps the
        // reader set the date below.
        <>Publication date unknown{pub.evidence ? ` (${clip(pub.evidence, 240)})` : ''}</>
      )}
      {article.url && (
        <>
          {' · '}
          <a href={article.url} rel="noreferrer noopener" target="_blank">
            Original
          </a>
        </>
      )}
    </p>
  );
}

/**
 * An article whose text has not arrived (a corpus file is drawn from its head, and its texts
 * follow), or could not be read (`why` says so): what the head knows (title, source, date, the selected
 * sentence, the other sources) and what is happening to the text.
 */
function ArticleWithoutText({ article, event, why }: { article: Article; event: Event; why: string }) {
  return (
    <article className="article" aria-busy={why === 'loading' ? true : undefined}>
      <header className="article-head">
        <h2 tabIndex={-1} lang={langAttribute(articleLanguage(article))}>
          {article.title}
        </h2>
        <ArticleMeta article={article} />
      </header>
      <ClusterSources event={event} onSwitch={() => undefined} />
      {why === 'loading' ? (
        <p role="status" className="article-loading">
          Loading the article’s text…
        </p>
      ) : (
        <p role="alert" className="error">
          {why}
        </p>
      )}
      <blockquote className="article-sentence">
        <p>
          <mark className="sentence">{event.sentence.text}</mark>
        </p>
      </blockquote>
    </article>
  );
}

/**
 * For a story several outlets report: every source with the words it dates it by ("Tuesday",
 * "this week"), each opening its own article at its sentence.
 */
function ClusterSources({ event, onSwitch }: { event: Event; onSwitch: (id: string) => void }) {
  const { clusters, events, articles } = useCorpusLookups();
  const select = useExplorer((s) => s.select);
  const cluster = clusters.get(event.cluster);
  if (!cluster || cluster.events.length < 2) return null;
  return (
    <nav className="cluster-sources" aria-label="Sources reporting this event">
      <h3>Reported by {cluster.articles.length} sources</h3>
      <ul>
        {cluster.events.map((id) => {
          const e = events.get(id);
          const a = e ? articles.get(e.articleId) : undefined;
          if (!e || !a) return null;
          return (
            <li key={id}>
              <button
                type="button"
                aria-current={id === event.id ? 'true' : undefined}
                onClick={() => {
                  onSwitch(id);
                  select(id);
                }}
              >
                <span className="src">{a.source ?? 'Unknown source'}</span>: {a.title}{' '}
                <span className="when">(“{e.timex.text}”)</span>
              </button>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
