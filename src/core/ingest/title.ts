/** The most characters of a title taken from a pasted text's first line (a long headline's length). */
const FIRST_LINE_TITLE_CHARS = 80;

/**
 * A line's opening words, whole, up to FIRST_LINE_TITLE_CHARS, with "…" when it goes on.
 *
 * @example openingWords('Police said on Monday that the old bridge would reopen to traffic in March, after two years of repairs.')
 * // 'Police said on Monday that the old bridge would reopen to traffic in March…'
 */
export function openingWords(line: string): string {
  const text = line.replace(/\s+/g, ' ').trim();
  if (text.length <= FIRST_LINE_TITLE_CHARS) return text;
  const cut = text.slice(0, FIRST_LINE_TITLE_CHARS);
  const space = cut.lastIndexOf(' ');
  // One long word (a URL) is cut where it must be.
  const head = space > FIRST_LINE_TITLE_CHARS / 2 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:–—-]+$/, '')}…`;
}
