import {
  createContext,
  use,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { isLanguage, LANGUAGE_COOKIE, LANGUAGE_COOKIE_MAX_AGE, languageOfCookies, type Language } from './languages';
import { loadedMessages, loadMessages, loadNamespaces } from './load';
import type { Namespace } from './namespaces';
import { makeTranslator, type Translator } from './translate';

export const LANGUAGE_STORAGE_KEY = 'shabaka.lang';

export interface I18nContextValue extends Translator {
  /** Switches language once every namespace in use is loaded in it (no flash of raw keys). */
  setLang: (lang: Language) => void;
  /** Marks namespaces as in use: they are loaded in each language the user switches to. */
  register: (namespaces: readonly Namespace[]) => void;
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

/** `?lang=` in the address (a shared link), or null. */
function askedLanguage(): Language | null {
  const value = new URLSearchParams(window.location.search).get('lang');
  return isLanguage(value) ? value : null;
}

/** Remembers a choice on this device and for the server's pages (see LANGUAGE_COOKIE). */
function rememberLanguage(lang: Language) {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, lang);
  } catch {
    // not persisted; the choice still applies to this visit (and the cookie below)
  }
  document.cookie = `${LANGUAGE_COOKIE}=${lang}; path=/; max-age=${LANGUAGE_COOKIE_MAX_AGE}; samesite=lax`;
}

/** The language to start in: asked in the address, else chosen before (here or on another page of the site). */
function initialChoice(): Language | null {
  if (typeof window === 'undefined') return null; // a build rendering the page: its language is given
  const asked = askedLanguage();
  if (asked) {
    rememberLanguage(asked);
    return asked;
  }
  // The cookie first: the server's pages (landing, /verify) set only the cookie.
  return languageOfCookies(document.cookie) ?? storedLanguage();
}

/** The language of the mounted provider (one per page), for loads started outside React. */
let activeLanguage: Language | null = null;

/**
 * The page's language before its provider has rendered (the one the provider will start in,
 * `fallback` being its `initialLanguage`), so that loads started ahead of the first render
 * (`preloadNamespaces`) are in the right language.
 */
export function startLanguage(fallback: Language): Language {
  return (activeLanguage ??= initialChoice() ?? fallback);
}

/**
 * Starts loading `list` in the page's language without waiting for it: a lazy screen calls
 * this when its chunk is requested, so its catalogs travel in parallel with it instead of
 * after it (one round trip less on a slow network before the screen shows). A failure is
 * left to `useNamespaces`, which asks again and reports it. Resolves once they are in (or failed).
 */
export function preloadNamespaces(list: readonly Namespace[]): Promise<void> {
  return activeLanguage ? loadNamespaces(activeLanguage, list).catch(() => undefined) : Promise.resolve();
}

// One translator per language: parsed messages survive re-renders and language switches.
const translators = new Map<Language, Translator>();
function translatorOf(lang: Language): Translator {
  let translator = translators.get(lang);
  if (!translator) translators.set(lang, (translator = makeTranslator(lang, loadedMessages(lang))));
  return translator;
}

export interface I18nProviderProps {
  /** Namespaces every screen reads (e.g. `common`, `portal`); lazy screens add theirs with `useNamespaces`. */
  namespaces?: readonly Namespace[];
  /** The app's default; a choice stored on this device wins over it. */
  initialLanguage?: Language;
  children: ReactNode;
}

/**
 * Loads only the active language: `namespaces` before the first render, then each lazy
 * screen's own namespaces (`useNamespaces`) as it mounts. Children render once the
 * first-load namespaces are there, so no raw key ever shows.
 */
export function I18nProvider({ namespaces = ['common'], initialLanguage = 'ar', children }: I18nProviderProps) {
  const [lang, setLangState] = useState<Language>(() => {
    const first = initialChoice() ?? initialLanguage;
    // Requested now, during the first render, rather than after it in the effect below.
    loadNamespaces(first, namespaces).catch(() => undefined);
    return first;
  });
  activeLanguage = lang;
  const inUse = useRef(new Set<Namespace>(namespaces));
  const [, setReady] = useState<Language | null>(null); // re-renders once the first load is in
  const [failed, setFailed] = useState<unknown>(null);
  const target = useRef(lang);

  useEffect(() => {
    let live = true;
    loadNamespaces(lang, inUse.current).then(
      () => live && setReady(lang),
      (error: unknown) => live && setFailed(error),
    );
    return () => {
      live = false;
    };
  }, [lang]);

  const setLang = useCallback((next: Language) => {
    target.current = next;
    rememberLanguage(next);
    // Switch once loaded; a later choice made meanwhile wins.
    loadNamespaces(next, inUse.current).then(
      () => target.current === next && setLangState(next),
      () => undefined, // offline: the language stays as it was
    );
  }, []);

  const register = useCallback((list: readonly Namespace[]) => {
    for (const ns of list) inUse.current.add(ns);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({ ...translatorOf(lang), setLang, register }),
    [lang, setLang, register],
  );

  // The whole document follows the language, so screen readers and the browser's own
  // widgets (scrollbars, form controls) use the right language and direction.
  useEffect(() => {
    document.documentElement.lang = value.lang;
    document.documentElement.dir = value.dir;
  }, [value.lang, value.dir]);

  if (failed) throw failed; // the app's error boundary (offline at first load)
  // Suspends (rather than rendering nothing) until the first catalogs are in: with no
  // boundary above, React commits nothing meanwhile, so what index.html painted first (a
  // portal's header band) stays on screen instead of blinking out. The same promises in the
  // same order on every render: React matches a retried render's `use` calls by position, so
  // skipping the loaded ones would hand a later namespace the settled promise of an earlier
  // one and render its raw keys (seen in the build's prerender).
  for (const promise of namespaces.map((ns) => loadMessages(lang, ns))) use(promise);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n() needs an <I18nProvider> above it');
  return value;
}

/**
 * `useI18n()` once `list` is loaded in the active language: suspends (the nearest
 * `<Suspense>`, usually the lazy route's) until then. A lazy screen calls this with its
 * own namespaces, so its texts travel with it and only in the language shown.
 */
export function useNamespaces(list: readonly Namespace[]): I18nContextValue {
  const value = useI18n();
  value.register(list);
  // The same promises in the same order on every render (settled ones do not suspend);
  // all started before waiting on one.
  const promises = list.map((ns) => loadMessages(value.lang, ns));
  for (const promise of promises) use(promise);
  return value;
}
