import { detectLanguage, type TextLanguage } from '../core/ingest/language';
import type { Article } from '../core/types';

const told = new WeakMap<Article, TextLanguage>();

/**
 * The language of an article: the manifest's where it names one other than English, else told
 * from the text (the parser writes "en" where the manifest says nothing). Once per article: the
 * list asks for every row.
 */
export function articleLanguage(article: Article): TextLanguage {
  let language = told.get(article);
  if (!language) {
    const given = article.language?.trim() ?? '';
    // A BCP 47 tag other than English or "undetermined"; anything else is read from the text.
    const named = /^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(given) && !/^(en|und)(-|$)/i.test(given);
    language = named ? { english: false, code: given } : detectLanguage(article.text);
    told.set(article, language);
  }
  return language;
}

/**
 * The `lang` attribute for an article's own words: its language where it is not English, "" (the
 * HTML for "unknown") where it is not English but its language cannot be told, nothing where it
 * is English or too short to tell (the page's "en" holds).
 */
export function langAttribute(language: TextLanguage): string | undefined {
  return language.english === false ? (language.code ?? '') : undefined;
}

/** "French" for 'fr'; the code itself where the browser has no name for it. */
export function languageName(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
