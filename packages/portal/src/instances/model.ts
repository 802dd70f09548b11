import type { RouterOutputs } from '@shabaka/client';
import type { Language } from '@shabaka/ui';

export type InstanceSummary = RouterOutputs['instances']['list'][number];
export type InstancePageData = RouterOutputs['instances']['page'];
export type Recommendation = InstancePageData['recommendations'][number];
export type Observation = InstancePageData['observations'][number];

/** A text in the portal's three languages, in the reader's. */
export const inLang = (t: { ar: string; fr: string; es: string }, lang: Language) => t[lang];
