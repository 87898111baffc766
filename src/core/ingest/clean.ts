import { FOOT_STAMP_RE } from '../time/pubdate-words';
import type { ParagraphKind } from '../types';
import {
  creditStart,
  describesPhoto,
  endsLikeSentence,
  endsWithEllipsis,
  hasCaptionOpener,
  isBareUiLabel,
  isStampLike,
  isStray,
  isTitleLike,
  isUiLabel,
  opensLikeByline,
  titleCaseShare,
  type Line,
} from './lines';

/** A line kept for the article, with its kind and, for captions, where the credit starts. */
export type KeptLine = { text: string; kind: ParagraphKind; credit: number };

export type CleanedPart = {
  kept: KeptLine[];
  headline: string | null;
  hasBody: boolean;
  /** Dropped lines from above the body that look like bylines or carry a number (date stamps). */
  stamps: string[];
};

/**
 * A body paragraph by shape: ends like a sentence and has a few words; or is long prose whose
 * last mark was lost. A Title Case line ending in "?" is a headline, not a body paragraph.
 *
 * @example
 * isBodyLike(toLines('He said the talks would resume.')[0]!) // true; 'Bridges as a Public Good' -> false
 */
export function isBodyLike(line: Line): boolean {
  if (isStray(line)) return line.words > 30;
  // "Read more...", "Desert town opens its first library...": link teasers are short; a long
  // paragraph may trail off in a quote ("...we will see…").
  if (endsWithEllipsis(line.text)) return line.words >= 15 && titleCaseShare(line.text) < 0.5;
  if (endsLikeSentence(line.text)) {
    if (line.words < 3) return false;
    if (/\?["'\u2019\u201d]?$/.test(line.text) && line.words <= 20 && titleCaseShare(line.text) >= 0.6)
      return false;
    return true;
  }
  // Prose that introduces what follows ("The Times said in an editorial on Monday:").
  if (line.words >= 8 && /:$/.test(line.text) && !isAllCapsStart(line.text)) return true;
  // A point of a list of key facts or coming events: "* GDP contracted 4.6 percent in the first
  // half", "- Fed rate decision, Wednesday" (a list of Title Case links is not: "• Xi Meets Putin").
  if (BULLET.test(line.text) && line.words >= 4 && titleCaseShare(line.text) < 0.6) return true;
  return line.words > 25;
}

/** Labels that introduce links to other stories. */
const LINK_LABELS = new Set([
  'related',
  'related stories',
  'related articles',
  'more on this story',
  'more stories',
  'read more',
  'read next',
  'see also',
  'also read',
  'you may also like',
  'most read',
  'recommended',
]);

// A photo credit alone on its line: "Getty Images", "AFP via Getty Images", "Reuters", "PA Media".
const CREDIT_ONLY =
  /^(?:[\p{Lu}][\p{L}.&'-]*\s?){0,3}(?:Images|Photos?|Pictures|Media|Reuters|AFP|EPA|AP|PA|Shutterstock|Alamy)(?:\s*(?:\/|via)\s*[\p{Lu}][\p{L}.&' -]*)*$/u;

// A page's copyright line: "Copyright 2026 The Associated Press. All Rights Reserved.", "© 2024 ...".
const COPYRIGHT = /^(?:copyright\b|©|\(c\)\s*(?:19|20)\d{2})|\ball rights reserved\.?$/i;

const WIRE_CREDITS =
  /^\(?(?:(?:Additional\s+)?[Rr]eporting|Writing|Editing|Compiled|Produced)\s+by\s+\p{Lu}[^\n]{0,200}?\)?$/u;

const BULLET = /^[*\u2022\u2023\u25e6\u2043\u2219-]\s+\S/u;

/** A live blog's entry time on its own line: "07:40", "9.05pm BST", "16.05". */
const ENTRY_TIME =
  /^(?:(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s?[ap]\.?m\.?)?|(?:1[0-2]|0?[1-9])\s?[ap]\.?m\.?)(?:\s+(?:GMT|UTC|BST|CES?T|EES?T|[ECMP][SD]?T|local(?:\s+time)?))?$/i;

function isAllCapsStart(t: string): boolean {
  return /^\p{Lu}{2,}[\s:]/u.test(t);
}

/**
 * Caption by its own shape, wherever it sits: a credit at the end or a caption opener.
 *
 * @example
 * isCaptionShaped(toLines('A ferry at the old pier, 2021 (Wire)')[0]!) // true
 */
export function isCaptionShaped(line: Line): boolean {
  return line.words >= 3 && (line.credit >= 0 || hasCaptionOpener(line.text));
}

/**
 * Sorts the lines of one article into headline, captions, body, headings and furniture, by
 * position (before the first / after the last body paragraph), repetition and shape.
 *
 * @example
 * cleanPart(toLines('Headline Here\n\nTT\n\nThe body starts. It ends.'), null)
 * // { kept: [{ text: 'The body starts. It ends.', kind: 'body', credit: -1 }], headline: 'Headline Here', hasBody: true, stamps: [] }
 */
export function cleanPart(lines: Line[], titleKey: string | null): CleanedPart {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const count = (l: Line) => counts.get(l.key) ?? 0;
  const isTitle = (l: Line) => titleKey !== null && matchesTitle(l.key, titleKey);

  // (A caption may follow its credit on a line of its own: "Getty Images" over "Commuters at
  // Waterloo station on Monday".)
  // Array.from, not map, for the arrays read by index below: V8 gives map's result another
  // elements kind once this function is optimised, and the code reading them would be thrown
  // away and recompiled on a first run.
  const caption = Array.from(
    lines,
    (l, i) =>
      isCaptionShaped(l) || (i > 0 && CREDIT_ONLY.test(lines[i - 1]!.text) && l.words >= 3 && l.words <= 40),
  );
  const body = Array.from(
    lines,
    (l, i) => !caption[i] && !isTitle(l) && !COPYRIGHT.test(l.text) && isBodyLike(l),
  );
  // A wire story ends with its credits ("Reporting by Jane Doe; Editing by John Roe"): what
  // follows is the page's ("Our Standards: ...").
  // A story a "More on this story" or "Related" label points to is a link, sentence-shaped or not:
  // "Why are bus fares going up?".
  for (let i = 1; i < lines.length; i++)
    if (
      body[i] &&
      lines[i]!.words <= 15 &&
      isBareUiLabel(lines[i - 1]!) &&
      LINK_LABELS.has(lines[i - 1]!.key)
    )
      body[i] = false;
  const opening = body.indexOf(true);
  const credits = opening < 0 ? -1 : lines.findIndex((l, i) => i > opening && WIRE_CREDITS.test(l.text));
  if (credits > 0) body.fill(false, credits);
  const firstBody = body.indexOf(true);
  const lastBody = body.lastIndexOf(true);
  // Before the body, a repeated or photo-describing sentence is a caption (pages repeat them).
  for (let i = 0; i < (firstBody < 0 ? lines.length : firstBody); i++) {
    const l = lines[i]!;
    if (!caption[i] && l.words >= 4 && !isTitleLike(l) && (count(l) >= 2 || describesPhoto(l.text)))
      caption[i] = true;
  }
  for (let i = firstBody; i >= 0 && i <= lastBody; i++) {
    const l = lines[i]!;
    if (!caption[i] && count(l) >= 2 && describesPhoto(l.text)) {
      caption[i] = true;
      body[i] = false;
    }
  }

  // A wire dateline on its own line ("NAIROBI, Kenya (AP) _") belongs to the first paragraph.
  const dateline = firstBody > 0 ? findDateline(lines, firstBody, caption) : -1;
  const headline = findHeadline(lines, firstBody < 0 ? lines.length : firstBody, caption, count, dateline);
  const kinds: (ParagraphKind | null)[] = Array.from(lines, (l, i) => {
    if (caption[i]) return 'caption';
    // Nothing reads like prose: keep every line that is not the headline or page furniture as
    // text rather than lose the article.
    if (firstBody < 0) {
      const furniture = isTitle(l) || l.key === headline?.key || isStray(l) || isUiLabel(l);
      return furniture ? null : 'body';
    }
    // An obituary's closing line is the article's, not the page's: "Jane Doe, engineer, born 3
    // June 1928; died 11 April 2013".
    if (i > lastBody && LIFE_SPAN.test(l.text)) return 'body';
    if (isTitle(l) || i < firstBody || i > lastBody) return null;
    if (body[i]) return 'body';
    if (isStray(l) || isUiLabel(l) || endsWithEllipsis(l.text)) return null;
    if (l.words > 15 || /[.,;:]$/.test(l.text)) return 'body';
    if (headline !== null && l.key === headline.key) return null;
    return 'heading';
  });
  // A run of two or more heading-shaped lines between body paragraphs is a link list, not a
  // section heading; so is a heading next to a UI label ("Related", then one story's headline),
  // and a heading that repeats elsewhere on the page.
  for (let i = Math.max(0, firstBody); i <= lastBody; i++) {
    if (kinds[i] === 'body' || kinds[i] === 'caption') continue;
    let j = i;
    while (j + 1 <= lastBody && kinds[j + 1] !== 'body' && kinds[j + 1] !== 'caption') j++;
    const run = kinds.slice(i, j + 1).filter((k) => k === 'heading').length;
    let labelled = false;
    for (let k = i; k <= j; k++) {
      if (isBareUiLabel(lines[k]!)) labelled = true;
      if (kinds[k] === 'heading' && (run >= 2 || labelled || count(lines[k]!) >= 2)) kinds[k] = null;
    }
    i = j;
  }

  // A live blog's entry time on its own line opens the entry that follows: "07:40" + "Network Rail
  // says ..." is one paragraph, "07:40 Network Rail says ...", so the entry's sentence has its time.
  const opens = new Map<number, string>();
  const joinedOn = new Set<number>();
  if (firstBody >= 0 && dateline >= 0) {
    opens.set(firstBody, lines[dateline]!.text);
    joinedOn.add(dateline);
  }
  // (Only on a page with several: one time above the body may be the page's stamp, "10.32 BST".)
  const entryTimes = lines.filter((l) => ENTRY_TIME.test(l.text)).length;
  for (let i = Math.max(0, firstBody - 1); entryTimes >= 2 && i >= 0 && i < lastBody; i++) {
    if (kinds[i] === 'body' || !ENTRY_TIME.test(lines[i]!.text) || kinds[i + 1] !== 'body') continue;
    if (opens.has(i + 1)) continue;
    opens.set(i + 1, lines[i]!.text);
    joinedOn.add(i);
  }
  const stamps: string[] = [];
  const kept: KeptLine[] = [];
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const kind = kinds[i];
    if (joinedOn.has(i)) return;
    if (!kind) {
      // (A headline with a date in it is handed over too: "Saturday 6 July 2019".)
      if (i < firstBody && !isTitle(l) && (isStampLike(l) || (l.words <= 20 && /\d/.test(l.text))))
        stamps.push(l.text);
      // Some pages give the date at the foot: "First published on Wed 18 Oct 2023 10.15 BST".
      else if (
        i > lastBody &&
        lastBody >= 0 &&
        l.words <= 16 &&
        FOOT_STAMP_RE.test(l.text) &&
        /\d/.test(l.text)
      )
        stamps.push(l.text);
      return;
    }
    if (seen.has(l.key)) return;
    seen.add(l.key);
    const text = opens.has(i) ? `${opens.get(i)!} ${l.text}` : l.text;
    kept.push({ text, kind, credit: kind === 'caption' ? creditStart(text) : -1 });
  });
  return { kept, headline: headline?.text ?? null, hasBody: kept.some((k) => k.kind === 'body'), stamps };
}

