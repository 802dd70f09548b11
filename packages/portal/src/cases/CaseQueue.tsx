import { useI18n } from '@shabaka/ui';
import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { DataTable, FilterSection, Loaded, Pager, SearchForm, type LoadState } from '../desk/List';
import { ScreenHeading } from '../desk/shared';
import { useRememberQueue } from './queueMemory';
import { oneOf } from './spec';

const PAGE_SIZE = 25;

/**
 * A queue's filters by name, in the order they appear in its address: a flag (`=1`), a day
 * (YYYY-MM-DD), a row id (UUID) or one of a list of values. The free text `q` and the page
 * `cursor` are every queue's.
 */
export type FilterSpec = Record<string, 'flag' | 'date' | 'id' | readonly string[]>;
export type Filters<S extends FilterSpec> = {
  -readonly [K in keyof S]: S[K] extends 'flag' ? boolean : S[K] extends readonly (infer V)[] ? V | '' : string;
} & { q: string; cursor: number };

const PATTERNS = { date: /^\d{4}-\d{2}-\d{2}$/, id: /^[0-9a-f-]{36}$/i };

/** Filters live in the query string (shareable links); unknown values are ignored. */
export function filtersFrom<S extends FilterSpec>(spec: S, params: URLSearchParams): Filters<S> {
  const out: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(spec)) {
    const raw = params.get(name);
    if (kind === 'flag') out[name] = raw === '1';
    else if (kind === 'date' || kind === 'id') out[name] = raw && PATTERNS[kind].test(raw) ? raw : '';
    else out[name] = oneOf(kind, raw) ?? '';
  }
  const cursor = Number(params.get('cursor') ?? 0);
  out.q = (params.get('q') ?? '').slice(0, 200);
  out.cursor = Number.isInteger(cursor) && cursor > 0 ? cursor : 0;
  return out as Filters<S>;
}

export function filtersSearch<S extends FilterSpec>(spec: S, filters: Filters<S>) {
  const f = filters as Record<string, unknown>;
  const out = new URLSearchParams();
  if (filters.q.trim()) out.set('q', filters.q.trim());
  for (const name of Object.keys(spec)) if (f[name]) out.set(name, f[name] === true ? '1' : String(f[name]));
  if (filters.cursor) out.set('cursor', String(filters.cursor));
  return out;
}

/** How many filters besides the free text are on. */
export const activeFilters = <S extends FilterSpec>(spec: S, filters: Filters<S>) =>
  Object.keys(spec).filter((name) => (filters as Record<string, unknown>)[name]).length;

export interface QueuePage<Item> {
  items: Item[];
  total: number;
  nextCursor: number | null;
}

/** The part of a queue's input every queue has: the commune and the page. */
export interface QueuePageInput {
  commune: string;
  limit: number;
  cursor: number;
}

interface QueueItem {
  id: string;
  code: string;
  overdue: boolean;
}

/** What a queue screen is given with its filters: change some (back to the first page), or clear them all. */
export interface QueueControls<S extends FilterSpec> {
  filters: Filters<S>;
  update: (changes: Partial<Filters<S>>) => void;
  reset: () => void;
}

/**
 * A desk's queue of cases: heading, the section's own header (actions, alerts), the filter bar
 * (search, then the section's filters), the live count, the table (the code links to the case)
 * and the pager. Filters and page live in the address; the staff area remembers the last one.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- no more than the page by default
export function CaseQueue<S extends FilterSpec, Item extends QueueItem, More extends object = {}>({
  name,
  path,
  spec,
  useItems,
  describe,
  texts,
  header,
  filterFields,
  columns,
  detailPath,
  row,
}: {
  /** The queue's name in the staff area's memory. */
  name: string;
  /** Its address without filters, relative to the section. */
  path: string;
  spec: S;
  /** The section's queue query for these filters (the page size and cursor included). */
  useItems: (filters: Filters<S>, page: QueuePageInput) => LoadState<QueuePage<Item> & More> & { isFetching: boolean };
  /** The section's translation of a failed load. */
  describe: (error: unknown) => ReactNode;
  texts: {
    title: ReactNode;
    pageTitle: string;
    filters: ReactNode;
    search: { label: ReactNode; hint?: ReactNode; submit: ReactNode };
    total: (count: number) => ReactNode;
    /** Said while a new page loads over the old one, if the section says it. */
    updating?: string;
    empty: ReactNode;
    caption: (range: { from: string; to: string; total: string }) => ReactNode;
    pages: string;
    previous: ReactNode;
    next: ReactNode;
  };
  /** Between the heading and the filters (actions, alerts). */
  header?: (controls: QueueControls<S>, data: (QueuePage<Item> & More) | undefined) => ReactNode;
  /** The section's filters, under the search. */
  filterFields: (controls: QueueControls<S>) => ReactNode;
  columns: ReactNode[];
  detailPath: (item: Item) => string;
  /** The row's cells after the code. */
  row: (item: Item) => ReactNode;
}) {
  const { slug } = usePortal();
  const { formatNumber } = useI18n();
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(spec, params);
  usePageTitle(texts.pageTitle);
  const search = params.toString();
  useRememberQueue(name, `${path}${search ? `?${search}` : ''}`);

  const queue = useItems(filters, { commune: slug, limit: PAGE_SIZE, cursor: filters.cursor });
  const controls: QueueControls<S> = {
    filters,
    /** A filter change starts again at the first page; the page itself is just `cursor`. */
    update: (changes) => setParams(filtersSearch(spec, { ...filters, cursor: 0, ...changes })),
    reset: () => setParams(new URLSearchParams()),
  };
  const data = queue.data;
  return (
    <div className="shb-stack">
      <ScreenHeading>{texts.title}</ScreenHeading>
      {header?.(controls, data)}
      <FilterSection title={texts.filters}>
        <SearchForm
          label={texts.search.label}
          hint={texts.search.hint}
          submit={texts.search.submit}
          maxLength={200}
          value={filters.q}
          onSearch={(q) => controls.update({ q } as Partial<Filters<S>>)}
        />
        {filterFields(controls)}
      </FilterSection>
      <p role="status" className="desk-count">
        {data ? texts.total(data.total) : ''}
        {texts.updating && queue.isFetching && data ? ` ${texts.updating}` : ''}
      </p>
      <Loaded query={queue} describe={describe} empty={texts.empty} isEmpty={(d) => d.items.length === 0}>
        {(page) => (
          <>
            <DataTable
              className="desk-queue"
              caption={texts.caption({
                from: formatNumber(filters.cursor + 1),
                to: formatNumber(filters.cursor + page.items.length),
                total: formatNumber(page.total),
              })}
              columns={columns}
            >
              {page.items.map((item) => (
                <tr
                  key={item.id}
                  className={item.overdue ? 'desk-row--overdue' : undefined}
                  data-overdue={item.overdue || undefined}
                >
                  <th scope="row">
                    <Link href={detailPath(item)} className="desk-code">
                      <bdi>{item.code}</bdi>
                    </Link>
                  </th>
                  {row(item)}
                </tr>
              ))}
            </DataTable>
            <Pager
              label={texts.pages}
              previous={texts.previous}
              next={texts.next}
              onPrevious={
                filters.cursor === 0
                  ? undefined
                  : () => controls.update({ cursor: Math.max(0, filters.cursor - PAGE_SIZE) } as Partial<Filters<S>>)
              }
              onNext={
                page.nextCursor === null
                  ? undefined
                  : () => controls.update({ cursor: page.nextCursor ?? 0 } as Partial<Filters<S>>)
              }
            />
          </>
        )}
      </Loaded>
    </div>
  );
}
