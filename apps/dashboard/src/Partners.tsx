import type { RouterOutputs } from '@shabaka/client';
import { Alert, Spinner, useI18n } from '@shabaka/ui';
import { useId } from 'react';
import { countryName } from './labels';

type Info = RouterOutputs['network']['info'];

/** The network's partner towns and organisations, in the reader's alphabetical order. */
export function Partners({ info }: { info: { data: Info | undefined; isPending: boolean; isError: boolean } }) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const headingId = useId();
  return (
    <section className="dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dashboard.partners.heading')}</h2>
      <p>{t('dashboard.partners.intro')}</p>
      {info.isPending ? (
        <Spinner />
      ) : info.isError || !info.data ? (
        <Alert tone="error" title={t('dashboard.error.load')} />
      ) : info.data.partners.length === 0 ? (
        <p>{t('dashboard.partners.empty')}</p>
      ) : (
        <ul className="shb-grid dash-partners">
          {i18n
            .sortByName(info.data.partners, (p) => p.names[lang])
            .map((p) => (
              <li key={p.slug} className="shb-card">
                <p className="dash-partner-name">{p.names[lang]}</p>
                <p className="dash-muted dash-partner-meta">
                  <span>{t(`dashboard.partners.kind.${p.kind}`)}</span>
                  <span>{countryName(i18n, p.country)}</span>
                </p>
              </li>
            ))}
        </ul>
      )}
    </section>
  );
}
