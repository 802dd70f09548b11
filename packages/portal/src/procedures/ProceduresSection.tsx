import { usePageTitle } from '../config';
import { useProceduresI18n } from './i18n';

/** /procedures/* — PLACEHOLDER until the procedures screens land. */
export default function ProceduresSection() {
  const { t } = useProceduresI18n();
  usePageTitle(t('procedures.title'));
  return <h1>{t('procedures.title')}</h1>;
}
