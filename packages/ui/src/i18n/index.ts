// React-free, all-languages i18n entry (`@shabaka/ui/i18n`): the server (landing page, PDFs,
// errors), scripts and tests import this. Browser code imports `@shabaka/ui`, which loads
// one language at a time.
import { catalog, type Catalog } from './catalog';
import type { Language } from './languages';
import type { TranslationKey } from './types';
import { makeTranslator, type MessageValues, type Translator } from './translate';

export { makeTranslator, type Translator, type MessageValues } from './translate';
export { catalog, namespaces, mergeCatalogs, type Catalog, type Messages } from './catalog';
export { NAMESPACES } from './all';
export type { Namespace, TranslationKey, TranslationOf } from './types';
export * from './languages';

/** A translator without React; every namespace unless told otherwise. */
export const createTranslator = (lang: Language, messages: Catalog = catalog) => makeTranslator(lang, messages[lang]);

const shared = new Map<Language, Translator>();

/** The translator of every namespace for `lang`, created once per process. */
export function translatorFor(lang: Language): Translator {
  let translator = shared.get(lang);
  if (!translator) {
    translator = createTranslator(lang);
    shared.set(lang, translator);
  }
  return translator;
}

/** One-off translation in a given language (tests, the server's error pages). */
export const translate = (lang: Language, key: TranslationKey, values?: MessageValues) =>
  translatorFor(lang).t(key, values);
