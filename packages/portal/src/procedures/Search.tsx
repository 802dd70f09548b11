import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, Spinner, TextField } from '@shabaka/ui';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useSearch } from 'wouter';
import { QueryError } from '../QueryError';
import { usePageTitle, usePortal } from '../config';
import { useProceduresI18n } from './i18n';
import type { RouterInputs } from '@shabaka/client';
import { formatChannel, formatFee, inLang, type Localized, type Procedure, type SearchResult } from './model';
import { describeError } from '../errors';

type ListInput = RouterInputs['procedures']['list'];
type Filter = { theme: NonNullable<ListInput['theme']> } | { lifeEvent: NonNullable<ListInput['lifeEvent']> };
type Entry = { code: string; names: Localized; count: number; filter: Filter };
type Item = Omit<Procedure, 'servicePoints'> & Partial<Pick<SearchResult, 'servicePoints' | 'match'>>;

/** Results "as you type", but one request per pause rather than per key. */
function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

function filterOf(params: URLSearchParams): Filter | null {
  const theme = params.get('theme');
  const lifeEvent = params.get('event');
  // Unchecked here: an unknown value comes back from the server as an error the page shows.
  return theme ? ({ theme } as Filter) : lifeEvent ? ({ lifeEvent } as Filter) : null;
}

/**
 * The query and the chosen theme live in the address (so "back" from a procedure finds
 * them again), written with replaceState: the path does not change, so the shell does
 * not move the focus away from the search box while someone types.
 */
function useRememberInUrl(q: string, filter: Filter | null) {
  useEffect(() => {
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    else if (filter && 'theme' in filter) params.set('theme', filter.theme);
    else if (filter) params.set('event', filter.lifeEvent);
    const search = params.toString();
    if (search !== window.location.search.replace(/^\?/, '')) {
      window.history.replaceState(window.history.state, '', `${window.location.pathname}${search ? `?${search}` : ''}`);
    }
  }, [q, filter]);
}

function ProcedureItem({ p }: { p: Item }) {
  const i18n = useProceduresI18n();
  const { t, lang, formatList } = i18n;
  const places = (p.servicePoints ?? []).map((s) => inLang(s.names, lang));
  return (
    <li className="pr-result">
      <Link href={`/${p.code}`} className="pr-result-link">
        {inLang(p.names, lang)}
      </Link>
      {p.match === 'similar' && <span className="pr-tag">{t('procedures.search.similar')}</span>}
      <p className="pr-summary">{inLang(p.summaries, lang)}</p>
      <p className="pr-meta">
        <span>{t('procedures.pair', { label: t('procedures.field.feeMad'), value: formatFee(p.feeMad, i18n) })}</span>
        <span>
          {t('procedures.pair', {
            label: t('procedures.field.processingDays'),
            value: t('procedures.days', { count: p.processingDays }),
          })}
        </span>
        <span>{formatChannel(p.channels, i18n)}</span>
      </p>
      {places.length > 0 && <p className="pr-meta">{t('procedures.search.where', { places: formatList(places) })}</p>}
    </li>
  );
}

