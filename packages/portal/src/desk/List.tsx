import { Button, EmptyState, SelectField, Spinner, TextField } from '@shabaka/ui';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { QueryError } from '../QueryError';

/*
 * The pieces every staff list is made of (complaints queue, documents, information requests,
 * procedures, service points, keys): one loading/error/empty rule, one filter bar, one pager and
 * one table frame, so the lists look and behave alike. Labels come from each section's catalog.
 */

/** What `Loaded` reads of a react-query result. */
export interface LoadState<T> {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  data: T | undefined;
  refetch: () => unknown;
}

/**
 * A query's states: spinner, the error with a retry (`describe` is the section's own
 * translation), the empty message when `isEmpty`, otherwise `children` with the data.
 */
export function Loaded<T>({
  query,
  describe,
  empty,
  isEmpty,
  children,
}: {
  query: LoadState<T>;
  describe?: (error: unknown) => ReactNode;
  empty?: ReactNode;
  isEmpty?: (data: T) => boolean;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Spinner />;
  if (query.isError) return <QueryError error={query.error} retry={query.refetch} message={describe?.(query.error)} />;
  if (query.data === undefined) return null;
  if (empty !== undefined && isEmpty?.(query.data)) return <EmptyState title={empty} />;
  return <>{children(query.data)}</>;
}

/** The filter bar's frame: a section named by a heading only screen readers see. */
export function FilterSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  const headingId = useId();
  return (
    <section className="desk-filters" aria-labelledby={headingId}>
      <h3 id={headingId} className="shb-sr-only">
        {title}
      </h3>
      {children}
    </section>
  );
}

/**
 * The free-text search: typed locally, applied on submit (not on every key), and reset
 * when the applied value changes elsewhere (a "reset filters" link, the back button).
 */
export function SearchForm({
  value,
  onSearch,
  label,
  hint,
  submit,
  maxLength,
}: {
  value: string;
  onSearch: (q: string) => void;
  label: ReactNode;
  hint?: ReactNode;
  submit: ReactNode;
  maxLength: number;
}) {
  const [q, setQ] = useState(value);
  useEffect(() => setQ(value), [value]);
  const search = (e: FormEvent) => {
    e.preventDefault();
    onSearch(q);
  };
  return (
    <form role="search" onSubmit={search} className="desk-search">
      <TextField
        label={label}
        hint={hint}
        type="search"
        name="q"
        value={q}
        maxLength={maxLength}
        onChange={(e) => setQ(e.target.value)}
      />
      <Button type="submit">{submit}</Button>
    </form>
  );
}

/** A filter select: "any" (the empty value) first, then the known values; anything else reads as "any". */
export function ChoiceFilter<T extends string>({
  label,
  any,
  value,
  options,
  onChange,
}: {
  label: ReactNode;
  any: ReactNode;
  value: T | '';
  options: readonly { value: T; label: ReactNode }[];
  onChange: (value: T | '') => void;
}) {
  return (
    <SelectField
      label={label}
      value={value}
      onChange={(e) => onChange(options.find((o) => o.value === e.target.value)?.value ?? '')}
    >
      <option value="">{any}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );
}

/** Previous / next page buttons; each is disabled where there is no such page. */
export function Pager({
  label,
  previous,
  next,
  onPrevious,
  onNext,
}: {
  label: string;
  previous: ReactNode;
  next: ReactNode;
  /** Undefined on the first page. */
  onPrevious: (() => void) | undefined;
  /** Undefined on the last page. */
  onNext: (() => void) | undefined;
}) {
  return (
    <nav aria-label={label} className="desk-pager">
      <Button variant="secondary" disabled={!onPrevious} onClick={onPrevious}>
        {previous}
      </Button>
      <Button variant="secondary" disabled={!onNext} onClick={onNext}>
        {next}
      </Button>
    </nav>
  );
}

/**
 * A data table named by its caption, in a focusable scroll frame (a keyboard can scroll it
 * sideways on a narrow screen). `columns` are the header cells; `children` the body rows.
 */
export function DataTable({
  caption,
  columns,
  className,
  children,
}: {
  caption: ReactNode;
  columns: ReactNode[];
  className?: string;
  children: ReactNode;
}) {
  const captionId = useId();
  return (
    <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={['shb-table', className].filter(Boolean).join(' ')}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
