import { DESK_TEMPLATES, DOCUMENT_DELIVERIES } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { documentIssueInput } from '@shabaka/api/schemas';
import { Button, Card } from '@shabaka/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { newIdempotencyKey } from '../../desk/files';
import { ScreenHeading } from '../../desk/shared';
import { useDocumentsI18n } from '../i18n';
import {
  DOCUMENT_LANGUAGES,
  oneOf,
  TEMPLATE_FIELDS,
  type Delivery,
  type IssueInput,
  type Issued,
  type Template,
  type TemplateField,
} from '../model';
import { KitForm, schemaCheck, useKitForm, useStore } from '../../forms/kit';

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

interface Values {
  template: Template;
  /** Every template's fields: those of the chosen one are sent (another's stay typed if the agent comes back). */
  fields: Record<TemplateField, string>;
  recipient: { name: string; cin: string; address: string };
  language: string;
  delivery: Delivery;
  requesterEmail: string;
}

const EMPTY: Values = {
  template: 'residence_certificate',
  fields: {
    address: '',
    since: '',
    purpose: '',
    subject: '',
    question: '',
    answer: '',
    requestCode: '',
    statement: '',
  },
  recipient: { name: '', cin: '', address: '' },
  language: 'both',
  delivery: 'paper',
  requesterEmail: '',
};

/** The values as `documents.issue` takes them (the commune and the key are added when sending). */
function inputOf(v: Values) {
  // The union's branches differ only by their fields; the schema checks the chosen one's.
  return {
    template: v.template,
    fields: Object.fromEntries(TEMPLATE_FIELDS[v.template].map((f) => [f.name, v.fields[f.name].trim()])),
    recipient: {
      name: v.recipient.name.trim(),
      cin: v.recipient.cin.trim(),
      // A residence certificate's address is the one it certifies, among its own fields.
      address: v.template === 'residence_certificate' ? '' : v.recipient.address.trim(),
    },
    language: oneOf(DOCUMENT_LANGUAGES, v.language) ?? 'both',
    delivery: v.delivery,
    requesterEmail: v.requesterEmail.trim(),
  };
}

function IssueForm({ onIssued }: { onIssued: (issued: Issued, email: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDocumentsI18n();
  const { t } = i18n;
  // One key per form: a double click or a retry after a lost answer never signs twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const issue = useMutation(
    trpc.documents.issue.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.documents.list.pathFilter());
      },
    }),
  );
  const { form, props } = useKitForm<Values>({
    defaultValues: EMPTY,
    i18n,
    check: schemaCheck(documentIssueInput, inputOf, i18n, { router: 'documents' }),
    submit: async (v) => {
      const input = inputOf(v);
      const issued = await issue.mutateAsync({ ...input, commune: slug, idempotencyKey } as IssueInput);
      onIssued(issued, input.requesterEmail);
    },
  });
  const template = useStore(form.store, (s) => s.values.template);

  return (
    <KitForm {...props} className="desk-counter-form" busy={issue.isPending}>
      <form.AppField name="template">
        {(field) => (
          <field.SelectField label={t('documents.issue.template')} required>
            {DESK_TEMPLATES.map((tpl) => (
              <option key={tpl} value={tpl}>
                {t(`documentsGlossary.type.${tpl}`)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <fieldset className="desk-fieldset">
        <legend>{t('documents.issue.fieldsLegend')}</legend>
        {TEMPLATE_FIELDS[template].map((f) => (
          <form.AppField key={f.name} name={`fields.${f.name}`}>
            {(field) =>
              f.long ? (
                <field.TextAreaField
                  label={t(`documents.field.${f.name}`)}
                  required={f.required}
                  maxLength={f.max}
                  rows={f.name === 'answer' ? 8 : 4}
                  className="desk-textarea"
                />
              ) : (
                <field.TextField
                  label={t(`documents.field.${f.name}`)}
                  required={f.required}
                  maxLength={f.max}
                  type={f.type ?? 'text'}
                  autoComplete="off"
                />
              )
            }
          </form.AppField>
        ))}
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('documents.issue.recipientLegend')}</legend>
        <form.AppField name="recipient.name">
          {(field) => (
            <field.TextField label={t('documents.field.recipientName')} required maxLength={160} autoComplete="off" />
          )}
        </form.AppField>
        <form.AppField name="recipient.cin">
          {(field) => (
            <field.TextField
              label={t('documents.field.cin')}
              hint={t('documents.field.cinHint')}
              maxLength={10}
              dir="ltr"
              autoComplete="off"
              spellCheck={false}
            />
          )}
        </form.AppField>
        {template !== 'residence_certificate' && (
          <form.AppField name="recipient.address">
            {(field) => (
              <field.TextField label={t('documents.field.recipientAddress')} maxLength={300} autoComplete="off" />
            )}
          </form.AppField>
        )}
        <form.AppField name="language">
          {(field) => (
            <field.SelectField label={t('documents.field.language')}>
              {DOCUMENT_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`documents.language.${l}`)}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
      </fieldset>
      <form.AppField name="delivery">
        {(field) => (
          <field.RadioField
            legend={t('documents.issue.deliveryLegend')}
            choices={DOCUMENT_DELIVERIES.map((d) => ({
              value: d,
              label: t(`documents.delivery.${d}`),
              hint: t(d === 'paper' ? 'documents.field.paperHint' : 'documents.field.electronicHint'),
            }))}
          />
        )}
      </form.AppField>
      <form.AppField name="requesterEmail">
        {(field) => (
          <field.TextField
            label={t('documents.field.requesterEmail')}
            hint={t('documents.field.requesterEmailHint')}
            type="email"
            dir="ltr"
            autoComplete="off"
            maxLength={254}
          />
        )}
      </form.AppField>
      <Button type="submit" busy={issue.isPending}>
        {t('documents.issue.submit')}
      </Button>
    </KitForm>
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
