import { PAC_PROJECT_STATUSES, PAC_REPORT_LANGUAGES } from '@shabaka/api/schemas';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, FilePicker, SelectField, TextField } from '@shabaka/ui';
import { useState, type FormEvent } from 'react';
import { Link, useRouter } from 'wouter';
import { blobToBase64 } from '../../../complaints/photos';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { ScreenHeading } from '../../../desk/shared';
import { saveCsv } from '../../../download';
import { describeError } from '../../../errors';
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
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
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
      const found: Issue[] = [];
      let offset: number | null = 0;
      setProgress({ done: 0, total: 0 });
      while (offset !== null) {
        const r = await importCsv.mutateAsync({ commune: slug, csv, offset, limit: SLICE });
        found.push(...r.issues);
        setProgress({ done: r.checked, total: r.total });
        offset = r.nextOffset;
      }
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

  const issueText = (x: Issue) =>
    x.column
      ? t('pacProjects.desk.csv.issue', { line: String(x.line), column: x.column, message: x.message })
      : t('pacProjects.desk.csv.issueLine', { line: String(x.line), message: x.message });
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
        <div className="pp-progress">
          <progress
            max={Math.max(progress.total, 1)}
            value={progress.done}
            aria-label={t('pacProjects.desk.csv.progress')}
            aria-valuetext={t('pacProjects.desk.csv.progressText', {
              done: formatNumber(progress.done),
              total: formatNumber(progress.total),
            })}
          />
          <span role="status">
            {t('pacProjects.desk.csv.progressText', {
              done: formatNumber(progress.done),
              total: formatNumber(progress.total),
            })}
          </span>
        </div>
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
              {t('pacProjects.desk.csv.warning', { line: String(x.line), column: x.column ?? '', message: x.message })}
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
  const project = useQuery({ ...trpc.pac.projects.staffGet.queryOptions({ commune: slug, code }), enabled: !!code });
  return (
    <Card title={t('pacProjects.desk.edit.title')} headingLevel={2}>
      <SelectField label={t('pacProjects.desk.edit.choose')} value={code} onChange={(e) => setCode(e.target.value)}>
        <option value="">—</option>
        {(list.data?.projects ?? []).map((p) => (
          <option key={p.code} value={p.code}>
            {p.code} — {inText(p.title, lang)}
          </option>
        ))}
      </SelectField>
      {code && (
        <Loaded query={project} describe={(e) => describeError(e, i18n, { section: 'pacProjects' }).message}>
          {(p) => <EditProject key={`${p.code}-${p.history[0]?.id ?? ''}`} p={p} />}
        </Loaded>
      )}
    </Card>
  );
}

