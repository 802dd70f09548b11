import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useDocumentsI18n } from './i18n';
import { describeDocumentError } from './model';
import './documents.css';

/**
 * The signed-in citizen's signed documents, from every commune of the network: download
 * (the server checks the account is the holder) and the public verification page.
 */
export function MyDocuments() {
  const trpc = useTRPC();
  const i18n = useDocumentsI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.documents.mine.queryOptions());

  let body;
  if (mine.isPending) body = <Spinner />;
  else if (mine.isError)
    body = (
      <Alert
        tone="error"
        action={
          <Button variant="secondary" onClick={() => mine.refetch()}>
            {t('common.retry')}
          </Button>
        }
      >
        {describeDocumentError(mine.error, i18n).message}
      </Alert>
    );
  else if (mine.data.length === 0) body = <EmptyState title={t('documents.mine.empty')} />;
  else
    body = (
      <ul className="doc-list">
        {mine.data.map((d) => (
          <li key={d.code} data-code={d.code}>
            <bdi dir="ltr" className="doc-code">
              {d.code}
            </bdi>
            <span>{t(`documents.template.${d.template}`)}</span>
            <span>{d.communeNames[lang] || d.commune}</span>
            <time dateTime={new Date(d.issuedAt).toISOString()}>{formatDate(d.issuedAt, { dateStyle: 'medium' })}</time>
            <span className={`doc-status--${d.status}`}>{t(`documents.status.${d.status}`)}</span>
            {/* Server routes at the site root, outside the portal's router. */}
            <a href={d.pdfPath} target="_blank" rel="noopener" aria-label={`${t('documents.mine.downloadNamed', { code: d.code })} ${t('documents.newTab')}`}>
              {t('documents.mine.download')}
            </a>
            <a href={d.verifyPath} target="_blank" rel="noopener" aria-label={`${t('documents.mine.verifyNamed', { code: d.code })} ${t('documents.newTab')}`}>
              {t('documents.mine.verify')}
            </a>
          </li>
        ))}
      </ul>
    );

  return (
    <Card title={t('documents.mine.title')}>
      <p>{t('documents.mine.intro')}</p>
      {body}
    </Card>
  );
}
