import {
  PAC_PROJECT_STATUSES,
  PAC_REPORT_LANGUAGES,
  pacProjectsLinkInput,
  pacProjectsReportInput,
  pacProjectsSaveInput,
} from '@shabaka/api/schemas';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, FilePicker, SelectField, type TextFieldProps } from '@shabaka/ui';
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link, useRouter } from 'wouter';
import { blobToBase64 } from '../../../complaints/photos';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { checkInSlices, ImportProgress, type Progress } from '../../../desk/CsvImport';
import { ScreenHeading } from '../../../desk/shared';
import { saveCsv } from '../../../download';
import { describeError } from '../../../errors';
import { KitForm, schemaCheck, useKitForm, type FieldTexts } from '../../../forms/kit';
import { usePacProjectsI18n } from '../i18n';
import { inText, type StaffProject } from '../model';
import '../projects.css';

/** Lines checked per call: small enough for the bar to move on a commune's file, few enough calls for a big one. */
const SLICE = 10;
type Issue = RouterOutputs['pac']['projects']['importCsv']['issues'][number];

/** The desk's projects: update by file (checked line by line, all or nothing), by screen, and the signed report. */
export default function ProjectsDesk() {
  const { t } = usePacProjectsI18n();
  usePageTitle(t('pacProjects.desk.title'));
  const portal = useRouter().base.replace(/\/staff\/projects$/, '');
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('pacProjects.desk.title')}</ScreenHeading>
      <p>
        {/* The public page is the portal's, outside the staff area's routes. */}
        <Link href={`~${portal}/pac/projects`}>{t('pacProjects.desk.public')}</Link>
      </p>
      <CsvCard />
      <EditCard />
      <ReportCard />
    </div>
  );
}

function CsvCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t, formatNumber } = i18n;
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const [warnings, setWarnings] = useState<Issue[]>([]);
  const [done, setDone] = useState<{ created: number; updated: number; unchanged: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const importCsv = useMutation(trpc.pac.projects.importCsv.mutationOptions());
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
      // Checked slice by slice (the bar moves with each), then applied in one go only if no line was refused.
      const found = await checkInSlices(
        (offset) => importCsv.mutateAsync({ commune: slug, csv, offset, limit: SLICE }),
        setProgress,
      );
      if (found.length > 0) {
        setIssues(found);
        return;
      }
      const applied = await importCsv.mutateAsync({ commune: slug, csv, apply: true });
      setWarnings(applied.warnings);
      if (applied.applied) setDone(applied.applied);
      else setIssues(applied.issues);
      await queryClient.invalidateQueries(trpc.pac.projects.pathFilter());
    } catch (err) {
      setError(describeError(err, i18n, { section: 'pacProjects' }).message);
    }
  };

  // The server names the line and column; what the column takes is said in the reader's language.
  const issueText = (x: Issue) => {
    const rule = `pacProjects.csv.rule.${x.column ?? ''}`;
    return x.column && i18n.has(rule)
      ? t('pacProjects.desk.csv.issue', { line: String(x.line), column: x.column, message: t(rule) })
      : t('pacProjects.desk.csv.issueLine', { line: String(x.line), message: t('pacProjects.csv.line') });
  };
  return (
    <Card title={t('pacProjects.desk.csv.title')} headingLevel={2}>
      <p>{t('pacProjects.desk.csv.hint')}</p>
      <p>
        <Button
          type="button"
          variant="secondary"
          onClick={async () =>
            saveCsv(await queryClient.fetchQuery(trpc.pac.projects.exportCsv.queryOptions({ commune: slug })))
          }
        >
          {t('pacProjects.desk.csv.export')}
        </Button>
      </p>
      <form onSubmit={(e) => void run(e)} className="shb-stack">
        <div>
          <label htmlFor="pp-csv-file">{t('pacProjects.desk.csv.file')}</label>{' '}
          <FilePicker
            id="pp-csv-file"
            accept=".csv,text/csv"
            button={t('pacProjects.desk.csv.choose')}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {file && <span> {file.name}</span>}
        </div>
        <p>
          <Button type="submit" disabled={!file || busy}>
            {t('pacProjects.desk.csv.import')}
          </Button>
        </p>
      </form>
      {progress && (
        <ImportProgress
          className="pp-progress"
          progress={progress}
          label={t('pacProjects.desk.csv.progress')}
          text={t('pacProjects.desk.csv.progressText', {
            done: formatNumber(progress.done),
            total: formatNumber(progress.total),
          })}
        />
      )}
      {error && <Alert tone="error">{error}</Alert>}
      {issues.length > 0 && (
        <Alert tone="error" title={t('pacProjects.desk.csv.refused')}>
          <ul className="pp-issues">
            {issues.map((x, i) => (
              <li key={i}>{issueText(x)}</li>
            ))}
          </ul>
        </Alert>
      )}
      {done && (
        <Alert tone="success">
          {t('pacProjects.desk.csv.done', {
            created: formatNumber(done.created),
            updated: formatNumber(done.updated),
            unchanged: formatNumber(done.unchanged),
          })}
        </Alert>
      )}
      {warnings.length > 0 && (
        <ul className="pp-issues">
          {warnings.map((x, i) => (
            <li key={i}>
              {t('pacProjects.desk.csv.warning', {
                line: String(x.line),
                column: x.column ?? '',
                message: t('pacProjects.budget.overCommitted'),
              })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function EditCard() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t, lang } = i18n;
  const list = useQuery(trpc.pac.projects.list.queryOptions({ commune: slug }));
  const [code, setCode] = useState('');
  // Held here: a save adds a history entry, and the form below is drawn afresh from the saved project.
  const [message, setMessage] = useState<Message | null>(null);
  const project = useQuery({ ...trpc.pac.projects.staffGet.queryOptions({ commune: slug, code }), enabled: !!code });
  return (
    <Card title={t('pacProjects.desk.edit.title')} headingLevel={2}>
      <SelectField
        label={t('pacProjects.desk.edit.choose')}
        value={code}
        onChange={(e) => {
          setCode(e.target.value);
          setMessage(null);
        }}
      >
        <option value="">—</option>
        {(list.data?.projects ?? []).map((p) => (
          <option key={p.code} value={p.code}>
            {p.code} — {inText(p.title, lang)}
          </option>
        ))}
      </SelectField>
      {code && (
        <Loaded query={project} describe={(e) => describeError(e, i18n, { section: 'pacProjects' }).message}>
          {(p) => <EditProject key={`${p.code}-${p.history[0]?.id ?? ''}`} p={p} onMessage={setMessage} />}
        </Loaded>
      )}
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
    </Card>
  );
}

type EditValues = {
  status: StaffProject['storedStatus'];
  progress: string;
  budgetPlanned: string;
  budgetCommitted: string;
  budgetPaid: string;
  subprojects: { progress: string }[];
  milestones: { doneOn: string }[];
};

type Message = { tone: 'success' | 'error'; text: string };

function EditProject({ p, onMessage: setMessage }: { p: StaffProject; onMessage: (m: Message | null) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t, lang, formatDate } = i18n;
  const refresh = () => queryClient.invalidateQueries(trpc.pac.projects.pathFilter());
  const fail = (err: unknown) =>
    setMessage({ tone: 'error', text: describeError(err, i18n, { section: 'pacProjects' }).message });
  const save = useMutation(trpc.pac.projects.save.mutationOptions({ onSuccess: refresh }));
  const unlink = useMutation(trpc.pac.projects.unlinkComplaint.mutationOptions({ onSuccess: refresh }));
  const photo = useMutation(trpc.pac.projects.addPhoto.mutationOptions({ onSuccess: refresh }));
  // The screen changes the figures; texts, dates and milestones travel as they are (the file changes those too).
  const toInput = (v: EditValues) => ({
    commune: slug,
    project: {
      code: p.code,
      title: p.title,
      axis: p.axis,
      neighbourhood: p.neighbourhood,
      lat: p.lat,
      lon: p.lon,
      startsOn: p.startsOn,
      endsOn: p.endsOn,
      status: v.status,
      progress: Number(v.progress),
      budgetPlanned: Number(v.budgetPlanned),
      budgetCommitted: Number(v.budgetCommitted),
      budgetPaid: Number(v.budgetPaid),
      subprojects: p.subprojects.map((s, i) => ({ ...s, progress: Number(v.subprojects[i]?.progress) })),
    },
    milestones: p.milestones.map((m, i) => ({
      id: m.id,
      title: m.title,
      plannedOn: m.plannedOn,
      doneOn: v.milestones[i]?.doneOn || null,
    })),
  });
  const describe = { section: 'pacProjects' as const, within: 'project' };
  const { form, props } = useKitForm<EditValues>({
    defaultValues: {
      status: p.storedStatus,
      progress: String(p.progress),
      budgetPlanned: String(p.budget.planned),
      budgetCommitted: String(p.budget.committed),
      budgetPaid: String(p.budget.paid),
      subprojects: p.subprojects.map((s) => ({ progress: String(s.progress) })),
      milestones: p.milestones.map((m) => ({ doneOn: m.doneOn ?? '' })),
    },
    i18n,
    check: schemaCheck(pacProjectsSaveInput, toInput, i18n, describe),
    submit: async (v) => {
      setMessage(null);
      await save.mutateAsync(toInput(v));
      setMessage({ tone: 'success', text: t('pacProjects.desk.edit.saved') });
    },
    describe,
  });
  const number = (label: string, max?: number) =>
    function NumberField(field: { TextField: (props: TextFieldProps) => ReactNode }) {
      return <field.TextField label={label} type="number" inputMode="numeric" min={0} max={max} required />;
    };
  return (
    <div className="shb-stack">
      <KitForm {...props} busy={save.isPending}>
        <form.AppField name="status">
          {(field) => (
            <field.SelectField label={t('pacProjects.desk.edit.status')}>
              {PAC_PROJECT_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`pacProjects.status.${s}`)}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        {p.subprojects.length === 0 ? (
          <form.AppField name="progress">{number(t('pacProjects.desk.edit.progress'), 100)}</form.AppField>
        ) : (
          p.subprojects.map((s, i) => (
            <form.AppField key={s.code} name={`subprojects[${i}].progress`}>
              {number(t('pacProjects.desk.edit.subProgress', { code: s.code }), 100)}
            </form.AppField>
          ))
        )}
        {p.milestones.map((m, i) => (
          <form.AppField key={m.id} name={`milestones[${i}].doneOn`}>
            {(field) => (
              <field.TextField
                label={t('pacProjects.desk.edit.milestoneDone', { title: inText(m.title, lang) })}
                hint={t('pacProjects.desk.edit.milestoneHint')}
                type="date"
              />
            )}
          </form.AppField>
        ))}
        <form.AppField name="budgetPlanned">{number(t('pacProjects.budget.planned'))}</form.AppField>
        <form.AppField name="budgetCommitted">{number(t('pacProjects.budget.committed'))}</form.AppField>
        <form.AppField name="budgetPaid">{number(t('pacProjects.budget.paid'))}</form.AppField>
        <p>
          <Button type="submit" busy={save.isPending}>
            {t('pacProjects.desk.edit.save')}
          </Button>
        </p>
      </KitForm>

      <LinkForm code={p.code} />
      {p.complaints.length > 0 && (
        <ul className="pp-plain">
          {p.complaints.map((c) => (
            <li key={c.id}>
              <bdi>{c.code}</bdi> — {t(`complaintsGlossary.stage.${c.stage}`)}{' '}
              <Button
                type="button"
                variant="link"
                onClick={() => unlink.mutate({ commune: slug, code: p.code, complaintId: c.id }, { onError: fail })}
              >
                {t('pacProjects.desk.edit.unlink', { code: c.code })}
              </Button>
            </li>
          ))}
        </ul>
      )}

      {p.milestones.map((m) => (
        <div key={m.id}>
          <label htmlFor={`pp-photo-${m.id}`}>
            {t('pacProjects.desk.edit.photo', { title: inText(m.title, lang) })}
          </label>{' '}
          <FilePicker
            id={`pp-photo-${m.id}`}
            accept="image/*"
            button={t('pacProjects.desk.edit.choosePhoto')}
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (!f) return;
              setMessage(null);
              photo.mutate(
                {
                  commune: slug,
                  code: p.code,
                  milestoneId: m.id,
                  photo: { name: f.name, dataBase64: await blobToBase64(f) },
                },
                { onError: fail },
              );
            }}
          />
        </div>
      ))}

      <section aria-labelledby="pp-history" className="shb-stack">
        <h3 id="pp-history">{t('pacProjects.desk.edit.history')}</h3>
        <ul className="pp-plain">
          {p.history.map((h) => (
            <li key={h.id}>
              {t('pacProjects.desk.edit.historyItem', {
                date: formatDate(h.at, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Africa/Casablanca' }),
                actor: h.actor,
                source: t(`pacProjects.desk.source.${h.source}`),
                changes: h.changes.map((c) => `${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('; '),
              })}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** Links a complaint of the commune by its code (the public page then shows its stage). */
function LinkForm({ code }: { code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t } = i18n;
  const link = useMutation(
    trpc.pac.projects.linkComplaint.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.projects.pathFilter()),
    }),
  );
  const toInput = (v: { complaint: string }) => ({ commune: slug, code, complaint: v.complaint });
  const { form, props } = useKitForm<{ complaint: string }>({
    defaultValues: { complaint: '' },
    i18n,
    check: schemaCheck(pacProjectsLinkInput, toInput, i18n, { section: 'pacProjects' }),
    submit: async (v) => {
      await link.mutateAsync(toInput(v));
      form.reset();
    },
    describe: { section: 'pacProjects' },
  });
  return (
    <KitForm {...props} busy={link.isPending}>
      <form.AppField name="complaint">
        {(field) => <field.TextField label={t('pacProjects.desk.edit.complaint')} required />}
      </form.AppField>
      <p>
        <Button type="submit" variant="secondary" busy={link.isPending}>
          {t('pacProjects.desk.edit.link')}
        </Button>
      </p>
    </KitForm>
  );
}

type ReportValues = { year: string; ar: boolean; fr: boolean; both: boolean; es: boolean; sessionId: string };

function ReportCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t, formatDate } = i18n;
  const sessions = useQuery(trpc.pac.projects.sessions.queryOptions({ commune: slug }));
  const generate = useMutation(
    trpc.pac.projects.generateReport.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.projects.pathFilter()),
    }),
  );
  const toInput = (v: ReportValues) => ({
    commune: slug,
    year: Number(v.year),
    languages: PAC_REPORT_LANGUAGES.filter((l) => v[l]),
    sessionId: v.sessionId || null,
  });
  const { form, props } = useKitForm<ReportValues>({
    defaultValues: {
      year: String(new Date().getFullYear()),
      ar: true,
      fr: false,
      both: false,
      es: false,
      sessionId: '',
    },
    i18n,
    check: schemaCheck(pacProjectsReportInput, toInput, i18n, { section: 'pacProjects' }),
    submit: async (v) => {
      await generate.mutateAsync(toInput(v));
    },
    describe: { section: 'pacProjects' },
  });
  return (
    <Card title={t('pacProjects.desk.report.title')} headingLevel={2}>
      <p>{t('pacProjects.desk.report.hint')}</p>
      <KitForm {...props} busy={generate.isPending}>
        <form.AppField name="year">
          {(field) => (
            <field.TextField
              label={t('pacProjects.desk.report.year')}
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              required
            />
          )}
        </form.AppField>
        <fieldset>
          <legend>{t('pacProjects.desk.report.languages')}</legend>
          {PAC_REPORT_LANGUAGES.map((l) => (
            <form.AppField key={l} name={l}>
              {(field) => <field.CheckField label={t(`pacProjects.language.${l}`)} />}
            </form.AppField>
          ))}
          <form.Subscribe selector={(s) => s.errorMap}>
            {(errors) => {
              const text = ((errors.onDynamic as { fields?: FieldTexts } | undefined)?.fields ?? {}).languages;
              return text ? <p className="shb-field-error">{text}</p> : null;
            }}
          </form.Subscribe>
        </fieldset>
        <form.AppField name="sessionId">
          {(field) => (
            <field.SelectField label={t('pacProjects.desk.report.session')}>
              <option value="">{t('pacProjects.desk.report.noSession')}</option>
              {(sessions.data ?? []).map((s) => (
                <option key={s.id} value={s.id}>
                  {t('pacProjects.desk.report.sessionOption', {
                    kind: t(`pacProjects.desk.report.kind.${s.kind}`),
                    date: formatDate(`${s.opensOn}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }),
                  })}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        <p>
          <Button type="submit" busy={generate.isPending}>
            {t('pacProjects.desk.report.generate')}
          </Button>
        </p>
      </KitForm>
      {generate.data && (
        <Alert tone="success" title={t('pacProjects.desk.report.issued')}>
          <ul className="pp-plain">
            {generate.data.reports.map((r) => (
              <li key={r.code}>
                {t(`pacProjects.language.${r.language}`)}:{' '}
                <a href={r.verifyPath}>{t('pacProjects.report.verify', { code: r.code })}</a> ·{' '}
                <a href={r.pdfPath}>{t('pacProjects.desk.report.pdf', { code: r.code })}</a>
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </Card>
  );
}
