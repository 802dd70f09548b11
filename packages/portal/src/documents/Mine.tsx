import { useQuery, useTRPC } from '@shabaka/client/react';
import { EmptyState } from '@shabaka/ui';
import { MyItems } from '../MyItems';
import { useDocumentsI18n } from './i18n';
import './documents.css';
import { describeError } from '../errors';

/**
 * The signed-in citizen's signed documents, from every commune of the network: download
 * (the server checks the account is the holder) and the public verification page.
 */
export function MyDocuments() {
  const trpc = useTRPC();
  const i18n = useDocumentsI18n();
  const { t, lang, formatDate } = i18n;
  const mine = useQuery(trpc.documents.mine.queryOptions());
  return (
    <MyItems
      title={t('documents.mine.title')}
      intro={t('documents.mine.intro')}
      query={mine}
      describe={(error) => describeError(error, i18n).message}
      empty={<EmptyState title={t('documents.mine.empty')} />}
      listClassName="doc-list"
    >
      {(d) => (
        <li key={d.code} data-code={d.code}>
          <bdi dir="ltr" className="doc-code">
            {d.code}
          </bdi>
          <span>{t(`documentsGlossary.type.${d.template}`)}</span>
          <span>{d.communeNames[lang] || d.commune}</span>
          <time dateTime={new Date(d.issuedAt).toISOString()}>{formatDate(d.issuedAt, { dateStyle: 'medium' })}</time>
          <span className={`doc-status--${d.status}`}>{t(`documents.status.${d.status}`)}</span>
          {/* Server routes at the site root, outside the portal's router. */}
          <a
            href={d.pdfPath}
            target="_blank"
            rel="noopener"
            aria-label={`${t('documents.mine.downloadNamed', { code: d.code })} ${t('documents.newTab')}`}
          >
            {t('documents.mine.download')}
          </a>
          <a
            href={d.verifyPath}
            target="_blank"
            rel="noopener"
            aria-label={`${t('documents.mine.verifyNamed', { code: d.code })} ${t('documents.newTab')}`}
          >
            {t('documents.mine.verify')}
          </a>
        </li>
      )}
    </MyItems>
  );
}
