import type { RouterOutputs } from '@shabaka/client';
import type { Language } from '@shabaka/ui';

export type ProjectList = RouterOutputs['pac']['projects']['list'];
export type ProjectItem = ProjectList['projects'][number];
export type Project = RouterOutputs['pac']['projects']['get'];
export type StaffProject = RouterOutputs['pac']['projects']['staffGet'];

/** A project's text in the reader's language: Spanish when staff gave it, else French. */
export const inText = (text: { ar: string; fr: string; es?: string | undefined }, lang: Language) =>
  lang === 'ar' ? text.ar : lang === 'es' ? (text.es ?? text.fr) : text.fr;
