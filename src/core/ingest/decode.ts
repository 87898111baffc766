import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, NAMED_ENTITIES } from './entities';

/**
 * Decodes bytes as UTF-8 without ever throwing. Invalid sequences become U+FFFD and are counted;
 * a byte stream that looks binary (many NUL/control bytes) is reported and salvaged.
 *
 * @example
 * decodeText(new Uint8Array([0x48, 0x69, 0xff])) // { text: 'Hi\uFFFD', warnings: ['invalid UTF-8 replaced at 1 place'] }
 */
export function decodeText(bytes: Uint8Array): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    return { text: '', warnings: ['could not decode the file'] };
  }
  // U+FFFD encoded in the input (EF BF BD) is text, not a decoding error: count it apart.
  let genuine = 0;
  for (let i = 0; i + 2 < bytes.length; i++) {
    if (bytes[i] === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) genuine++;
  }
  let replaced = -genuine;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0xfffd) replaced++;
  if (replaced > 0) warnings.push(`invalid UTF-8 replaced at ${replaced} place${replaced === 1 ? '' : 's'}`);
  return { text, warnings };
}

// C0 controls other than tab, LF, CR, FF; DEL; C1 controls. Zero-width and bidi marks are dropped too.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;
const INVISIBLE = /[\u200b\u200e\u200f\u2060\ufeff\u00ad]/g;
const HORIZONTAL_SPACE = /[\t\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;

/**
 * Normalises decoded text: BOM, CRLF/CR, tabs and non-breaking spaces, control characters, and
 * HTML markup (tags stripped, entities decoded). Lengths may change; spans are taken afterwards.
 *
 * @example
 * normalizeText('\uFEFFa\r\nb&nbsp;c') // { text: 'a\nb&nbsp;c', warnings: [] } (entities only decoded in markup)
 */
export function normalizeText(raw: string): { text: string; warnings: string[] } {
  const warnings: string[] = [];
  let text = raw.replace(/\r\n?|\u2028|\u2029|\u0085/g, '\n');
  let controls = 0;
  text = text.replace(CONTROL, () => {
    controls++;
    return ' ';
  });
  if (controls > 0) {
    const share = controls / Math.max(1, raw.length);
    warnings.push(
      share > 0.05
        ? `binary content: ${controls} control characters removed; the text may be incomplete`
        : `${controls} control character${controls === 1 ? '' : 's'} removed`,
    );
  }
  if (looksLikeHtml(text)) {
    const stripped = stripHtml(text);
    warnings.push(`HTML markup stripped (${stripped.tags} tags)`);
    text = stripped.text;
  }
  text = text.replace(INVISIBLE, '').replace(HORIZONTAL_SPACE, ' ');
  return { text, warnings };
}

const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]{0,2000})?\/?>/g;

/**
 * True when the text holds enough tags to be markup rather than prose that mentions "<".
 *
 * @example
 * looksLikeHtml('<p>One</p><p>Two</p><br>') // true; looksLikeHtml('a < b and c > d') -> false
 */
export function looksLikeHtml(text: string): boolean {
  let n = 0;
  HTML_TAG.lastIndex = 0;
  // Only the first 200 KB are sampled: enough to tell a page from prose, and keeps this O(1).
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const re = new RegExp(HTML_TAG.source, 'g');
  while (re.exec(sample)) if (++n >= 3) return true;
  return /<!doctype html|<html[\s>]|<body[\s>]/i.test(sample);
}

const BLOCK = new Set(BLOCK_ELEMENTS);
const DROPPED_OPEN = new RegExp(`<!--|<(${DROPPED_ELEMENTS.join('|')})\\b[^<>]{0,2000}>`, 'gi');

/**
 * Removes comments and script/style-like elements with their content. Linear: each closing tag
 * is searched for once from where the last one ended; a missing one is remembered, not re-searched.
 */
function dropElements(html: string): { text: string; count: number } {
  const open = new RegExp(DROPPED_OPEN.source, 'gi');
  const unclosed = new Set<string>();
  const pieces: string[] = [];
  let last = 0;
  let count = 0;
  let m: RegExpExecArray | null;
  while ((m = open.exec(html))) {
    const close = m[1] ? `</${m[1].toLowerCase()}` : '-->';
    if (unclosed.has(close)) continue;
    const closeRe = new RegExp(close === '-->' ? '-->' : `${close}\\s*>`, 'gi');
    closeRe.lastIndex = open.lastIndex;
    const c = closeRe.exec(html);
    if (!c) {
      unclosed.add(close);
      continue;
    }
    pieces.push(html.slice(last, m.index), '\n');
    last = closeRe.lastIndex;
    open.lastIndex = last;
    count++;
  }
  pieces.push(html.slice(last));
  return { text: pieces.join(''), count };
}

/**
 * Strips tags (block elements become line breaks), comments and scripts; decodes entities.
 *
 * @example
 * stripHtml('<p>Rates &amp; prices</p>') // { text: '\nRates & prices\n', tags: 2 }
 */
export function stripHtml(html: string): { text: string; tags: number } {
  const dropped = dropElements(html);
  let tags = dropped.count;
  const text = dropped.text
    .replace(/<!doctype[^<>]{0,200}>/gi, '')
    .replace(new RegExp(HTML_TAG.source, 'g'), (tag) => {
      tags++;
      const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1]?.toLowerCase() ?? '';
      return BLOCK.has(name) ? '\n' : '';
    });
  return { text: decodeEntities(text), tags };
}

/**
 * Decodes named and numeric character references; unknown ones are left as written.
 *
 * @example
 * decodeEntities('&ldquo;Hi&rdquo; &#8212; &amp;') // '\u201cHi\u201d \u2014 &'
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]{2,8});/g, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
        return whole;
      return String.fromCodePoint(code);
    }
    return NAMED_ENTITIES[ref.toLowerCase()] ?? NAMED_ENTITIES[ref] ?? whole;
  });
}
