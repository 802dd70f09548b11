import { PAC_SHOWN_STATUSES, type PacShownStatus } from '@shabaka/api/schemas';
import { useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Button, Card, SelectField } from '@shabaka/ui';
import { lazy, useId, useState } from 'react';
import { Link } from 'wouter';
import { FALLBACK_CENTER } from '../../complaints/mapConfig';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { saveBase64, saveCsv } from '../../download';
import { describeError } from '../../errors';
import { LazyMap } from '../../MapFallback';
import { usePacProjectsI18n } from './i18n';
import { inText, type ProjectList } from './model';
import { Budget, ProgressBar, StatusBadge } from './parts';
import './projects.css';

const ProjectsMap = lazy(() => import('./ProjectsMap'));

/**
 * /pac/projects — "results you can follow": the plan's overall progress and budget, the projects on a map and in a
 * list (filtered by neighbourhood and status), the public file and the year's summary, the signed annual reports.
 */
export default function ProjectsPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t } = i18n;
  usePageTitle(t('pacProjects.title'));
  const list = useQuery(trpc.pac.projects.list.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('pacProjects.title')}</h1>
      <p>{t('pacProjects.intro')}</p>
      <Loaded query={list} describe={(e) => describeError(e, i18n, { section: 'pacProjects' }).message}>
        {(data) => (data.total === 0 ? <p>{t('pacProjects.none')}</p> : <Projects data={data} />)}
      </Loaded>
    </div>
  );
}

function Projects({ data }: { data: ProjectList }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t, lang, formatNumber, formatDate } = i18n;
  const [status, setStatus] = useState<PacShownStatus | ''>('');
  const [place, setPlace] = useState('');
  const listId = useId();
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  const shown = data.projects.filter(
    (p) => (!status || p.status === status) && (!place || p.neighbourhood.fr === place),
  );
  const year = new Date().getFullYear();
  const center = commune.data ? { lat: commune.data.lat, lon: commune.data.lon } : FALLBACK_CENTER;
  return (
    <>
      <Card title={t('pacProjects.overall')} headingLevel={2}>
        <ProgressBar value={data.overall ?? 0} label={t('pacProjects.overall')} />
        <p className="shb-hint">{t('pacProjects.overallNote')}</p>
        <p>
          {t('pacProjects.count', { count: data.total })} · {t('pacProjects.lateCount', { count: data.late })}
        </p>
        <Budget budget={data.budget} />
        <p className="pp-actions">
          <Button
            type="button"
            variant="secondary"
            onClick={async () =>
              saveCsv(await queryClient.fetchQuery(trpc.pac.projects.exportCsv.queryOptions({ commune: slug })))
            }
          >
            {t('pacProjects.download.csv')}
          </Button>{' '}
          <Button
            type="button"
            variant="secondary"
            onClick={async () => {
              const f = await queryClient.fetchQuery(
                trpc.pac.projects.summaryPdf.queryOptions({ commune: slug, year }),
              );
              saveBase64({ dataBase64: f.pdfBase64, mime: 'application/pdf' }, f.filename);
            }}
          >
            {t('pacProjects.download.summary', { year: String(year) })}
          </Button>
        </p>
      </Card>

      <fieldset className="pp-filters">
        <legend className="shb-sr-only">{t('pacProjects.filter.legend')}</legend>
        <SelectField
          label={t('pacProjects.filter.neighbourhood')}
          value={place}
          onChange={(e) => setPlace(e.target.value)}
        >
          <option value="">{t('pacProjects.filter.all')}</option>
          {data.neighbourhoods.map((n) => (
            <option key={n.fr} value={n.fr}>
              {inText(n, lang)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('pacProjects.filter.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as PacShownStatus | '')}
        >
          <option value="">{t('pacProjects.filter.all')}</option>
          {PAC_SHOWN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`pacProjects.status.${s}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>

      {shown.some((p) => p.lat !== null) && (
        <LazyMap loading={t('pacProjects.map.loading')} unavailable={<p>{t('pacProjects.map.unavailable')}</p>}>
          <ProjectsMap projects={shown} center={center} listId={listId} />
        </LazyMap>
      )}

      <section aria-labelledby={listId} className="shb-stack">
        <h2 id={listId}>{t('pacProjects.list')}</h2>
        {shown.length === 0 ? (
          <p role="status">{t('pacProjects.noMatch')}</p>
        ) : (
          <ul className="pp-list">
            {shown.map((p) => (
              <li key={p.code}>
                <Card
                  title={`${p.code} — ${inText(p.title, lang)}`}
                  headingLevel={3}
                  badge={<StatusBadge status={p.status} />}
                >
                  <ProgressBar
                    value={p.progress}
                    label={t('pacProjects.progressText', { value: formatNumber(p.progress) })}
                  />
                  <p>
                    {t('pacProjects.neighbourhood', { name: inText(p.neighbourhood, lang) })} ·{' '}
                    {t('pacProjects.axis', { axis: inText(p.axis, lang) })}
                  </p>
                  <Budget budget={p.budget} />
                  <p>
                    <Link href={`/pac/projects/${p.code}`}>{t('pacProjects.open', { code: p.code })}</Link>
                  </p>
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="pp-reports" className="shb-stack">
        <h2 id="pp-reports">{t('pacProjects.reports')}</h2>
        {data.reports.length === 0 ? (
          <p>{t('pacProjects.noReports')}</p>
        ) : (
          <ul className="pp-plain">
            {data.reports.map((r) => (
              <li key={r.code}>
                <p>
                  {t('pacProjects.report.item', {
                    year: String(r.year),
                    language: t(`pacProjects.language.${r.language}`),
                  })}
                  {r.session &&
                    ` · ${t('pacProjects.report.session', { date: formatDate(`${r.session.opensOn}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }) })}`}
                </p>
                <p>
                  {/* The verification page is the server's own, outside the portal's routes. */}
                  <a href={r.verifyPath}>{t('pacProjects.report.verify', { code: r.code })}</a>
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
