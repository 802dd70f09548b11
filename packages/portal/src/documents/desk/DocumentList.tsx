import type { RouterInputs } from '@shabaka/client';
import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Button, EmptyState, SelectField, Spinner, TextField } from '@shabaka/ui';
import { keepPreviousData } from '@tanstack/react-query';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ScreenHeading } from '../../desk/shared';
import { useDocumentsI18n } from '../i18n';
import { describeDocumentError, oneOf, STATUSES, TEMPLATES, type ListedDocument, type Template } from '../model';

const PAGE_SIZE = 25;

interface Filters {
  status: ListedDocument['status'] | '';
  template: Template | '';
  q: string;
  offset: number;
}

/** Filters live in the query string (shareable, kept by "back"); unknown values are ignored. */
function filtersFrom(params: URLSearchParams): Filters {
  const offset = Number(params.get('offset') ?? 0);
  return {
    status: oneOf(STATUSES, params.get('status')) ?? '',
    template: oneOf(TEMPLATES, params.get('template')) ?? '',
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
  const [q, setQ] = useState(filters.q);
  useEffect(() => setQ(filters.q), [filters.q]);
  const headingId = useId();
  const search = (e: FormEvent) => {
    e.preventDefault();
    update({ q });
  };
  return (
    <section className="desk-filters" aria-labelledby={headingId}>
      <h3 id={headingId} className="shb-sr-only">
        {t('documents.list.filters')}
      </h3>
      <form role="search" onSubmit={search} className="desk-search">
        <TextField
          label={t('documents.list.search')}
          hint={t('documents.list.searchHint')}
          type="search"
          name="q"
          value={q}
          maxLength={100}
          onChange={(e) => setQ(e.target.value)}
        />
        <Button type="submit">{t('documents.list.searchSubmit')}</Button>
      </form>
      <div className="desk-filter-grid">
        <SelectField label={t('documents.list.status')} value={filters.status} onChange={(e) => update({ status: oneOf(STATUSES, e.target.value) ?? '' })}>
          <option value="">{t('documents.list.any')}</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`documents.status.${s}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('documents.list.template')} value={filters.template} onChange={(e) => update({ template: oneOf(TEMPLATES, e.target.value) ?? '' })}>
          <option value="">{t('documents.list.any')}</option>
          {TEMPLATES.map((tpl) => (
            <option key={tpl} value={tpl}>
              {t(`documents.template.${tpl}`)}
            </option>
          ))}
        </SelectField>
      </div>
      {(filters.status || filters.template || filters.q) && (
        <Button variant="link" onClick={() => update({ status: '', template: '', q: '' })}>
          {t('documents.list.reset')}
        </Button>
      )}
    </section>
  );
}

function DocumentsTable({ items, page }: { items: ListedDocument[]; page: number }) {
  const { t, formatDate } = useDocumentsI18n();
  const captionId = useId();
  return (
    <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className="shb-table">
        <caption id={captionId}>{t('documents.list.caption', { page })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('documents.list.col.code')}</th>
            <th scope="col">{t('documents.list.col.recipient')}</th>
            <th scope="col">{t('documents.list.col.type')}</th>
            <th scope="col">{t('documents.list.col.issued')}</th>
            <th scope="col">{t('documents.list.col.delivery')}</th>
            <th scope="col">{t('documents.list.col.status')}</th>
            <th scope="col">{t('documents.list.col.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => (
            <tr key={d.id} data-code={d.code}>
              <th scope="row" className="desk-mono doc-nowrap">
                <bdi dir="ltr">{d.code}</bdi>
              </th>
              <td>{d.recipientName}</td>
              <td>{t(`documents.template.${d.template}`)}</td>
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
                  <a href={d.pdfPath} target="_blank" rel="noopener" aria-label={`${t('documents.list.pdfNamed', { code: d.code })} ${t('documents.newTab')}`}>
                    {t('documents.list.pdf')}
                  </a>
                  <a href={d.verifyPath} target="_blank" rel="noopener" aria-label={`${t('documents.list.verifyNamed', { code: d.code })} ${t('documents.newTab')}`}>
                    {t('documents.list.verify')}
                  </a>
                  {d.status === 'valid' && (
                    <Link href={`/revoke/${encodeURIComponent(d.code)}`} aria-label={t('documents.list.revokeNamed', { code: d.code })}>
                      {t('documents.list.revoke')}
                    </Link>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
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
  const list = useQuery({ ...trpc.documents.list.queryOptions(listInput(slug, filters)), placeholderData: keepPreviousData });

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
      {list.isPending ? (
        <Spinner />
      ) : list.isError ? (
        <Alert
          tone="error"
          action={
            <Button variant="secondary" onClick={() => list.refetch()}>
              {t('common.retry')}
            </Button>
          }
        >
          {describeDocumentError(list.error, i18n).message}
        </Alert>
      ) : items.length === 0 ? (
        <EmptyState title={t('documents.list.empty')} />
      ) : (
        <>
          <DocumentsTable items={items} page={filters.offset / PAGE_SIZE + 1} />
          <nav aria-label={t('documents.list.pages')} className="desk-pager">
            <Button variant="secondary" disabled={filters.offset === 0} onClick={() => update({ offset: Math.max(0, filters.offset - PAGE_SIZE) })}>
              {t('documents.list.previous')}
            </Button>
            <Button variant="secondary" disabled={!hasNext} onClick={() => update({ offset: filters.offset + PAGE_SIZE })}>
              {t('documents.list.next')}
            </Button>
          </nav>
        </>
      )}
    </div>
  );
}
