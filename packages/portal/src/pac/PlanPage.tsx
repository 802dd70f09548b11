import { useQuery, useTRPC } from '@shabaka/client/react';
import { Card } from '@shabaka/ui';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { FollowPlan } from './Follow';
import { usePacI18n } from './i18n';
import { inLanguage, usePacDates, type Plan } from './model';
import './pac.css';

/** /pac — the commune's action plan: its mandate and phases as a timeline, the current one marked. */
export default function PlanPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  usePageTitle(t('pac.title'));
  const plan = useQuery(trpc.pac.plan.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('pac.title')}</h1>
      <p>{t('pac.intro')}</p>
      <nav aria-label={t('pac.title')}>
        <ul className="pac-list">
          <li>
            <Link href="/pac/draft">{t('pac.links.draft')}</Link>
          </li>
          <li>
            <Link href="/pac/unanswered">{t('pac.links.unanswered')}</Link>
          </li>
          <li>
            <Link href="/pac/projects">{t('pacMenu.projects')}</Link>
          </li>
          <li>
            <Link href="/pac/priorities">{t('pac.links.priorities')}</Link>
          </li>
          <li>
            <Link href="/pac/workshops">{t('pacWorkshops.links.workshops')}</Link>
          </li>
          <li>
            <Link href="/pac/consultations">{t('pacWorkshops.links.consultations')}</Link>
          </li>
        </ul>
      </nav>
      <Loaded query={plan} describe={(e) => describeError(e, i18n, { section: 'pac' }).message}>
        {(data) =>
          data ? (
            <>
              <FollowPlan />
              <Phases plan={data} />
            </>
          ) : (
            <p>{t('pac.none')}</p>
          )
        }
      </Loaded>
    </div>
  );
}

function Phases({ plan }: { plan: Plan }) {
  const { t, lang } = usePacI18n();
  const { day } = usePacDates();
  return (
    <section aria-labelledby="pac-phases" className="shb-stack">
      <h2 id="pac-phases">
        <bdi>{inLanguage(plan.title, lang)}</bdi>
      </h2>
      <p>{t('pac.mandate', { start: String(plan.mandateStart), end: String(plan.mandateEnd) })}</p>
      <ol className="pac-timeline" aria-label={t('pac.phases')}>
        {plan.phases.map((p, i) => (
          <li key={i} aria-current={p.status === 'current' ? 'step' : undefined}>
            <Card title={t(`pac.phase.${p.kind}`)} headingLevel={3}>
              <p>
                <strong>{t(`pac.status.${p.status}`)}</strong> ·{' '}
                {t('pac.phase.dates', { from: day(p.startsOn), to: day(p.endsOn) })}
              </p>
              <p>{t('pac.phase.legalBasis', { text: inLanguage(p.legalBasis, lang) })}</p>
              {p.ieecagRequired &&
                (p.ieecagOpinion ? (
                  <>
                    <p>{t('pac.ieecag.given', { date: day(p.ieecagOpinion.givenOn) })}</p>
                    <p className="pac-text">
                      <bdi>{inLanguage(p.ieecagOpinion.text, lang)}</bdi>
                    </p>
                  </>
                ) : (
                  <p>{t('pac.ieecag.pending')}</p>
                ))}
            </Card>
          </li>
        ))}
      </ol>
    </section>
  );
}
