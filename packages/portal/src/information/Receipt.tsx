import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Card } from '@shabaka/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { CodeAndSecret } from '../CaseParts';
import { recallSecret, rememberCase, secretFromFragment, withSecret } from '../cases';
import { usePageTitle, usePortal } from '../config';
import { errorCode } from '../errors';
import { retryLookup } from '../TrackPage';
import { useInformationI18n } from './i18n';
import { isCode, normalizeCode, receiptPdfHref } from './model';

/**
 * /information/receipt/:code#s=<secret> — where the browser lands after filing: code, secret
 * (copy buttons), the legal deadline, the printable receipt. Built from the address and the
 * API only, so a reload shows the same receipt.
 */
export function ReceiptScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t, formatDate, formatNumber } = useInformationI18n();
  const params = useParams<{ code: string }>();
  const code = normalizeCode(decodeURIComponent(params.code ?? ''));
  const [secret] = useState(() => secretFromFragment(window.location.hash) ?? recallSecret('information', code));
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('information.receipt.title'));
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (secret && isCode(code)) rememberCase({ kind: 'information', code, secret, commune: slug });
  }, [code, secret, slug]);
  const tracked = useQuery(
    trpc.informationRequests.track.queryOptions({ code, secret }, { enabled: isCode(code), retry: retryLookup }),
  );
  const r = tracked.data;
  const day = (d: Date | string) => formatDate(d, { dateStyle: 'full' });
  // A mistyped or unknown code in the address: say so, and lead back to the section.
  if (!isCode(code) || (tracked.isError && errorCode(tracked.error) === 'NOT_FOUND')) {
    return (
      <div className="shb-stack">
        <h1 ref={heading} tabIndex={-1}>
          {t('information.intro.trackTitle')}
        </h1>
        <Alert tone="error">
          {isCode(code) ? t('information.track.notFound', { code }) : t('information.error.field.code')}
        </Alert>
        <p>
          <Link href="/">{t('information.back')}</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="shb-stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('information.receipt.title')}
      </h1>
      <CodeAndSecret code={code} secret={secret} codeTestId="information-code" secretTestId="information-secret">
        <p>{t('information.receipt.keepCode')}</p>
      </CodeAndSecret>
      {r && (
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
      <div className="cx-row">
        <a
          className="shb-button shb-button--primary"
          href={receiptPdfHref(code, secret)}
          target="_blank"
          rel="noopener"
        >
          {t('information.receipt.pdf')}
          <span className="shb-sr-only"> {t('information.newTab')}</span>
        </a>
        <Link className="shb-button shb-button--secondary" href={withSecret(`/track/${code}`, secret)}>
          {t('information.receipt.track')}
        </Link>
      </div>
      <p>
        <Link href="/new">{t('information.receipt.another')}</Link>
      </p>
    </div>
  );
}

export default ReceiptScreen;
