import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat, type PrimitiveType } from 'intl-messageformat';
import { directionOf, INTL_LOCALES, type Language } from './languages';
import { isPlainMessage } from './plain';
import type { Messages, TranslationKey } from './types';

export type MessageValues = Record<string, PrimitiveType>;

export interface Translator {
  lang: Language;
  dir: 'rtl' | 'ltr';
  /**
   * Formats the ICU message `key` (a key of the Arabic catalog: a misspelt one does not compile);
   * a key whose namespace is not loaded yet shows the key itself.
   */
  t: (key: TranslationKey, values?: MessageValues) => string;
  /** Whether `key` exists (to pick a specific message before a generic fallback); a key built at run time is checked with it. */
  has: (key: string) => key is TranslationKey;
  formatDate: (date: Date | string | number, options?: Intl.DateTimeFormatOptions) => string;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** "a, b and c" in the current language (roles, names). */
  formatList: (items: string[]) => string;
  /**
   * `items` in the reader's alphabetical order of `name(item)` (a new array): Spanish "Ch" and
   * "Á", French accents and Arabic letters as each language sorts them, never by code point.
   */
  sortByName: <T>(items: readonly T[], name: (item: T) => string) => T[];
  /**
   * A map point that reads one way only: degrees with the hemisphere in words or letters
   * (no minus sign to wrap away from its number), the language's decimal mark, and a
   * separator that is not that mark ("35,57701° N · 5,36476° O"). Each coordinate holds
   * together (no-break spaces); a line may break only between the two.
   */
  formatCoordinates: (point: { lat: number; lon: number }) => string;
}

export { isPlainMessage };

// IntlMessageFormat resolves its locale in every constructor (Intl.NumberFormat.supportedLocalesOf
// and a new Intl.Locale each time: a third of the complaint form's first render on a throttled
// phone). Three locales exist; resolve each once.
const resolveLocale = IntlMessageFormat.resolveLocale.bind(IntlMessageFormat);
const resolvedLocales = new Map<string, ReturnType<typeof resolveLocale>>();
IntlMessageFormat.resolveLocale = (locales) => {
  const key = String(locales);
  if (!resolvedLocales.has(key)) resolvedLocales.set(key, resolveLocale(locales));
  return resolvedLocales.get(key);
};

/** One instance per (locale, options): Intl formatters are costly to build and free to reuse. */
function memoized<A extends unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = JSON.stringify(args);
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = make(...args)));
    return value;
  };
}
const numberFormat = memoized(
  (locale: string | string[] | undefined, options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
const dateTimeFormat = memoized(
  (locale: string | string[] | undefined, options?: Intl.DateTimeFormatOptions) =>
    new Intl.DateTimeFormat(locale, options),
);
const pluralRules = memoized(
  (locale: string | string[] | undefined, options?: Intl.PluralRulesOptions) => new Intl.PluralRules(locale, options),
);
const listFormat = memoized((locale: string) => new Intl.ListFormat(locale, { type: 'conjunction' }));
/**
 * The browser's first use of Intl starts ICU (its locale data): about 20 ms on a laptop, 80 on
 * a phone four times slower, paid by whichever formatter comes first. The catalogs' loader calls
 * this as it requests a language's first catalogs (load.ts), so ICU starts in a task of its own
 * while they download, instead of inside the first render's task (one long task the longer).
 */
const warmed = new Set<Language>();
export function warmIntl(lang: Language): void {
  if (warmed.has(lang) || typeof setTimeout !== 'function') return;
  warmed.add(lang);
  setTimeout(() => {
    const locale = INTL_LOCALES[lang];
    IntlMessageFormat.resolveLocale(locale);
    numberFormat(locale, undefined);
    pluralRules(locale, undefined);
  }, 0);
}

/** Shared by every message: IntlMessageFormat otherwise keeps a formatter cache per message. */
const formatters = {
  getNumberFormat: (locale?: string | string[], options?: Intl.NumberFormatOptions) => numberFormat(locale, options),
  getDateTimeFormat: (locale?: string | string[], options?: Intl.DateTimeFormatOptions) =>
    dateTimeFormat(locale, options),
  getPluralRules: (locale?: string | string[], options?: Intl.PluralRulesOptions) => pluralRules(locale, options),
};

/**
 * A translator over `messages` (one language; read at each call, so messages added to the
 * object later are found). Parsed messages are cached per translator: parsing is the
 * costly part, formatting is cheap.
 */
export function makeTranslator(lang: Language, messages: Messages): Translator {
  const locale = INTL_LOCALES[lang];
  const cache = new Map<string, IntlMessageFormat>();
  const warned = new Set<string>();
  let collator: Intl.Collator | undefined;

  const t = (key: TranslationKey, values?: MessageValues): string => {
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
    if (typeof source === 'string' && isPlainMessage(source)) return source;
    let format = cache.get(key);
    if (!format) {
      // A string (Node, tests, development) or, in built apps, the syntax tree the build
      // parsed it into (precompiledCatalogs in ../vite.ts).
      format = new IntlMessageFormat(source as string | MessageFormatElement[], locale, undefined, { formatters });
      cache.set(key, format);
    }
    return String(format.format(values));
  };

  return {
    lang,
    dir: directionOf(lang),
    t,
    has: (key): key is TranslationKey => messages[key] !== undefined,
    // Dates are shown in Morocco's zone whatever the device's zone is.
    formatDate: (date, options = { dateStyle: 'long' }) =>
      dateTimeFormat(locale, { timeZone: 'Africa/Casablanca', ...options }).format(new Date(date)),
    formatNumber: (value, options) => numberFormat(locale, options).format(value),
    formatList: (items) => listFormat(locale).format(items),
    formatCoordinates: ({ lat, lon }) => {
      const number = numberFormat(locale, { minimumFractionDigits: 5, maximumFractionDigits: 5 });
      // "35,57701° N" as one word (no-break space): a line breaks only between the two halves.
      const half = (n: number, hemisphere: TranslationKey) => `${number.format(Math.abs(n))}°\u00a0${t(hemisphere)}`;
      return t('common.coordinates', {
        lat: half(lat, lat < 0 ? 'common.coordinates.south' : 'common.coordinates.north'),
        lon: half(lon, lon < 0 ? 'common.coordinates.west' : 'common.coordinates.east'),
      });
    },
    sortByName: (items, name) => {
      collator ??= new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
      const c = collator;
      return [...items].sort((a, b) => c.compare(name(a), name(b)));
    },
  };
}

/**
 * Fails to compile in a program that does not include the Arabic catalogs (every key would be
 * `never`): add `packages/ui/src/i18n/messages/<glob>/ar.ts` to that tsconfig's `include`.
 */
export const CATALOGS_INCLUDED: TranslationKey = 'common.languageName';
