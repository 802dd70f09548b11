import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, FilePicker, TextAreaField } from '@shabaka/ui';
import { useId, useState, type FormEvent } from 'react';
import { usePortal } from '../config';
import { prepareScan, ScanError } from '../desk/files';
import { describeError } from '../errors';
import { useSubsidiesI18n } from './i18n';
import { saveFile, type Report } from './model';

const day = (d: string) => `${d}T12:00:00Z`;

/**
 * One report a subsidy asks for: its kind, due day and state, the files once filed (staff and the
 * association's representatives), and — for the representative while it is owed — the form to file it.
 */
export function ReportLine({
  report,
  onFiled,
}: {
  report: Report & { overdue?: boolean };
  /** Given on the representative's page: the form to file the report while it is owed, and what to say once filed. */
  onFiled?: () => void;
}) {
  const { t, formatDate } = useSubsidiesI18n();
  const when = formatDate(day(report.dueOn), { dateStyle: 'medium', timeZone: 'UTC' });
  const owed = report.state === 'due' || report.state === 'returned';
  return (
    <div className="shb-stack">
      <p>
        <strong>{t(`subsidies.report.kind.${report.kind}`)}</strong> ·{' '}
        <span className={report.overdue ? 'sb-late' : undefined}>
          {report.overdue ? t('subsidies.report.overdue', { date: when }) : t('subsidies.report.due', { date: when })}
        </span>{' '}
        · {t(`subsidies.report.state.${report.state}`)}
      </p>
      {report.state === 'returned' && report.reviewNote && (
        <p>{t('subsidies.report.returned', { note: report.reviewNote })}</p>
      )}
      {report.narrative && !owed && <p className="sb-narrative">{report.narrative}</p>}
      <ReportFiles report={report} />
      {onFiled && owed && <ReportForm report={report} onFiled={onFiled} />}
    </div>
  );
}

/** Buttons that fetch a filed report's files (never public: the API checks who asks). */
export function ReportFiles({ report }: { report: Report }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { t } = useSubsidiesI18n();
  const [busy, setBusy] = useState<string | null>(null);
  const get = async (which: 'financial' | 'narrative') => {
    setBusy(which);
    try {
      const f = await queryClient.fetchQuery(
        trpc.subsidies.reportFile.queryOptions({ commune: slug, reportId: report.id, which }),
      );
      saveFile(f, `${report.kind}-${which}`);
    } finally {
      setBusy(null);
    }
  };
  if (!report.hasFinancialFile && !report.hasNarrativeFile) return null;
  return (
    <div className="cx-row">
      {report.hasFinancialFile && (
        <Button variant="secondary" busy={busy === 'financial'} onClick={() => void get('financial')}>
          {t('subsidies.report.download.financial')}
        </Button>
      )}
      {report.hasNarrativeFile && (
        <Button variant="secondary" busy={busy === 'narrative'} onClick={() => void get('narrative')}>
          {t('subsidies.report.download.narrative')}
        </Button>
      )}
    </div>
  );
}

/** The representative files the report: what was done, the accounts (required, art. 32), an activity report. */
function ReportForm({ report, onFiled }: { report: Report; onFiled: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t } = i18n;
  const financialId = useId();
  const narrativeId = useId();
  const [narrative, setNarrative] = useState('');
  const [financial, setFinancial] = useState<File | null>(null);
  const [activity, setActivity] = useState<File | null>(null);
  const [fileError, setFileError] = useState<{ field: string; text: string } | null>(null);
  const file = useMutation(
    trpc.subsidies.fileReport.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.subsidies.pathFilter()),
    }),
  );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    file.reset();
    setFileError(null);
    const scan = async (f: File | null, field: string) => {
      if (!f) return undefined;
      try {
        const s = await prepareScan(f);
        return { name: s.name, dataBase64: s.dataBase64 };
      } catch (error) {
        if (error instanceof ScanError) setFileError({ field, text: t('subsidies.report.fileProblem') });
        throw error;
      }
    };
    try {
      const financialFile = await scan(financial, 'financialFile');
      const narrativeFile = await scan(activity, 'narrativeFile');
      // A missing file goes as an empty one: the server names the field.
      await file.mutateAsync({
        commune: slug,
        reportId: report.id,
        narrative,
        financialFile: financialFile ?? { dataBase64: '' },
        narrativeFile,
      });
      onFiled();
    } catch {
      // Shown below: a file the browser could not read, or the server's refusal.
    }
  };
  const refusal = file.error ? describeError(file.error, i18n) : null;
  const fields = refusal?.fields ?? {};
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="shb-stack">
      <h4 className="sb-subheading">{t('subsidies.report.file')}</h4>
      <div role="alert">{refusal && <Alert tone="error">{refusal.message}</Alert>}</div>
      <TextAreaField
        label={t('subsidies.report.narrative')}
        hint={t('subsidies.report.narrativeHint')}
        value={narrative}
        onChange={(e) => setNarrative(e.target.value)}
        required
        maxLength={6000}
        error={fields.narrative}
      />
      <div className="shb-field">
        <label htmlFor={financialId} className="shb-label">
          {t('subsidies.report.financialFile')}
        </label>
        <p className="shb-hint">{t('subsidies.report.financialHint')}</p>
        <FilePicker
          id={financialId}
          button={t('subsidies.report.choose')}
          accept="application/pdf,image/*"
          required
          aria-invalid={!!(fields.financialFile || fileError?.field === 'financialFile')}
          aria-describedby={`${financialId}-error`}
          onChange={(e) => setFinancial(e.target.files?.[0] ?? null)}
        />
        {financial && <p className="shb-hint">{financial.name}</p>}
        {(fileError?.field === 'financialFile' || fields.financialFile) && (
          <p id={`${financialId}-error`} className="shb-field-error">
            {fileError?.field === 'financialFile' ? fileError.text : fields.financialFile}
          </p>
        )}
      </div>
      <div className="shb-field">
        <label htmlFor={narrativeId} className="shb-label">
          {t('subsidies.report.narrativeFile')}
        </label>
        <FilePicker
          id={narrativeId}
          button={t('subsidies.report.choose')}
          accept="application/pdf,image/*"
          aria-invalid={!!(fields.narrativeFile || fileError?.field === 'narrativeFile')}
          aria-describedby={`${narrativeId}-error`}
          onChange={(e) => setActivity(e.target.files?.[0] ?? null)}
        />
        {activity && <p className="shb-hint">{activity.name}</p>}
        {(fileError?.field === 'narrativeFile' || fields.narrativeFile) && (
          <p id={`${narrativeId}-error`} className="shb-field-error">
            {fileError?.field === 'narrativeFile' ? fileError.text : fields.narrativeFile}
          </p>
        )}
      </div>
      <Button type="submit" busy={file.isPending}>
        {t('subsidies.report.submit')}
      </Button>
    </form>
  );
}