const LIFE_SPAN =
  /^\W{0,3}\p{Lu}[^;\n]{1,160}\bborn\s[^;\n]{0,60}?\b\d{3,4};\s*died\s[^;\n]{0,60}?\b\d{3,4}\.?$/u;

// "NAIROBI, Kenya (AP) _", "TEHRAN, August 8 (Xinhua) --", "WASHINGTON \u2014": a place (or an
// agency in brackets), then a dash or underscore that the first sentence continues.
const DATELINE = /^\p{Lu}[^!?]{1,80}?(?:\s|\))(?:--|\u2014|\u2013|-|_)$/u;

function findDateline(lines: Line[], firstBody: number, caption: boolean[]): number {
  for (let i = firstBody - 1; i >= Math.max(0, firstBody - 3); i--) {
    const l = lines[i]!;
    if (caption[i]) continue;
    const t = l.text;
    if (l.words <= 12 && DATELINE.test(t) && (/^\p{Lu}{3,}/u.test(t) || /\([^()]{1,30}\)/.test(t))) return i;
  }
  return -1;
}

function findHeadline(
  lines: Line[],
  end: number,
  caption: boolean[],
  count: (l: Line) => number,
  dateline: number,
): Line | null {
  let best: Line | null = null;
  let bestScore = -1;
  const scores: number[] = [];
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    scores[i] = -1;
    if (caption[i] || i === dateline || !isTitleLike(l) || isUiLabel(l)) continue;
    // A byline is never the headline ("By Jane Doe", "Sam Jones in Madrid" over its date stamp),
    // nor the site's name among its menu ("Skip to content", "Example News Network", "Home").
    if (opensLikeByline(l.text) || namesByline(lines, i)) continue;
    if (i > 0 && isUiLabel(lines[i - 1]!) && lines[i + 1] !== undefined && isUiLabel(lines[i + 1]!)) continue;
    // Two-word lines are mostly labels ("Breaking News"); they win only when nothing longer is there.
    // Date stamps ("March 3, 2024 4:15 PM", "Tue 17 Oct | 10.32") share a headline's shape but
    // carry a date, a time or separators; headlines are often Title Case.
    const stampLike = DATE_OR_TIME.test(l.text) || /\|/.test(l.text) ? 60 : 0;
    const score =
      (count(l) >= 2 ? 100 : 0) +
      (l.words >= 3 ? 50 : 0) +
      20 * titleCaseShare(l.text) +
      Math.min(l.words, 20) -
      stampLike;
    scores[i] = score;
    if (score > bestScore) {
      best = l;
      bestScore = score;
    }
  }
  // A headline stands above its standfirst, which is longer and may score a little more: "Spain
  // wildfires: thousands evacuated ..." over "Blazes in Catalonia and Extremadura force ...".
  const at = best ? lines.indexOf(best) : -1;
  const above = lines[at - 1];
  if (above && (scores[at - 1] ?? -1) >= bestScore - 15 && above.words >= 4 && above.words < best!.words)
    return above;
  return best;
}

