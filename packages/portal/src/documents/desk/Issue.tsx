import { DOCUMENT_DELIVERIES, DOCUMENT_TEMPLATES } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, SelectField, TextField } from '@shabaka/ui';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { RadioGroup } from '../../RadioGroup';
import { usePageTitle, usePortal } from '../../config';
import { newIdempotencyKey } from '../../desk/files';
import { ScreenHeading } from '../../desk/shared';
import { TextAreaField } from '@shabaka/ui';
import { useDocumentsI18n } from '../i18n';
import {
  DOCUMENT_LANGUAGES,
  oneOf,
  TEMPLATE_FIELDS,
  type Delivery,
  type IssueInput,
  type Issued,
  type Template,
} from '../model';
import { describeError } from '../../errors';

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

/** The download link for electronic delivery, with a copy button (falls back to selecting the text). */
function DownloadLink({ url }: { url: string }) {
  const { t } = useDocumentsI18n();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      // No clipboard (plain http, permissions): select the text for Ctrl+C instead.
      field.current?.select();
      setCopied('no');
    }
  };
  return (
    <div className="shb-field">
      <label htmlFor={id} className="shb-label">
        {t('documents.issue.done.link')}
      </label>
      <p id={`${id}-hint`} className="shb-hint">
        {t('documents.issue.done.linkHint')}
      </p>
      <div className="desk-copy">
        <input
          ref={field}
          id={id}
          className="shb-input desk-mono"
          readOnly
          value={url}
          dir="ltr"
          aria-describedby={`${id}-hint`}
          data-testid="document-download-link"
          onFocus={(e) => e.currentTarget.select()}
        />
        <Button variant="secondary" onClick={copy}>
          {t('documents.issue.done.copy')}
        </Button>
      </div>
      <p role="status" className="desk-live">
        {copied === 'yes'
          ? t('documents.issue.done.copied')
          : copied === 'no'
            ? t('documents.issue.done.copyManually')
            : ''}
      </p>
    </div>
  );
}

/** After signing: paper → a prominent Print button; electronic → the link to hand over. */
function IssuedPanel({ issued, email, onAnother }: { issued: Issued; email: string; onAnother: () => void }) {
  const { t } = useDocumentsI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const newTab = <span className="shb-sr-only"> {t('documents.newTab')}</span>;
  // The link names the configured public address (the one in the QR code), not this tab's.
  const downloadUrl = new URL(issued.downloadPath, issued.verifyUrl).toString();
  return (
    <Card>
      <h3 ref={heading} tabIndex={-1} className="desk-heading">
        {t('documents.issue.done.title')}
      </h3>
      <p>
        {t('documents.issue.done.code')}{' '}
        <strong className="desk-big-code" data-testid="document-code">
          <bdi dir="ltr">{issued.code}</bdi>
        </strong>
      </p>
      {issued.delivery === 'paper' ? (
        <>
          <p>{t('documents.issue.done.paperHint')}</p>
          <p>
            <a
              className="shb-button shb-button--primary doc-print"
              href={issued.pdfPath}
              target="_blank"
              rel="noopener"
            >
              {t('documents.issue.done.print')}
              {newTab}
            </a>
          </p>
        </>
      ) : (
        <>
          <DownloadLink url={downloadUrl} />
          <p>{email ? t('documents.issue.done.inAccount', { email }) : t('documents.issue.done.noAccount')}</p>
        </>
      )}
      <div className="desk-actions-row">
        {issued.delivery === 'electronic' && (
          <a className="shb-button shb-button--secondary" href={issued.pdfPath} target="_blank" rel="noopener">
            {t('documents.issue.done.open')}
            {newTab}
          </a>
        )}
        <a className="shb-button shb-button--secondary" href={issued.verifyPath} target="_blank" rel="noopener">
          {t('documents.issue.done.verify')}
          {newTab}
        </a>
        <Button variant="secondary" onClick={onAnother}>
          {t('documents.issue.done.another')}
        </Button>
      </div>
    </Card>
  );
}

