import type { AttendanceCount, WorkshopKind } from '@shabaka/db';
import { arDate, frDate } from '../../documents';
import type * as repo from './repository';
import type { AttendanceSummary } from './service';

/** The kinds as the signed minutes name them (the document is bilingual: its words are its own, not a catalog's). */
const KIND: Record<WorkshopKind, { fr: string; ar: string }> = {
  thematic: { fr: 'atelier thématique', ar: 'ورشة موضوعاتية' },
  neighbourhood: { fr: 'atelier de quartier', ar: 'ورشة الحي' },
  professional: { fr: 'rencontre avec les organisations professionnelles', ar: 'لقاء مع الهيئات المهنية' },
};

const bandFr = (c: AttendanceCount) =>
  c.from === 0 && c.to !== null
    ? `moins de ${c.to + 1} ans`
    : c.to === null
      ? `${c.from} ans et plus`
      : `${c.from} à ${c.to} ans`;
const bandAr = (c: AttendanceCount) =>
  c.from === 0 && c.to !== null
    ? `أقل من ${c.to + 1} سنة`
    : c.to === null
      ? `${c.from} سنة فأكثر`
      : `من ${c.from} إلى ${c.to} سنة`;

const TIME = (lang: string) =>
  new Intl.DateTimeFormat(lang, {
    timeZone: 'Africa/Casablanca',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
  });

/**
 * The fields of a workshop's signed minutes (documents/templates.ts `pac_workshop_minutes`), each sentence in
 * French and Arabic. Counts only: the attendance by sex and age band, never a name.
 */
export function minutesFields(
  w: repo.WorkshopRow,
  a: AttendanceSummary,
  contributions: number,
  minutes: string,
): Record<string, string> {
  const share = a.womenShare === null ? '' : ` (${a.womenShare} %)`;
  const shareAr = a.womenShare === null ? '' : `، أي ${a.womenShare} في المائة من الحاضرين`;
  return {
    titleFr: w.title.fr,
    titleAr: w.title.ar,
    kindFr: KIND[w.kind].fr,
    kindAr: KIND[w.kind].ar,
    topicFr: w.topic.fr,
    topicAr: w.topic.ar,
    dateFr: frDate(w.startsAt),
    dateAr: arDate(w.startsAt),
    timeFr: `${TIME('fr-MA').format(w.startsAt)} – ${TIME('fr-MA').format(w.endsAt)}`,
    timeAr: `${TIME('ar-MA').format(w.startsAt)} إلى ${TIME('ar-MA').format(w.endsAt)}`,
    placeFr: `${w.place.fr}, ${w.address.fr}`,
    placeAr: `${w.place.ar}، ${w.address.ar}`,
    attendanceFr: `${a.total} participants : ${a.women} femmes${share} et ${a.men} hommes. Par âge : ${a.counts
      .map((c) => `${bandFr(c)}, ${c.women} femmes et ${c.men} hommes`)
      .join(' ; ')}.`,
    attendanceAr: `حضر ${a.total} مشاركا: ${a.women} امرأة${shareAr}، و${a.men} رجلا. حسب السن: ${a.counts
      .map((c) => `${bandAr(c)}: ${c.women} امرأة و${c.men} رجلا`)
      .join('؛ ')}.`,
    organisations: w.organisations.length > 0 ? w.organisations.map((o) => o.name).join(' — ') : '—',
    contributions: String(contributions),
    minutes,
  };
}
