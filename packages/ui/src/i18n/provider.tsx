import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { catalog as everyNamespace, type Catalog } from './catalog';
import { isLanguage, type Language } from './languages';
import { makeTranslator, type Translator } from './translate';

export const LANGUAGE_STORAGE_KEY = 'shabaka.lang';

export interface I18nContextValue extends Translator {
  setLang: (lang: Language) => void;
  /** The same catalog in another language (e.g. each language names itself in the switch). */
  translatorFor: (lang: Language) => Translator;
}

const I18nContext = createContext<I18nContextValue | null>(null);

function storedLanguage(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage disabled (private mode, strict settings)
  }
}

export interface I18nProviderProps {
  /** The app's default; a choice stored on this device wins over it. */
  initialLanguage?: Language;
  children: ReactNode;
}

/** Translations from `messages` only: an app bundles just the namespaces it passes. */
export function I18nCatalogProvider({
  messages,
  initialLanguage = 'ar',
  children,
}: I18nProviderProps & { messages: Catalog }) {
  const [lang, setLangState] = useState<Language>(() => storedLanguage() ?? initialLanguage);

  const setLang = useCallback((next: Language) => {
    setLangState(next);
    try {
      localStorage.setItem(LANGUAGE_STORAGE_KEY, next);
    } catch {
      // not persisted; the choice still applies to this visit
    }
  }, []);

  // One translator per language and catalog, so parsed messages survive re-renders.
  const translatorFor = useMemo(() => {
    const cache = new Map<Language, Translator>();
    return (l: Language) => {
      let translator = cache.get(l);
      if (!translator) cache.set(l, (translator = makeTranslator(l, messages)));
      return translator;
    };
  }, [messages]);

  const value = useMemo<I18nContextValue>(
    () => ({ ...translatorFor(lang), setLang, translatorFor }),
    [lang, setLang, translatorFor],
  );

  // The whole document follows the language, so screen readers and the browser's own
  // widgets (scrollbars, form controls) use the right language and direction.
  useEffect(() => {
    document.documentElement.lang = value.lang;
    document.documentElement.dir = value.dir;
  }, [value.lang, value.dir]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** Translations from every namespace (common, portal, dashboard, landing). */
export function I18nProvider(props: I18nProviderProps) {
  return <I18nCatalogProvider messages={everyNamespace} {...props} />;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}
