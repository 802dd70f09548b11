import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { usePortal } from '../../config';
import { usePacI18n } from '../i18n';
import { Item } from './WorkshopsPage';
import '../pac.css';
import './workshops.css';

/**
 * The account page's card: the workshops of this commune the account signed up for, those to come first, each
 * with its time, place and state (a move or a cancellation shows here as on its page). Nothing without any.
 */
export default function MyWorkshops() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t } = usePacI18n();
  const mine = useQuery(trpc.pac.workshops.mine.queryOptions({ commune: slug }));
  const ids = new Set(mine.data ?? []);
  const list = useQuery({ ...trpc.pac.workshops.list.queryOptions({ commune: slug }), enabled: ids.size > 0 });
  const here = (list.data ?? []).filter((w) => ids.has(w.id));
  if (here.length === 0) return null;
  const upcoming = here.filter((w) => w.registrationOpen).reverse();
  const past = here.filter((w) => !w.registrationOpen);
  return (
    <Card title={t('pacWorkshops.mine.title')} headingLevel={2}>
      <ul className="pac-list">
        {[...upcoming, ...past].map((w) => (
          <li key={w.id}>
            <Item w={w} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
