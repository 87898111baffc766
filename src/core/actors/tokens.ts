/** Word tokens with offsets, shaped for name recognition (actors) and word matching (topics). */
import { NAME_PARTICLES, NOT_NAMES } from './lexicon';

export type Token = {
  /** Surface form, possessive "’s" and sentence-final "." removed. */
  text: string;
  start: number;
  end: number;
  /** Lower case, curly apostrophes straightened, accents kept. */
  norm: string;
  /** Starts with an upper-case letter (or an Arabic article before one: "al-Nasr"). */
  cap: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
};

// Letters/digits, joined by inner apostrophes, dots or hyphens ("Jong-un", "U.S", "People’s");
// the joined part is group 1.
const WORD = /[\p{L}\p{N}]+((?:['’.\-‐][\p{L}\p{N}]+)*)\.?/gu;
// Dotted abbreviations that keep their final dot: initials, honorifics, "U.S.".
const KEEP_DOT =
  /^(?:\p{Lu}|(?:\p{L}\.)+\p{L}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Col|Lt|Sgt|Sen|Rep|Gov|Rev|Prof|Capt|Maj)$/u;
const ARABIC_ARTICLE = /^(?:al|el|ad|ash|as|an|ar|at|az|ibn|bin|abu|abd)[-‐]\p{Lu}/u;
const UPPER = /^\p{Lu}/u;
/** Starts with an upper-case letter; ASCII by its code, the rest by the Unicode category. */
const startsUpper = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(word);
};
const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|an|ar|at|az|ibn|bin|abu|abd)$/i;

/** Capitalised words that open sentences or phrases without being part of a name after them. */
const OPENERS = new Set(NOT_NAMES);

/** A name's lower-case particles, one or two, before its next capitalised word: " van den Berg". */
const PARTICLES_AHEAD = new RegExp(`^[ \\t]+(?:(?:${NAME_PARTICLES.join('|')})[ \\t]+){1,2}\\p{Lu}`, 'u');
const PARTICLE = new Set(NAME_PARTICLES);

/**
 * Whether a hyphenated word stands in a run of capitalised words, as a person's name does
 * ("Jean-Claude Juncker", "Alexandria Ocasio-Cortez", "Professor Hans-Jürgen Weber"), also across
 * a name's particles ("Willem-Jan van Ommeren", "J.P. de Vries-Mulder") or after "of" inside one
 * ("University of Wisconsin-Madison"); a compound of two names on
 * its own is two ("the Israel-Hamas war", "US-China talks").
 */
function inNameRun(
  text: string,
  prev: Token | undefined,
  before: Token | undefined,
  start: number,
  end: number,
): boolean {
  const ahead = text.slice(end, end + 16);
  if (/^[ \t]+\p{Lu}/u.test(ahead) || PARTICLES_AHEAD.test(ahead)) return true;
  if (prev === undefined || !/^[ \t]+$/.test(text.slice(prev.end, start))) return false;
  if (prev.cap) return !OPENERS.has(prev.norm);
  // ("University of Wisconsin-Madison", "Chamber of Commerce of Versailles-Yvelines": a place of
  // two names after "of" inside a name.)
  // (Not after a word that opens a sentence: "Hundreds of Cuban-Americans".)
  if (before === undefined || !before.cap || !/^[ \t]+$/.test(prev.gap)) return false;
  return PARTICLE.has(prev.norm) || (prev.norm === 'of' && !/(?:^|[.!?"“”'’]\s*)$/.test(before.gap));
}

/**
 * Split text into word tokens with offsets. Possessives are trimmed ("Novak’s" -> "Novak") and
 * compounds of two capitalised words are split ("Israel-Hamas" -> "Israel", "Hamas"), while names
 * such as "Jong-un" and "Al-Awsat" stay whole.
 *
 * @example tokenize('Mr. Novak’s visit').map((t) => t.text) // ['Mr.', 'Novak', 'visit']
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // The compounds of two capitalised words kept whole inside a name so far.
  const named = new Set<string>();
  let last = 0;
  // `joined`: the word had inner apostrophes, dots or hyphens, so its norm and cap need a closer look.
  const push = (surface: string, start: number, joined: boolean) => {
    const end = start + surface.length;
    const lower = surface.toLowerCase();
    out.push({
      text: surface,
      start,
      end,
      norm: joined && lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      cap: startsUpper(surface) || (joined && ARABIC_ARTICLE.test(surface)),
      gap: text.slice(last, start),
    });
    last = end;
  };
  // Most words are letters and digits only: the group of inner joiners is empty, and nothing more
  // is looked at but a final dot.
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    let surface = m[0];
    const start = m.index;
    const joined = m[1] !== '';
    if (surface[surface.length - 1] === '.' && !KEEP_DOT.test(surface.slice(0, -1)))
      surface = surface.slice(0, -1);
    if (!joined) {
      push(surface, start, false);
      continue;
    }
    if (surface.includes("'") || surface.includes('’')) surface = surface.replace(/['’][sS]$/, '');
    if (surface.length === 0) continue;
    const parts = surface.includes('-') || surface.includes('‐') ? surface.split(/[-‐]/) : null;
    const compound =
      parts !== null && parts.every((p) => /^\p{Lu}\p{Ll}{2,}/u.test(p)) && !ARTICLE_PREFIX.test(parts[0]!);
    // (A compound the text has written inside a name stays whole alone too: "Marisol
    // Ibarra-Quintero ... Ibarra-Quintero wrote".)
    if (
      compound &&
      !named.has(surface) &&
      !inNameRun(text, out[out.length - 1], out[out.length - 2], start, start + m[0].length)
    ) {
      let offset = start;
      for (const part of parts) {
        push(part, offset, true);
        offset += part.length + 1;
      }
    } else {
      if (compound) named.add(surface);
      push(surface, start, true);
    }
  }
  return out;
}

// ASCII words parted by single spaces ("Barack Obama", "New Zealand"), as most names and gazetteer
// entries are: each word is one token, so the phrase's lower case is its key, without tokenizing
// it (which the gazetteer and city list, built on first use, would do thousands of times).
const PLAIN_PHRASE = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

/**
 * Normalise a phrase the way tokens are normalised, for dictionary keys.
 *
 * @example normalizePhrase('People’s Republic of China') // "people republic of china"
 */
export function normalizePhrase(phrase: string): string {
  if (PLAIN_PHRASE.test(phrase)) return phrase.toLowerCase();
  const tokens = tokenize(phrase);
  let s = tokens[0]?.norm ?? '';
  for (let k = 1; k < tokens.length; k++) s += ' ' + tokens[k]!.norm;
  return s;
}
