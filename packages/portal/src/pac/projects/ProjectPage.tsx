import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link, useParams } from 'wouter';
import { OpinionsOn } from '../../instances/OpinionsOn';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { describeError } from '../../errors';
import { usePacProjectsI18n } from './i18n';
import { inText, type Project } from './model';
import { Budget, ProgressBar, StatusBadge } from './parts';
import './projects.css';

/** /pac/projects/:code — one project: its progress, sub-projects, budget, milestones with photos, linked complaints. */
export default function ProjectPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { code = '' } = useParams<{ code: string }>();
  const i18n = usePacProjectsI18n();
  const { t, lang } = i18n;
  const project = useQuery(trpc.pac.projects.get.queryOptions({ commune: slug, code }));
  usePageTitle(project.data ? `${project.data.code} — ${inText(project.data.title, lang)}` : t('pacProjects.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac/projects">{t('pacProjects.back')}</Link>
      </p>
      <Loaded query={project} describe={(e) => describeError(e, i18n, { section: 'pacProjects' }).message}>
        {(p) => <ProjectView p={p} />}
      </Loaded>
    </div>
  );
}

function ProjectView({ p }: { p: Project }) {
  const { t, lang, formatDate, formatNumber } = usePacProjectsI18n();
  const day = (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  return (
    <>
      <h1>
        <bdi>{p.code}</bdi> — {inText(p.title, lang)}
      </h1>
      <p>
        <StatusBadge status={p.status} /> · {t('pacProjects.dates', { from: day(p.startsOn), to: day(p.endsOn) })}
      </p>
      <p>
        {t('pacProjects.neighbourhood', { name: inText(p.neighbourhood, lang) })} ·{' '}
        {t('pacProjects.axis', { axis: inText(p.axis, lang) })}
      </p>
      <ProgressBar value={p.progress} label={t('pacProjects.progressText', { value: formatNumber(p.progress) })} />

      {p.subprojects.length > 0 && (
        <section aria-labelledby="pp-subs" className="shb-stack">
          <h2 id="pp-subs">{t('pacProjects.subprojects')}</h2>
          <p className="shb-hint">{t('pacProjects.rollUpNote')}</p>
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-label={t('pacProjects.subprojects')}>
            <table className="pp-subs">
              <thead>
                <tr>
                  <th scope="col">{t('pacProjects.sub.code')}</th>
                  <th scope="col">{t('pacProjects.sub.title')}</th>
                  <th scope="col">{t('pacProjects.sub.weight')}</th>
                  <th scope="col">{t('pacProjects.sub.progress')}</th>
                </tr>
              </thead>
              <tbody>
                {p.subprojects.map((s) => (
                  <tr key={s.code}>
                    <td>
                      <bdi>{s.code}</bdi>
                    </td>
                    <td>{inText(s.title, lang)}</td>
                    <td>{formatNumber(s.weight)}</td>
                    <td>{t('pacProjects.progressText', { value: formatNumber(s.progress) })}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}

      <Card title={t('pacProjects.budget.title')} headingLevel={2}>
        <Budget budget={p.budget} />
      </Card>

      <section aria-labelledby="pp-milestones" className="shb-stack">
        <h2 id="pp-milestones">{t('pacProjects.milestones')}</h2>
        {p.milestones.length === 0 ? (
          <p>{t('pacProjects.noMilestones')}</p>
        ) : (
          <ol className="pp-plain">
            {p.milestones.map((m) => (
              <li key={m.id}>
                <Card title={inText(m.title, lang)} headingLevel={3}>
                  <p>
                    {m.doneOn
                      ? t('pacProjects.milestone.done', { date: day(m.doneOn) })
                      : t('pacProjects.milestone.planned', { date: day(m.plannedOn) })}
                  </p>
                  {m.photos.length > 0 && (
                    <ul className="pp-photos">
                      {m.photos.map((ph) => (
                        <li key={ph.id}>
                          <img src={ph.src} alt={t('pacProjects.milestone.photo', { title: inText(m.title, lang) })} />
                        </li>
                      ))}
                    </ul>
                  )}
                </Card>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="pp-complaints" className="shb-stack">
        <h2 id="pp-complaints">{t('pacProjects.complaints')}</h2>
        <p className="shb-hint">{t('pacProjects.complaintsNote')}</p>
        {p.complaints.length === 0 ? (
          <p>{t('pacProjects.noComplaints')}</p>
        ) : (
          <ul className="pp-plain">
            {p.complaints.map((c) => (
              <li key={c.id}>
                <Link href={`/track/${c.code}`}>
                  <bdi>{c.code}</bdi>
                </Link>{' '}
                — {t(`complaintsGlossary.stage.${c.stage}`)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <OpinionsOn subjectType="pac_project" subjectId={p.id} />
    </>
  );
}
