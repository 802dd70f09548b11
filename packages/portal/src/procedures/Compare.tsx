import { useTRPC } from '@shabaka/client/react';
import { Spinner } from '@shabaka/ui';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link, useParams } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { useProceduresI18n } from './i18n';
import { formatChannel, formatFee, inLang, type Comparison } from './model';
import { ProcedureLoadError } from './parts';

type Row = Comparison['communes'][number];
const COLUMNS = ['feeMad', 'processingDays', 'channels', 'electronicDelivery', 'documents', 'office'] as const;
type Column = (typeof COLUMNS)[number];

/** A value that differs from the network template: highlighted, and said in words for screen readers. */
function Cell({ differs, children }: { differs: boolean; children: ReactNode }) {
  const { t } = useProceduresI18n();
  return (
    <td className={differs ? 'pr-diff' : undefined}>
      {children}
      {differs && <span className="shb-sr-only"> {t('procedures.compare.differs')}</span>}
    </td>
  );
}

/** /procedures/:code/compare — the five communes' values side by side ("simplify procedures everywhere"). */
export default function CompareScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { code = '' } = useParams<{ code: string }>();
  const i18n = useProceduresI18n();
  const { t, lang, formatList } = i18n;
  const compare = useQuery(trpc.procedures.compare.queryOptions({ code }));
  const name = compare.data ? inLang(compare.data.names, lang) : '';
  usePageTitle(compare.data ? t('procedures.compare.title', { name }) : t('procedures.title'));

  const back = (
    <p>
      <Link href={`/${code}`}>{t('procedures.compare.back')}</Link>
    </p>
  );
  if (compare.isPending) return <Spinner />;
  if (compare.isError) return <ProcedureLoadError back={back} error={compare.error} retry={compare.refetch} />;

  const c = compare.data;
  const value = (r: Pick<Row, Exclude<Column, 'office'>> & { office?: Row['office'] }, col: Column): ReactNode => {
    switch (col) {
      case 'feeMad':
        return formatFee(r.feeMad, i18n);
      case 'processingDays':
        return t('procedures.days', { count: r.processingDays });
      case 'channels':
        return formatChannel(r.channels, i18n);
      case 'electronicDelivery':
        return t(r.electronicDelivery ? 'procedures.electronic.yes' : 'procedures.electronic.no');
      case 'documents':
        return t('procedures.compare.documentCount', { count: r.documents.length });
      case 'office':
        return inLang(r.office, lang);
    }
  };
  const caption = t('procedures.compare.caption', { name });

  return (
    <div className="shb-stack">
      {back}
      <h1>{t('procedures.compare.title', { name })}</h1>
      <p>{t('procedures.compare.intro')}</p>
      <p className="pr-note" role="status">
        {c.summary.differing.length
          ? t('procedures.compare.differing', {
              fields: formatList(c.summary.differing.map((f) => t(`procedures.field.${f}`))),
            })
          : t('procedures.compare.same')}
      </p>
      {/* Scrolls sideways on a phone: focusable and named so keyboards can scroll it too. */}
      <div className="shb-table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table className="shb-table pr-compare" data-testid="procedure-compare">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('procedures.compare.commune')}</th>
              {COLUMNS.map((col) => (
                <th key={col} scope="col">
                  {t(`procedures.field.${col}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {i18n
              .sortByName(c.communes, (r) => inLang(r.communeNames, lang))
              .map((r) => (
                <tr key={r.commune} data-commune={r.commune} className={r.commune === slug ? 'pr-here' : undefined}>
                  <th scope="row">
                    {inLang(r.communeNames, lang)}
                    {r.commune === slug && <span className="pr-here-note"> {t('procedures.compare.here')}</span>}
                  </th>
                  {COLUMNS.map((col) => (
                    <Cell key={col} differs={r.overridden.includes(col)}>
                      {value(r, col)}
                    </Cell>
                  ))}
                </tr>
              ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('procedures.compare.template')}</th>
              {COLUMNS.map((col) => (
                <td key={col}>{col === 'office' ? '' : value(c.template, col)}</td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>
  );
}
