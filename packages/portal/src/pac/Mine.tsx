import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { usePacI18n } from './i18n';
import { usePacDates } from './model';
import './pac.css';

/**
 * The account page's card: the account's contributions to this commune's draft plan, with the commune's
 * answer and its reason, or the date it is due by. Says nothing for an account without any.
 */
export default function MyContributions() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t } = usePacI18n();
  const { at } = usePacDates();
  const mine = useQuery(trpc.pac.mine.queryOptions());
  const here = mine.data?.filter((c) => c.commune === slug) ?? [];
  if (here.length === 0) return null;
  return (
    <Card title={t('pac.mine.title')} headingLevel={2}>
      <ul className="pac-list">
        {here.map((c) => (
          <li key={c.code} className="pac-contribution">
            <p>
              <bdi dir="ltr">{c.code}</bdi> · {t(`pac.kind.${c.kind}`)} ·{' '}
              <Link href={`/pac/draft?id=${c.draftId}`}>{t('pac.mine.paragraph', { paragraph: c.paragraph })}</Link>
            </p>
            <p className="pac-text">
              <bdi>{c.body}</bdi>
            </p>
            <p>
              <strong>{t(`pac.state.${c.state}`)}</strong>
              {c.state === 'received'
                ? ` · ${t('pac.contribution.due', { date: at(c.dueAt) })}`
                : c.answeredAt
                  ? ` · ${t('pac.answer.on', { date: at(c.answeredAt) })}`
                  : null}
            </p>
            {c.answer && <p className="pac-text">{t('pac.answer.reason', { reason: c.answer })}</p>}
          </li>
        ))}
      </ul>
    </Card>
  );
}
