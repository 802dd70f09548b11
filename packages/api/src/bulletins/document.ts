import type { BulletinSnapshot, BulletinTexts } from '@shabaka/db';
import { translatorFor } from '@shabaka/ui/i18n';
import { frDate, arDate } from '../documents';
import { figureLabel, figureValue, periodLabel, sectionTitle } from './labels';

const esDate = (d: Date) =>
  new Intl.DateTimeFormat('es', { timeZone: 'Africa/Casablanca', dateStyle: 'long' }).format(d);

/**
 * The signed document's fields (template `results_bulletin`, documents/templates.ts): every section's figures as
 * lines in each language, the editors' texts as they approved them, the period and the day it was approved.
 */
export function documentFields(snapshot: BulletinSnapshot, texts: BulletinTexts, approvedAt: Date) {
  const fields: Record<string, string> = {
    periodAr: periodLabel(translatorFor('ar'), snapshot),
    periodFr: periodLabel(translatorFor('fr'), snapshot),
    periodEs: periodLabel(translatorFor('es'), snapshot),
    approvedAr: arDate(approvedAt),
    approvedFr: frDate(approvedAt),
    approvedEs: esDate(approvedAt),
    sectionLabels: JSON.stringify(
      snapshot.sections.map((s) => ({
        key: s.key,
        ar: sectionTitle(translatorFor('ar'), s.key),
        fr: sectionTitle(translatorFor('fr'), s.key),
        es: sectionTitle(translatorFor('es'), s.key),
      })),
    ),
  };
  for (const [lang, suffix] of [
    ['ar', 'Ar'],
    ['fr', 'Fr'],
    ['es', 'Es'],
  ] as const) {
    const w = translatorFor(lang);
    // Spanish falls back to French where the editors wrote none (the partner towns read both).
    const text = (t?: { ar: string; fr: string; es?: string | undefined }) =>
      (lang === 'es' ? (t?.es ?? t?.fr) : t?.[lang]) ?? '';
    fields[`editorial${suffix}`] = text(texts.editorial);
    fields[`notes${suffix}`] = text(texts.notes);
    for (const s of snapshot.sections)
      fields[`section_${s.key}${suffix}`] = s.figures
        .map((f) => `${figureLabel(w, s.key, f, lang)}: ${figureValue(w, f)}`)
        .join('\n');
  }
  return fields;
}
