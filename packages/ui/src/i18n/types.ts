import type { Language } from './languages';

/** One language of one or more namespaces: flat keys `<namespace>.*`, ICU MessageFormat values. */
export type Messages = Record<string, string>;
/** The same messages in every language (Node side: servers, PDF renderers, tests). */
export type Catalog = Record<Language, Messages>;

/**
 * The Arabic catalog (the source language) of every namespace, by namespace. Each
 * `messages/<ns>/ar.ts` adds itself here (`declare module '../../types'`), so a new namespace
 * is a new folder and no index lists them. A program sees the namespaces whose Arabic file it
 * includes, so every tsconfig that reaches `t()` includes the glob of those files
 * (`packages/ui/src/i18n/messages/<every folder>/ar.ts`); `translate.ts` fails to compile without.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by module augmentation
export interface Catalogs {}

/** A catalog namespace: a folder of ./messages. */
export type Namespace = Extract<keyof Catalogs, string>;

/** Every key of every namespace, as the Arabic catalog has it: what `t()` accepts. */
export type TranslationKey = { [N in Namespace]: Extract<keyof Catalogs[N], string> }[Namespace];

/** A translation of an Arabic file: exactly its keys (`satisfies` refuses a missing or an extra one). */
export type TranslationOf<Arabic> = { [K in keyof Arabic]: string };
