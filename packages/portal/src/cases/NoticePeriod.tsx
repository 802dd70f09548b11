import { useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, TextField } from '@shabaka/ui';
import { useState, type FormEvent } from 'react';
import { usePageTitle, usePortal } from '../config';
import { describeError } from '../errors';
import { ScreenHeading } from '../desk/shared';
import { saveCsv } from '../download';
import { useNoticeLogI18n } from './NoticeLog';

/** YYYY-MM-DD of a date in the reader's time zone (the portal is read in Morocco). */
const day = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * /staff/notices — the commune's admins export every notice of a period as CSV (e.g. all legal
 * notices of a month), the delivery log that proves each went out within its legal period.
 */
export function NoticePeriodScreen() {
  const i18n = useNoticeLogI18n();
  const { t } = i18n;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  usePageTitle(`${t('noticeLog.period.title')} · ${t('portal.staff.heading')}`);
  const today = new Date();
  const [from, setFrom] = useState(day(new Date(today.getFullYear(), today.getMonth(), 1)));
  const [to, setTo] = useState(day(today));
  const [legalOnly, setLegalOnly] = useState(true);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<{ message: string; fields: Record<string, string> } | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    setStatus('');
    try {
      const file = await queryClient.fetchQuery({
        ...trpc.noticeLog.periodCsv.queryOptions({ commune: slug, from, to, legalOnly }),
        staleTime: 0,
      });
      saveCsv(file);
      setStatus(t('noticeLog.csvReady', { file: file.filename }));
    } catch (err) {
      setError(describeError(err, i18n, { section: 'noticeLog' }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('noticeLog.period.title')}</ScreenHeading>
      <Card>
        <form className="shb-stack" onSubmit={submit} noValidate>
          <p className="shb-hint">{t('noticeLog.period.intro')}</p>
          <TextField
            type="date"
            label={t('noticeLog.period.from')}
            value={from}
            required
            onChange={(e) => setFrom(e.target.value)}
            error={error?.fields.from}
          />
          <TextField
            type="date"
            label={t('noticeLog.period.to')}
            value={to}
            required
            onChange={(e) => setTo(e.target.value)}
            error={error?.fields.to}
          />
          <label className="cx-row">
            <input type="checkbox" checked={legalOnly} onChange={(e) => setLegalOnly(e.target.checked)} />{' '}
            {t('noticeLog.period.legalOnly')}
          </label>
          {error && !error.fields.from && !error.fields.to && <Alert tone="error">{error.message}</Alert>}
          <div className="cx-row">
            <Button type="submit" busy={busy}>
              {t('noticeLog.period.download')}
            </Button>
          </div>
          <p role="status" className="shb-hint">
            {status}
          </p>
        </form>
      </Card>
    </div>
  );
}