function Browse({ filter, onFilter }: { filter: Filter | null; onFilter: (f: Filter | null) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const listId = useId();
  const themes = useQuery(trpc.procedures.themes.queryOptions());
  const list = useQuery({
    ...trpc.procedures.list.queryOptions({ commune: slug, ...(filter ?? {}) }),
    enabled: filter !== null,
  });

  if (themes.isPending) return <Spinner />;
  if (themes.isError) return <Alert tone="error">{describeError(themes.error, i18n).message}</Alert>;
  const groups: { title: string; items: Entry[] }[] = [
    {
      title: t('procedures.browse.themes'),
      // Chips and lists in the reader's alphabetical order (Intl.Collator), not the catalogue's.
      items: i18n
        .sortByName(themes.data.themes, (x) => inLang(x.names, lang))
        .map((x) => ({
          ...x,
          filter: { theme: x.code },
        })),
    },
    {
      title: t('procedures.browse.lifeEvents'),
      items: i18n
        .sortByName(themes.data.lifeEvents, (x) => inLang(x.names, lang))
        .map((x) => ({
          ...x,
          filter: { lifeEvent: x.code },
        })),
    },
  ];
  const isCurrent = (f: Filter) => JSON.stringify(f) === JSON.stringify(filter);
  const current = groups.flatMap((g) => g.items).find((x) => isCurrent(x.filter));

  return (
    <>
      {groups.map((g) => (
        <Card key={g.title} title={g.title}>
          <ul className="pr-chips">
            {g.items
              .filter((x) => x.count > 0)
              .map((x) => (
                <li key={x.code}>
                  <button
                    type="button"
                    className="pr-chip"
                    aria-pressed={isCurrent(x.filter)}
                    onClick={() => onFilter(isCurrent(x.filter) ? null : x.filter)}
                  >
                    {inLang(x.names, lang)}{' '}
                    <span className="pr-count">({t('procedures.browse.count', { count: x.count })})</span>
                  </button>
                </li>
              ))}
          </ul>
        </Card>
      ))}
      {filter && (
        <section aria-labelledby={listId} className="shb-stack">
          <h2 id={listId}>{t('procedures.browse.listTitle', { name: current ? inLang(current.names, lang) : '' })}</h2>
          {list.isPending ? (
            <Spinner />
          ) : list.isError ? (
            <Alert tone="error">{describeError(list.error, i18n).message}</Alert>
          ) : list.data.length === 0 ? (
            <EmptyState title={t('procedures.browse.empty')} />
          ) : (
            <ul className="pr-results" aria-labelledby={listId}>
              {i18n
                .sortByName(list.data, (p) => inLang(p.names, lang))
                .map((p) => (
                  <ProcedureItem key={p.code} p={p} />
                ))}
            </ul>
          )}
          <div>
            <Button variant="secondary" onClick={() => onFilter(null)}>
              {t('procedures.browse.clear')}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}

/** /procedures — search the catalogue as you type (Arabic or French, typos forgiven), or browse by theme. */
export default function SearchScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t } = i18n;
  usePageTitle(t('procedures.title'));
  const resultsId = useId();
  const search = useSearch();
  // Read once: afterwards the state leads and the address follows.
  const initial = useMemo(() => new URLSearchParams(search), []); // eslint-disable-line react-hooks/exhaustive-deps
  const [text, setText] = useState(initial.get('q') ?? '');
  const [filter, setFilter] = useState<Filter | null>(() => filterOf(initial));
  const q = useDebounced(text.trim(), 200);
  const searching = q.length >= 2;
  useRememberInUrl(searching ? q : '', filter);

  const results = useQuery({
    ...trpc.procedures.search.queryOptions({ commune: slug, q, limit: 20 }),
    enabled: searching,
    // The previous results stay on screen while the next ones load: no flicker per keystroke.
    placeholderData: keepPreviousData,
  });

  const typed = text.trim();
  const status =
    typed.length === 1
      ? t('procedures.search.tooShort')
      : !searching
        ? ''
        : results.data
          ? t('procedures.search.count', { count: results.data.results.length })
          : results.isFetching
            ? t('procedures.search.searching')
            : '';

  return (
    <div className="shb-stack">
      <h1>{t('procedures.title')}</h1>
      <p>{t('procedures.intro')}</p>
      <form role="search" className="pr-search" onSubmit={(e) => e.preventDefault()}>
        <TextField
          type="search"
          name="q"
          label={t('procedures.search.label')}
          hint={t('procedures.search.hint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          maxLength={200}
          aria-controls={resultsId}
        />
      </form>
      {/* Always in the page, so screen readers announce each new count. */}
      <p className="pr-status" role="status" aria-live="polite" data-testid="procedures-search-status">
        {status}
      </p>
      <div id={resultsId} aria-busy={searching && results.isFetching}>
        {searching ? (
          results.isError ? (
            <QueryError
              error={results.error}
              retry={results.refetch}
              message={describeError(results.error, i18n).message}
            />
          ) : results.data ? (
            results.data.results.length === 0 ? (
              <EmptyState title={t('procedures.search.empty')} />
            ) : (
              <ul className="pr-results" aria-label={t('procedures.search.resultsLabel')}>
                {results.data.results.map((p) => (
                  <ProcedureItem key={p.code} p={p} />
                ))}
              </ul>
            )
          ) : null
        ) : (
          <Browse filter={filter} onFilter={setFilter} />
        )}
      </div>
      <p>
        <Link href="/places">{t('procedures.placesLink')}</Link>
      </p>
    </div>
  );
}
