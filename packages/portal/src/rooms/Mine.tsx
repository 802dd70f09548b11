import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useRoomsI18n } from './i18n';
import './rooms.css';

/** The account's room requests in this commune, with each answer (account page). */
export default function MyRoomRequests() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useRoomsI18n();
  const { t, formatDate } = i18n;
  const mine = useQuery(trpc.rooms.mine.queryOptions({ commune: slug }));
  return (
    <Card title={t('rooms.mine.title')} headingLevel={2}>
      <Loaded
        query={mine}
        describe={(e) => describeError(e, i18n).message}
        empty={t('rooms.mine.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <ul className="rooms-slots">
            {data.map((b) => (
              <li key={b.id}>
                <bdi>{b.title}</bdi> · {formatDate(b.startsAt, { dateStyle: 'medium', timeStyle: 'short' })} ·{' '}
                <strong>{t(`rooms.state.${b.state}`)}</strong>
                {b.reason && <> · {t('rooms.mine.reason', { reason: b.reason })}</>}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </Card>
  );
}
