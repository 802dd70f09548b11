import { figureLabel, figureValue, sectionTitle } from '@shabaka/api/schemas';
import type { BulletinFigure } from '@shabaka/db';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { SelectField, useI18n } from '@shabaka/ui';
import { useId, useState } from 'react';
import { Figures } from './LoadError';

/** The headline figures compared across the network: [section, figure]. */
const COMPARED = [
  ['complaints', 'received'],
  ['complaints', 'onTimeShare'],
  ['complaints', 'medianResolveHours'],
  ['information', 'onTimeShare'],
  ['pacProjects', 'overall'],
  ['budget', 'executionShare'],
] as const;

/**
 * The network bulletin (issue 16): the five communes' published bulletins of one period side by side — only
 * approved, frozen figures are compared; a commune that has not published says so. Each commune's name opens its
 * bulletin.
 */
export function BulletinsSection() {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const trpc = useTRPC();
  const now = new Date();
  const [year, setYear] = useState(now.getFullYear());
  const [quarter, setQuarter] = useState(Math.max(1, Math.ceil((now.getMonth() + 1) / 3) - 1));
  const network = useQuery(trpc.bulletins.network.queryOptions({ year, quarter }));
  const headingId = useId();
  const captionId = useId();
  const cell = (figures: { sections: { key: string; figures: BulletinFigure[] }[] } | null, s: string, k: string) => {
    const f = figures?.sections.find((x) => x.key === s)?.figures.find((x) => x.key === k && !x.names);
    return f ? figureValue(i18n, f) : t('bulletins.network.none');
  };
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section="bulletins">
      <h2 id={headingId}>{t('bulletins.network.title')}</h2>
      <div className="shb-stack">
        <SelectField label={t('bulletins.desk.year')} value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[now.getFullYear(), now.getFullYear() - 1, now.getFullYear() - 2].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('bulletins.desk.quarter')}
          value={quarter}
          onChange={(e) => setQuarter(Number(e.target.value))}
        >
          {[1, 2, 3, 4].map((q) => (
            <option key={q} value={q}>
              {t('bulletins.desk.quarterN', { quarter: q })}
            </option>
          ))}
          <option value={0}>{t('bulletins.desk.wholeYear')}</option>
        </SelectField>
      </div>
      <Figures query={network} isEmpty={(d) => d.communes.length === 0}>
        {(data) => (
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
            <table className="shb-table">
              <caption id={captionId}>{t('bulletins.network.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('dashboard.publication.col.commune')}</th>
                  {COMPARED.map(([s, k]) => (
                    <th key={`${s}.${k}`} scope="col">
                      {sectionTitle(i18n, s)} — {figureLabel(i18n, s, { key: k, value: null, unit: 'count' }, lang)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.communes.map((c) => (
                  <tr key={c.commune} data-commune={c.commune}>
                    <th scope="row">
                      {c.figures ? (
                        <a href={`/${c.commune}/bulletins/${data.period}`}>{c.names[lang]}</a>
                      ) : (
                        c.names[lang]
                      )}
                    </th>
                    {COMPARED.map(([s, k]) => (
                      <td key={`${s}.${k}`} data-figure={`${s}.${k}`}>
                        <bdi>{cell(c.figures, s, k)}</bdi>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Figures>
    </section>
  );
}
