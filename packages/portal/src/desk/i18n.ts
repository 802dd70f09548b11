import { deskMessages, makeTranslator, useI18n, type I18nContextValue, type Language, type Translator } from '@shabaka/ui';
import { useMemo } from 'react';

/**
 * The desk's catalog travels with the desk's lazy chunks, not with the portal's first
 * load: `useDesk()` is `useI18n()` plus the `desk.*` keys (in the current language).
 */
const translators = new Map<Language, Translator>();
function deskTranslator(lang: Language): Translator {
  let tr = translators.get(lang);
  if (!tr) translators.set(lang, (tr = makeTranslator(lang, deskMessages)));
  return tr;
}

export function useDesk(): I18nContextValue {
  const outer = useI18n();
  return useMemo(() => {
    const desk = deskTranslator(outer.lang);
    return {
      ...outer,
      t: (key, values) => (key.startsWith('desk.') ? desk.t(key, values) : outer.t(key, values)),
      has: (key) => desk.has(key) || outer.has(key),
    };
  }, [outer]);
}
