import { useQuery, useTRPC } from '@shabaka/client/react';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { usePetitionsI18n } from './i18n';
import type { RegisterItem } from './model';

/**
 * What each track does, in words: the petition's sentence names the bureau's months, which are the commune's setting
 * (never a figure written here); undefined until the rules arrive, so nothing untrue is ever shown.
 */
export function useTrackEffect(): ((track: 'petition' | 'proposal') => string) | undefined {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t } = usePetitionsI18n();
  const rules = useQuery(trpc.petitions.rules.queryOptions({ commune: slug }));
  const months = rules.data?.rejectionNoticeMonths;
  if (months === undefined) return undefined;
  return (track) =>
    track === 'petition' ? t('petitions.track.petition.effect', { months }) : t('petitions.track.proposal.effect');
}

/** "12 signatures of 200 — threshold reached", or the support a proposal gathered (no threshold). */
export function SignatureCount({ p }: { p: Pick<RegisterItem, 'signatures' | 'threshold' | 'reached'> }) {
  const { t } = usePetitionsI18n();
  if (p.threshold === 0) return <>{t('petitions.signaturesNoThreshold', { count: p.signatures })}</>;
  return (
    <>
      {t('petitions.signatures', { count: p.signatures, threshold: p.threshold })}
      {p.reached && <> · {t('petitions.reached')}</>}
    </>
  );
}

/** One line of a list of petitions: its subject (a link), track, state and signatures. */
export function PetitionLine({ p }: { p: RegisterItem }) {
  const { t } = usePetitionsI18n();
  return (
    <>
      <p>
        <Link href={`/petitions/${p.id}`}>
          <bdi>{p.subject}</bdi>
        </Link>
      </p>
      <p className="pt-meta">
        {t(`petitions.track.${p.track}`)} · <strong>{t(`petitions.state.${p.state}`)}</strong> ·{' '}
        <SignatureCount p={p} />
        {p.overdue && <> · {t('petitions.late')}</>}
      </p>
    </>
  );
}
