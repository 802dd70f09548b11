import { useId } from 'react';
import { usePacProjectsI18n } from './i18n';

/** A native progress bar (role progressbar, its value read out) with the figure written beside it. */
export function ProgressBar({ value, label }: { value: number; label: string }) {
  const { t, formatNumber } = usePacProjectsI18n();
  const id = useId();
  return (
    <div className="pp-progress">
      <progress
        max={100}
        value={value}
        aria-label={label}
        aria-describedby={id}
        aria-valuetext={t('pacProjects.progressText', { value: formatNumber(value) })}
      />
      <span id={id}>{t('pacProjects.progressText', { value: formatNumber(value) })}</span>
    </div>
  );
}

/** Planned, committed and paid, in dirhams. */
export function Budget({
  budget,
}: {
  budget: { planned: number; committed: number; paid: number; overCommitted?: boolean };
}) {
  const { t, formatNumber } = usePacProjectsI18n();
  const mad = (n: number) => formatNumber(n, { style: 'currency', currency: 'MAD', maximumFractionDigits: 0 });
  return (
    <>
      <dl className="pp-budget">
        <div>
          <dt>{t('pacProjects.budget.planned')}</dt>
          <dd>{mad(budget.planned)}</dd>
        </div>
        <div>
          <dt>{t('pacProjects.budget.committed')}</dt>
          <dd>{mad(budget.committed)}</dd>
        </div>
        <div>
          <dt>{t('pacProjects.budget.paid')}</dt>
          <dd>{mad(budget.paid)}</dd>
        </div>
      </dl>
      {budget.overCommitted && <p className="pp-warning">{t('pacProjects.budget.overCommitted')}</p>}
    </>
  );
}

export function StatusBadge({ status }: { status: 'planned' | 'under_way' | 'completed' | 'late' | 'suspended' }) {
  const { t } = usePacProjectsI18n();
  return <span className={`pp-status pp-status--${status}`}>{t(`pacProjects.status.${status}`)}</span>;
}
