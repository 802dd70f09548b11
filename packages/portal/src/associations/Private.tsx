import { ASSOCIATION_DOCUMENT_KINDS, type AssociationDocumentKind } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { associationProposeInput } from '@shabaka/api/schemas';
import { Alert, Button, Card, FilePicker, SelectField } from '@shabaka/ui';
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { prepareScan, ScanError } from '../desk/files';
import { DataTable } from '../desk/List';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';
import { useAssociationsI18n } from './i18n';
import { DATE_FIELDS, FlagList, usePrivateView, type PrivateView } from './parts';
import { saveBase64 } from '../download';

/** The fields a representative proposes from this page (the bureau and the seat go through the commune's counter). */
const PROPOSED = [
  'object',
  'contactEmail',
  'contactPhone',
  'rib',
  'lastGeneralAssemblyOn',
  'bureauRenewedOn',
  'changesDeclaredOn',
] as const;
type Proposed = Record<(typeof PROPOSED)[number], string>;

function Documents({ view }: { view: PrivateView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t } = i18n;
  const id = useId();
  const [kind, setKind] = useState<AssociationDocumentKind>('statutes');
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const add = useMutation(
    trpc.associations.addDocument.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.associations.private.pathFilter()),
    }),
  );
  const download = async (documentId: string) => {
    const d = await queryClient.fetchQuery(trpc.associations.document.queryOptions({ commune: slug, documentId }));
    saveBase64(d, d.name ?? `${d.kind}${d.mime === 'application/pdf' ? '.pdf' : '.jpg'}`);
  };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setMessage(null);
    try {
      const scan = await prepareScan(file);
      await add.mutateAsync({
        commune: slug,
        id: view.id,
        kind,
        file: { name: scan.name, dataBase64: scan.dataBase64 },
      });
      setMessage({ tone: 'success', text: t('associations.documents.added') });
      setFile(null);
    } catch (error) {
      setMessage({
        tone: 'error',
        text:
          error instanceof ScanError
            ? t('associations.error.field.file')
            : describeError(error, i18n, { section: 'associations' }).message,
      });
    }
  };
  return (
    <Card title={t('associations.documents.title')}>
      {view.documents.length === 0 ? (
        <p>{t('associations.documents.empty')}</p>
      ) : (
        <ul className="as-facts">
          {view.documents.map((d) => (
            <li key={d.id}>
              <Button variant="secondary" onClick={() => void download(d.id)}>
                {t('associations.documents.download', { kind: t(`associationsGlossary.document.${d.kind}`) })}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={submit} className="shb-stack" noValidate>
        <h3 className="desk-heading">{t('associations.documents.add')}</h3>
        <SelectField
          label={t('associations.documents.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as AssociationDocumentKind)}
        >
          {ASSOCIATION_DOCUMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`associationsGlossary.document.${k}`)}
            </option>
          ))}
        </SelectField>
        <div className="shb-field">
          <label htmlFor={id} className="shb-label">
            {t('associations.documents.file')}
          </label>
          <FilePicker
            id={id}
            button={t('associations.documents.file')}
            accept="application/pdf,image/*"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
          {file && <p className="shb-hint">{file.name}</p>}
        </div>
        <div role="status">{message && <Alert tone={message.tone}>{message.text}</Alert>}</div>
        <Button type="submit" disabled={!file || add.isPending}>
          {t('associations.documents.submit')}
        </Button>
      </form>
    </Card>
  );
}

function Propose({ view }: { view: PrivateView }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t } = i18n;
  const [sent, setSent] = useState(false);
  const propose = useMutation(
    trpc.associations.proposeChange.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.associations.private.pathFilter()),
    }),
  );
  const r = view.record;
  const initial: Proposed = {
    object: r.object,
    contactEmail: r.contactEmail ?? '',
    contactPhone: r.contactPhone ?? '',
    rib: r.rib ?? '',
    lastGeneralAssemblyOn: r.lastGeneralAssemblyOn ?? '',
    bureauRenewedOn: r.bureauRenewedOn ?? '',
    changesDeclaredOn: r.changesDeclaredOn ?? '',
  };
  // Only what the representative changed travels; an emptied optional field becomes null.
  const patchOf = (v: Proposed) =>
    Object.fromEntries(
      PROPOSED.filter((k) => v[k].trim() !== initial[k]).map((k) => [
        k,
        v[k].trim() === '' && k !== 'object' ? null : v[k].trim(),
      ]),
    );
  const describe = { section: 'associations', within: 'patch' } as const;
  const { form, props } = useKitForm({
    defaultValues: initial,
    i18n,
    check: schemaCheck(associationProposeInput, (v: Proposed) => ({ id: view.id, patch: patchOf(v) }), i18n, describe),
    describe,
    submit: async (v) => {
      await propose.mutateAsync({ commune: slug, id: view.id, patch: patchOf(v) });
      setSent(true);
    },
  });
  return (
    <Card title={t('associations.propose.title')}>
      <p>{t('associations.propose.intro')}</p>
      {sent && <Alert tone="success">{t('associations.propose.sent')}</Alert>}
      <KitForm {...props} className="portal-form" busy={propose.isPending}>
        <form.AppField name="object">
          {(field) => <field.TextAreaField label={t('associations.field.object')} rows={4} maxLength={2000} />}
        </form.AppField>
        <form.AppField name="contactEmail">
          {(field) => <field.TextField label={t('associations.field.contactEmail')} type="email" dir="ltr" />}
        </form.AppField>
        <form.AppField name="contactPhone">
          {(field) => <field.TextField label={t('associations.field.contactPhone')} type="tel" dir="ltr" />}
        </form.AppField>
        <form.AppField name="rib">
          {(field) => <field.TextField label={t('associations.field.rib')} inputMode="numeric" dir="ltr" />}
        </form.AppField>
        {(['lastGeneralAssemblyOn', 'bureauRenewedOn', 'changesDeclaredOn'] as const).map((k) => (
          <form.AppField key={k} name={k}>
            {(field) => <field.TextField label={t(`associations.field.${k}`)} type="date" dir="ltr" />}
          </form.AppField>
        ))}
        <Button type="submit">{t('associations.propose.submit')}</Button>
      </KitForm>
    </Card>
  );
}

