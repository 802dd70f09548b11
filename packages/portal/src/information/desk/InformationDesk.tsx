import { useInformationI18n } from '../i18n';

/** /staff/information/* — PLACEHOLDER until the staff queue lands. */
export default function InformationDesk() {
  const { t } = useInformationI18n();
  return <h2>{t('information.title')}</h2>;
}
