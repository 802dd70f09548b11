import { ASSOCIATION_SECTORS, type AssociationSector } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { associationCreateInput, associationUpdateInput } from '@shabaka/api/schemas';
import { Alert, Button, Card } from '@shabaka/ui';
import { useId, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ScreenHeading } from '../../desk/shared';
import { errorOf, KitForm, schemaCheck, useKitForm, useServerFields, type FieldTexts } from '../../forms/kit';
import { useAssociationsI18n } from '../i18n';
import { DATE_FIELDS, usePrivateView, type PrivateView } from '../parts';

type AssociationRecord = PrivateView['record'];

/** The record as the form holds it: text everywhere (an empty box is "none"), branches one a line. */
interface Draft {
  names: { ar: string; fr: string };
  object: string;
  sectors: AssociationSector[];
  seatNeighbourhood: string;
  seatLocation: { lat: string; lon: string };
  branches: string;
  publicUtilityDecree: string;
  contactEmail: string;
  contactPhone: string;
  bureau: { name: string; role: string; cin: string }[];
  rib: string;
  constitutedOn: string;
  declaredOn: string;
  provisionalReceiptOn: string;
  definitiveReceiptOn: string;
  lastGeneralAssemblyOn: string;
  bureauRenewedOn: string;
  changesDeclaredOn: string;
}

const OPTIONAL = ['seatNeighbourhood', 'publicUtilityDecree', 'contactEmail', 'contactPhone', 'rib'] as const;

const EMPTY: Draft = {
  names: { ar: '', fr: '' },
  object: '',
  sectors: [],
  seatNeighbourhood: '',
  seatLocation: { lat: '', lon: '' },
  branches: '',
  publicUtilityDecree: '',
  contactEmail: '',
  contactPhone: '',
  bureau: [],
  rib: '',
  constitutedOn: '',
  declaredOn: '',
  provisionalReceiptOn: '',
  definitiveReceiptOn: '',
  lastGeneralAssemblyOn: '',
  bureauRenewedOn: '',
  changesDeclaredOn: '',
};

const draftOf = (r: AssociationRecord): Draft => ({
  names: { ...r.names },
  object: r.object,
  sectors: [...r.sectors],
  seatNeighbourhood: r.seatNeighbourhood ?? '',
  seatLocation: r.seatLocation
    ? { lat: String(r.seatLocation.lat), lon: String(r.seatLocation.lon) }
    : { lat: '', lon: '' },
  branches: r.branches.join('\n'),
  publicUtilityDecree: r.publicUtilityDecree ?? '',
  contactEmail: r.contactEmail ?? '',
  contactPhone: r.contactPhone ?? '',
  bureau: r.bureau.map((m) => ({ ...m })),
  rib: r.rib ?? '',
  ...(Object.fromEntries(DATE_FIELDS.map((k) => [k, r[k] ?? ''])) as Pick<Draft, (typeof DATE_FIELDS)[number]>),
});

const number = (v: string) => (v.trim() === '' ? NaN : Number(v.replace(',', '.')));

/** The procedure's record from the form: an empty box is null, a half-given seat location is refused by the schema. */
function recordOf(d: Draft) {
  const { lat, lon } = d.seatLocation;
  return {
    names: d.names,
    object: d.object,
    sectors: d.sectors,
    seatLocation: lat.trim() === '' && lon.trim() === '' ? null : { lat: number(lat), lon: number(lon) },
    branches: d.branches
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    bureau: d.bureau,
    ...(Object.fromEntries(OPTIONAL.map((k) => [k, d[k].trim() || null])) as Record<
      (typeof OPTIONAL)[number],
      string | null
    >),
    ...(Object.fromEntries(DATE_FIELDS.map((k) => [k, d[k] || null])) as Record<
      (typeof DATE_FIELDS)[number],
      string | null
    >),
  };
}

/** Only the fields staff changed travel: each change is a new version naming them. */
function patchOf(d: Draft, initial: Draft) {
  const now = recordOf(d);
  const before = recordOf(initial);
  return Object.fromEntries(
    (Object.keys(now) as (keyof typeof now)[])
      .filter((k) => JSON.stringify(now[k]) !== JSON.stringify(before[k]))
      .map((k) => [k, now[k]]),
  );
}

