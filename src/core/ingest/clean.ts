import type { ParagraphKind } from '../types';
import {
  creditStart,
  describesPhoto,
  endsLikeSentence,
  endsWithEllipsis,
  hasCaptionOpener,
  isStray,
  isTitleLike,
  isUiLabel,
  titleCaseShare,
  type Line,
} from './lines';

/** A line kept for the article, with its kind and, for captions, where the credit starts. */
export type KeptLine = { text: string; kind: ParagraphKind; credit: number };

export type CleanedPart = { kept: KeptLine[]; headline: string | null; hasBody: boolean };

/**
 * A body paragraph by shape: ends like a sentence and has a few words; or is long prose whose
 * last mark was lost. A Title Case line ending in "?" is a headline, not a body paragraph.
 */
export function isBodyLike(line: Line): boolean {
  if (isStray(line) || endsWithEllipsis(line.text)) return line.words > 30;
  if (endsLikeSentence(line.text)) {
    if (line.words < 3) return false;
    if (/\?["'\u2019\u201d]?$/.test(line.text) && line.words <= 20 && titleCaseShare(line.text) >= 0.6)
      return false;
    return true;
  }
  return line.words > 25;
}

/** Caption by its own shape, wherever it sits: a credit at the end or a caption opener. */
export function isCaptionShaped(line: Line): boolean {
  return line.words >= 3 && (creditStart(line.text) >= 0 || hasCaptionOpener(line.text));
}

/**
 * Sorts the lines of one article into headline, captions, body, headings and furniture, by
 * position (before the first / after the last body paragraph), repetition and shape.
 */
export function cleanPart(lines: Line[], titleKey: string | null): CleanedPart {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l.key, (counts.get(l.key) ?? 0) + 1);
  const count = (l: Line) => counts.get(l.key) ?? 0;
  const isTitle = (l: Line) => titleKey !== null && matchesTitle(l.key, titleKey);

  const caption = lines.map((l) => isCaptionShaped(l));
  const body = lines.map((l, i) => !caption[i] && !isTitle(l) && isBodyLike(l));
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

  const headline = findHeadline(lines, firstBody < 0 ? lines.length : firstBody, caption, count);
  const kinds: (ParagraphKind | null)[] = lines.map((l, i) => {
    if (caption[i]) return 'caption';
    if (isTitle(l) || firstBody < 0 || i < firstBody || i > lastBody) return null;
    if (body[i]) return 'body';
    if (isStray(l) || isUiLabel(l) || endsWithEllipsis(l.text)) return null;
    if (l.words > 15 || /[.,;:]$/.test(l.text)) return 'body';
    if (headline !== null && l.key === headline.key) return null;
    return 'heading';
  });
  // A run of two or more heading-shaped lines between body paragraphs is a link list, not a
  // section heading; so is a heading that repeats elsewhere on the page.
  for (let i = Math.max(0, firstBody); i <= lastBody; i++) {
    if (kinds[i] === 'body' || kinds[i] === 'caption') continue;
    let j = i;
    while (j + 1 <= lastBody && kinds[j + 1] !== 'body' && kinds[j + 1] !== 'caption') j++;
    const run = kinds.slice(i, j + 1).filter((k) => k === 'heading').length;
    for (let k = i; k <= j; k++) {
      if (kinds[k] === 'heading' && (run >= 2 || count(lines[k]!) >= 2)) kinds[k] = null;
    }
    i = j;
  }

  const kept: KeptLine[] = [];
  const seen = new Set<string>();
  lines.forEach((l, i) => {
    const kind = kinds[i];
    if (!kind || seen.has(l.key)) return;
    seen.add(l.key);
    kept.push({ text: l.text, kind, credit: kind === 'caption' ? creditStart(l.text) : -1 });
  });
  return { kept, headline: headline?.text ?? null, hasBody: firstBody >= 0 };
}

function findHeadline(
  lines: Line[],
  end: number,
  caption: boolean[],
  count: (l: Line) => number,
): Line | null {
  let best: Line | null = null;
  let bestScore = -1;
  for (let i = 0; i < end; i++) {
    const l = lines[i]!;
    if (caption[i] || !isTitleLike(l) || isUiLabel(l)) continue;
    // Two-word lines are mostly labels ("Breaking News"); they win only when nothing longer is there.
    const score = (count(l) >= 2 ? 100 : 0) + (l.words >= 3 ? 50 : 0) + l.words;
    if (score > bestScore) {
      best = l;
      bestScore = score;
    }
  }
  return best;
}

/** Title match on folded keys; a long title also matches a line that contains it, or is contained. */
export function matchesTitle(key: string, titleKey: string): boolean {
  if (!key || !titleKey) return false;
  if (key === titleKey) return true;
  const shorter = key.length < titleKey.length ? key : titleKey;
  const longer = shorter === key ? titleKey : key;
  return shorter.length >= 20 && shorter.length >= longer.length * 0.6 && longer.includes(shorter);
}
