import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, Spinner } from '@shabaka/ui';
import { useState } from 'react';
import { useMe } from '../auth';
import { usePortal } from '../config';
import { describeError } from '../errors';
import { KeepValue } from './CaseParts';
import './notice-log.css';

import { useNoticeLogI18n } from './noticeLogI18n';
import { saveCsv } from '../download';

export { useNoticeLogI18n };

type Log = RouterOutputs['noticeLog']['ofCase'];
type Notice = Log['notices'][number];
type Delivery = Notice['deliveries'][number];

function Attempt({ d }: { d: Delivery }) {
  const { t, formatDate } = useNoticeLogI18n();
  const at = new Date(d.at);
  return (
    <li data-testid="notice-attempt">
      <p>
        {t('noticeLog.attempt', { n: d.attempt })} —{' '}
        <time dateTime={at.toISOString()}>{formatDate(at, { dateStyle: 'medium', timeStyle: 'medium' })}</time> —{' '}
        <strong>{t(`noticeLog.status.${d.status}`)}</strong>
      </p>
      <dl className="nl-facts">
        <dt>{t('noticeLog.template')}</dt>
        <dd>
          <bdi dir="ltr">{d.template}</bdi> · {t('noticeLog.version')} <code dir="ltr">{d.templateVersion}</code>
        </dd>
        <dt>{t('noticeLog.hash')}</dt>
        <dd>
          {d.contentSha256 ? (
            <details className="nl-hash">
              <summary>
                <code dir="ltr">{d.contentSha256.slice(0, 12)}…</code> <span>{t('noticeLog.hashFull')}</span>
              </summary>
              <KeepValue value={d.contentSha256} copyLabel={t('noticeLog.copyHash')} testId="notice-hash" />
            </details>
          ) : (
            t('noticeLog.none')
          )}
        </dd>
        <dt>{t('noticeLog.provider')}</dt>
        <dd>{d.providerId ? <code dir="ltr">{d.providerId}</code> : t('noticeLog.none')}</dd>
        {d.error && (
          <>
            <dt>{t('noticeLog.error')}</dt>
            <dd dir="auto">{d.error}</dd>
          </>
        )}
      </dl>
    </li>
  );
}

function NoticeItem({ n }: { n: Notice }) {
  const { t, formatDate } = useNoticeLogI18n();
  const written = new Date(n.createdAt);
  return (
    <li data-testid="notice">
      <p>
        <time dateTime={written.toISOString()}>{formatDate(written, { dateStyle: 'medium', timeStyle: 'short' })}</time>
        {' — '}
        <strong>{t(`noticeLog.channel.${n.channel}`)}</strong>{' '}
        <bdi dir="ltr" aria-label={t('noticeLog.recipient')}>
          {n.recipient}
        </bdi>
        {' — '}
        {t(`noticeLog.state.${n.state}`)}
      </p>
      <p className="shb-hint">
        {t('noticeLog.template')} <bdi dir="ltr">{n.template}</bdi> ·{' '}
        {t('noticeLog.attempts', { count: n.deliveries.length })}
      </p>
      {n.deliveries.length === 0 ? (
        <p className="shb-hint">
          {t('noticeLog.notTried')}{' '}
          {n.state === 'pending' &&
            t('noticeLog.nextAttempt', {
              date: formatDate(new Date(n.nextAttemptAt), { dateStyle: 'medium', timeStyle: 'short' }),
            })}
        </p>
      ) : (
        <ol className="nl-attempts">
          {n.deliveries.map((d) => (
            <Attempt key={d.attempt} d={d} />
          ))}
        </ol>
      )}
    </li>
  );
}

/**
 * A case's delivery log beside its timeline (staff with `notifications:read`): each notice
 * with its channel, masked recipient and state, and each attempt with its time, template and
 * version, content hash (short; full and copyable on demand), provider id and outcome; and
 * the CSV of it all, what proves the citizen was notified within the legal period.
 */
export function NoticeLog({ subject, id }: { subject: 'complaint' | 'information_request'; id: string }) {
  const { can } = useMe();
  if (!can('notifications:read')) return null;
  return <NoticeLogCard subject={subject} id={id} />;
}

function NoticeLogCard({ subject, id }: { subject: 'complaint' | 'information_request'; id: string }) {
  const i18n = useNoticeLogI18n();
  const { t } = i18n;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const input = { commune: slug, subject, id };
  const log = useQuery(trpc.noticeLog.ofCase.queryOptions(input));
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setError('');
    try {
      // Always fresh: the log grows with every attempt.
      const file = await queryClient.fetchQuery({ ...trpc.noticeLog.caseCsv.queryOptions(input), staleTime: 0 });
      saveCsv(file);
      setStatus(t('noticeLog.csvReady', { file: file.filename }));
    } catch (e) {
      setError(describeError(e, i18n, { section: 'noticeLog' }).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card title={t('noticeLog.title')} headingLevel={3}>
      <div className="nl" data-testid="notice-log">
        <p className="shb-hint">{t('noticeLog.intro')}</p>
        {log.isPending ? (
          <Spinner />
        ) : log.isError ? (
          <Alert tone="error">{describeError(log.error, i18n, { section: 'noticeLog' }).message}</Alert>
        ) : log.data.notices.length === 0 ? (
          <p>{t('noticeLog.empty')}</p>
        ) : (
          <ol className="cx-timeline nl-list">
            {log.data.notices.map((n) => (
              <NoticeItem key={n.id} n={n} />
            ))}
          </ol>
        )}
        <div className="cx-row">
          <Button variant="secondary" busy={busy} onClick={download}>
            {t('noticeLog.csv')}
          </Button>
        </div>
        {error && <Alert tone="error">{error}</Alert>}
        <p role="status" className="shb-hint">
          {status}
        </p>
      </div>
    </Card>
  );
}
