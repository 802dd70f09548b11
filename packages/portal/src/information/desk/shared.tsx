import { useInformationI18n } from '../i18n';
import type { State } from '../model';

export function StateBadge({ state }: { state: State }) {
  const { t } = useInformationI18n();
  return <span className={`desk-badge ir-state ir-state--${state}`}>{t(`information.state.${state}`)}</span>;
}

export function DeadlineBadges({ overdue, dueSoon, urgent }: { overdue: boolean; dueSoon: boolean; urgent: boolean }) {
  const { t } = useInformationI18n();
  return (
    <>
      {overdue && <span className="desk-badge desk-badge--overdue">{t('information.overdue')}</span>}
      {dueSoon && <span className="desk-badge ir-badge--soon">{t('information.dueSoon')}</span>}
      {urgent && <span className="desk-badge ir-badge--urgent">{t('information.urgent')}</span>}
    </>
  );
}
