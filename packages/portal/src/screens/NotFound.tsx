import { useI18n } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle } from '../config';

export function NotFoundScreen() {
  const { t } = useI18n();
  usePageTitle(t('common.notFound.title'));
  return (
    <div>
      <h1>{t('common.notFound.title')}</h1>
      <p>{t('common.notFound.body')}</p>
      <Link href="/">{t('common.backHome')}</Link>
    </div>
  );
}