function EditProject({ p }: { p: StaffProject }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t, lang, formatDate } = i18n;
  const [status, setStatus] = useState(p.storedStatus);
  const [own, setOwn] = useState(String(p.progress));
  const [subs, setSubs] = useState(p.subprojects.map((s) => String(s.progress)));
  const [budget, setBudget] = useState({
    planned: String(p.budget.planned),
    committed: String(p.budget.committed),
    paid: String(p.budget.paid),
  });
  const [complaint, setComplaint] = useState('');
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries(trpc.pac.projects.pathFilter());
  const fail = (err: unknown) =>
    setMessage({ tone: 'error', text: describeError(err, i18n, { section: 'pacProjects' }).message });
  const save = useMutation(trpc.pac.projects.save.mutationOptions({ onSuccess: refresh }));
  const link = useMutation(trpc.pac.projects.linkComplaint.mutationOptions({ onSuccess: refresh }));
  const unlink = useMutation(trpc.pac.projects.unlinkComplaint.mutationOptions({ onSuccess: refresh }));
  const photo = useMutation(trpc.pac.projects.addPhoto.mutationOptions({ onSuccess: refresh }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    save.mutate(
      {
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
          status,
          progress: Number(own),
          budgetPlanned: Number(budget.planned),
          budgetCommitted: Number(budget.committed),
          budgetPaid: Number(budget.paid),
          subprojects: p.subprojects.map((s, i) => ({ ...s, progress: Number(subs[i]) })),
        },
        milestones: p.milestones.map((m) => ({ id: m.id, title: m.title, plannedOn: m.plannedOn, doneOn: m.doneOn })),
      },
      { onSuccess: () => setMessage({ tone: 'success', text: t('pacProjects.desk.edit.saved') }), onError: fail },
    );
  };
  const number = (label: string, value: string, set: (v: string) => void, max?: number) => (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      min={0}
      max={max}
      required
      value={value}
      onChange={(e) => set(e.target.value)}
    />
  );
  return (
    <div className="shb-stack">
      <form onSubmit={submit} className="shb-stack">
        <SelectField
          label={t('pacProjects.desk.edit.status')}
          value={status}
          onChange={(e) => setStatus(e.target.value as typeof status)}
        >
          {PAC_PROJECT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`pacProjects.status.${s}`)}
            </option>
          ))}
        </SelectField>
        {p.subprojects.length === 0
          ? number(t('pacProjects.desk.edit.progress'), own, setOwn, 100)
          : p.subprojects.map((s, i) => (
              <div key={s.code}>
                {number(
                  t('pacProjects.desk.edit.subProgress', { code: s.code }),
                  subs[i] ?? '0',
                  (v) => setSubs((old) => old.map((x, j) => (j === i ? v : x))),
                  100,
                )}
              </div>
            ))}
        {number(t('pacProjects.budget.planned'), budget.planned, (v) => setBudget({ ...budget, planned: v }))}
        {number(t('pacProjects.budget.committed'), budget.committed, (v) => setBudget({ ...budget, committed: v }))}
        {number(t('pacProjects.budget.paid'), budget.paid, (v) => setBudget({ ...budget, paid: v }))}
        <p>
          <Button type="submit" disabled={save.isPending}>
            {t('pacProjects.desk.edit.save')}
          </Button>
        </p>
      </form>
      {message && <Alert tone={message.tone}>{message.text}</Alert>}

      <form
        className="shb-stack"
        onSubmit={(e) => {
          e.preventDefault();
          setMessage(null);
          link.mutate({ commune: slug, code: p.code, complaint }, { onError: fail, onSuccess: () => setComplaint('') });
        }}
      >
        <TextField
          label={t('pacProjects.desk.edit.complaint')}
          value={complaint}
          required
          onChange={(e) => setComplaint(e.target.value)}
        />
        <p>
          <Button type="submit" variant="secondary" disabled={link.isPending}>
            {t('pacProjects.desk.edit.link')}
          </Button>
        </p>
      </form>
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

function ReportCard() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProjectsI18n();
  const { t, formatDate } = i18n;
  const sessions = useQuery(trpc.pac.projects.sessions.queryOptions({ commune: slug }));
  const [year, setYear] = useState(String(new Date().getFullYear()));
  const [languages, setLanguages] = useState<(typeof PAC_REPORT_LANGUAGES)[number][]>(['ar']);
  const [sessionId, setSessionId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const generate = useMutation(
    trpc.pac.projects.generateReport.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.projects.pathFilter()),
    }),
  );
  return (
    <Card title={t('pacProjects.desk.report.title')} headingLevel={2}>
      <p>{t('pacProjects.desk.report.hint')}</p>
      <form
        className="shb-stack"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          generate.mutate(
            { commune: slug, year: Number(year), languages, sessionId: sessionId || null },
            { onError: (err) => setError(describeError(err, i18n, { section: 'pacProjects' }).message) },
          );
        }}
      >
        <TextField
          label={t('pacProjects.desk.report.year')}
          type="number"
          inputMode="numeric"
          min={2000}
          max={2100}
          required
          value={year}
          onChange={(e) => setYear(e.target.value)}
        />
        <fieldset>
          <legend>{t('pacProjects.desk.report.languages')}</legend>
          {PAC_REPORT_LANGUAGES.map((l) => (
            <label key={l} className="shb-check">
              <input
                type="checkbox"
                checked={languages.includes(l)}
                onChange={(e) => setLanguages((old) => (e.target.checked ? [...old, l] : old.filter((x) => x !== l)))}
              />{' '}
              {t(`pacProjects.language.${l}`)}
            </label>
          ))}
        </fieldset>
        <SelectField
          label={t('pacProjects.desk.report.session')}
          value={sessionId}
          onChange={(e) => setSessionId(e.target.value)}
        >
          <option value="">{t('pacProjects.desk.report.noSession')}</option>
          {(sessions.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {t('pacProjects.desk.report.sessionOption', {
                kind: t(`pacProjects.desk.report.kind.${s.kind}`),
                date: formatDate(`${s.opensOn}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' }),
              })}
            </option>
          ))}
        </SelectField>
        <p>
          <Button type="submit" disabled={generate.isPending || languages.length === 0}>
            {t('pacProjects.desk.report.generate')}
          </Button>
        </p>
      </form>
      {error && <Alert tone="error">{error}</Alert>}
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
