import type { ContributionKind, ContributionState } from '@shabaka/db/enums';
import { usePacI18n } from './i18n';
import { usePacDates } from './model';

/** What a contribution shows wherever it is listed (the draft, the account page, the desk). */
interface Shown {
  code: string;
  kind: ContributionKind;
  body: string;
  proposedText: string | null;
  state: ContributionState;
  receivedAt: Date | string;
  dueAt: Date | string;
  answer: string | null;
  answeredAt: Date | string | null;
  overdue?: boolean;
  dueSoon?: boolean;
}

/** A contribution as the public reads it: what was said and the answer, never by whom. */
export function ContributionItem({ c }: { c: Shown }) {
  const { t } = usePacI18n();
  const { at } = usePacDates();
  return (
    <div className="pac-contribution">
      <p>
        <bdi dir="ltr">{c.code}</bdi> · {t(`pac.kind.${c.kind}`)} ·{' '}
        {t('pac.contribution.received', { date: at(c.receivedAt) })}
      </p>
      <p className="pac-text">
        <bdi>{c.body}</bdi>
      </p>
      {c.proposedText && (
        <p className="pac-text">
          {t('pac.contribution.proposed')} <bdi>{c.proposedText}</bdi>
        </p>
      )}
      <p>
        <strong>{t(`pac.state.${c.state}`)}</strong>
        {c.state === 'received' ? (
          <>
            {' '}
            · {t('pac.contribution.due', { date: at(c.dueAt) })}
            {c.overdue && (
              <>
                {' '}
                · <span className="pac-late">{t('pac.contribution.overdue')}</span>
              </>
            )}
            {c.dueSoon && <> · {t('pac.desk.dueSoon')}</>}
          </>
        ) : (
          c.answeredAt && <> · {t('pac.answer.on', { date: at(c.answeredAt) })}</>
        )}
      </p>
      {c.answer && <p className="pac-text">{t('pac.answer.reason', { reason: c.answer })}</p>}
    </div>
  );
}
