import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { callApplyInput } from '@shabaka/api/schemas';
import { Alert, Button, Card, FilePicker } from '@shabaka/ui';
import { useId, useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { prepareScan, ScanError } from '../../desk/files';
import { ScreenHeading } from '../../desk/shared';
import { KitForm, useKitForm, useServerFields, useStore } from '../../forms/kit';
import { useCallsDeskI18n } from './i18n';
import { deskCheck, inLanguage, slot, useStaffCalls, type StaffCall } from './model';

interface Draft {
  callId: string;
  associationId: string;
  project: { ar: string; fr: string };
  summary: string;
  requestedMad: string;
}

const EMPTY: Draft = { callId: '', associationId: '', project: { ar: '', fr: '' }, summary: '', requestedMad: '' };

const toInput = (v: Draft) => ({
  callId: v.callId,
  associationId: v.associationId,
  project: v.project,
  summary: v.summary,
  // An unreadable number goes as NaN: the schema names the field.
  requestedMad: v.requestedMad.trim() === '' ? NaN : Number(v.requestedMad),
});

/**
 * A paper dossier brought to the counter: staff file it for any association of the commune's registry, with its
 * documents scanned (images downscaled in the browser, PDFs as they are), and hand over the receipt's code. The
 * server applies the same rules as online (deadline, eligibility, required documents), naming the field.
 */
export default function CounterScreen() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t, lang } = i18n;
  usePageTitle(t('callsDesk.counter.title'));
  const calls = useStaffCalls();
  const associations = useQuery(trpc.associations.staffList.queryOptions({ commune: slug }));
  const [files, setFiles] = useState<Record<string, File | undefined>>({});
  const [scanProblems, setScanProblems] = useState<Record<string, string>>({});
  const [receipt, setReceipt] = useState<string | null>(null);
  const submit = useMutation(
    trpc.calls.submit.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.calls.pathFilter()),
    }),
  );
  const open = (calls.data ?? []).filter((c) => c.state === 'open' && c.accepting);
  const { form, props } = useKitForm<Draft>({
    defaultValues: EMPTY,
    i18n,
    check: deskCheck(callApplyInput, toInput, i18n),
    describe: { section: 'calls', slot },
    submit: async (v) => {
      setReceipt(null);
      setScanProblems({});
      const call = open.find((c) => c.id === v.callId);
      const documents: Record<string, { name: string; dataBase64: string }> = {};
      const problems: Record<string, string> = {};
      for (const item of call?.checklist ?? []) {
        const f = files[item.key];
        if (!f) continue;
        try {
          const s = await prepareScan(f);
          documents[item.key] = { name: s.name, dataBase64: s.dataBase64 };
        } catch (error) {
          const problem = error instanceof ScanError ? error.problem : 'unreadable';
          problems[item.key] = t(`callsDesk.counter.scan.${problem}`, { name: f.name });
        }
      }
      if (Object.keys(problems).length) return setScanProblems(problems);
      const filed = await submit.mutateAsync({ commune: slug, ...toInput(v), documents });
      setReceipt(filed.code);
      setFiles({});
      form.reset();
    },
  });
  const callId = useStore(form.store, (s) => s.values.callId);
  const chosen = open.find((c) => c.id === callId);
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('callsDesk.counter.title')}</ScreenHeading>
      <p>{t('callsDesk.counter.intro')}</p>
      <div role="status">
        {receipt && (
          <Alert tone="success" title={t('callsDesk.counter.done')}>
            {t('callsDesk.counter.receipt')} <strong dir="ltr">{receipt}</strong>
          </Alert>
        )}
      </div>
      {calls.isSuccess && open.length === 0 ? (
        <p>{t('callsDesk.counter.noCall')}</p>
      ) : (
        <Card title={t('callsDesk.counter.form')} headingLevel={3}>
          <KitForm {...props} busy={submit.isPending}>
            <form.AppField name="callId">
              {(field) => (
                <field.SelectField label={t('callsDesk.counter.call')} required>
                  <option value="" />
                  {open.map((c) => (
                    <option key={c.id} value={c.id}>
                      {inLanguage(c.title, lang)}
                    </option>
                  ))}
                </field.SelectField>
              )}
            </form.AppField>
            <form.AppField name="associationId">
              {(field) => (
                <field.SelectField label={t('callsDesk.counter.association')} required>
                  <option value="" />
                  {(associations.data ?? []).map((a) => (
                    <option key={a.id} value={a.id}>
                      {inLanguage(a.names, lang)}
                    </option>
                  ))}
                </field.SelectField>
              )}
            </form.AppField>
            {(['ar', 'fr'] as const).map((l) => (
              <form.AppField key={l} name={`project.${l}`}>
                {(field) => (
                  <field.TextField
                    label={t(`callsDesk.counter.project.${l}`)}
                    dir={l === 'ar' ? 'rtl' : 'ltr'}
                    lang={l}
                    required
                    maxLength={200}
                  />
                )}
              </form.AppField>
            ))}
            <form.AppField name="summary">
              {(field) => (
                <field.TextAreaField
                  label={t('callsDesk.counter.summary')}
                  hint={t('callsDesk.counter.summaryHint')}
                  required
                  maxLength={4000}
                />
              )}
            </form.AppField>
            <form.AppField name="requestedMad">
              {(field) => (
                <field.TextField
                  label={t('callsDesk.counter.amount')}
                  hint={
                    chosen?.maxPerProjectMad
                      ? t('callsDesk.counter.amountMax', { max: i18n.formatNumber(chosen.maxPerProjectMad) })
                      : undefined
                  }
                  inputMode="numeric"
                  required
                />
              )}
            </form.AppField>
            {chosen && (
              <Documents
                call={chosen}
                files={files}
                problems={scanProblems}
                onChange={(key, f) => setFiles((prev) => ({ ...prev, [key]: f }))}
              />
            )}
            <Button type="submit" busy={submit.isPending}>
              {t('callsDesk.counter.submit')}
            </Button>
          </KitForm>
        </Card>
      )}
    </section>
  );
}

/** One file box per item of the call's checklist, each with the problem the browser or the server found in it. */
function Documents({
  call,
  files,
  problems,
  onChange,
}: {
  call: StaffCall;
  files: Record<string, File | undefined>;
  problems: Record<string, string>;
  onChange: (key: string, file: File | undefined) => void;
}) {
  const { t, lang } = useCallsDeskI18n();
  const server = useServerFields();
  const id = useId();
  if (call.checklist.length === 0) return null;
  return (
    <fieldset className="cd-fieldset shb-stack">
      <legend className="cd-legend">{t('callsDesk.counter.documents')}</legend>
      <p className="shb-hint">{t('callsDesk.counter.documentsHint')}</p>
      {call.checklist.map((item) => {
        const inputId = `${id}-${item.key}`;
        const error = problems[item.key] ?? server[`documents.${item.key}`];
        const label = inLanguage(item.label, lang);
        return (
          <div key={item.key} className="shb-field">
            <label htmlFor={inputId} className="shb-label">
              {item.required
                ? t('callsDesk.counter.documentRequired', { document: label })
                : t('callsDesk.counter.documentOptional', { document: label })}
            </label>
            <FilePicker
              id={inputId}
              button={t('callsDesk.counter.choose')}
              accept="application/pdf,image/*"
              required={item.required}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${inputId}-error` : undefined}
              onChange={(e) => onChange(item.key, e.target.files?.[0])}
            />
            {files[item.key] && <p className="shb-hint">{files[item.key]!.name}</p>}
            {error && (
              <p id={`${inputId}-error`} className="shb-field-error">
                {error}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
