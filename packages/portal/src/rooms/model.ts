import { errorReason, isShabakaError, type RouterOutputs } from '@shabaka/client';
import type { Language } from '@shabaka/ui';

export type Room = RouterOutputs['rooms']['list'][number];
export type Booking = RouterOutputs['rooms']['mine'][number];

/** A room's name in the reader's language: Arabic and French are always there, Spanish falls back to French. */
export const roomName = (room: Pick<Room, 'names'>, lang: Language) =>
  lang === 'ar' ? room.names.ar : lang === 'fr' ? room.names.fr : (room.names.es ?? room.names.fr);

/** A note (rules, accessibility) in the reader's language, else French, else Arabic. */
export const noteIn = (note: Partial<Record<Language, string>>, lang: Language) =>
  note[lang] || note.fr || note.ar || '';

const DAY = 86_400_000;

/** Midnight (the reader's time) of the day `days` after today: the calendar's windows start there. */
export function dayStart(days: number, now = new Date()) {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  return new Date(d.getTime() + days * DAY);
}

/**
 * A date and a time typed in the form, as the reader's local time (the portal is used in
 * Morocco; a browser set to another zone books in its own, which it also displays).
 */
export function localDateTime(date: string, time: string) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${date}T${time}`);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** The approved booking a refused request clashes with, as the server names it. */
export function clashOf(error: unknown) {
  if (!isShabakaError(error) || errorReason(error) !== 'room_clash') return null;
  const { title, startsAt, endsAt } = error.data?.detail ?? {};
  return title && startsAt && endsAt ? { title, startsAt, endsAt } : null;
}
