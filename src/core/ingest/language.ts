import { FUNCTION_WORDS } from './language-words';

/** What language a text is in, as far as a cheap look can tell. */
export type TextLanguage = {
  /** true: reads as English; false: does not; null: too little text to tell. */
  english: boolean | null;
  /** The BCP 47 code of a language told with confidence ('fr', 'ru', 'zh'); null otherwise. */
  code: string | null;
};

const UNTOLD: TextLanguage = { english: null, code: null };
const ENGLISH: TextLanguage = { english: true, code: 'en' };

/** Enough of a long article to tell its language; the rest would only cost time. */
const SAMPLE = 20_000;

type Script = { letters: RegExp; language: (sample: string) => string | null };
const only = (code: string) => () => code;

/**
 * Scripts other than Latin, each with the language it is written in where one dominates, or a
 * test between its languages by letters only some of them use; null where none can be told.
 */
const SCRIPTS: readonly Script[] = [
  {
    letters: /\p{Script=Cyrillic}/gu,
    language: (s) =>
      /[јљњћџѓќѕЈЉЊЋЏЃЌЅ]/u.test(s)
        ? null // Serbian or Macedonian
        : /[ўЎ]/u.test(s)
          ? 'be'
          : /[іїєґІЇЄҐ]/u.test(s)
            ? /[ыэЫЭ]/u.test(s)
              ? null
              : 'uk'
            : /[ыэЫЭ]/u.test(s)
              ? 'ru'
              : null,
  },
  {
    letters: /\p{Script=Arabic}/gu,
    language: (s) => (/[ٹڈڑںے]/u.test(s) ? 'ur' : /[پچژگکی]/u.test(s) ? 'fa' : 'ar'),
  },
  {
    letters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu,
    language: (s) => {
      const kana = s.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
      const han = s.match(/\p{Script=Han}/gu)?.length ?? 0;
      return kana >= 0.05 * (kana + han) ? 'ja' : 'zh';
    },
  },
  { letters: /\p{Script=Hangul}/gu, language: only('ko') },
  { letters: /\p{Script=Greek}/gu, language: only('el') },
  { letters: /\p{Script=Hebrew}/gu, language: only('he') },
  { letters: /\p{Script=Thai}/gu, language: only('th') },
  { letters: /\p{Script=Georgian}/gu, language: only('ka') },
  { letters: /\p{Script=Armenian}/gu, language: only('hy') },
  { letters: /\p{Script=Tamil}/gu, language: only('ta') },
  { letters: /\p{Script=Telugu}/gu, language: only('te') },
  { letters: /\p{Script=Kannada}/gu, language: only('kn') },
  { letters: /\p{Script=Malayalam}/gu, language: only('ml') },
  { letters: /\p{Script=Gujarati}/gu, language: only('gu') },
  { letters: /\p{Script=Gurmukhi}/gu, language: only('pa') },
  { letters: /\p{Script=Khmer}/gu, language: only('km') },
  { letters: /\p{Script=Lao}/gu, language: only('lo') },
  { letters: /\p{Script=Myanmar}/gu, language: only('my') },
  { letters: /\p{Script=Sinhala}/gu, language: only('si') },
  // Several languages each, none to name: Devanagari (Hindi, Marathi, Nepali), Bengali (Bengali,
  // Assamese), Ethiopic (Amharic, Tigrinya) fall through to "not English".
];

const WORD_SETS = Object.entries(FUNCTION_WORDS).map(([code, words]) => ({ code, words: new Set(words) }));

/**
 * Tells, cheaply, whether a text is English, and which language it is in where that can be told:
 * by its script (Cyrillic, Arabic, Han, ...; a script several languages share is told by letters
 * only one of them uses, or not at all), and in the Latin script by the share of frequent function
 * words of English, French, German, Spanish, Italian, Portuguese and Dutch. Dateline reads dates in
 * English only, so the reader can be told where dates may be missed.
 *
 * @example detectLanguage('Le président russe est arrivé mardi à Pékin. Il rencontrera Xi Jinping mercredi.') // { english: false, code: 'fr' }
 */
export function detectLanguage(text: string): TextLanguage {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 20) return UNTOLD;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (latin < letters / 2) {
    let best: Script | null = null;
    let most = 0;
    for (const script of SCRIPTS) {
      const n = sample.match(script.letters)?.length ?? 0;
      if (n > most) [best, most] = [script, n];
    }
    // A script of its own for most of the letters; else a mix of scripts, none of them English.
    return { english: false, code: best && most >= letters / 2 ? best.language(sample) : null };
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return UNTOLD;
  const shares = WORD_SETS.map(({ code, words: set }) => ({
    code,
    share: words.filter((w) => set.has(w)).length / words.length,
  })).sort((a, b) => b.share - a.share);
  const english = shares.find((s) => s.code === 'en')!.share;
  const top = shares[0]!;
  if (top.code === 'en') return english > 0 ? ENGLISH : UNTOLD;
  // Another language clearly ahead of English.
  if (top.share >= 0.08 && top.share >= 2 * english) return { english: false, code: top.code };
  // Hardly an English function word in a text long enough to have many: another language.
  if (words.length >= 30 && english < 0.03) return { english: false, code: null };
  return UNTOLD;
}
