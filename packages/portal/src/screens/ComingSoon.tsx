import { EmptyState, useI18n, type TranslationKey } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, type ModuleName } from '../config';

/** Placeholder for a section whose issue has not landed yet. */
export function ComingSoonScreen({ module }: { module: ModuleName }) {
  const { t } = useI18n();
  const title = t(`portal.module.${module}.title` as TranslationKey);
  usePageTitle(title);
  return (
    <div className="shb-stack">
      <h1>{title}</h1>
      <p>{t(`portal.module.${module}.description` as TranslationKey)}</p>
      <EmptyState title={t('portal.comingSoon.badge')} action={<Link href="/">{t('common.backHome')}</Link>}>
        <p>{t('portal.comingSoon.body')}</p>
      </EmptyState>
    </div>
  );
}
