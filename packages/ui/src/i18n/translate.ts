import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { catalog as everyNamespace, type Catalog } from './catalog';
import { directionOf, INTL_LOCALES, type Language } from './languages';

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator {
  lang: Language;
  dir: 'rtl' | 'ltr';
  /** Formats the ICU message `key`; a missing key shows the key itself. */
  t: (key: string, values?: MessageValues) => string;
  /** Whether `key` exists (to pick a specific message before a generic fallback). */
  has: (key: string) => boolean;
  formatDate: (date: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "a, b and c" in the current language (roles, names). */
  formatList: (items: string[]) => string;
}

/**
 * A translator over `catalog`. Parsed messages are cached per translator: parsing is
 * the costly part, formatting is cheap.
 */
export function makeTranslator(lang: Language, catalog: Catalog): Translator {
  const locale = INTL_LOCALES[lang];
  const messages = catalog[lang];
  const cache = new Map<string, IntlMessageFormat>();
  const warned = new Set<string>();

  const t = (key: string, values?: MessageValues): string => {
    const source = messages[key];
    if (source === undefined) {
      // Vite sets `import.meta.env.DEV` (false in production builds); Node (the server's
      // landing page) has no `import.meta.env`, hence the cast and the `?.`.
      if ((import.meta as { env?: { DEV?: boolean } }).env?.DEV && !warned.has(key)) {
        warned.add(key);
        console.warn(`[i18n] missing message "${key}" for "${lang}"`);
      }
      return key;
    }
    let format = cache.get(key);
    if (!format) {
      format = new IntlMessageFormat(source, locale);
      cache.set(key, format);
    }
    return String(format.format(values));
  };

  return {
    lang,
    dir: directionOf(lang),
    t,
    has: (key) => messages[key] !== undefined,
    // Dates are shown in Morocco's zone whatever the device's zone is.
    formatDate: (date, options = { dateStyle: 'long' }) =>
      new Intl.DateTimeFormat(locale, { timeZone: 'Africa/Casablanca', ...options }).format(new Date(date)),
    formatNumber: (value, options) => new Intl.NumberFormat(locale, options).format(value),
    formatList: (items) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
  };
}

/** A translator without React (server, scripts, tests); every namespace unless told otherwise. */
export const createTranslator = (lang: Language, catalog: Catalog = everyNamespace) => makeTranslator(lang, catalog);

const shared = new Map<Language, Translator>();

/** The translator of every namespace for `lang`, created once per page. */
export function translatorFor(lang: Language): Translator {
  let translator = shared.get(lang);
  if (!translator) {
    translator = createTranslator(lang);
    shared.set(lang, translator);
  }
  return translator;
}

/** One-off translation in another language (e.g. each language names itself in the switch). */
export const translate = (lang: Language, key: string, values?: MessageValues) => translatorFor(lang).t(key, values);
