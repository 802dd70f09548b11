import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { usePacI18n } from './i18n';
import { ContributionItem } from './parts';
import './pac.css';

/**
 * The account page's card: the account's contributions to this commune's draft plan, with the commune's
 * answer and its reason, or the date it is due by. Says nothing for an account without any.
 */
export default function MyContributions() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t } = usePacI18n();
  const mine = useQuery(trpc.pac.mine.queryOptions());
  const here = mine.data?.filter((c) => c.commune === slug) ?? [];
  if (here.length === 0) return null;
  return (
    <Card title={t('pac.mine.title')} headingLevel={2}>
      <ul className="pac-list">
        {here.map((c) => (
          <li key={c.code} className="shb-stack">
            <p>
              <Link href={`/pac/draft?id=${c.draftId}`}>{t('pac.mine.paragraph', { paragraph: c.paragraph })}</Link>
            </p>
            <ContributionItem c={c} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
