import { PROCEDURE_CHANNELS } from '@shabaka/db/enums';
import type { RouterInputs } from '@shabaka/client';
import { useTRPC } from '@shabaka/client/react';
import { procedureUpdateInput } from '@shabaka/api/schemas';
import { Alert, Button, Card, Spinner } from '@shabaka/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { KitForm, schemaCheck, useKitForm, useStore, type KitFormApi } from '../../forms/kit';
import { QueryError } from '../../QueryError';
import { useProceduresI18n } from '../i18n';
import {
  fieldLabel,
  formatChannel,
  formatFee,
  formatHours,
  hoursToText,
  inLang,
  parseHours,
  type Channel,
  type Procedure,
} from '../model';
import { describeError } from '../../errors';

type Message = { tone: 'success' | 'error'; text: string; stale?: boolean };
type Patch = RouterInputs['procedures']['update']['patch'];
type Template = {
  feeMad: number | null;
  office: Procedure['office'];
  hours: Procedure['hours'];
  processingDays: number;
  documents: Procedure['documents'];
  channels: Channel;
  electronicDelivery: boolean;
};

/** The fields this form edits (forms and legal references stay with the CSV import). */
export const EDITABLE = [
  'feeMad',
  'office',
  'hours',
  'processingDays',
  'documents',
  'channels',
  'electronicDelivery',
] as const;
type Editable = (typeof EDITABLE)[number];

interface Draft {
  feeMad: string;
  office: { ar: string; fr: string; es: string };
  hours: string;
  processingDays: string;
  documents: string;
  channels: Channel;
  electronicDelivery: boolean;
  /** Per field: take the network template's value (sent as null) rather than the commune's own. */
  useTemplate: Record<Editable, boolean>;
}

const docsToText = (docs: Procedure['documents']) => docs.map((d) => `${d.ar} | ${d.fr} | ${d.es}`).join('\n');

function draftOf(p: Procedure): Draft {
  return {
    feeMad: p.feeMad === null ? '' : String(p.feeMad),
    office: { ar: p.office?.ar ?? '', fr: p.office?.fr ?? '', es: p.office?.es ?? '' },
    hours: hoursToText(p.hours),
    processingDays: String(p.processingDays),
    documents: docsToText(p.documents),
    channels: p.channels,
    electronicDelivery: p.electronicDelivery,
    useTemplate: Object.fromEntries(EDITABLE.map((f) => [f, !p.overridden.includes(f)])) as Record<Editable, boolean>,
  };
}

/** The patch the server expects, or the fields that do not read (checked again by the server). */
export function patchOf(d: Draft): { patch: Patch; invalid: Editable[] } {
  const patch: Record<string, unknown> = {};
  const invalid: Editable[] = [];
  const set = (f: Editable, value: unknown) => (value === undefined ? invalid.push(f) : (patch[f] = value));
  for (const f of EDITABLE) {
    if (d.useTemplate[f]) {
      patch[f] = null;
      continue;
    }
    switch (f) {
      case 'feeMad': {
        const n = Number(d.feeMad.trim().replace(',', '.'));
        set(f, d.feeMad.trim() && Number.isFinite(n) ? n : undefined);
        break;
      }
      case 'office': {
        const o = { ar: d.office.ar.trim(), fr: d.office.fr.trim(), es: d.office.es.trim() };
        set(f, o.ar && o.fr && o.es ? o : undefined);
        break;
      }
      case 'hours':
        set(f, parseHours(d.hours) ?? undefined);
        break;
      case 'processingDays':
        set(f, /^\d{1,3}$/.test(d.processingDays.trim()) ? Number(d.processingDays.trim()) : undefined);
        break;
      case 'documents': {
        const docs = d.documents
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => line.split('|').map((s) => s.trim()));
        set(
          f,
          docs.every((parts) => parts.length === 3 && parts.every(Boolean))
            ? docs.map(([ar, fr, es]) => ({ ar: ar!, fr: fr!, es: es! }))
            : undefined,
        );
        break;
      }
      case 'channels':
        patch[f] = d.channels;
        break;
      case 'electronicDelivery':
        patch[f] = d.electronicDelivery;
        break;
    }
  }
  return { patch: patch as Patch, invalid };
}

