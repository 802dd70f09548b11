import type { RouterInputs, RouterOutputs } from '@shabaka/client';

export type IssueInput = RouterInputs['documents']['issue'];
export type Issued = RouterOutputs['documents']['issue'];
export type ListedDocument = RouterOutputs['documents']['list'][number];
export type Template = IssueInput['template'];
export type DocumentLanguage = NonNullable<IssueInput['language']>;
export type Delivery = NonNullable<IssueInput['delivery']>;

/** The languages in the order the form offers them (both side by side first). */
export const DOCUMENT_LANGUAGES = ['both', 'ar', 'fr'] as const satisfies readonly DocumentLanguage[];

/** A template field's name, labelled by `documents.field.<name>`. */
export type TemplateField =
  'address' | 'since' | 'purpose' | 'subject' | 'question' | 'answer' | 'requestCode' | 'statement';

/** Each template's own fields, in form order; `long` ones are textareas. */
export const TEMPLATE_FIELDS: Record<
  Template,
  { name: TemplateField; required: boolean; long?: boolean; type?: 'date'; max: number }[]
> = {
  residence_certificate: [
    { name: 'address', required: true, max: 300 },
    { name: 'since', required: false, type: 'date', max: 10 },
    { name: 'purpose', required: false, max: 200 },
  ],
  administrative_certificate: [
    { name: 'subject', required: true, max: 200 },
    { name: 'statement', required: true, long: true, max: 2000 },
  ],
  information_answer: [
    { name: 'requestCode', required: false, max: 40 },
    { name: 'question', required: true, long: true, max: 2000 },
    { name: 'answer', required: true, long: true, max: 6000 },
  ],
};

export const oneOf = <T extends string>(list: readonly T[], value: string | null | undefined): T | undefined =>
  value && (list as readonly string[]).includes(value) ? (value as T) : undefined;
