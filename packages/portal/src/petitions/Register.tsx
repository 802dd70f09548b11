import { useQuery, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { RadioGroup } from '../RadioGroup';
import { usePetitionsI18n } from './i18n';
import { usePetitionDates, type Rules } from './model';
import { PetitionLine } from './parts';
import './petitions.css';

type Filter = 'all' | 'collecting' | 'open' | 'decided';
const FILTERS: readonly Filter[] = ['all', 'collecting', 'open', 'decided'];

/** /petitions — the two tracks and what each does, the rules here, and the commune's public register. */
export default function Register() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  usePageTitle(t('petitions.title'));
  const [state, setState] = useState<Filter>('all');
  const [pages, setPages] = useState(1);
  const rules = useQuery(trpc.petitions.rules.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <h1>{t('petitions.title')}</h1>
      <p>{t('petitions.intro')}</p>
      <Loaded query={rules} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
        {(r) => <RulesCard rules={r} />}
      </Loaded>
      <p>
        <Link href="/petitions/new">{t('petitions.start')}</Link>
      </p>
      <RadioGroup
        legend={t('petitions.filter.label')}
        name="petitions-filter"
        inline
        value={state}
        onChange={(v) => {
          setState(v as Filter);
          setPages(1);
        }}
        choices={FILTERS.map((f) => ({ value: f, label: t(`petitions.filter.${f}`) }))}
      />
      {Array.from({ length: pages }, (_, i) => (
        <Page
          key={`${state}-${i}`}
          state={state}
          page={i + 1}
          last={i + 1 === pages}
          more={() => setPages(pages + 1)}
        />
      ))}
    </div>
  );
}

function RulesCard({ rules }: { rules: Rules }) {
  const { t, formatNumber } = usePetitionsI18n();
  const { day, month } = usePetitionDates();
  const bases = rules.signerBases.map((b) => t(`petitions.basis.${b}`)).join(' ; ');
  return (
    <Card title={t('petitions.track.petition')} headingLevel={2}>
      <p>{t('petitions.track.petition.effect', { months: rules.rejectionNoticeMonths })}</p>
      <p>
        {t('petitions.rules.threshold', {
          count: rules.petition.signatures,
          population: formatNumber(rules.population.value),
          census: rules.population.census,
        })}
      </p>
      <p>{t('petitions.rules.signers', { bases })}</p>
      {rules.registeredVoterRequired && <p>{t('petitions.rules.voter')}</p>}
      <p>
        {rules.nextSession.estimated
          ? t('petitions.rules.sessionEstimated', { month: month(rules.nextSession.opensOn) })
          : t('petitions.rules.session', { date: day(rules.nextSession.opensOn) })}
      </p>
      <h3>{t('petitions.track.proposal')}</h3>
      <p>{t('petitions.track.proposal.effect')}</p>
    </Card>
  );
}

function Page({ state, page, last, more }: { state: Filter; page: number; last: boolean; more: () => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  const list = useQuery(trpc.petitions.register.queryOptions({ commune: slug, state, page }));
  return (
    <Loaded query={list} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
      {(data) => (
        <>
          {data.items.length === 0 && page === 1 ? (
            <p>{t('petitions.none')}</p>
          ) : (
            <ul className="pt-list">
              {data.items.map((p) => (
                <li key={p.id}>
                  <Card title={p.code} headingLevel={3}>
                    <PetitionLine p={p} />
                  </Card>
                </li>
              ))}
            </ul>
          )}
          {last && data.more && (
            <Button type="button" variant="secondary" onClick={more}>
              {t('petitions.more')}
            </Button>
          )}
        </>
      )}
    </Loaded>
  );
}
