import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { usePetitionsI18n } from './i18n';
import { PetitionLine } from './parts';
import './petitions.css';

/** The account page's card: the petitions the account follows as mandataire (drafts too) and those it signed. */
export default function MyPetitions() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t } = usePetitionsI18n();
  const mine = useQuery(trpc.petitions.mine.queryOptions({ commune: slug }));
  if (!mine.data || (mine.data.own.length === 0 && mine.data.signed.length === 0)) return null;
  return (
    <Card title={t('petitions.mine.title')} headingLevel={2}>
      {mine.data.own.length > 0 && (
        <section aria-labelledby="pt-mine-own" className="shb-stack">
          <h3 id="pt-mine-own">{t('petitions.mine.own')}</h3>
          <ul className="pt-list">
            {mine.data.own.map((p) => (
              <li key={p.id}>
                <PetitionLine p={p} />
                <p>
                  <Link href={`/petitions/${p.id}/manage`}>{t('petitions.sign.manage')}</Link>
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
      {mine.data.signed.length > 0 && (
        <section aria-labelledby="pt-mine-signed" className="shb-stack">
          <h3 id="pt-mine-signed">{t('petitions.mine.signed')}</h3>
          <ul className="pt-list">
            {mine.data.signed.map((p) => (
              <li key={p.id}>
                <PetitionLine p={p} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </Card>
  );
}
