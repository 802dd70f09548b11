import { arDate, frDate } from '../documents';
import type * as repo from './repository';

/*
 * The fields of an instance's signed documents (documents/templates.ts `instance_rules`, `instance_minutes`), each
 * sentence in French and Arabic: the document's words are its own, not a catalog's. The members' names are public
 * (the member list is), their contact details never printed.
 */

const TIME = (lang: string) =>
  new Intl.DateTimeFormat(lang, {
    timeZone: 'Africa/Casablanca',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    numberingSystem: 'latn',
  });

export function rulesFields(i: repo.InstanceRow): Record<string, string> {
  return {
    nameFr: i.name.fr,
    nameAr: i.name.ar,
    legalBasisFr: i.legalBasis.fr,
    legalBasisAr: i.legalBasis.ar,
    mandateFr: i.mandate.fr,
    mandateAr: i.mandate.ar,
    seats: String(i.seatsTotal),
    civilSociety: String(i.seatsCivilSociety),
    elected: String(i.seatsElected),
    administration: String(i.seatsAdministration),
    women: String(i.minWomenPercent),
    termMonths: String(i.termMonths),
    rules: i.rules ?? '',
  };
}

export function minutesFields(
  i: repo.InstanceRow,
  m: repo.MeetingRow,
  members: readonly repo.MemberRow[],
): Record<string, string> {
  const present = new Set(m.attendance?.present ?? []);
  const names = members.filter((x) => present.has(x.id)).map((x) => x.name);
  const numbered = (items: { fr: string; ar: string }[], lang: 'fr' | 'ar') =>
    items.length > 0 ? items.map((a, n) => `${n + 1}. ${a[lang]}`).join('\n') : '—';
  return {
    nameFr: i.name.fr,
    nameAr: i.name.ar,
    dateFr: frDate(m.startsAt),
    dateAr: arDate(m.startsAt),
    timeFr: TIME('fr-MA').format(m.startsAt),
    timeAr: TIME('ar-MA').format(m.startsAt),
    place: m.place,
    present: String(names.length),
    guests: String(m.attendance?.guests ?? 0),
    attendees: names.length > 0 ? names.join(' — ') : '—',
    agenda: `${numbered(m.agenda, 'fr')}\n${numbered(m.agenda, 'ar')}`,
    decisions: `${numbered(m.decisions, 'fr')}\n${numbered(m.decisions, 'ar')}`,
    minutes: m.minutes ?? '',
  };
}
