import { useProceduresI18n } from '../i18n';

/** /staff/procedures/* — PLACEHOLDER until the staff procedures screens land. */
export default function ProceduresDesk() {
  const { t } = useProceduresI18n();
  return <h2>{t('procedures.title')}</h2>;
}
