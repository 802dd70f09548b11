import type { RouterOutputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Stat, useI18n } from '@shabaka/ui';
import { useId } from 'react';
import { formatFigure, isCount, labelOr } from './labels';
import { Figures } from './LoadError';

type OverviewData = RouterOutputs['network']['overview'];

/** Figure names in a stable order: whatever later domains publish, in every commune. */
function figureNames(communes: OverviewData['communes']) {
  return [...new Set(communes.flatMap((c) => Object.keys(c.figures)))].sort();
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

/** The public overview: every commune the API knows (communes joining later appear on their own). */
export function Overview({ chair }: { chair: string | null }) {
  const i18n = useI18n();
  const { t } = i18n;
  const trpc = useTRPC();
  const overview = useQuery(trpc.network.overview.queryOptions());
  const headingId = useId();

  return (
    <section className="dash-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('dashboard.overview.heading')}</h2>
      <p>{t('dashboard.overview.intro')}</p>
      <Figures query={overview} isEmpty={(d) => d.communes.length === 0} tall>
        {(data) => <OverviewBody data={data} chair={chair} />}
      </Figures>
    </section>
  );
}

function OverviewBody({ data, chair }: { data: OverviewData; chair: string | null }) {
  const i18n = useI18n();
  const { t, lang, formatNumber, formatDate } = i18n;
  const figures = figureNames(data.communes);
  const figureLabel = (name: string) => labelOr(i18n, `dashboard.figure.${name}`, name);
  const captionId = useId();

  return (
    <>
      <div className="dash-stats">
        <Stat label={t('dashboard.stat.communes')} value={formatNumber(data.totals.communes)} />
        <Stat label={t('dashboard.stat.population')} value={formatNumber(data.totals.population)} />
        <Stat label={t('dashboard.stat.staff')} value={formatNumber(data.totals.staffCount)} />
      </div>
      <p className="dash-muted">
        {t('dashboard.overview.generatedAt', {
          date: formatDate(data.generatedAt, { dateStyle: 'long', timeStyle: 'short' }),
        })}
      </p>
      {/* Focusable so a keyboard can scroll the table sideways on a narrow screen. */}
      <div className="shb-table-wrap" tabIndex={0} role="group" aria-labelledby={captionId}>
        <table className="shb-table dash-table">
          <caption id={captionId}>{t('dashboard.overview.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.overview.col.commune')}</th>
              <th scope="col" className="dash-num">
                {t('dashboard.overview.col.population')}
              </th>
              <th scope="col" className="dash-num">
                {t('dashboard.overview.col.staff')}
              </th>
              <th scope="col" className="dash-num">
                {t('dashboard.overview.col.departments')}
              </th>
              {figures.map((name) => (
                <th key={name} scope="col" className="dash-num">
                  {figureLabel(name)}
                </th>
              ))}
              <th scope="col">{t('dashboard.overview.col.portal')}</th>
            </tr>
          </thead>
          <tbody>
            {/* Rows in the reader's alphabetical order (Intl.Collator of the page's language). */}
            {i18n
              .sortByName(data.communes, (c) => c.names[lang])
              .map((c) => {
                const name = c.names[lang];
                return (
                  <tr key={c.slug}>
                    <th scope="row">
                      <span className="dash-swatch" style={{ background: c.theme.primary }} aria-hidden="true" />
                      {name}
                      {c.slug === chair && (
                        <span className="shb-badge dash-chair">{t('dashboard.overview.chair')}</span>
                      )}
                    </th>
                    <td className="dash-num">
                      {formatNumber(c.population)}
                      <span className="dash-source">
                        {t('dashboard.overview.populationSource', { source: c.populationSource })}
                      </span>
                    </td>
                    <td className="dash-num">{formatNumber(c.staffCount)}</td>
                    <td className="dash-num">{formatNumber(c.departmentCount)}</td>
                    {figures.map((f) => {
                      const value = c.figures[f] ?? (isCount(f) ? 0 : undefined);
                      return (
                        <td key={f} className="dash-num">
                          {value === undefined ? (
                            <>
                              <span aria-hidden="true">—</span>
                              <span className="shb-sr-only">{t('dashboard.overview.noValue')}</span>
                            </>
                          ) : (
                            formatFigure(i18n, f, value)
                          )}
                        </td>
                      );
                    })}
                    <td>
                      <a href={`/${encodeURIComponent(c.slug)}/`}>
                        {t('dashboard.overview.openPortal', { commune: name })}
                      </a>
                    </td>
                  </tr>
                );
              })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">
                {t('dashboard.overview.total')}
                <span className="dash-source">
                  {t('dashboard.overview.communeCount', { count: data.totals.communes })}
                </span>
              </th>
              <td className="dash-num">{formatNumber(data.totals.population)}</td>
              <td className="dash-num">{formatNumber(data.totals.staffCount)}</td>
              <td className="dash-num">{formatNumber(sum(data.communes.map((c) => c.departmentCount)))}</td>
              {figures.map((f) => (
                <td key={f} className="dash-num">
                  {isCount(f) && formatNumber(sum(data.communes.map((c) => c.figures[f] ?? 0)))}
                </td>
              ))}
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