/**
 * The private part of an association, for the commune's staff (also from the desk) and its verified representatives:
 * flags with reasons, bureau with CINs, bank details, dates, documents, changes; representatives propose changes here.
 */
export default function PrivateScreen({ id, publicHref = `/${id}` }: { id: string; publicHref?: string }) {
  const i18n = useAssociationsI18n();
  const { t, formatDate, formatList } = i18n;
  const { view: v, name, waiting } = usePrivateView(id);
  usePageTitle(v ? t('associations.private.title', { name }) : t('associations.title'));
  if (!v) return waiting;
  const day = (d: string | null) =>
    d ? formatDate(new Date(`${d}T12:00:00Z`), { dateStyle: 'long' }) : t('associations.dates.none');
  return (
    <article className="shb-stack">
      <Link href={publicHref}>{t('associations.private.publicPage')}</Link>
      <h1>{t('associations.private.title', { name })}</h1>
      <Alert tone="info">{t('associations.private.notice')}</Alert>
      <Card title={t('associations.flags.title')}>
        <FlagList flags={v.flags} />
      </Card>
      <Card title={t('associations.bureau.title')}>
        {v.record.bureau.length === 0 ? (
          <p>{t('associations.bureau.empty')}</p>
        ) : (
          <DataTable
            caption={t('associations.bureau.title')}
            columns={[
              t('associations.bureau.col.name'),
              t('associations.bureau.col.role'),
              t('associations.bureau.col.cin'),
            ]}
          >
            {v.record.bureau.map((m, i) => (
              <tr key={i}>
                <th scope="row">{m.name}</th>
                <td>{m.role}</td>
                <td dir="ltr">{m.cin}</td>
              </tr>
            ))}
          </DataTable>
        )}
        <p>{v.record.rib ? t('associations.rib', { rib: v.record.rib }) : t('associations.noRib')}</p>
      </Card>
      <Card title={t('associations.dates.title')}>
        <dl className="as-dates">
          {DATE_FIELDS.map((k) => (
            <div key={k}>
              <dt>{t(`associations.field.${k}`)}</dt>
              <dd>{day(v.record[k])}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Documents view={v} />
      <Card title={t('associations.changes.title')}>
        {v.changes.length === 0 ? (
          <p>{t('associations.changes.empty')}</p>
        ) : (
          <ul className="as-facts">
            {v.changes.map((c) => (
              <li key={c.id}>
                {t('associations.changes.item', {
                  date: formatDate(c.createdAt, { dateStyle: 'medium' }),
                  state: t(`associations.changes.state.${c.state}`),
                })}
                {' — '}
                {t('associations.changes.fields', {
                  list: formatList(Object.keys(c.patch).map((k) => fieldLabel(k, i18n))),
                })}
                {c.reason && <> — {t('associations.changes.reason', { reason: c.reason })}</>}
              </li>
            ))}
          </ul>
        )}
      </Card>
      {!v.asStaff && <Propose view={v} />}
    </article>
  );
}

/** A record field's label (keys come from the server's patch). */
export function fieldLabel(key: string, { t, has }: Pick<ReturnType<typeof useAssociationsI18n>, 't' | 'has'>) {
  const k = `associations.field.${key}`;
  return has(k) ? t(k) : key;
}