function IssueForm({ onIssued }: { onIssued: (issued: Issued, email: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDocumentsI18n();
  const { t } = i18n;
  // One key per form: a double click or a retry after a lost answer never signs twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [template, setTemplate] = useState<Template>('residence_certificate');
  const [delivery, setDelivery] = useState<Delivery>('paper');
  const issue = useMutation(
    trpc.documents.issue.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.documents.list.pathFilter());
      },
    }),
  );
  const error = issue.error ? describeError(issue.error, i18n) : null;
  const fields = error?.fields ?? {};
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (issue.error) errorRef.current?.focus();
  }, [issue.error]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (issue.isPending) return;
    const data = new FormData(e.currentTarget);
    const own = Object.fromEntries(TEMPLATE_FIELDS[template].map((f) => [f.name, text(data, `fields.${f.name}`)]));
    const email = text(data, 'requesterEmail');
    // The union's branches differ only by their fields; the server validates each one.
    const input = {
      commune: slug,
      template,
      fields: own,
      recipient: {
        name: text(data, 'recipient.name'),
        cin: text(data, 'recipient.cin'),
        address: text(data, 'recipient.address'),
      },
      language: oneOf(DOCUMENT_LANGUAGES, text(data, 'language')) ?? 'both',
      delivery,
      requesterEmail: email,
      idempotencyKey,
    } as IssueInput;
    issue.mutate(input, { onSuccess: (issued) => onIssued(issued, email) });
  };

  return (
    <form onSubmit={submit} noValidate className="desk-counter-form">
      <div ref={errorRef} tabIndex={-1}>
        {error && <Alert tone="error">{error.message}</Alert>}
      </div>
      <SelectField
        label={t('documents.issue.template')}
        name="template"
        value={template}
        required
        onChange={(e) => setTemplate(oneOf(DOCUMENT_TEMPLATES, e.target.value) ?? 'residence_certificate')}
      >
        {DOCUMENT_TEMPLATES.map((tpl) => (
          <option key={tpl} value={tpl}>
            {t(`documents.template.${tpl}`)}
          </option>
        ))}
      </SelectField>
      <fieldset className="desk-fieldset" key={template}>
        <legend>{t('documents.issue.fieldsLegend')}</legend>
        {TEMPLATE_FIELDS[template].map((f) => {
          const props = {
            label: t(`documents.field.${f.name}`),
            name: `fields.${f.name}`,
            required: f.required,
            maxLength: f.max,
            error: fields[`fields.${f.name}`],
          };
          return f.long ? (
            <TextAreaField key={f.name} {...props} rows={f.name === 'answer' ? 8 : 4} className="desk-textarea" />
          ) : (
            <TextField key={f.name} {...props} type={f.type ?? 'text'} autoComplete="off" />
          );
        })}
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('documents.issue.recipientLegend')}</legend>
        <TextField
          label={t('documents.field.recipientName')}
          name="recipient.name"
          required
          maxLength={160}
          autoComplete="off"
          error={fields['recipient.name']}
        />
        <TextField
          label={t('documents.field.cin')}
          hint={t('documents.field.cinHint')}
          name="recipient.cin"
          maxLength={10}
          dir="ltr"
          autoComplete="off"
          spellCheck={false}
          error={fields['recipient.cin']}
        />
        {template !== 'residence_certificate' && (
          <TextField
            label={t('documents.field.recipientAddress')}
            name="recipient.address"
            maxLength={300}
            autoComplete="off"
            error={fields['recipient.address']}
          />
        )}
        <SelectField label={t('documents.field.language')} name="language" defaultValue="both" error={fields.language}>
          {DOCUMENT_LANGUAGES.map((l) => (
            <option key={l} value={l}>
              {t(`documents.language.${l}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <RadioGroup
        legend={t('documents.issue.deliveryLegend')}
        name="delivery"
        value={delivery}
        onChange={(v) => setDelivery(oneOf(DOCUMENT_DELIVERIES, v) ?? 'paper')}
        error={fields.delivery}
        choices={DOCUMENT_DELIVERIES.map((d) => ({
          value: d,
          label: t(`documents.delivery.${d}`),
          hint: t(d === 'paper' ? 'documents.field.paperHint' : 'documents.field.electronicHint'),
        }))}
      />
      <TextField
        label={t('documents.field.requesterEmail')}
        hint={t('documents.field.requesterEmailHint')}
        name="requesterEmail"
        type="email"
        dir="ltr"
        autoComplete="off"
        maxLength={254}
        error={fields.requesterEmail}
      />
      <Button type="submit" busy={issue.isPending}>
        {t('documents.issue.submit')}
      </Button>
    </form>
  );
}

/** /staff/documents/new — the issue form, then what to do with the signed document. */
export function IssueScreen() {
  const { t } = useDocumentsI18n();
  usePageTitle(`${t('documents.issue.title')} · ${t('portal.staff.heading')}`);
  const [issued, setIssued] = useState<{ doc: Issued; email: string } | null>(null);
  // A fresh form (and idempotency key) for each document.
  const [round, setRound] = useState(0);
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('documents.issue.title')}</ScreenHeading>
      <p>{t('documents.issue.intro')}</p>
      {issued ? (
        <IssuedPanel
          issued={issued.doc}
          email={issued.email}
          onAnother={() => {
            setIssued(null);
            setRound((n) => n + 1);
          }}
        />
      ) : (
        <IssueForm key={round} onIssued={(doc, email) => setIssued({ doc, email })} />
      )}
    </div>
  );
}
