import { useQuery, useTRPC } from '@shabaka/client/react';
import { Alert, Card } from '@shabaka/ui';
import { useState } from 'react';
import { usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { useSubsidiesI18n } from './i18n';
import { inLanguage } from './model';
import { EntryFacts } from './parts';
import { ReportLine } from './Reports';
import './subsidies.css';

/** The subsidies of the associations the account represents, with the reports they owe and a form for each (account page). */
export default function MySubsidies() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t, lang } = i18n;
  const mine = useQuery(trpc.subsidies.mine.queryOptions({ commune: slug }));
  // Said here, not in the form: once filed, the report is no longer owed and its form is gone.
  const [filed, setFiled] = useState(false);
  // Most accounts represent no association: the card says nothing rather than "none".
  if (mine.data && mine.data.length === 0) return null;
  return (
    <Card title={t('subsidies.mine.title')} headingLevel={2}>
      <div role="status">{filed && <Alert tone="success">{t('subsidies.report.sent')}</Alert>}</div>
      <Loaded query={mine} describe={(e) => describeError(e, i18n).message}>
        {(data) => (
          <ul className="sb-list">
            {data.map((s) => (
              <li key={s.id} className="shb-stack">
                <h3 className="sb-subheading">
                  <bdi>{inLanguage(s.project, lang)}</bdi>
                </h3>
                <EntryFacts entry={s} />
                <ul className="sb-list">
                  {s.reports.map((r) => (
                    <li key={r.id}>
                      <ReportLine report={r} onFiled={() => setFiled(true)} />
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </Card>
  );
}
