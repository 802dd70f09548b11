import { useQuery, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useRoomsI18n } from './i18n';
import { dayStart, noteIn, roomName, type Room } from './model';
import { RequestForm } from './RequestForm';
import './rooms.css';

/** How many days the calendar shows at once (the API allows up to 62). */
const WINDOW_DAYS = 14;

/** /rooms/:id — a room, its approved bookings two weeks at a time, its iCal feed, and the request form. */
export default function RoomPage({ params }: { params: { id: string } }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const { t, lang } = i18n;
  const room = useQuery(trpc.rooms.room.queryOptions({ commune: slug, id: params.id }));
  usePageTitle(room.data ? roomName(room.data, lang) : t('rooms.title'));
  return (
    <div className="shb-stack">
      <Link href="/rooms">{t('rooms.back')}</Link>
      <Loaded query={room} describe={(e) => describeError(e, i18n).message}>
        {(r) => <RoomDetails room={r} />}
      </Loaded>
    </div>
  );
}

function RoomDetails({ room }: { room: Room }) {
  const { t, lang } = useRoomsI18n();
  const { slug } = usePortal();
  const { me } = useMe();
  const rules = noteIn(room.rules, lang);
  const access = noteIn(room.accessibility, lang);
  return (
    <>
      <h1>
        <bdi>{roomName(room, lang)}</bdi>
      </h1>
      <dl className="desk-dl">
        <div className="desk-entry">
          <dt>{t('rooms.location')}</dt>
          <dd>
            <bdi>{room.location}</bdi>
          </dd>
        </div>
        <div className="desk-entry">
          <dt>{t('rooms.accessibility')}</dt>
          <dd>
            {t('rooms.capacity', { count: room.capacity })} ·{' '}
            {room.stepFree ? t('rooms.stepFree') : t('rooms.notStepFree')}
            {access && (
              <>
                {' · '}
                <bdi>{access}</bdi>
              </>
            )}
          </dd>
        </div>
        {rules && (
          <div className="desk-entry">
            <dt>{t('rooms.rules')}</dt>
            <dd>
              <bdi>{rules}</bdi>
            </dd>
          </div>
        )}
      </dl>
      <RoomCalendar room={room} />
      <p>
        <a href={`/ical/${slug}/${room.id}.ics`}>{t('rooms.ical')}</a>
      </p>
      <Card title={t('rooms.request.title')} headingLevel={2}>
        {me ? (
          <RequestForm room={room} />
        ) : (
          <p>
            <Link href={`/sign-in?next=${encodeURIComponent(`/rooms/${room.id}`)}`}>{t('rooms.request.signIn')}</Link>
          </p>
        )}
      </Card>
    </>
  );
}

/** The approved bookings of a two-week window, with buttons to move it (the public availability calendar). */
function RoomCalendar({ room }: { room: Room }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const { t, formatDate } = i18n;
  const [offset, setOffset] = useState(0);
  const from = dayStart(offset);
  const to = dayStart(offset + WINDOW_DAYS);
  const slots = useQuery(trpc.rooms.calendar.queryOptions({ commune: slug, roomId: room.id, from, to }));
  const day = (d: Date) => formatDate(d, { weekday: 'long', day: 'numeric', month: 'long' });
  const time = (d: Date) => formatDate(d, { hour: '2-digit', minute: '2-digit' });
  return (
    <section aria-labelledby="rooms-calendar" className="shb-stack">
      <h2 id="rooms-calendar">{t('rooms.calendar.title')}</h2>
      <p aria-live="polite">
        {t('rooms.calendar.range', { from: day(from), to: day(new Date(to.getTime() - 1)) })}
        {slots.data && <> · {t('rooms.calendar.count', { count: slots.data.length })}</>}
      </p>
      <div className="cx-row">
        <Button variant="secondary" disabled={offset <= 0} onClick={() => setOffset(offset - WINDOW_DAYS)}>
          {t('rooms.calendar.previous')}
        </Button>
        <Button variant="secondary" onClick={() => setOffset(offset + WINDOW_DAYS)}>
          {t('rooms.calendar.next')}
        </Button>
      </div>
      <Loaded
        query={slots}
        describe={(e) => describeError(e, i18n).message}
        empty={t('rooms.calendar.free')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="rooms-slots">
            {data.map((s) => (
              <li key={`${s.startsAt.toISOString()}-${s.title}`}>
                <strong>{day(s.startsAt)}</strong>
                <br />
                {t('rooms.calendar.slot', { from: time(s.startsAt), to: time(s.endsAt) })} · <bdi>{s.title}</bdi>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </section>
  );
}
