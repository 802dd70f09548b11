import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Card } from '@shabaka/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'wouter';
import { CodeAndSecret } from '../CaseParts';
import { formatSecret, recallSecret, rememberCase, secretFromFragment, withSecret } from '../cases';
import { usePageTitle, usePortal } from '../config';
import { errorCode } from '../errors';
import { retryLookup } from '../TrackPage';
import { useComplaintsI18n } from './i18n';
import { isCode, normalizeCode } from './model';

/** The printable receipt, served at the site root (not under the portal's path); the secret proves the owner. */
export const receiptPdfHref = (code: string, secret: string | undefined) =>
  `/receipts/${encodeURIComponent(code)}.pdf${secret ? `?s=${encodeURIComponent(formatSecret(secret))}` : ''}`;

/**
 * /complaints/receipt/:code#s=<secret> — where the browser lands after submitting: the code,
 * the secret, the deadlines, the printable receipt. Everything comes from the address (the
 * secret in the fragment, never sent to the server's logs) and the API, so a reload — or
 * Android bringing the tab back from the dead — shows the same receipt.
 */
export function ReceiptScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t, formatDate } = useComplaintsI18n();
  const params = useParams<{ code: string }>();
  const code = normalizeCode(decodeURIComponent(params.code ?? ''));
  const [secret] = useState(() => secretFromFragment(window.location.hash) ?? recallSecret('complaint', code));
  const heading = useRef<HTMLHeadingElement>(null);
  usePageTitle(t('complaints.receipt.title'));
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    if (secret && isCode(code)) rememberCase({ kind: 'complaint', code, secret, commune: slug });
  }, [code, secret, slug]);
  const tracked = useQuery(
    trpc.complaints.track.queryOptions({ code, secret }, { enabled: isCode(code), retry: retryLookup }),
  );
  const c = tracked.data;
  const day = (d: Date | string) => formatDate(d, { dateStyle: 'full' });

  // A mistyped or unknown code in the address: say so, and offer the tracking form.
  if (!isCode(code) || (tracked.isError && errorCode(tracked.error) === 'NOT_FOUND')) {
    return (
      <div className="shb-stack">
        <h1 ref={heading} tabIndex={-1}>
          {t('complaints.home.trackTitle')}
        </h1>
        <Alert tone="error">
          {isCode(code) ? t('complaints.track.notFound', { code }) : t('complaints.error.field.code')}
        </Alert>
        <p>
          <Link href="/complaints">{t('complaints.backToComplaints')}</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="shb-stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('complaints.receipt.title')}
      </h1>
      <p>{t('complaints.receipt.intro')}</p>
      <CodeAndSecret code={code} secret={secret} codeTestId="complaint-code" secretTestId="complaint-secret">
        <p>{t('complaints.receipt.keepCode')}</p>
      </CodeAndSecret>
      {c && (
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
      <div className="cx-row">
        <a
          className="shb-button shb-button--primary"
          href={receiptPdfHref(code, secret)}
          target="_blank"
          rel="noopener"
        >
          {t('complaints.receipt.pdf')}
          <span className="shb-sr-only"> {t('complaints.newTab')}</span>
        </a>
        <Link className="shb-button shb-button--secondary" href={withSecret(`/track/${code}`, secret)}>
          {t('complaints.receipt.track')}
        </Link>
      </div>
      <p>
        <Link href="/complaints/new">{t('complaints.receipt.another')}</Link>
      </p>
    </div>
  );
}

export default ReceiptScreen;
