import type { RouterOutputs } from '@shabaka/client';
import type { Translator } from '@shabaka/ui';
import { describeIssues, type DescribeOptions } from '../../errors';
import type { FieldTexts, Schema } from '../../forms/kit';

export type Workshop = RouterOutputs['pac']['workshops']['detail'];
export type WorkshopItem = RouterOutputs['pac']['workshops']['list'][number];
export type StaffWorkshop = RouterOutputs['pac']['workshops']['staffDetail'];
export type Consultation = RouterOutputs['pac']['consultations']['detail'];

type I18n = Pick<Translator, 't' | 'has'>;

/** An age band as a person reads it: "under 18", "18 to 29", "60 and over" (the bounds are the commune's settings). */
export function bandLabel(t: Translator['t'], b: { from: number; to: number | null }) {
  if (b.to === null) return t('pacWorkshops.band.over', { from: b.from });
  if (b.from === 0) return t('pacWorkshops.band.under', { n: b.to + 1 });
  return t('pacWorkshops.band.range', { from: b.from, to: b.to });
}

/** A field path without its line numbers ("lines.2.text" → "lines.text"): the catalog words a field once. */
export const slot = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/** How this section's forms word refusals: its own catalog first, a field's text whatever its line. */
export const describeOptions = (within?: string): DescribeOptions => ({
  section: 'pacWorkshops',
  slot,
  ...(within ? { within } : {}),
});

/**
 * A form's check with the procedure's own schema: each issue under its path ("lines.2.text") and under the name
 * the form gives the field ("lines[2].text"), so a line's box shows its own error.
 */
export function sectionCheck<V>(schema: Schema, toInput: (value: V) => unknown, i18n: I18n, within?: string) {
  return (value: V): FieldTexts => {
    const parsed = schema.safeParse(toInput(value));
    if (parsed.success) return {};
    const texts = describeIssues(parsed.error.issues, i18n, { ...describeOptions(within), router: 'pac' });
    const out: FieldTexts = {};
    for (const [path, text] of Object.entries(texts)) {
      out[path] ??= text;
      out[path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')] ??= text;
    }
    return out;
  };
}

/** The workshop's day and times as staff typed them (a Moroccan day, local times). */
export const whenText = (
  { t, formatDate }: Pick<Translator, 't' | 'formatDate'>,
  w: { day: string; startTime: string; endTime: string },
) =>
  t('pacWorkshops.when', {
    date: formatDate(`${w.day}T12:00:00Z`, { dateStyle: 'full', timeZone: 'UTC' }),
    from: w.startTime,
    to: w.endTime,
  });
