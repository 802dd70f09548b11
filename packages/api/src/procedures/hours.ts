import type { OpeningHours } from '@shabaka/db';
// The enums entry, not the package's: the PDF renderers' bundle (the sheet) stays free of the database code.
import { WEEKDAYS, type Language, type Weekday } from '@shabaka/db/enums';
import { isTime } from '../fields';

/**
 * Opening hours as data ({ days, opens, closes } periods), written for people as
 * "lun.–ven. 08:30–16:30 ; sam. 09:00–12:00" and for CSV files as
 * "mon-fri 08:30-16:30; sat 09:00-12:00".
 */

const DAY_NAMES: Record<Language, Record<Weekday, string>> = {
  fr: { mon: 'lun.', tue: 'mar.', wed: 'mer.', thu: 'jeu.', fri: 'ven.', sat: 'sam.', sun: 'dim.' },
  ar: { mon: 'الاثنين', tue: 'الثلاثاء', wed: 'الأربعاء', thu: 'الخميس', fri: 'الجمعة', sat: 'السبت', sun: 'الأحد' },
  es: { mon: 'lun.', tue: 'mar.', wed: 'mié.', thu: 'jue.', fri: 'vie.', sat: 'sáb.', sun: 'dom.' },
};

/** Days grouped into runs of consecutive weekdays: [mon..fri], [sun]. */
function dayRuns(days: Weekday[]): [Weekday, Weekday][] {
  const idx = [...new Set(days.map((d) => WEEKDAYS.indexOf(d)))].sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const i of idx) {
    const last = runs.at(-1);
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs.map(([a, b]) => [WEEKDAYS[a]!, WEEKDAYS[b]!]);
}

export function formatHours(hours: OpeningHours | null | undefined, lang: Language): string {
  if (!hours || hours.length === 0) return '';
  const names = DAY_NAMES[lang];
  // Arabic spells ranges out ("من … إلى …"): a dash between two times reads ambiguously right to left.
  if (lang === 'ar') {
    return hours
      .map((p) => {
        const days = dayRuns(p.days)
          .map(([a, b]) => (a === b ? names[a] : `من ${names[a]} إلى ${names[b]}`))
          .join('، ');
        return `${days}، من ${p.opens} إلى ${p.closes}`;
      })
      .join('؛ ');
  }
  return hours
    .map((p) => {
      const days = dayRuns(p.days)
        .map(([a, b]) => (a === b ? names[a] : `${names[a]}–${names[b]}`))
        .join(', ');
      return `${days} ${p.opens}–${p.closes}`;
    })
    .join(' ; ');
}

/** The CSV form: "mon-fri 08:30-16:30; sat 09:00-12:00". */
export function hoursToText(hours: OpeningHours | null | undefined): string {
  if (!hours) return '';
  return hours
    .map(
      (p) =>
        `${dayRuns(p.days)
          .map(([a, b]) => (a === b ? a : `${a}-${b}`))
          .join(',')} ${p.opens}-${p.closes}`,
    )
    .join('; ');
}

export { isTime };

/** Parses the CSV form; throws an Error whose message says what is wrong. */
export function parseHoursText(text: string): OpeningHours {
  const periods: OpeningHours = [];
  for (const raw of text
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z,\s-]+?)\s+(\d{1,2}:\d\d)\s*-\s*(\d{1,2}:\d\d)$/i.exec(raw);
    if (!m) throw new Error(`"${raw}" should look like "mon-fri 08:30-16:30"`);
    const pad = (t: string) => t.padStart(5, '0');
    const [opens, closes] = [pad(m[2]!), pad(m[3]!)];
    if (!isTime(opens) || !isTime(closes)) throw new Error(`"${raw}" has an invalid time`);
    if (opens >= closes) throw new Error(`"${raw}" closes before it opens`);
    const days: Weekday[] = [];
    for (const part of m[1]!
      .toLowerCase()
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)) {
      const [from, to = from] = part.split('-').map((s) => s.trim()) as [string, string?];
      const a = WEEKDAYS.indexOf(from as Weekday);
      const b = WEEKDAYS.indexOf(to as Weekday);
      if (a < 0 || b < 0 || b < a)
        throw new Error(`"${part}" is not a day or range of days (mon, tue, wed, thu, fri, sat, sun)`);
      for (let i = a; i <= b; i++) days.push(WEEKDAYS[i]!);
    }
    periods.push({ days, opens, closes });
  }
  return periods;
}
