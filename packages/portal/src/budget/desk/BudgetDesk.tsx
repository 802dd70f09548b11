import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, FilePicker, TextField } from '@shabaka/ui';
import { useState, type FormEvent } from 'react';
import { Link, useRouter } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { checkInSlices, ImportProgress, type Progress } from '../../desk/CsvImport';
import { ScreenHeading } from '../../desk/shared';
import { saveCsv } from '../../download';
import { describeError } from '../../errors';
import { useBudgetI18n } from '../i18n';
import { useMad } from '../parts';

/** Lines checked per call: small enough for the bar to move on a commune's file, few enough calls for a big one. */
const SLICE = 25;
type Issue = RouterOutputs['budget']['importCsv']['issues'][number];

/** The desk's budget: import a year's file (checked line by line, all or nothing), then publish a version. */
export default function BudgetDesk() {
  const { t } = useBudgetI18n();
  usePageTitle(t('budget.desk.title'));
  const portal = useRouter().base.replace(/\/staff\/budget$/, '');
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('budget.desk.title')}</ScreenHeading>
      <p>
        {/* The public page is the portal's, outside the staff area's routes. */}
        <Link href={`~${portal}/budget`}>{t('budget.desk.public')}</Link>
      </p>
      <ImportCard />
      <VersionsCard />
    </div>
  );
}

function ImportCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useBudgetI18n();
  const { t, formatNumber } = i18n;
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [warnings, setWarnings] = useState<Issue[]>([]);
  const [done, setDone] = useState<{ year: number; version: number; lines: number } | null>(null);
  const [error, setError] = useState<{ message: string; year?: string } | null>(null);
  const importCsv = useMutation(trpc.budget.importCsv.mutationOptions());
  const busy = progress !== null && done === null && issues.length === 0 && !error;

  const run = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setIssues([]);
    setWarnings([]);
    setDone(null);
    setError(null);
    try {
      const csv = await file.text();
      const input = { commune: slug, year: Number(year), fileName: file.name, csv };
      // Checked slice by slice (the bar moves with each), then applied in one go only if no line was refused.
      const found = await checkInSlices(
        (offset) => importCsv.mutateAsync({ ...input, offset, limit: SLICE }),
        setProgress,
      );
      if (found.length > 0) {
        setIssues(found);
        return;
      }
      const applied = await importCsv.mutateAsync({ ...input, apply: true });
      setWarnings(applied.warnings);
      if (applied.applied) setDone(applied.applied);
      else setIssues(applied.issues);
      await queryClient.invalidateQueries(trpc.budget.pathFilter());
    } catch (err) {
      const d = describeError(err, i18n, { section: 'budget' });
      setProgress(null);
      setError({ message: d.message, year: d.fields.year });
    }
  };

  // The server names the line and column; what went wrong is said in the reader's language.
  const issueText = (x: Issue, key: 'issue' | 'warning') =>
    t(`budget.desk.csv.${key}`, {
      line: String(x.line),
      column: x.column ?? '—',
      message: t(`budget.csv.rule.${x.rule}`, { earlier: String(x.earlier ?? '') }),
    });
  return (
    <Card title={t('budget.desk.csv.title')} headingLevel={2}>
      <p>{t('budget.desk.csv.hint')}</p>
      <p>
        <Button
          type="button"
          variant="secondary"
          onClick={async () =>
            saveCsv(await queryClient.fetchQuery(trpc.budget.template.queryOptions({ commune: slug })))
          }
        >
          {t('budget.desk.csv.template')}
        </Button>
      </p>
      <form onSubmit={(e) => void run(e)} className="shb-stack" noValidate>
        <TextField
          label={t('budget.desk.csv.year')}
          inputMode="numeric"
          value={year}
          onChange={(e) => setYear(e.target.value)}
          error={error?.year}
          required
        />
        <div>
          <label htmlFor="bud-csv-file">{t('budget.desk.csv.file')}</label>{' '}
          <FilePicker
            id="bud-csv-file"
            accept=".csv,text/csv"
            button={t('budget.desk.csv.choose')}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setProgress(null);
              setIssues([]);
              setDone(null);
            }}
          />
          {file && <span> {file.name}</span>}
        </div>
        <p>
          <Button type="submit" disabled={!file || busy}>
            {t('budget.desk.csv.import')}
          </Button>
        </p>
      </form>
      {progress && (
        <ImportProgress
          className="bud-progress"
          progress={progress}
          label={t('budget.desk.csv.progress')}
          text={t('budget.desk.csv.progressText', {
            done: formatNumber(progress.done),
            total: formatNumber(progress.total),
          })}
        />
      )}
      {error && <Alert tone="error">{error.message}</Alert>}
      {issues.length > 0 && (
        <Alert tone="error" title={t('budget.desk.csv.refused')}>
          <ul className="bud-issues">
            {issues.map((x, i) => (
              <li key={i}>{issueText(x, 'issue')}</li>
            ))}
          </ul>
        </Alert>
      )}
      {done && (
        <Alert tone="success">
          {t('budget.desk.csv.done', {
            year: done.year,
            version: done.version,
            lines: formatNumber(done.lines),
          })}
        </Alert>
      )}
      {warnings.length > 0 && (
        <ul className="bud-issues">
          {warnings.map((x, i) => (
            <li key={i}>{issueText(x, 'warning')}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function VersionsCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useBudgetI18n();
  const { t, formatDate, formatNumber } = i18n;
  const mad = useMad();
  const versions = useQuery(trpc.budget.versions.queryOptions({ commune: slug }));
  const publish = useMutation(
    trpc.budget.publish.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.budget.pathFilter()),
    }),
  );
  return (
    <Card title={t('budget.desk.versions.title')} headingLevel={2}>
      <p>{t('budget.desk.versions.hint')}</p>
      {publish.error && <Alert tone="error">{describeError(publish.error, i18n, { section: 'budget' }).message}</Alert>}
      <Loaded
        query={versions}
        describe={(e) => describeError(e, i18n, { section: 'budget' }).message}
        empty={t('budget.desk.versions.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(list) => (
          <div className="shb-table-wrap" tabIndex={0} role="region" aria-labelledby="bud-versions">
            <table className="bud-table">
              <caption id="bud-versions">{t('budget.desk.versions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('budget.desk.versions.version')}</th>
                  <th scope="col">{t('budget.desk.versions.imported')}</th>
                  <th scope="col">{t('budget.desk.versions.lines')}</th>
                  <th scope="col">{t('budget.desk.versions.figures')}</th>
                  <th scope="col">{t('budget.desk.versions.state')}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((v) => (
                  <tr key={v.id}>
                    <th scope="row">{t('budget.desk.versions.name', { year: v.year, version: v.version })}</th>
                    <td>
                      {formatDate(v.importedAt, { dateStyle: 'medium', timeStyle: 'short' })}
                      <br />
                      <span dir="auto">{v.fileName}</span>
                    </td>
                    <td>{formatNumber(v.lines)}</td>
                    <td>
                      {t('budget.desk.versions.totals', {
                        revenue: mad.round(v.totals.revenue.forecast),
                        expenditure: mad.round(v.totals.expenditure.forecast),
                        paid: mad.round(v.totals.expenditure.paid),
                      })}
                    </td>
                    <td>
                      {v.publishedAt ? (
                        t('budget.desk.versions.published', {
                          date: formatDate(v.publishedAt, { dateStyle: 'medium' }),
                        })
                      ) : (
                        <>
                          {t('budget.desk.versions.draft')}{' '}
                          <Button
                            type="button"
                            disabled={publish.isPending}
                            onClick={() => publish.mutate({ commune: slug, versionId: v.id })}
                            aria-label={t('budget.desk.versions.publishName', { year: v.year, version: v.version })}
                          >
                            {t('budget.desk.versions.publish')}
                          </Button>
                        </>
                      )}{' '}
                      <Button
                        type="button"
                        variant="secondary"
                        onClick={async () =>
                          saveCsv(
                            await queryClient.fetchQuery(
                              trpc.budget.exportVersion.queryOptions({ commune: slug, versionId: v.id }),
                            ),
                          )
                        }
                        aria-label={t('budget.desk.versions.downloadName', { year: v.year, version: v.version })}
                      >
                        {t('budget.desk.versions.download')}
                      </Button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Loaded>
    </Card>
  );
}