/** One field with its "use the network template" switch and the template's value. */
function Slot({
  form,
  field,
  template,
  children,
}: {
  form: KitFormApi<Draft>;
  field: Editable;
  template: string;
  children: ReactNode;
}) {
  const { t } = useProceduresI18n();
  const useTemplate = useStore(form.store, (s) => s.values.useTemplate[field]);
  return (
    <fieldset className="pr-slot">
      <legend>{t(`procedures.field.${field}`)}</legend>
      <form.AppField name={`useTemplate.${field}`}>
        {(check) => <check.CheckField label={t('procedures.desk.useTemplate')} />}
      </form.AppField>
      <p className="shb-hint">{t('procedures.desk.templateValue', { value: template })}</p>
      {!useTemplate && children}
    </fieldset>
  );
}

const LANGS = ['ar', 'fr', 'es'] as const;
const DESCRIBE = { within: 'patch', router: 'procedures' } as const;

function EditForm({ p, template, say }: { p: Procedure; template: Template; say: (m: Message) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const update = useMutation(trpc.procedures.update.mutationOptions());
  const input = (d: Draft) => ({ code: p.code, patch: patchOf(d).patch, expectedVersion: p.overrideVersion });
  const schema = schemaCheck(procedureUpdateInput, input, i18n, DESCRIBE);
  const { form, props } = useKitForm<Draft>({
    defaultValues: draftOf(p),
    i18n,
    check: (d) => {
      // What does not read as a value (hours, documents' lines…) is said here; the rest, by the API's schema.
      const found = schema(d);
      for (const f of patchOf(d).invalid) {
        const key = `procedures.error.field.${f}`;
        const text = t(i18n.has(key) ? key : 'portal.error.field.generic');
        if (f === 'office') for (const l of LANGS) found[`office.${l}`] ??= d.office[l].trim() ? '' : text;
        else found[f] ??= text;
      }
      return Object.fromEntries(Object.entries(found).filter(([, text]) => text));
    },
    describe: (error) => {
      const d = describeError(error, i18n, DESCRIBE);
      // Someone saved first: said above the form, with the button that loads their version.
      if ('expectedVersion' in d.fields) {
        say({ tone: 'error', text: d.message, stale: true });
        return { message: '', fields: {} };
      }
      return d;
    },
    submit: async (d) => {
      const r = await update.mutateAsync({ commune: slug, ...input(d) });
      await queryClient.invalidateQueries(trpc.procedures.pathFilter());
      say({
        tone: 'success',
        text: r.changed.length ? t('procedures.desk.saved', { version: r.version }) : t('procedures.desk.unchanged'),
      });
    },
  });

  const text = (field: 'feeMad' | 'processingDays', inputMode: 'decimal' | 'numeric') => (
    <form.AppField name={field}>
      {(f) => <f.TextField label={t(`procedures.field.${field}`)} inputMode={inputMode} required />}
    </form.AppField>
  );

  return (
    <KitForm {...props} busy={update.isPending}>
      <Slot form={form} field="feeMad" template={formatFee(template.feeMad, i18n)}>
        {text('feeMad', 'decimal')}
      </Slot>
      <Slot form={form} field="office" template={inLang(template.office, lang) || '—'}>
        {LANGS.map((l) => (
          <form.AppField key={l} name={`office.${l}`}>
            {(f) => (
              <f.TextField
                label={t(`procedures.desk.office${l === 'ar' ? 'Ar' : l === 'fr' ? 'Fr' : 'Es'}`)}
                lang={l}
                dir={l === 'ar' ? 'rtl' : 'ltr'}
                required
              />
            )}
          </form.AppField>
        ))}
      </Slot>
      <Slot form={form} field="hours" template={formatHours(template.hours, i18n)}>
        <form.AppField name="hours">
          {(f) => (
            <f.TextField label={t('procedures.field.hours')} dir="ltr" hint={t('procedures.desk.hoursHint')} required />
          )}
        </form.AppField>
      </Slot>
      <Slot form={form} field="processingDays" template={t('procedures.days', { count: template.processingDays })}>
        {text('processingDays', 'numeric')}
      </Slot>
      <Slot
        form={form}
        field="documents"
        template={t('procedures.compare.documentCount', { count: template.documents.length })}
      >
        <form.AppField name="documents">
          {(f) => (
            <f.TextAreaField
              className="desk-textarea"
              label={t('procedures.field.documents')}
              hint={t('procedures.desk.documentsHint')}
              rows={5}
            />
          )}
        </form.AppField>
      </Slot>
      <Slot form={form} field="channels" template={formatChannel(template.channels, i18n)}>
        <form.AppField name="channels">
          {(f) => (
            <f.SelectField label={t('procedures.field.channels')}>
              {PROCEDURE_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {formatChannel(c, i18n)}
                </option>
              ))}
            </f.SelectField>
          )}
        </form.AppField>
      </Slot>
      <Slot
        form={form}
        field="electronicDelivery"
        template={t(template.electronicDelivery ? 'procedures.electronic.yes' : 'procedures.electronic.no')}
      >
        <form.AppField name="electronicDelivery">
          {(f) => <f.CheckField label={t('procedures.electronic.allowed')} />}
        </form.AppField>
      </Slot>
      <div>
        <Button type="submit" disabled={update.isPending}>
          {t('procedures.desk.save')}
        </Button>
      </div>
    </KitForm>
  );
}

