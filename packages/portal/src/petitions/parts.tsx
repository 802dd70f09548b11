import { Link } from 'wouter';
import { usePetitionsI18n } from './i18n';
import type { RegisterItem } from './model';

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
