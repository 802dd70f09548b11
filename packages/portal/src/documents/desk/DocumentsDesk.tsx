import { useDocumentsI18n } from '../i18n';

/** /staff/documents/* — PLACEHOLDER until the documents desk lands. */
export default function DocumentsDesk() {
  const { t } = useDocumentsI18n();
  return <h2>{t('documents.title')}</h2>;
}
