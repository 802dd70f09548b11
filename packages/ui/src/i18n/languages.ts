export const LANGUAGES = ['ar', 'fr', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/**
 * Intl locales per language. Arabic forces Latin digits (`-u-nu-latn`): figures at
 * counters and on forms are read by people used to 0-9, and some browsers would
 * otherwise pick Arabic-Indic digits for `ar`.
 */
export const INTL_LOCALES: Record<Language, string> = {
  ar: 'ar-MA-u-nu-latn',
  fr: 'fr-MA',
  es: 'es',
};

/**
 * The chosen language, remembered for the whole site: the portals and the dashboard (which also
 * keep it in localStorage) and the server's own pages (landing, /verify) read this cookie, so a
 * choice made on one follows to the others. Not HttpOnly: the browser apps write it.
 */
export const LANGUAGE_COOKIE = 'shabaka_lang';
export const LANGUAGE_COOKIE_MAX_AGE = 365 * 24 * 3600;

/** The language in a Cookie header, if one was chosen. */
export function languageOfCookies(header: string | undefined): Language | null {
  const m = new RegExp(`(?:^|;\\s*)${LANGUAGE_COOKIE}=([a-z]{2})(?:;|$)`).exec(header ?? '');
  return m && isLanguage(m[1]) ? m[1] : null;
}

export const directionOf = (lang: Language): 'rtl' | 'ltr' => (lang === 'ar' ? 'rtl' : 'ltr');

/**
 * Each language's name in itself (also `common.languageName` of each catalog): the language
 * switch labels every option in its own language without loading the other catalogs.
 */
export const LANGUAGE_NAMES: Record<Language, string> = {
  ar: 'العربية',
  fr: 'Français',
  es: 'Español',
};
