/*
 * Ingest: from a copied web page to articles with paragraph and sentence spans.
 *
 *   decode.ts     bytes -> text (invalid UTF-8 counted, binary salvaged); CRLF/CR, BOM, tabs,
 *                 NBSP, control characters; HTML stripped with entities decoded.
 *   lines.ts      non-empty lines with their shape: folded key, words, blank lines before, photo
 *                 credit, UI-label shape; hard-wrapped plain text rejoined.
 *   split.ts      where further articles start: manifest titles (folded match), else page structure.
 *   clean.ts      per article, by position (before the first / after the last body paragraph),
 *                 repetition and shape: headline, captions (once), headings, body; furniture dropped.
 *   sentences.ts  sentence spans inside each paragraph (UAX #29 rules plus abbreviation fixes).
 * Word lists live beside the code: abbreviations.ts, furniture-words.ts, entities.ts.
 */
import {
  FIRST_LINE_TITLE_WARNING,
  NO_HEADLINE_WARNING,
  type ManifestEntry,
  type Paragraph,
  type Sentence,
  type SourceFile,
  type Span,
} from '../types';
import { cleanPart } from './clean';
import { decodeText, normalizeText } from './decode';
import { foldKey, toLines } from './lines';
import { splitSentences } from './sentences';
import { openingWords } from './title';
import { detectBoundaries, titlesToBoundaries } from './split';

export { decodeText, normalizeText } from './decode';
export { splitSentences } from './sentences';
export { foldKey } from './lines';

/** One article found in an input file, cleaned, with paragraph and sentence spans into `text`. */
export type IngestedArticle = {
  /** 1-based, in file order; with a manifest, its part number (a part not found leaves a gap). */
  part: number;
  /**
   * From the manifest when given, else the detected headline, else from the file name (a pasted
   * text's: the opening words of its first line).
   */
  title: string;
  /**
   * A pasted text titled by its first line: the title its file name gives. Its id and its
   * publication date are worked out from this, as for any article without a headline, since the
   * line is its text and not a headline (and ids kept with corrections and links stay the same).
   */
  fileTitle?: string;
  /** Cleaned article text: paragraphs joined by "\n\n". Does not start with the title. */
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Photo credits inside caption paragraphs ("(Reuters)", "Credit…Name/Agency"). */
  credits: Span[];
  /**
   * Lines dropped from above the body that hold a number: date stamps and bylines ("Published
   * Oct. 17, 2023", "By Jane Doe | 17 Oct"). Not in `text`; for publication-date inference.
   */
  stamps: string[];
  warnings: string[];
};

/**
 * Reads one input file into its articles: decodes, strips markup, splits a page holding several
 * articles (by manifest titles when given, else by page structure), drops page furniture, keeps
 * captions once (kind 'caption') and section headings (kind 'heading'), and splits sentences.
 * Never throws: problems become warnings. An empty or unusable file gives one article with no
 * text and a warning, so the file still shows up with its reason.
 *
 * The byline/credit line "Jane Doe contributed reporting." is kept as a body paragraph. An
 * article with no headline (and no manifest title) is titled after its file, or, for a pasted text
 * (`file.pasted`), by the opening words of its first line, which stays in its text.
 *
 * @example
 * ingestFile({ name: 'a.txt', text: 'Big News Today\n\nThe mayor spoke on Monday. He left.' })
 * // [{ part: 1, title: 'Big News Today', text: 'The mayor spoke on Monday. He left.',
 * //    paragraphs: [{ start: 0, end: 35, kind: 'body' }], sentences: [...2 spans], credits: [], stamps: [], warnings: [] }]
 */
export function ingestFile(file: SourceFile, entries?: ManifestEntry[]): IngestedArticle[] {
  try {
    return ingest(file, entries ?? []);
  } catch (error) {
    // A bug must not take the whole corpus down: report it on this file.
    return [emptyArticle(1, titleFromFileName(file.name), [`could not ingest: ${String(error)}`])];
  }
}

