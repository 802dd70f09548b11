import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { EmptyState, useI18n } from '@shabaka/ui';
import { useId } from 'react';
import { Figures } from './LoadError';

type CommuneAssociations = RouterOutputs['associations']['figures'][number];

/** Registered associations of every commune by sector (issue 14): public figures, refreshed by the live updates. */
export function AssociationsSection() {
  const { t } = useI18n();
  const trpc = useTRPC();
  const figures = useQuery(trpc.associations.figures.queryOptions());
  const headingId = useId();
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="associations">
      <h2 id={headingId}>{t('dashboard.associations.heading')}</h2>
      <p>{t('dashboard.associations.intro')}</p>
      <Figures query={figures} isEmpty={(d) => d.length === 0}>
        {(data) => (
          <div className="dash-cx-list">
            {data.map((c) => (
              <CommuneAssociations key={c.commune} figures={c} />
            ))}
          </div>
        )}
      </Figures>
    </section>
  );
}

function CommuneAssociations({ figures: c }: { figures: CommuneAssociations }) {
  const { t, has, lang, formatNumber } = useI18n();
  const headingId = useId();
  const sectors = Object.entries(c.bySector).sort((a, b) => b[1] - a[1]);
  const label = (s: string) => {
    const key = `associationsGlossary.sector.${s}`;
    return has(key) ? t(key) : s;
  };
  return (
    <article className="shb-card dash-cx" aria-labelledby={headingId} data-commune={c.commune}>
      <h3 id={headingId} className="shb-card-title">
        {c.names[lang]}
      </h3>
      {c.total === 0 ? (
        <EmptyState title={t('dashboard.associations.empty')} />
      ) : (
        <>
          <p data-figure="associations-total">{t('dashboard.associations.total', { count: c.total })}</p>
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={`${headingId}-caption`}>
            <table className="shb-table">
              <caption id={`${headingId}-caption`}>
                {t('dashboard.associations.caption', { commune: c.names[lang] })}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.associations.col.sector')}</th>
                  <th scope="col">{t('dashboard.associations.col.count')}</th>
                </tr>
              </thead>
              <tbody>
                {sectors.map(([s, n]) => (
                  <tr key={s}>
                    <th scope="row">{label(s)}</th>
                    <td>{formatNumber(n)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </article>
  );
}
