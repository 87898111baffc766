/**
 * A small, fast, non-cryptographic 53-bit string hash (cyrb53 construction: two 32-bit lanes
 * mixed with Math.imul). Used for content-derived ids, so the same content always gets the same
 * id on any machine, in Node or a browser, without crypto APIs.
 *
 * @example hashString('berg arrived in oslo') // a base-36 string such as "1x0k2vq3m9a4"
 */
export function hashString(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * A short id fragment: the last `length` base-36 characters of hashString (its low, well-mixed bits), padded so the
 * length is fixed.
 *
 * @example shortHash('002.txt#1', 6) // e.g. "k3x9q1"
 */
export function shortHash(text: string, length = 8): string {
  return hashString(text).padStart(length, '0').slice(-length);
}

/**
 * The text without its accents and other combining marks ("Brâncuși" -> "Brancusi").
 *
 * @example foldAccents('Pouyanné') // "Pouyanne"
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '');
}

/**
 * A readable, URL-safe slug: lower case ASCII letters and digits joined by "-", accents removed.
 *
 * @example slugify('Berg’s Visit to Nairobi', 20) // "bergs-visit-to"
 */
export function slugify(text: string, maxLength = 48): string {
  const slug = foldAccents(text)
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastDash = cut.lastIndexOf('-');
  return (lastDash > 0 ? cut.slice(0, lastDash) : slug.slice(0, maxLength)).replace(/-+$/, '');
}
