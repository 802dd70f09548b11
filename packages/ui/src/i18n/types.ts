import type { Language } from './languages';

/** One language of one or more namespaces: flat keys `<namespace>.*`, ICU MessageFormat values. */
export type Messages = Record<string, string>;
/** The same messages in every language (Node side: servers, PDF renderers, tests). */
export type Catalog = Record<Language, Messages>;
