import { useQuery, useTRPC } from '@shabaka/client/react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { DataTable, Loaded } from '../desk/List';
import { describeError } from '../errors';
import { usePacI18n } from './i18n';
import { usePacDates } from './model';
import './pac.css';

/** /pac/unanswered — every contribution still waiting for the commune's answer, with its due date and lateness. */
export default function Unanswered() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const { at } = usePacDates();
  usePageTitle(t('pac.unanswered.title'));
  const list = useQuery(trpc.pac.unanswered.queryOptions({ commune: slug }));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac">{t('pac.back')}</Link>
      </p>
      <h1>{t('pac.unanswered.title')}</h1>
      <p>{t('pac.unanswered.intro')}</p>
      <Loaded
        query={list}
        describe={(e) => describeError(e, i18n, { section: 'pac' }).message}
        empty={t('pac.unanswered.none')}
        isEmpty={(d) => d.length === 0}
      >
        {(rows) => (
          <DataTable
            caption={t('pac.unanswered.title')}
            columns={[
              t('pac.unanswered.code'),
              t('pac.unanswered.paragraph'),
              t('pac.unanswered.received'),
              t('pac.unanswered.due'),
              t('pac.unanswered.status'),
            ]}
          >
            {rows.map((r) => (
              <tr key={r.code}>
                <th scope="row">
                  <bdi dir="ltr">{r.code}</bdi>
                </th>
                <td>
                  <Link href={`/pac/draft?id=${r.draft.id}`}>
                    <bdi dir="ltr">{r.paragraph}</bdi>
                  </Link>
                </td>
                <td>{at(r.receivedAt)}</td>
                <td>{at(r.dueAt)}</td>
                <td className={r.overdue ? 'pac-late' : undefined}>
                  {r.overdue ? t('pac.unanswered.late') : t('pac.unanswered.onTime')}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </div>
  );
}
