/**
 * Dateline's data model. This is the contract between core stages, the CLI, the app and the
 * exported JSON (see docs/FORMAT.md). Every annotation is a half-open span into its article's
 * cleaned `text`, so the reader panel highlights by slicing and nothing is re-searched later.
 */

/** Half-open character range [start, end) into Article.text (JS string indices). */
export type Span = { start: number; end: number };

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** How coarse a point in time is. Drives how a mark is drawn (point vs span). */
export type Granularity =
  | 'minute'
  | 'hour'
  | 'partOfDay'
  | 'day'
  | 'weekend'
  | 'week'
  | 'month'
  | 'season'
  | 'quarter'
  | 'half'
  | 'year'
  | 'decade'
  | 'century';

/** A different reading of an ambiguous expression, offered to the reader. */
export type TimexAlternative = { value: string; explanation: string };

/**
 * A temporal expression as TimeML has it. `value` is ISO-TimeML ("2023-10-17", "2023-W42",
 * "2023-03", "P18M", "PRESENT_REF", "XXXX-WXX-2" for a SET...). The interval is derived from the
 * value (valueToInterval), never the other way round.
 */
export type Timex = Span & {
  /** Unique within the corpus: `${articleId}:t${index}`. */
  id: string;
  text: string;
  type: TimexType;
  value: string;
  /** TimeML mod: START, MID, END, APPROX, BEFORE, AFTER, ON_OR_BEFORE, ... */
  mod?: string;
  /** SET attributes. */
  quant?: string;
  freq?: string;
  /** What the value was resolved against: the publication date, or an earlier timex. */
  anchor?: { kind: 'dct' } | { kind: 'timex'; id: string } | { kind: 'none' };
  /** Human explanation: "Tuesday -> Tue 17 Oct 2023: the Tuesday of the publication week ..." */
  explanation: string;
  /** Other plausible readings, best first. */
  alternatives?: TimexAlternative[];
  /** Set when a user corrected the value by hand; `value` then holds the corrected value. */
  correction?: { original: string; note?: string };
};

/** Per-document tagger output before ids are assigned. */
export type TaggedTimex = Omit<Timex, 'id' | 'anchor'> & {
  anchor?: { kind: 'dct' } | { kind: 'timex'; index: number } | { kind: 'none' };
};

export type PublishedSource = 'manifest' | 'dateline' | 'inferred' | 'unknown' | 'user';

/** A publication date as known or inferred. `value` is YYYY-MM-DD, YYYY-MM or YYYY, or null. */
export type PublicationDate = {
  value: string | null;
  granularity: Granularity | null;
  source: PublishedSource;
  /** 0..1 */
  confidence: number;
  /** Why: the text that supports it ("dateline 'BEIJING, Oct. 17 (Reuters)'"). */
  evidence?: string;
};

export type ParagraphKind = 'body' | 'caption' | 'heading';
export type Paragraph = Span & { kind: ParagraphKind };
export type Sentence = Span & { paragraph: number };

export type Article = {
  /** Stable, content-derived id (from file name + part, or title). Used in deep links. */
  id: string;
  title: string;
  source: string | null;
  url?: string;
  language: string;
  /** The reference date for relative expressions (YYYY-MM-DD), or null when unknown. */
  published: string | null;
  publishedDate: PublicationDate;
  /** Where it came from: file name and 1-based part within the file. */
  file: string;
  part: number;
  /** Cleaned text. All spans index this string. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  warnings: string[];
};

export type ActorKind = 'person' | 'country' | 'organisation';

export type Actor = {
  /** Stable id, e.g. "person:vladimir-putin", "country:RU", "org:kremlin". */
  id: string;
  name: string;
  kind: ActorKind;
  aliases: string[];
};

export type ActorMention = Span & { articleId: string; actorId: string; text: string };

export type Topic = {
  id: string;
  label: string;
  /** IPTC Media Topic code where one fits, e.g. "medtop:16000000". */
  iptc?: string;
  description?: string;
};

/** A topic on an event, with the words that triggered it. */
export type TopicAssignment = { id: string; triggers: string[] };

export type Event = {
  /** Content-derived: hash of article id + sentence text + timex text/value. Survives re-parsing. */
  id: string;
  articleId: string;
  type: 'DATE' | 'TIME';
  value: string;
  /** Interval covered, half-open, ISO: "YYYY-MM-DD" (or "YYYY-MM-DDTHH:MM" below a day). */
  start: string;
  end: string;
  granularity: Granularity;
  sentence: Span & { text: string; index: number };
  timex: Span & { text: string; id: string };
  actors: string[];
  topics: TopicAssignment[];
  caption: boolean;
  /** Id of the cluster this event belongs to. */
  cluster: string;
};

export type Cluster = {
  id: string;
  /** Event ids, the most precise date first, then the earliest-published source. */
  events: string[];
  /** The first event's value: the date that places the story (its events' dates nest). */
  value: string;
  /** Article ids that report it. */
  articles: string[];
};

/** A user's hand correction of a timex value; kept with the corpus and re-applied on re-parse. */
export type Correction = {
  articleId: string;
  /** The timex span and text it applies to (text guards against drift); 0, 0 and '' for a
   * publication date. */
  start: number;
  end: number;
  text: string;
  value: string;
  note?: string;
  /** 'published': the article's publication date (YYYY-MM-DD) set by hand, not a timex's value. */
  kind?: 'published';
};

/** The warning of an article whose text gave no headline (the parser titles it after its file). */
export const NO_HEADLINE_WARNING = 'no headline found; title taken from the file name';
/** The warning of a pasted text with no headline: the parser titles it by its first line. */
export const FIRST_LINE_TITLE_WARNING = 'no headline found; title taken from its first line';
/** The file name a pasted text is read under, before ".txt" (the app and `npm run parse -- -`). */
export const PASTED_NAME = 'pasted-article';

export const CORPUS_FORMAT = 'dateline-corpus';
/** The data model's version, and that of a corpus file that is the Corpus object itself. */
export const CORPUS_VERSION = 1;
/**
 * The first corpus file version in two parts, `head` (what the timeline and the list draw) then
 * `texts` (the articles' texts and their annotations), so a reader can draw before the texts
 * arrive (see corpus-file.ts and docs/FORMAT.md).
 */
export const CORPUS_SPLIT_VERSION = 2;
/**
 * The corpus file written now: version 2's two parts, with the head's events and clusters stored
 * column-wise, each key and each shared string once (see corpus-tables.ts).
 */
export const CORPUS_FILE_VERSION = 3;

export type Corpus = {
  format: typeof CORPUS_FORMAT;
  version: typeof CORPUS_VERSION;
  articles: Article[];
  timexes: (Timex & { articleId: string })[];
  events: Event[];
  actors: Actor[];
  mentions: ActorMention[];
  topics: Topic[];
  clusters: Cluster[];
  corrections: Correction[];
  warnings: string[];
};

/**
 * One input file. Either bytes (decoded as UTF-8 with a warning on invalid input) or text.
 * `pasted`: a text pasted in rather than a file, whose name stands for nothing the reader chose;
 * with no headline it is titled by its first line instead (see ingestFile).
 */
export type SourceFile = { name: string; bytes?: Uint8Array; text?: string; pasted?: boolean };

export type ManifestEntry = {
  file: string;
  part?: number;
  title?: string;
  source?: string;
  published?: string;
  language?: string;
  url?: string;
};

export type Manifest = { articles: ManifestEntry[] };
