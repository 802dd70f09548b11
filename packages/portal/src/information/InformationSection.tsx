import { usePageTitle } from '../config';
import { useInformationI18n } from './i18n';

/** /information/* — PLACEHOLDER until the information-request screens land. */
export default function InformationSection() {
  const { t } = useInformationI18n();
  usePageTitle(t('information.title'));
  return <h1>{t('information.title')}</h1>;
}
