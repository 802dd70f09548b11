import { useQuery, useTRPC } from '@shabaka/client/react';
import { keepPreviousData } from '@tanstack/react-query';
import { Card, SelectField, Stat } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../config';
import { Loaded, Pager } from '../desk/List';
import { describeError } from '../errors';
import { useSubsidiesI18n } from './i18n';
import { inLanguage, openDataHref } from './model';
import { EntryFacts, useMad } from './parts';
import './subsidies.css';

const PAGE_SIZE = 20;

/** /subsidies — the commune's open subsidy ledger: totals, one card per subsidy, and the files to download. */
export default function Ledger() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t, lang } = i18n;
  const mad = useMad();
  usePageTitle(t('subsidies.title'));
  const [year, setYear] = useState<number | undefined>(undefined);
  const [page, setPage] = useState(1);
  const ledger = useQuery({
    ...trpc.subsidies.ledger.queryOptions({ commune: slug, year, page, pageSize: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const years = ledger.data?.years ?? [];
  const pages = Math.max(1, Math.ceil((ledger.data?.total ?? 0) / PAGE_SIZE));
  return (
    <div className="shb-stack">
      <h1>{t('subsidies.title')}</h1>
      <p>{t('subsidies.intro')}</p>
      <SelectField
        label={t('subsidies.year')}
        value={year ?? ''}
        onChange={(e) => {
          setYear(e.target.value ? Number(e.target.value) : undefined);
          setPage(1);
        }}
      >
        <option value="">{t('subsidies.allYears')}</option>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </SelectField>
      <Loaded query={ledger} describe={(e) => describeError(e, i18n).message}>
        {(data) => (
          <>
            <div className="sb-stats" aria-live="polite">
              <Stat label={t('subsidies.stat.count')} value={i18n.formatNumber(data.total)} />
              <Stat label={t('subsidies.stat.committed')} value={mad(data.committedMad)} />
              <Stat label={t('subsidies.stat.paid')} value={mad(data.paidMad)} />
            </div>
            {data.items.length === 0 ? (
              <p>{t('subsidies.empty')}</p>
            ) : (
              <ul className="sb-list">
                {data.items.map((e) => (
                  <li key={e.id}>
                    <Card title={<bdi>{inLanguage(e.project, lang)}</bdi>} headingLevel={2}>
                      <EntryFacts entry={e} />
                    </Card>
                  </li>
                ))}
              </ul>
            )}
            {pages > 1 && (
              <>
                <p>{t('subsidies.page.of', { page, pages })}</p>
                <Pager
                  label={t('subsidies.title')}
                  previous={t('subsidies.page.previous')}
                  next={t('subsidies.page.next')}
                  onPrevious={page > 1 ? () => setPage(page - 1) : undefined}
                  onNext={page < pages ? () => setPage(page + 1) : undefined}
                />
              </>
            )}
          </>
        )}
      </Loaded>
      <Card title={t('subsidies.download')} headingLevel={2}>
        <ul className="sb-lines">
          <li>
            <a href={openDataHref(slug, 'csv', year)} download>
              {t('subsidies.download.csv')}
            </a>
          </li>
          <li>
            <a href={openDataHref(slug, 'json', year)} download>
              {t('subsidies.download.json')}
            </a>
          </li>
        </ul>
      </Card>
    </div>
  );
}
