import { callApplyInput } from '@shabaka/api/schemas';
import { errorReason } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, FilePicker } from '@shabaka/ui';
import { useId, useState } from 'react';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { prepareScan, ScanError } from '../desk/files';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';
import { useCallsI18n } from './i18n';
import { detailOf, inLanguage, useCallDates, type CallDetail } from './model';

interface Draft {
  associationId: string;
  project: { ar: string; fr: string };
  summary: string;
  requestedMad: string;
}
type Call = CallDetail['call'];

const toInput = (callId: string, v: Draft) => ({
  callId,
  associationId: v.associationId,
  project: v.project,
  summary: v.summary,
  // An unreadable number goes as NaN: the schema names the field.
  requestedMad: v.requestedMad.trim() === '' ? NaN : Number(v.requestedMad),
});

/**
 * A verified representative files the association's dossier: the project, the amount asked and a document
 * per item of the call's checklist. The receipt's code is shown once the server has it.
 */
export function ApplyForm({ call }: { call: Call }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsI18n();
  const { t, lang } = i18n;
  const { deadline } = useCallDates();
  const mine = useQuery(trpc.calls.mine.queryOptions({ commune: slug }));
  const [files, setFiles] = useState<Record<string, File>>({});
  const [fileError, setFileError] = useState<{ item: string; text: string } | null>(null);
  const [receipt, setReceipt] = useState<{ code: string } | null>(null);
  const submit = useMutation(
    trpc.calls.submit.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.calls.pathFilter()) }),
  );
  const { form, props } = useKitForm<Draft>({
    defaultValues: { associationId: '', project: { ar: '', fr: '' }, summary: '', requestedMad: '' },
    i18n,
    check: schemaCheck(callApplyInput, (v: Draft) => toInput(call.id, v), i18n, { section: 'calls' }),
    submit: async (v) => {
      setFileError(null);
      const documents: Record<string, { name: string; dataBase64: string }> = {};
      for (const [item, file] of Object.entries(files)) {
        try {
          const s = await prepareScan(file);
          documents[item] = { name: s.name, dataBase64: s.dataBase64 };
        } catch (error) {
          if (error instanceof ScanError) setFileError({ item, text: t('calls.apply.fileProblem') });
          throw error;
        }
      }
      const filed = await submit.mutateAsync({ commune: slug, ...toInput(call.id, v), documents });
      setReceipt({ code: filed.code });
    },
    describe: (error) => {
      const said = describeError(error, i18n, { section: 'calls' });
      // A late dossier is told when the call closed, in the reader's words and Morocco's time.
      const closesAt = detailOf(error).closesAt;
      if (errorReason(error) === 'call_closed' && closesAt)
        return { ...said, message: t('calls.apply.closedAt', { date: deadline(closesAt) }) };
      return said;
    },
  });
  if (receipt)
    return (
      <div role="status" className="shb-stack">
        <Alert tone="success">{t('calls.apply.done', { code: receipt.code })}</Alert>
        <p>
          <Link href="/account">{t('calls.apply.follow')}</Link>
        </p>
      </div>
    );
  if (mine.isPending) return null;
  const choices = mine.data?.associations ?? [];
  if (choices.length === 0)
    return (
      <p>
        {t('calls.apply.noAssociation')} <Link href="/associations">{t('calls.apply.directory')}</Link>
      </p>
    );
  return (
    <KitForm {...props} busy={submit.isPending}>
      <form.AppField name="associationId">
        {(field) => (
          <field.SelectField label={t('calls.apply.association')} required>
            <option value="" />
            {choices.map((a) => (
              <option key={a.id} value={a.id}>
                {inLanguage(a.names, lang)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <form.AppField name="project.ar">
        {(field) => <field.TextField label={t('calls.apply.projectAr')} dir="rtl" lang="ar" required maxLength={200} />}
      </form.AppField>
      <form.AppField name="project.fr">
        {(field) => <field.TextField label={t('calls.apply.projectFr')} dir="ltr" lang="fr" required maxLength={200} />}
      </form.AppField>
      <form.AppField name="summary">
        {(field) => (
          <field.TextAreaField
            label={t('calls.apply.summary')}
            hint={t('calls.apply.summaryHint')}
            required
            maxLength={4000}
          />
        )}
      </form.AppField>
      <form.AppField name="requestedMad">
        {(field) => <field.TextField label={t('calls.apply.amount')} inputMode="numeric" required />}
      </form.AppField>
      {call.checklist.map((item) => (
        <DocumentPicker
          key={item.key}
          label={inLanguage(item.label, lang)}
          required={item.required}
          file={files[item.key]}
          error={fileError?.item === item.key ? fileError.text : props.serverFields[`documents.${item.key}`]}
          onPick={(f) => {
            setFileError(null);
            setFiles(({ [item.key]: _, ...rest }) => (f ? { ...rest, [item.key]: f } : rest));
          }}
        />
      ))}
      <Button type="submit" busy={submit.isPending}>
        {t('calls.apply.submit')}
      </Button>
    </KitForm>
  );
}

function DocumentPicker({
  label,
  required,
  file,
  error,
  onPick,
}: {
  label: string;
  required: boolean;
  file: File | undefined;
  error: string | undefined;
  onPick: (f: File | null) => void;
}) {
  const { t } = useCallsI18n();
  const id = useId();
  return (
    <div className="shb-field">
      <label htmlFor={id} className="shb-label">
        <bdi>{label}</bdi> {required ? t('calls.apply.requiredMark') : t('calls.apply.optionalMark')}
      </label>
      <p className="shb-hint">{t('calls.apply.fileHint')}</p>
      <FilePicker
        id={id}
        button={t('calls.apply.choose')}
        accept="application/pdf,image/*"
        required={required}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => onPick(e.target.files?.[0] ?? null)}
      />
      {file && <p className="shb-hint">{file.name}</p>}
      {error && (
        <p id={`${id}-error`} className="shb-field-error">
          {error}
        </p>
      )}
    </div>
  );
}
