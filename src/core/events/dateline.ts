// A wire dateline opening a report's first sentence: the place in capitals, a region or country
// ("N.C.", "Dominican Republic"), a month and day, the agency in parentheses, then a dash
// ("GENEVA, Dec 30 (Reuters) - ", "RALEIGH, N.C. (AP) -- ", "FRESNO, Calif. -- ", "NAIROBI,
// Kenya (AP) _ "). The place has no lower-case letter and three capitals or more, so "U.S. - China
// talks" keeps its words.
const PLACE = String.raw`\p{Lu}[\p{Lu}\s.'’/-]{1,40}?`;
const REGION = String.raw`\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}`;
const DAY = String.raw`(?:\p{Lu}\p{Ll}{2,8}\.?\s\d{1,2}|\d{1,2}\s\p{Lu}\p{Ll}{2,8}\.?)(?:,?\s\d{4})?`;
const DATELINE = new RegExp(
  String.raw`^\s*(${PLACE})(?:,\s*${REGION})?(?:,\s*${DAY})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:—|–|--|-|_)\s+(?=["“‘'(\p{Lu}\d])`,
  'u',
);

/**
 * Where a sentence's own words start after a wire dateline that opens it, or 0. The dateline
 * stays in the article; a list of events reads better without it ("Experts from Iran ...").
 *
 * @example datelineEnd('GENEVA, Dec 30 (Reuters) - Experts from Iran will return.') // 27
 */
export function datelineEnd(sentence: string): number {
  const m = DATELINE.exec(sentence);
  if (!m || (m[1]!.match(/\p{Lu}/gu)?.length ?? 0) < 3) return 0;
  return m[0].length;
}

/**
 * A sentence without the wire dateline that opens it.
 *
 * @example withoutDateline('CHICAGO (AP) -- A jury convicted him on Monday.') // 'A jury convicted him on Monday.'
 */
export function withoutDateline(sentence: string): string {
  const end = datelineEnd(sentence);
  return end > 0 ? sentence.slice(end) : sentence;
}
