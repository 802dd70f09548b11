import { useI18n } from '@shabaka/ui';
import { Link } from 'wouter';
import { inLanguage, verifyHref, type LedgerEntry } from './model';

/** "12 500 MAD" in the reader's digits and grouping. */
export function useMad() {
  const { t, formatNumber } = useI18n();
  return (amount: number) => t('subsidies.mad', { amount: formatNumber(amount) });
}

/** What the public ledger says of one subsidy; the desk and the account page show the same lines. */
export function EntryFacts({
  entry,
  linkCall = true,
}: {
  entry: LedgerEntry;
  /** False inside the staff area, whose nested routes would not reach the public call page. */
  linkCall?: boolean;
}) {
  const { t, lang, formatDate } = useI18n();
  const mad = useMad();
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <>
      <p>
        <bdi>{inLanguage(entry.association.names, lang)}</bdi> · {t('subsidies.entry.year', { year: entry.year })} ·{' '}
        {t(`subsidies.kind.${entry.kind}`)} · <strong>{t(`subsidies.state.${entry.state}`)}</strong>
      </p>
      <p>
        {entry.callId && entry.callTitle ? (
          <>
            {t('subsidies.entry.source.call')}:{' '}
            {linkCall ? (
              <Link href={`/calls/${entry.callId}`}>
                <bdi>{inLanguage(entry.callTitle, lang)}</bdi>
              </Link>
            ) : (
              <bdi>{inLanguage(entry.callTitle, lang)}</bdi>
            )}
          </>
        ) : (
          entry.deliberation && t('subsidies.entry.source.deliberation', { deliberation: entry.deliberation })
        )}
      </p>
      <p className="sb-amount">
        {t('subsidies.entry.paidOf', { paid: mad(entry.paidMad), amount: mad(entry.amountMad) })}
      </p>
      {entry.tranches.length > 0 && (
        <>
          <h3 className="sb-subheading">{t('subsidies.entry.tranches')}</h3>
          <ul className="sb-lines">
            {entry.tranches.map((tr) => (
              <li key={tr.n}>
                {t('subsidies.entry.tranche', { n: tr.n, amount: mad(tr.amountMad), due: day(tr.dueOn) })} —{' '}
                {tr.paidOn
                  ? t('subsidies.entry.tranchePaid', { date: day(tr.paidOn) })
                  : t('subsidies.entry.trancheUnpaid')}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className={entry.reportStatus === 'overdue' ? 'sb-late' : undefined}>
        {t('subsidies.entry.reports', { status: t(`subsidies.reportStatus.${entry.reportStatus}`) })}
      </p>
      {entry.documentCode && (
        <p>
          <a href={verifyHref(entry.documentCode)}>{t('subsidies.entry.verify', { code: entry.documentCode })}</a>
        </p>
      )}
    </>
  );
}