function History({ code }: { code: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, formatDate, formatList } = i18n;
  const history = useQuery(trpc.procedures.history.queryOptions({ commune: slug, code }));
  return (
    <Loaded query={history} describe={(e) => describeError(e, i18n).message}>
      {(data) =>
        data.versions.length === 0 ? (
          <p>{t('procedures.desk.historyEmpty')}</p>
        ) : (
          <DataTable
            caption={t('procedures.desk.historyCaption')}
            columns={[
              t('procedures.desk.col.version'),
              t('procedures.desk.col.when'),
              t('procedures.desk.col.who'),
              t('procedures.desk.col.source'),
              t('procedures.desk.col.changed'),
            ]}
          >
            {data.versions.map((v) => (
              <tr key={v.version}>
                <th scope="row">
                  <Link
                    href={`/${code}/versions/${v.version}`}
                    aria-label={t('procedures.desk.view', { version: v.version })}
                  >
                    {v.version}
                  </Link>
                </th>
                <td>{formatDate(v.at, { dateStyle: 'medium', timeStyle: 'short' })}</td>
                <td>{v.actor?.name ?? t('procedures.desk.system')}</td>
                <td>{t(`procedures.desk.source.${v.source}`)}</td>
                <td>{formatList(v.changed.map((f) => fieldLabel(i18n, f)))}</td>
              </tr>
            ))}
          </DataTable>
        )
      }
    </Loaded>
  );
}

/** /staff/procedures/:code — the commune's values for one procedure, and their history. */
/** The values citizens see as they stand that nobody has confirmed yet, and who confirms them. */
function ToVerify({ p }: { p: Procedure }) {
  const i18n = useProceduresI18n();
  const fields = [...p.toVerify];
  if (p.legalBasis.some((l) => l.toVerify) && !fields.includes('legalBasis')) fields.push('legalBasis');
  if (fields.length === 0) return null;
  return (
    <Alert tone="warning">
      {i18n.t('procedures.desk.toVerify', { fields: i18n.formatList(fields.map((f) => fieldLabel(i18n, f))) })}
    </Alert>
  );
}

export default function EditScreen({ code }: { code: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const procedure = useQuery(trpc.procedures.get.queryOptions({ commune: slug, code }));
  const template = useQuery(trpc.procedures.template.queryOptions({ code }));
  const name = procedure.data ? inLang(procedure.data.names, lang) : '';
  // Here, not in the form: saving makes a new version, which remounts the form.
  const [message, setMessage] = useState<Message | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const say = (m: Message) => {
    setMessage(m);
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  usePageTitle(name ? t('procedures.desk.editTitle', { name }) : t('procedures.desk.title'));

  let body: ReactNode;
  if (procedure.isPending || template.isPending) body = <Spinner />;
  else if (procedure.isError || template.isError) {
    // Both queries again: either may be the one that failed.
    const error = procedure.error ?? template.error;
    body = (
      <QueryError
        error={error}
        retry={() => Promise.all([procedure.refetch(), template.refetch()])}
        message={describeError(error, i18n).message}
      />
    );
  } else
    body = (
      <>
        <ScreenHeading>{t('procedures.desk.editTitle', { name })}</ScreenHeading>
        {/* A new version (saved here, reverted, imported) starts a fresh form from the stored values. */}
        <div ref={messageRef} tabIndex={-1}>
          {message && (
            <Alert
              tone={message.tone}
              action={
                message.stale ? (
                  <Button
                    variant="secondary"
                    onClick={() => queryClient.invalidateQueries(trpc.procedures.pathFilter())}
                  >
                    {t('common.retry')}
                  </Button>
                ) : undefined
              }
            >
              {message.text}
            </Alert>
          )}
        </div>
        <ToVerify p={procedure.data} />
        <EditForm key={procedure.data.overrideVersion} p={procedure.data} template={template.data} say={say} />
        <Card title={t('procedures.desk.history')}>
          <History code={code} />
        </Card>
      </>
    );
  return (
    <section className="shb-stack">
      <p>
        <Link href="/">{t('procedures.desk.back')}</Link>
      </p>
      {body}
    </section>
  );
}