function ingest(file: SourceFile, entries: ManifestEntry[]): IngestedArticle[] {
  const fileWarnings: string[] = [];
  let raw = file.text ?? '';
  if (file.text === undefined && file.bytes) {
    const decoded = decodeText(file.bytes);
    raw = decoded.text;
    fileWarnings.push(...decoded.warnings);
  }
  const normalized = normalizeText(raw);
  fileWarnings.push(...normalized.warnings);
  const lines = toLines(normalized.text);
  const fallbackTitle = titleFromFileName(file.name);
  if (lines.length === 0)
    return [
      emptyArticle(1, entryTitle(entries, 1) ?? fallbackTitle, [
        ...fileWarnings,
        'empty file: no text found',
      ]),
    ];

  const titles = orderedTitles(entries, lines.length);
  const detected = detectBoundaries(lines);
  let boundaries = detected;
  let partNumbers = detected.map((_, k) => k + 2);
  if (titles.length > 1) {
    const fromTitles = titlesToBoundaries(lines, titles, detected);
    boundaries = fromTitles.boundaries;
    partNumbers = fromTitles.parts;
    for (const part of fromTitles.missing) fileWarnings.push(`manifest part ${part} not found in the file`);
  } else if (titles.length === 1 && detected.length > 0) {
    // The manifest says one article: trust it, but say the page looked like more.
    fileWarnings.push(`page structure suggests ${detected.length + 1} articles; the manifest lists one`);
    boundaries = [];
  } else if (detected.length > 0) {
    fileWarnings.push(`split into ${detected.length + 1} articles by page structure`);
  }

  const starts = [0, ...boundaries];
  // Part numbers follow the manifest when it is used, so a part that was not found leaves a gap.
  const parts = [1, ...partNumbers];
  return starts.map((start, k) => {
    const part = parts[k] ?? k + 1;
    const end = starts[k + 1] ?? lines.length;
    const manifestTitle =
      entryTitle(entries, part) ?? (titles.length === 1 && part === 1 ? titles[0] : undefined);
    const cleaned = cleanPart(lines.slice(start, end), manifestTitle ? foldKey(manifestTitle) : null);
    const warnings = [...fileWarnings];
    const fileTitle = starts.length > 1 ? `${fallbackTitle} (part ${part})` : fallbackTitle;
    const title = manifestTitle ?? cleaned.headline;
    const firstLine = file.pasted && !title ? openingWords(cleaned.kept[0]?.text.split('\n')[0] ?? '') : '';
    if (!title) warnings.push(firstLine ? FIRST_LINE_TITLE_WARNING : NO_HEADLINE_WARNING);
    if (!cleaned.hasBody) warnings.push('no article text found');
    const article = assemble(part, title || firstLine || fileTitle, cleaned.kept, cleaned.stamps, warnings);
    return firstLine ? { ...article, fileTitle } : article;
  });
}

function assemble(
  part: number,
  title: string,
  kept: { text: string; kind: Paragraph['kind']; credit: number }[],
  stamps: string[],
  warnings: string[],
): IngestedArticle {
  const paragraphs: Paragraph[] = [];
  const credits: Span[] = [];
  const pieces: string[] = [];
  let offset = 0;
  for (const k of kept) {
    if (pieces.length > 0) offset += 2;
    paragraphs.push({ start: offset, end: offset + k.text.length, kind: k.kind });
    if (k.credit >= 0) credits.push({ start: offset + k.credit, end: offset + k.text.length });
    pieces.push(k.text);
    offset += k.text.length;
  }
  const text = pieces.join('\n\n');
  const sentences = splitSentences(text, paragraphs);
  return { part, title, text, paragraphs, sentences, credits, stamps, warnings };
}

function emptyArticle(part: number, title: string, warnings: string[]): IngestedArticle {
  return { part, title, text: '', paragraphs: [], sentences: [], credits: [], stamps: [], warnings };
}

/** Titles by part number (1-based positions); entries without a part count as part 1. */
function orderedTitles(entries: ManifestEntry[], limit: number): (string | undefined)[] {
  // A part number is only trusted up to the number of lines: a bad manifest must not loop for ever.
  const max = Math.min(
    limit,
    entries.reduce((m, e) => (Number.isInteger(e.part ?? 1) ? Math.max(m, e.part ?? 1) : m), 0),
  );
  const titles: (string | undefined)[] = [];
  for (let p = 1; p <= max; p++) titles.push(entryTitle(entries, p));
  return titles;
}

function entryTitle(entries: ManifestEntry[], part: number): string | undefined {
  const title = entries.find((e) => (e.part ?? 1) === part)?.title?.trim();
  return title ? title : undefined;
}

/**
 * A readable title from a file name: extension, leading numbers and hash-like tokens dropped.
 *
 * @example
 * titleFromFileName('003_city-budget-vote.txt') // "city budget vote"
 */
export function titleFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, '').replace(/\.[A-Za-z][A-Za-z0-9]{0,4}$/, '');
  const words = base
    .split(/[\s_\-.]+/)
    .filter((w) => w && !/^\d+$/.test(w) && !/^(?=.*\d)[0-9a-f]{8,}$/i.test(w));
  return words.join(' ') || base || 'Untitled';
}
