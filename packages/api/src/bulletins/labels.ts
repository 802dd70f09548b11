import type { BulletinFigure } from '@shabaka/db';

/**
 * A figure in words, the same on the public page, the desk and the signed PDF (isomorphic: the portal imports it
 * through `@shabaka/api/schemas`). Keys are read from the catalogs at run time, hence `has()`.
 */
interface Words {
  t: (key: never, values?: Record<string, string | number>) => string;
  has: (key: string) => boolean;
}
type Lang = 'ar' | 'fr' | 'es';

/** 1 234 567.5: grouped by spaces in every language (pdftotext reads them back as typed). */
export const groupDigits = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const say = (w: Words, key: string, values?: Record<string, string | number>) =>
  w.has(key) ? (w.t as (k: string, v?: Record<string, string | number>) => string)(key, values) : key;

export function figureLabel(w: Words, section: string, f: BulletinFigure, lang: Lang) {
  const name = f.names ? ((lang === 'es' ? f.names.es : undefined) ?? (lang === 'ar' ? f.names.ar : f.names.fr)) : '';
  return say(w, `bulletins.figure.${section}.${f.key}`, { name });
}

export function figureValue(w: Words, f: BulletinFigure) {
  return f.value === null
    ? say(w, 'bulletins.unit.none')
    : say(w, `bulletins.unit.${f.unit}`, { value: groupDigits(f.value) });
}

export const sectionTitle = (w: Words, section: string) => say(w, `bulletins.section.${section}`);
export const periodLabel = (w: Words, p: { year: number; quarter: number }) =>
  p.quarter
    ? say(w, 'bulletins.period.quarter', { year: String(p.year), quarter: p.quarter })
    : say(w, 'bulletins.period.year', { year: String(p.year) });
