import { DOCUMENT_STATUSES, DOCUMENT_TEMPLATES, type DocumentTemplate } from '@shabaka/db/enums';
import type { RouterInputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Button } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { useMe } from '../../auth';
import { ChoiceFilter, DataTable, FilterSection, Loaded, Pager, SearchForm } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { useDocumentsI18n } from '../i18n';
import { oneOf, type ListedDocument } from '../model';
import { describeError } from '../../errors';

const PAGE_SIZE = 25;

interface Filters {
  status: ListedDocument['status'] | '';
  template: DocumentTemplate | '';
  q: string;
  offset: number;
}

/** Filters live in the query string (shareable, kept by "back"); unknown values are ignored. */
function filtersFrom(params: URLSearchParams): Filters {
  const offset = Number(params.get('offset') ?? 0);
  return {
    status: oneOf(DOCUMENT_STATUSES, params.get('status')) ?? '',
    template: oneOf(DOCUMENT_TEMPLATES, params.get('template')) ?? '',
    q: (params.get('q') ?? '').slice(0, 100),
    offset: Number.isInteger(offset) && offset > 0 ? offset : 0,
  };
}

function listInput(commune: string, f: Filters): RouterInputs['documents']['list'] {
  return {
    commune,
    // One more than shown: its presence says whether there is a next page.
    limit: PAGE_SIZE + 1,
    offset: f.offset,
    ...(f.status ? { status: f.status } : {}),
    ...(f.template ? { template: f.template } : {}),
    ...(f.q.trim() ? { query: f.q.trim() } : {}),
  };
}

function ListFilters({ filters, update }: { filters: Filters; update: (changes: Partial<Filters>) => void }) {
  const { t } = useDocumentsI18n();
  return (
    <FilterSection title={t('documents.list.filters')}>
      <SearchForm
        label={t('documents.list.search')}
        hint={t('documents.list.searchHint')}
        submit={t('documents.list.searchSubmit')}
        maxLength={100}
        value={filters.q}
        onSearch={(q) => update({ q })}
      />
      <div className="desk-filter-grid">
        <ChoiceFilter
          label={t('documents.list.status')}
          any={t('documents.list.any')}
          value={filters.status}
          options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: t(`documents.status.${s}`) }))}
          onChange={(status) => update({ status })}
        />
        <ChoiceFilter
          label={t('documents.list.template')}
          any={t('documents.list.any')}
          value={filters.template}
          options={DOCUMENT_TEMPLATES.map((tpl) => ({ value: tpl, label: t(`documentsGlossary.type.${tpl}`) }))}
          onChange={(template) => update({ template })}
        />
      </div>
      {(filters.status || filters.template || filters.q) && (
        <Button variant="link" onClick={() => update({ status: '', template: '', q: '' })}>
          {t('documents.list.reset')}
        </Button>
      )}
    </FilterSection>
  );
}

function DocumentsTable({ items, page }: { items: ListedDocument[]; page: number }) {
  const { t, formatDate } = useDocumentsI18n();
  const revokeDocuments = useMe().can('documents:revoke');
  return (
    <DataTable
      caption={t('documents.list.caption', { page })}
      columns={[
        t('documents.list.col.code'),
        t('documents.list.col.recipient'),
        t('documents.list.col.type'),
        t('documents.list.col.issued'),
        t('documents.list.col.delivery'),
        t('documents.list.col.status'),
        t('documents.list.col.actions'),
      ]}
    >
      {items.map((d) => (
        <tr key={d.id} data-code={d.code}>
          <th scope="row" className="desk-mono doc-nowrap">
            <bdi dir="ltr">{d.code}</bdi>
          </th>
          <td>{d.recipientName}</td>
          <td>{t(`documentsGlossary.type.${d.template}`)}</td>
          <td>
            <time dateTime={new Date(d.issuedAt).toISOString()}>{formatDate(d.issuedAt, { dateStyle: 'medium' })}</time>
          </td>
          <td>
            {t(`documents.delivery.${d.delivery}`)}
            {d.linkedToAccount && <span className="desk-muted"> · {t('documents.list.inAccount')}</span>}
          </td>
          <td>
            {d.status === 'revoked' ? (
              <>
                <span className="desk-badge desk-badge--removed">
                  {t('documents.list.revokedOn', { date: formatDate(d.revokedAt!, { dateStyle: 'medium' }) })}
                </span>
                {d.revocationReason && <span className="desk-muted doc-reason">{d.revocationReason}</span>}
              </>
            ) : (
              <span className="desk-badge desk-badge--active">{t('documents.status.valid')}</span>
            )}
          </td>
          <td>
            <div className="desk-actions-row">
              {/* Server routes at the site root: plain links, not the portal's router. */}
              <a
                href={d.pdfPath}
                target="_blank"
                rel="noopener"
                aria-label={`${t('documents.list.pdfNamed', { code: d.code })} ${t('documents.newTab')}`}
              >
                {t('documents.list.pdf')}
              </a>
              <a
                href={d.verifyPath}
                target="_blank"
                rel="noopener"
                aria-label={`${t('documents.list.verifyNamed', { code: d.code })} ${t('documents.newTab')}`}
              >
                {t('documents.list.verify')}
              </a>
              {d.status === 'valid' && revokeDocuments && (
                <Link
                  href={`/revoke/${encodeURIComponent(d.code)}`}
                  aria-label={t('documents.list.revokeNamed', { code: d.code })}
                >
                  {t('documents.list.revoke')}
                </Link>
              )}
            </div>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The commune's issued documents, newest first, with filters and paging. */
export function DocumentList() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useDocumentsI18n();
  const { t } = i18n;
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  usePageTitle(`${t('documents.list.title')} · ${t('portal.staff.heading')}`);
  const list = useQuery({
    ...trpc.documents.list.queryOptions(listInput(slug, filters)),
    placeholderData: keepPreviousData,
  });

  /** A filter change starts again at the first page. */
  const update = (changes: Partial<Filters>) => {
    const next = { ...filters, offset: 0, ...changes };
    const out = new URLSearchParams();
    if (next.q.trim()) out.set('q', next.q.trim());
    if (next.status) out.set('status', next.status);
    if (next.template) out.set('template', next.template);
    if (next.offset) out.set('offset', String(next.offset));
    setParams(out);
  };

  const items = list.data?.slice(0, PAGE_SIZE) ?? [];
  const hasNext = (list.data?.length ?? 0) > PAGE_SIZE;
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('documents.list.title')}</ScreenHeading>
      <p>
        <Link href="/new" className="shb-button shb-button--primary">
          {t('documents.nav.issue')}
        </Link>
      </p>
      <ListFilters filters={filters} update={update} />
      <p role="status" className="desk-count">
        {list.isFetching && list.data ? t('documents.list.updating') : ''}
      </p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n).message}
        empty={t('documents.list.empty')}
        isEmpty={() => items.length === 0}
      >
        {() => (
          <>
            <DocumentsTable items={items} page={filters.offset / PAGE_SIZE + 1} />
            <Pager
              label={t('documents.list.pages')}
              previous={t('documents.list.previous')}
              next={t('documents.list.next')}
              onPrevious={
                filters.offset === 0 ? undefined : () => update({ offset: Math.max(0, filters.offset - PAGE_SIZE) })
              }
              onNext={hasNext ? () => update({ offset: filters.offset + PAGE_SIZE }) : undefined}
            />
          </>
        )}
      </Loaded>
    </div>
  );
}
