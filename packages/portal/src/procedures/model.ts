import { WEEKDAYS, type Weekday } from '@shabaka/db/enums';
import type { RouterOutputs } from '@shabaka/client';
import type { Language, Translator } from '@shabaka/ui';

export type Procedure = RouterOutputs['procedures']['get'];
export type SearchResult = RouterOutputs['procedures']['search']['results'][number];
export type ServicePoint = Procedure['servicePoints'][number];
export type Comparison = RouterOutputs['procedures']['compare'];
export type OpeningHours = NonNullable<Procedure['hours']>;
export type Localized = Procedure['names'];
export type Channel = Procedure['channels'];
export type ServicePointKind = ServicePoint['kind'];
/** A point as the desk edits it: the guesses too, with what is still to be checked. */
export type StaffServicePoint = RouterOutputs['servicePoints']['staffList'][number];
export type ServicePointGuess = StaffServicePoint['toVerify'][number];

type T = Pick<Translator, 't'>;
type TL = Pick<Translator, 't' | 'formatList'>;

/** A procedure field's name in the current language; a field this build does not name reads as is. */
export function fieldLabel(i18n: Pick<Translator, 't' | 'has'>, field: string): string {
  const key = `procedures.field.${field}`;
  return i18n.has(key) ? i18n.t(key) : field;
}

/** A text in the reader's language, French when a translation is missing. */
export const inLang = (text: Localized | null | undefined, lang: Language) => (text ? text[lang] || text.fr : '');

/** Days as runs of consecutive weekdays (indexes in WEEKDAYS): mon,tue,wed,sat → [0,2], [5,5]. */
function dayRuns(days: OpeningHours[number]['days']): [number, number][] {
  const runs: [number, number][] = [];
  for (const i of [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/** "lun.–ven. 08:30–16:30 et sam. 09:00–12:00"; Arabic spells ranges out (a dash reads ambiguously right to left). */
export function formatHours(hours: OpeningHours | null | undefined, i18n: TL): string {
  if (!hours || hours.length === 0) return i18n.t('procedures.hours.none');
  return i18n.formatList(
    hours.map((p) => {
      const day = (i: number) => i18n.t(`procedures.day.${WEEKDAYS[i]!}`);
      const days = i18n.formatList(
        dayRuns(p.days).map(([a, b]) =>
          a === b ? day(a) : i18n.t('procedures.hours.range', { from: day(a), to: day(b) }),
        ),
      );
      return i18n.t('procedures.hours.period', { days, opens: p.opens, closes: p.closes });
    }),
  );
}

/** A point's `tel:` link: the international form the API gives, else the digits as typed. */
export const phoneHref = (p: { phone: string | null; phoneE164: string | null }) =>
  `tel:${p.phoneE164 ?? (p.phone ?? '').replace(/[^+0-9]/g, '')}`;

/** Free, an amount in dirhams, or "set by the commune" when the network left it open. */
export function formatFee(fee: number | null, i18n: Pick<Translator, 't' | 'formatNumber'>): string {
  if (fee === null) return i18n.t('procedures.fee.unknown');
  if (fee === 0) return i18n.t('procedures.fee.free');
  return i18n.formatNumber(fee, { style: 'currency', currency: 'MAD' });
}

export const formatChannel = (c: Channel, { t }: T) => t(`procedures.channel.${c}`);

/** The staff form's text form of opening hours, as in the CSV import: "mon-fri 08:30-16:30; sat 09:00-12:00". */
export function hoursToText(hours: OpeningHours | null | undefined): string {
  return (hours ?? [])
    .map((p) => {
      const days = dayRuns(p.days)
        .map(([a, b]) => (a === b ? WEEKDAYS[a] : `${WEEKDAYS[a]}-${WEEKDAYS[b]}`))
        .join(',');
      return `${days} ${p.opens}-${p.closes}`;
    })
    .join('; ');
}

/** Parses `hoursToText`'s form; null when it does not read (the form then names the field). */
export function parseHours(text: string): OpeningHours | null {
  const periods: OpeningHours = [];
  for (const raw of text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z,\s-]+?)\s+(\d{1,2}:\d\d)\s*-\s*(\d{1,2}:\d\d)$/i.exec(raw);
    if (!m) return null;
    const [opens, closes] = [m[2]!.padStart(5, '0'), m[3]!.padStart(5, '0')];
    if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(opens) || !/^([01]\d|2[0-3]):[0-5]\d$/.test(closes) || opens >= closes)
      return null;
    const days: OpeningHours[number]['days'] = [];
    for (const part of m[1]!
      .toLowerCase()
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [from, to = from] = part.split('-').map((s) => s.trim()) as [string, string?];
      const a = WEEKDAYS.indexOf(from as Weekday);
      const b = WEEKDAYS.indexOf(to as Weekday);
      if (a < 0 || b < a) return null;
      for (let i = a; i <= b; i++) if (!days.includes(WEEKDAYS[i]!)) days.push(WEEKDAYS[i]!);
    }
    if (days.length === 0) return null;
    periods.push({ days, opens, closes });
  }
  return periods;
}
