import {
  makeTranslator,
  useI18n,
  type Catalog,
  type I18nContextValue,
  type Language,
  type Translator,
} from '@shabaka/ui';
import { useMemo } from 'react';

/**
 * A section's catalog travels with the section's lazy chunks, not with the portal's first
 * load. `scopedI18n('desk.', deskMessages)` makes a hook that is `useI18n()` plus the
 * section's keys, in the language the portal's provider holds (the language switch
 * drives both).
 */
export function scopedI18n(prefix: string | readonly string[], messages: Catalog): () => I18nContextValue {
  const prefixes = typeof prefix === 'string' ? [prefix] : prefix;
  const translators = new Map<Language, Translator>();
  const translatorFor = (lang: Language) => {
    let tr = translators.get(lang);
    if (!tr) translators.set(lang, (tr = makeTranslator(lang, messages)));
    return tr;
  };
  return function useScopedI18n() {
    const outer = useI18n();
    return useMemo(() => {
      const own = translatorFor(outer.lang);
      return {
        ...outer,
        t: (key, values) => (prefixes.some((p) => key.startsWith(p)) ? own.t(key, values) : outer.t(key, values)),
        has: (key) => own.has(key) || outer.has(key),
      };
    }, [outer]);
  };
}
