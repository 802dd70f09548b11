import type { RouterOutputs } from '@shabaka/client';
import { Button, Card } from '@shabaka/ui';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'wouter';
import { useComplaintsI18n } from './i18n';

type SubmitResult = RouterOutputs['complaints']['submit'];

/** Copies `text`; falls back to selecting it when the clipboard API is not there (http, old browsers). */
async function copy(text: string, element: HTMLElement | null) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (element) {
      const range = document.createRange();
      range.selectNodeContents(element);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
    return false;
  }
}

/** Shown right after a submission: the code to keep, the legal deadlines, the printable receipt. */
export function Receipt({ receipt, onAnother }: { receipt: SubmitResult; onAnother: () => void }) {
  const { t, formatDate } = useComplaintsI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const codeRef = useRef<HTMLElement>(null);
  const [copied, setCopied] = useState<'' | 'copied' | 'selected'>('');
  useEffect(() => heading.current?.focus(), []);
  const day = (d: Date | string) => formatDate(d, { dateStyle: 'full' });

  return (
    <div className="shb-stack">
      <h1 ref={heading} tabIndex={-1}>
        {t('complaints.receipt.title')}
      </h1>
      <p>{t('complaints.receipt.intro')}</p>
      <Card title={t('complaints.receipt.codeLabel')}>
        <p className="cx-code">
          <strong ref={codeRef} data-testid="complaint-code" dir="ltr">
            {receipt.code}
          </strong>
        </p>
        <div className="cx-row">
          <Button
            variant="secondary"
            onClick={async () => setCopied((await copy(receipt.code, codeRef.current)) ? 'copied' : 'selected')}
          >
            {t('complaints.receipt.copy')}
          </Button>
        </div>
        <p role="status" className="shb-hint">
          {copied === 'copied' ? t('complaints.receipt.copied') : copied === 'selected' ? t('complaints.receipt.selected') : ''}
        </p>
        <p>{t('complaints.receipt.keepCode')}</p>
      </Card>
      <Card title={t('complaints.receipt.deadlines')}>
        <dl className="cx-facts">
          <div>
            <dt>{t('complaints.receipt.submittedOn')}</dt>
            <dd>{formatDate(receipt.createdAt, { dateStyle: 'full', timeStyle: 'short' })}</dd>
          </div>
          <div>
            <dt>{t('complaints.receipt.ackBy')}</dt>
            <dd>{day(receipt.ackDueAt)}</dd>
          </div>
          <div>
            <dt>{t('complaints.receipt.answerBy')}</dt>
            <dd>{day(receipt.answerDueAt)}</dd>
          </div>
        </dl>
      </Card>
      <div className="cx-row">
        {/* Served by the server at the site root, not under the portal's path. */}
        <a className="shb-button shb-button--primary" href={receipt.receiptPath} target="_blank" rel="noopener">
          {t('complaints.receipt.pdf')}
          <span className="shb-sr-only"> {t('complaints.newTab')}</span>
        </a>
        <Link className="shb-button shb-button--secondary" href={`/track/${receipt.code}`}>
          {t('complaints.receipt.track')}
        </Link>
      </div>
      <p>
        <Button variant="link" onClick={onAnother}>
          {t('complaints.receipt.another')}
        </Button>
      </p>
    </div>
  );
}