/** A list item's path as its field texts are keyed (`bureau.2.cin` → `bureau.cin`, `branches.0` → `branches`). */
const slot = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/** The sectors, as checkboxes in a fieldset that carries the list's error. */
function Sectors({
  value,
  onChange,
  errors,
}: {
  value: AssociationSector[];
  onChange: (v: AssociationSector[]) => void;
  errors: readonly unknown[];
}) {
  const { t } = useAssociationsI18n();
  const id = useId();
  const error = errorOf('sectors', errors, useServerFields());
  return (
    <fieldset
      className="as-fieldset"
      aria-describedby={error ? `${id}-error` : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="shb-label">{t('associations.field.sectors')}</legend>
      <div className="as-choices">
        {ASSOCIATION_SECTORS.map((s) => (
          <div key={s} className="desk-check">
            <input
              id={`${id}-${s}`}
              type="checkbox"
              checked={value.includes(s)}
              onChange={(e) => onChange(e.target.checked ? [...value, s] : value.filter((x) => x !== s))}
            />
            <label htmlFor={`${id}-${s}`}>{t(`associationsGlossary.sector.${s}`)}</label>
          </div>
        ))}
      </div>
      {error && (
        <p id={`${id}-error`} className="shb-field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Part({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="as-fieldset shb-stack">
      <legend className="desk-heading">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Staff register an association or edit its record: the public part, the bureau with CINs, bank details and dates.
 * Checked with the procedure's own schema (every refusal under the field it names); an edit sends only what changed.
 */
function RecordForm({
  id,
  record,
  version,
  onSaved,
}: {
  id?: string;
  record?: AssociationRecord;
  version?: number;
  onSaved?: (said: { tone: 'success' | 'info'; text: string } | null) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useAssociationsI18n();
  const { t } = i18n;
  const [, navigate] = useLocation();
  const setSaid = onSaved ?? (() => undefined);
  const onSuccess = () => queryClient.invalidateQueries(trpc.associations.pathFilter());
  const create = useMutation(trpc.associations.create.mutationOptions({ onSuccess }));
  const update = useMutation(trpc.associations.update.mutationOptions({ onSuccess }));
  const initial = record ? draftOf(record) : EMPTY;
  const describe = { section: 'associations', slot, ...(id ? { within: 'patch' } : {}) } as const;
  const schema = id
    ? schemaCheck(associationUpdateInput, (v: Draft) => ({ id, patch: patchOf(v, initial) }), i18n, describe)
    : schemaCheck(associationCreateInput, recordOf, i18n, describe);
  // An edit that changes nothing is said so, not refused. A list item's text also goes under the form's own name
  // for it (`bureau.0.cin` → `bureau[0].cin`): the form puts a check's texts on the fields named exactly so.
  const check = (v: Draft): FieldTexts => {
    if (id && Object.keys(patchOf(v, initial)).length === 0) return {};
    const out: FieldTexts = {};
    for (const [path, text] of Object.entries(schema(v))) {
      out[path] ??= text;
      out[path.replace(/\.(\d+)(?=\.|$)/g, '[$1]')] ??= text;
    }
    return out;
  };
  const { form, props } = useKitForm<Draft>({
    defaultValues: initial,
    i18n,
    check,
    describe,
    submit: async (v) => {
      setSaid(null);
      if (!id) {
        const made = await create.mutateAsync({ commune: slug, ...recordOf(v) });
        navigate(`/${made.id}`);
        return;
      }
      const patch = patchOf(v, initial);
      if (Object.keys(patch).length === 0) return setSaid({ tone: 'info', text: t('associations.form.unchanged') });
      const saved = await update.mutateAsync({ commune: slug, id, patch });
      setSaid({ tone: 'success', text: t('associations.form.saved', { version: saved.version }) });
    },
  });
  const busy = create.isPending || update.isPending;
  // The boxes laid out alike: their label is the field's own text (`associations.field.<path>`).
  type TextPath = (typeof OPTIONAL)[number] | `names.${'ar' | 'fr'}` | `seatLocation.${'lat' | 'lon'}`;
  const text = (name: TextPath, extra: Record<string, unknown> = {}) => (
    <form.AppField name={name as 'object'}>
      {(field) => <field.TextField label={t(`associations.field.${name}`)} {...extra} />}
    </form.AppField>
  );
  return (
    <KitForm {...props} busy={busy}>
      {version !== undefined && <p>{t('associations.form.version', { version })}</p>}
      <Part legend={t('associations.form.public')}>
        {text('names.ar', { dir: 'rtl', lang: 'ar', required: true, maxLength: 200 })}
        {text('names.fr', { dir: 'ltr', lang: 'fr', required: true, maxLength: 200 })}
        <form.AppField name="object">
          {(field) => <field.TextAreaField label={t('associations.field.object')} rows={4} maxLength={2000} required />}
        </form.AppField>
        <form.Field name="sectors">
          {(field) => (
            <Sectors value={field.state.value} onChange={field.handleChange} errors={field.state.meta.errors} />
          )}
        </form.Field>
        <form.AppField name="seatNeighbourhood">
          {(field) => (
            <field.TextField
              label={t('associations.field.seatNeighbourhood')}
              hint={t('associations.form.seatHint')}
              maxLength={100}
            />
          )}
        </form.AppField>
        <div className="as-pair">
          {text('seatLocation.lat', { inputMode: 'decimal', dir: 'ltr' })}
          {text('seatLocation.lon', { inputMode: 'decimal', dir: 'ltr' })}
        </div>
        <form.AppField name="branches">
          {(field) => (
            <field.TextAreaField
              label={t('associations.field.branches')}
              hint={t('associations.form.branchesHint')}
              rows={3}
            />
          )}
        </form.AppField>
        {text('publicUtilityDecree', { maxLength: 100 })}
        {text('contactEmail', { type: 'email', dir: 'ltr' })}
        {text('contactPhone', { type: 'tel', dir: 'ltr' })}
      </Part>
      <Part legend={t('associations.form.private')}>
        <form.Field name="bureau" mode="array">
          {(list) => (
            <div className="shb-stack">
              {list.state.value.map((_, i) => (
                <fieldset key={i} className="as-fieldset shb-stack">
                  <legend>{t('associations.form.member', { n: i + 1 })}</legend>
                  <form.AppField name={`bureau[${i}].name`}>
                    {(field) => <field.TextField label={t('associations.bureau.col.name')} maxLength={120} />}
                  </form.AppField>
                  <form.AppField name={`bureau[${i}].role`}>
                    {(field) => <field.TextField label={t('associations.bureau.col.role')} maxLength={60} />}
                  </form.AppField>
                  <form.AppField name={`bureau[${i}].cin`}>
                    {(field) => <field.TextField label={t('associations.bureau.col.cin')} dir="ltr" maxLength={12} />}
                  </form.AppField>
                  <Button variant="secondary" onClick={() => list.removeValue(i)}>
                    {t('associations.form.removeMember', { n: i + 1 })}
                  </Button>
                </fieldset>
              ))}
              <Button variant="secondary" onClick={() => list.pushValue({ name: '', role: '', cin: '' })}>
                {t('associations.form.addMember')}
              </Button>
            </div>
          )}
        </form.Field>
        {text('rib', { inputMode: 'numeric', dir: 'ltr' })}
      </Part>
      <Part legend={t('associations.dates.title')}>
        {DATE_FIELDS.map((k) => (
          <form.AppField key={k} name={k}>
            {(field) => <field.TextField label={t(`associations.field.${k}`)} type="date" dir="ltr" />}
          </form.AppField>
        ))}
      </Part>
      <Button type="submit" busy={busy}>
        {t(id ? 'associations.form.submitEdit' : 'associations.form.submitNew')}
      </Button>
    </KitForm>
  );
}

/** /staff/associations/new — register an association. */
export function NewRecordScreen() {
  const { t } = useAssociationsI18n();
  usePageTitle(t('associations.form.newTitle'));
  return (
    <section className="shb-stack">
      <Link href="/">{t('associations.desk.title')}</Link>
      <ScreenHeading>{t('associations.form.newTitle')}</ScreenHeading>
      <Card>
        <RecordForm />
      </Card>
    </section>
  );
}

/** /staff/associations/:id/edit — a new version of the record (the private page lists them as changes). */
export function EditRecordScreen({ id }: { id: string }) {
  const { t } = useAssociationsI18n();
  const { view, name, waiting } = usePrivateView(id);
  // Held here: the form starts again from the new version once saved, the confirmation stays.
  const [said, setSaid] = useState<{ tone: 'success' | 'info'; text: string } | null>(null);
  usePageTitle(view ? t('associations.form.editTitle', { name }) : t('associations.desk.title'));
  if (!view) return waiting;
  return (
    <section className="shb-stack">
      <Link href={`/${id}`}>{t('associations.private.title', { name })}</Link>
      <ScreenHeading>{t('associations.form.editTitle', { name })}</ScreenHeading>
      <Card>
        {/* Keyed by version: a record saved elsewhere meanwhile starts the form again from what is stored. */}
        <RecordForm key={view.version} id={id} record={view.record} version={view.version} onSaved={setSaid} />
      </Card>
      <div role="status">{said && <Alert tone={said.tone}>{said.text}</Alert>}</div>
    </section>
  );
}