// A date or a clock time, as stamps and bylines carry them ("March 3, 2024", "13.48 BST", "2023");
// not the figures of a headline ("temperatures past 44C", "2,000 evacuated").
const DATE_OR_TIME =
  /\b(?:19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}(?!\d)|\b\d{1,2}\s?[ap]\.?m\b|\b\d{1,2}\/\d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\b\d+\s+(?:hours?|minutes?|days?)\s+ago\b/;

/**
 * A byline without "By" next to a date stamp: "Sam Jones in Madrid" or "Ana Ruiz and Tom Hale"
 * above "Wed 19 Jul 2023 13.48 BST".
 */
function namesByline(lines: Line[], i: number): boolean {
  if (!BYLINE_NAMES.test(lines[i]!.text)) return false;
  return [lines[i - 1], lines[i + 1]].some(
    (n) => n !== undefined && DATE_OR_TIME.test(n.text) && n.words <= 12,
  );
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,2}`;
const BYLINE_NAMES = new RegExp(
  String.raw`^${NAME}(?:(?:,\s|\sand\s)${NAME})*(?:\sin\s\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+)?)?$`,
  'u',
);

/**
 * Title match on folded keys; a long title also matches a line that contains it, or is contained.
 *
 * @example
 * matchesTitle(foldKey('Mayor\u2019s Visit to Oslo'), foldKey("mayor's visit to oslo")) // true
 */
export function matchesTitle(key: string, titleKey: string): boolean {
  if (!key || !titleKey) return false;
  if (key === titleKey) return true;
  const shorter = key.length < titleKey.length ? key : titleKey;
  const longer = shorter === key ? titleKey : key;
  return shorter.length >= 20 && shorter.length >= longer.length * 0.6 && longer.includes(shorter);
}
