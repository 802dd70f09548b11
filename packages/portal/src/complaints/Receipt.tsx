import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { CaseReceipt } from '../cases/CaseReceipt';
import { complaintCase } from './case';
import { useComplaintsI18n } from './i18n';

/** /complaints/receipt/:code#s=<secret> — where the browser lands after submitting; the deadlines are the complaint's. */
export function ReceiptScreen() {
  const { t, formatDate } = useComplaintsI18n();
  const day = (d: Date | string) => formatDate(d, { dateStyle: 'full' });
  return (
    <CaseReceipt
      spec={complaintCase}
      title={t('complaints.receipt.title')}
      intro={t('complaints.receipt.intro')}
      lostTitle={t('complaints.home.trackTitle')}
      malformed={t('complaints.error.field.code')}
      notFound={(code) => t('complaints.track.notFound', { code })}
      back={<Link href="/complaints">{t('complaints.backToComplaints')}</Link>}
      keepCode={t('complaints.receipt.keepCode')}
      testIds={{ code: 'complaint-code', secret: 'complaint-secret' }}
      pdf={t('complaints.receipt.pdf')}
      newTab={t('complaints.newTab')}
      track={t('complaints.receipt.track')}
      another={<Link href="/complaints/new">{t('complaints.receipt.another')}</Link>}
    >
      {(c) => (
        <Card title={t('complaints.receipt.deadlines')}>
          <dl className="cx-facts">
            <div>
              <dt>{t('complaints.receipt.submittedOn')}</dt>
              <dd>{formatDate(c.createdAt, { dateStyle: 'full', timeStyle: 'short' })}</dd>
            </div>
            <div>
              <dt>{t('complaints.receipt.ackBy')}</dt>
              <dd>{day(c.ackDueAt)}</dd>
            </div>
            <div>
              <dt>{t('complaints.receipt.answerBy')}</dt>
              <dd>{day(c.answerDueAt)}</dd>
            </div>
          </dl>
        </Card>
      )}
    </CaseReceipt>
  );
}

export default ReceiptScreen;
