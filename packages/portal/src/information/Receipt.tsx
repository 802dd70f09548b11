import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { CaseReceipt } from '../cases/CaseReceipt';
import { informationCase } from './case';
import { useInformationI18n } from './i18n';

/** /information/receipt/:code#s=<secret> — where the browser lands after filing; the legal deadline is the request's. */
export function ReceiptScreen() {
  const { t, formatDate, formatNumber } = useInformationI18n();
  const day = (d: Date | string) => formatDate(d, { dateStyle: 'full' });
  return (
    <CaseReceipt
      spec={informationCase}
      title={t('information.receipt.title')}
      lostTitle={t('information.intro.trackTitle')}
      malformed={t('information.error.field.code')}
      notFound={(code) => t('information.track.notFound', { code })}
      back={<Link href="/">{t('information.back')}</Link>}
      keepCode={t('information.receipt.keepCode')}
      testIds={{ code: 'information-code', secret: 'information-secret' }}
      pdf={t('information.receipt.pdf')}
      newTab={t('information.newTab')}
      track={t('information.receipt.track')}
      another={<Link href="/new">{t('information.receipt.another')}</Link>}
    >
      {(r) => (
        <Card title={t('information.receipt.deadline')}>
          <dl className="cx-facts">
            <div>
              <dt>{t('information.fact.received')}</dt>
              <dd>{formatDate(r.receivedAt, { dateStyle: 'full', timeStyle: 'short' })}</dd>
            </div>
            <div>
              <dt>{t('information.fact.firstCountedDay')}</dt>
              <dd>{day(`${r.firstCountedDay}T12:00:00Z`)}</dd>
            </div>
            <div>
              <dt>{t('information.fact.dueAt')}</dt>
              <dd data-testid="information-due">{day(r.dueAt)}</dd>
            </div>
          </dl>
          <p>
            {t(r.urgent ? 'information.receipt.deadlineUrgent' : 'information.receipt.deadlineExplain', {
              days: formatNumber(r.workingDays),
            })}
          </p>
        </Card>
      )}
    </CaseReceipt>
  );
}

export default ReceiptScreen;
