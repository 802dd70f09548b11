import { ASSOCIATION_SECTORS, type AssociationSector } from '@shabaka/db/enums';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { ChoiceFilter, FilterSection, Loaded, Pager, SearchForm } from '../desk/List';
import { describeError } from '../errors';
import { useAssociationsI18n } from './i18n';
import { AssociationSummary, OtherName, nameOf } from './parts';

const PAGE_SIZE = 20;

/** /associations — the commune's directory: search by name, filter by sector and neighbourhood, a page at a time. */
export default function DirectoryScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t, lang } = i18n;
  usePageTitle(t('associations.title'));
  const [filter, setFilter] = useState<{ q: string; sector: AssociationSector | ''; neighbourhood: string }>({
    q: '',
    sector: '',
    neighbourhood: '',
  });
  const [page, setPage] = useState(1);
  const change = (next: Partial<typeof filter>) => {
    setFilter({ ...filter, ...next });
    setPage(1);
  };
  const list = useQuery({
    ...trpc.associations.directory.queryOptions({
      commune: slug,
      q: filter.q || undefined,
      sector: filter.sector || undefined,
      neighbourhood: filter.neighbourhood || undefined,
      page,
      pageSize: PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const neighbourhoods = list.data?.neighbourhoods ?? [];

  return (
    <div className="shb-stack">
      <h1>{t('associations.title')}</h1>
      <p>{t('associations.intro')}</p>
      <FilterSection title={t('associations.filter.title')}>
        <SearchForm
          value={filter.q}
          onSearch={(q) => change({ q })}
          label={t('associations.search.label')}
          submit={t('associations.search.submit')}
          maxLength={100}
        />
        <div className="as-filters">
          <ChoiceFilter
            label={t('associations.filter.sector')}
            any={t('associations.filter.anySector')}
            value={filter.sector}
            options={ASSOCIATION_SECTORS.map((s) => ({ value: s, label: t(`associationsGlossary.sector.${s}`) }))}
            onChange={(sector) => change({ sector })}
          />
          <ChoiceFilter
            label={t('associations.filter.neighbourhood')}
            any={t('associations.filter.anyNeighbourhood')}
            value={filter.neighbourhood}
            options={neighbourhoods.map((n) => ({ value: n, label: n }))}
            onChange={(neighbourhood) => change({ neighbourhood })}
          />
        </div>
      </FilterSection>
      <Loaded query={list} describe={(e) => describeError(e, i18n).message}>
        {(data) => (
          <>
            <p role="status">{t('associations.count', { count: data.total })}</p>
            {data.items.length === 0 ? (
              <p>{t('associations.empty')}</p>
            ) : (
              <ul className="as-list">
                {data.items.map((a) => (
                  <li key={a.id} className="shb-card">
                    <h2 className="as-name">
                      <Link href={`/${a.id}`}>{nameOf(a.names, lang)}</Link>
                    </h2>
                    <OtherName names={a.names} />
                    <AssociationSummary a={a} />
                  </li>
                ))}
              </ul>
            )}
            {data.total > PAGE_SIZE && (
              <Pager
                label={t('associations.pager.label')}
                previous={t('associations.pager.previous')}
                next={t('associations.pager.next')}
                onPrevious={page > 1 ? () => setPage(page - 1) : undefined}
                onNext={page * PAGE_SIZE < data.total ? () => setPage(page + 1) : undefined}
              />
            )}
          </>
        )}
      </Loaded>
    </div>
  );
}
