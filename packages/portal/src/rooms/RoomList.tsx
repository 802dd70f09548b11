import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useRoomsI18n } from './i18n';
import { roomName } from './model';
import './rooms.css';

/** /rooms — the commune's rooms, each with its capacity, access and address, and a link to its calendar. */
export default function RoomList() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const { t, lang } = i18n;
  usePageTitle(t('rooms.title'));
  const rooms = useQuery(trpc.rooms.list.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('rooms.title')}</h1>
      <p>{t('rooms.intro')}</p>
      <Loaded
        query={rooms}
        describe={(e) => describeError(e, i18n).message}
        empty={t('rooms.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="rooms-list">
            {data.map((r) => (
              <li key={r.id}>
                <Card title={<bdi>{roomName(r, lang)}</bdi>} headingLevel={2}>
                  <p>
                    {t('rooms.capacity', { count: r.capacity })} ·{' '}
                    {r.stepFree ? t('rooms.stepFree') : t('rooms.notStepFree')}
                  </p>
                  <p>
                    <bdi>{r.location}</bdi>
                  </p>
                  <Link href={`/rooms/${r.id}`}>{t('rooms.open')}</Link>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </div>
  );
}
