import {
  casesMessages,
  commonMessages,
  complaintsMessages,
  makeTranslator,
  mergeCatalogs,
  portalMessages,
  useI18n,
  type I18nContextValue,
  type Language,
  type Translator,
} from '@shabaka/ui';
import { useMemo } from 'react';

/**
 * The complaints catalog travels with the complaints screens (a lazy chunk), not with the
 * portal's first load: these screens translate with common + portal + complaints, in the
 * language the portal's own provider holds (so the language switch drives them too).
 */
const catalog = mergeCatalogs(commonMessages, portalMessages, complaintsMessages, casesMessages);
const translators = new Map<Language, Translator>();

export function complaintsTranslator(lang: Language): Translator {
  let translator = translators.get(lang);
  if (!translator) translators.set(lang, (translator = makeTranslator(lang, catalog)));
  return translator;
}

/** `useI18n()` whose `t`/`has` also know the `complaints.*` keys (and the shared `cases.*`). */
export function useComplaintsI18n(): I18nContextValue {
  const outer = useI18n();
  return useMemo(() => ({ ...outer, ...complaintsTranslator(outer.lang) }), [outer]);
}
