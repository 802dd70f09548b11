import type { Localized } from '@shabaka/db';
import { useI18n } from '@shabaka/ui';
import { useId, type ReactNode } from 'react';
import { Figures } from './LoadError';
import { YearSelect } from './YearSelect';

/** What a section of yearly figures per commune reads: the year shown, the years there are, a row per commune. */
export interface YearFigures {
  year: number;
  years: readonly number[];
  communes: readonly { commune: string; names: Localized }[];
}

/**
 * A section of the network's figures by commune for one year (subsidies, calls, petitions): its heading and
 * intro, the year to show, and a table with a row per commune whose name opens that commune's own page. The
 * sections give their texts, their columns and each row's cells; the shell is written once here.
 */
export function YearTable<D extends YearFigures>({
  section,
  texts,
  columns,
  path,
  query,
  onYear,
  isEmpty,
  cells,
  foot,
  after,
}: {
  /** `data-section`, for tests and the page's anchors. */
  section: string;
  texts: { heading: string; intro: string; year: string; caption: (year: number) => string; commune: string };
  columns: readonly string[];
  /** The commune page a row's name opens (`/<commune><path>`). */
  path: string;
  query: { isPending: boolean; isError: boolean; data: D | undefined; refetch: () => unknown };
  onYear: (year: number) => void;
  isEmpty: (data: D) => boolean;
  cells: (row: D['communes'][number]) => ReactNode;
  /** A totals row, in the table's foot. */
  foot?: (data: D) => ReactNode;
  /** What follows the table (downloads). */
  after?: (data: D) => ReactNode;
}) {
  const { lang } = useI18n();
  const headingId = useId();
  const captionId = useId();
  return (
    <section className="dash-section" aria-labelledby={headingId} data-section={section}>
      <h2 id={headingId}>{texts.heading}</h2>
      <p>{texts.intro}</p>
      <YearSelect label={texts.year} years={query.data?.years} shown={query.data?.year} onChange={onYear} />
      <Figures query={query} isEmpty={isEmpty}>
        {(data) => (
          <>
            <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
              <table className="shb-table">
                <caption id={captionId}>{texts.caption(data.year)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{texts.commune}</th>
                    {columns.map((c) => (
                      <th key={c} scope="col">
                        {c}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.communes.map((c) => (
                    <tr key={c.commune} data-commune={c.commune}>
                      <th scope="row">
                        <a href={`/${c.commune}${path}`}>{c.names[lang]}</a>
                      </th>
                      {cells(c)}
                    </tr>
                  ))}
                </tbody>
                {foot && <tfoot>{foot(data)}</tfoot>}
              </table>
            </div>
            {after?.(data)}
          </>
        )}
      </Figures>
    </section>
  );
}
