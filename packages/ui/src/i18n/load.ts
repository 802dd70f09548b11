import type { Language } from './languages';
import { loaders, type Namespace } from './namespaces';
import { warmIntl } from './translate';
import type { Messages } from './types';

/**
 * The browser's catalogs: per language, the namespaces loaded so far merged into one object
 * (keys are prefixed by their namespace, so they never clash). Translators hold these objects,
 * so a namespace loaded later is visible to them without a new translator.
 */
const loaded: Record<Language, Messages> = { ar: {}, fr: {}, es: {} };
const pending = new Map<string, Promise<void>>();

/** The messages of every namespace loaded so far in `lang` (a live object). */
export const loadedMessages = (lang: Language): Messages => loaded[lang];

/** Loads one namespace in one language (once; the same promise on every call). */
export function loadMessages(lang: Language, ns: Namespace): Promise<void> {
  const id = `${lang}/${ns}`;
  let promise = pending.get(id);
  if (!promise) {
    warmIntl(lang);
    const loading: Promise<void> & { status?: string; value?: undefined } = loaders[ns][lang]().then(
      (module) => {
        Object.assign(loaded[lang], module.default);
        // React's `use` reads a settled promise's status and then does not suspend.
        loading.status = 'fulfilled';
        loading.value = undefined;
      },
      (error: unknown) => {
        pending.delete(id); // a failed chunk (offline) is retried on the next call
        throw error;
      },
    );
    pending.set(id, (promise = loading));
  }
  return promise;
}

/** Loads several namespaces in one language, in parallel. */
export const loadNamespaces = (lang: Language, list: Iterable<Namespace>) =>
  Promise.all([...list].map((ns) => loadMessages(lang, ns))).then(() => undefined);
