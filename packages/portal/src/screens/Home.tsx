import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, Stat, useI18n } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { enabledSections, usePageTitle, usePortal } from '../config';
import { Emblem } from '../Emblem';
import { useHydrated } from '../hydrated';

function Identity() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t, lang, formatNumber } = useI18n();
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  const hydrated = useHydrated();

  if (commune.isPending || !hydrated) {
    // The card's frame while its figures load, so the sections below do not jump when they
    // arrive (layout shift on a slow phone); the labels are known, the values are not invented.
    return (
      <Card title={t('portal.home.identity')}>
        <p className="shb-sr-only" role="status">
          {t('common.loading')}
        </p>
        <div className="portal-stats" aria-busy="true">
          <Stat label={t('portal.home.population')} value={'\u00a0'} detail={'\u00a0'} />
          <Stat label={t('portal.home.region')} value={'\u00a0'} />
          <Stat label={t('portal.home.departments')} value={'\u00a0'} />
        </div>
      </Card>
    );
  }
  if (commune.isError) {
    return (
      <Alert
        tone="error"
        title={t('portal.error.commune')}
        action={
          <Button variant="secondary" onClick={() => commune.refetch()}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  const c = commune.data;
  return (
    <Card title={t('portal.home.identity')}>
      <div className="portal-stats">
        <Stat
          label={t('portal.home.population')}
          value={formatNumber(c.population)}
          detail={t('portal.home.populationSource', { source: c.populationSource })}
        />
        <Stat label={t('portal.home.region')} value={c.region[lang]} />
        <Stat
          label={t('portal.home.departments')}
          value={t('portal.home.departmentCount', { count: c.departments.length })}
        />
      </div>
    </Card>
  );
}

/** The network's other portals and its partners; quiet when the API is unreachable. */
function Network() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { t, lang, sortByName } = useI18n();
  const network = useQuery(trpc.network.info.queryOptions());
  const communes = useQuery(trpc.communes.list.queryOptions());
  const hydrated = useHydrated();
  if (!network.data || !communes.data || !hydrated) return null;
  // In the reader's alphabetical order: Spanish, French and Arabic each sort their own way.
  const others = sortByName(
    communes.data.filter((c) => c.slug !== slug),
    (c) => c.names[lang],
  );
  return (
    <Card title={t('portal.home.network')}>
      <p>{t('portal.home.networkIntro', { network: network.data.names[lang] })}</p>
      <ul className="portal-links">
        {others.map((c) => (
          <li key={c.slug}>
            {/* Another portal is another app: a full page load, outside this router. */}
            <a href={`/${c.slug}/`}>{c.names[lang]}</a>
          </li>
        ))}
      </ul>
      {network.data.partners.length > 0 && (
        <>
          <h3>{t('portal.home.partners')}</h3>
          <ul className="portal-links">
            {sortByName(network.data.partners, (p) => p.names[lang]).map((p) => (
              <li key={p.slug}>{p.names[lang]}</li>
            ))}
          </ul>
        </>
      )}
    </Card>
  );
}

export function HomeScreen() {
  const config = usePortal();
  const { t, lang } = useI18n();
  usePageTitle(null);
  return (
    <div className="shb-stack">
      <div className="portal-hero">
        <Emblem name={config.names.fr} size={72} />
        <div>
          <h1>{config.names[lang]}</h1>
          <p>{t('portal.home.welcome')}</p>
        </div>
      </div>
      <p>{t('portal.home.intro')}</p>
      <Identity />
      <section aria-labelledby="portal-sections">
        <h2 id="portal-sections">{t('portal.home.sections')}</h2>
        <div className="shb-grid">
          {enabledSections(config).map((m) => (
            <Card key={m.name} headingLevel={3} title={<Link href={`/${m.name}`}>{t(m.section.labels.title)}</Link>}>
              <p>{t(m.section.labels.description)}</p>
            </Card>
          ))}
        </div>
      </section>
      <Network />
    </div>
  );
}
