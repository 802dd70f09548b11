import { SERVICE_POINT_KINDS } from '@shabaka/db/enums';
import type { RouterInputs } from '@shabaka/client';
import { useTRPC } from '@shabaka/client/react';
import { servicePointCreateInput, servicePointRemoveInput, servicePointUpdateInput } from '@shabaka/api/schemas';
import { Alert, Button, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { CheckField, ScreenHeading } from '../../desk/shared';
import { errorOf, KitForm, schemaCheck, useKitForm, type KitFormApi } from '../../forms/kit';
import { QueryError } from '../../QueryError';
import { useProceduresI18n } from '../i18n';
import {
  hoursToText,
  inLang,
  parseHours,
  type ServicePointGuess,
  type ServicePointKind,
  type StaffServicePoint as ServicePoint,
} from '../model';
import { describeError } from '../../errors';

type CreateInput = RouterInputs['servicePoints']['create'];
type Triple = { ar: string; fr: string; es: string };
const LANGS = ['ar', 'fr', 'es'] as const;
const Cap = { ar: 'Ar', fr: 'Fr', es: 'Es' } as const;

/** A message for the list after leaving a form (created, removed), shown once. */
const flash: { text: string | null } = { text: null };

interface Draft {
  code: string;
  kind: ServicePointKind;
  names: Triple;
  /** The street address; three empty boxes: not known yet (the portal then shows none). */
  address: Triple;
  /** How to get there (a landmark, a bus line); optional like the address. */
  directions: Triple;
  accessibility: Triple;
  lat: string;
  lon: string;
  hours: string;
  services: string[];
  phone: string;
  /** Seeded guesses staff checked on site and keep as they are. */
  confirmed: Record<ServicePointGuess, boolean>;
}

/** The guesses the form may confirm (each with its warning and check box, by its field). */
const GUESSES: readonly ServicePointGuess[] = ['hours', 'accessibility'];

const triple = (t: Triple | null | undefined): Triple => ({ ar: t?.ar ?? '', fr: t?.fr ?? '', es: t?.es ?? '' });
const trimmed = (t: Triple): Triple => ({ ar: t.ar.trim(), fr: t.fr.trim(), es: t.es.trim() });
/** Three empty languages mean "not known"; a half-filled one is refused by the schema, on the empty box. */
const orNull = (t: Triple): Triple | null => {
  const v = trimmed(t);
  return v.ar || v.fr || v.es ? v : null;
};

function draftOf(p: ServicePoint | undefined, center: { lat: number; lon: number } | undefined): Draft {
  return {
    code: p?.code ?? '',
    kind: p?.kind ?? 'counter',
    names: triple(p?.names),
    address: triple(p?.address),
    directions: triple(p?.directions),
    accessibility: triple(p?.accessibility),
    lat: String(p?.location.lat ?? center?.lat ?? ''),
    lon: String(p?.location.lon ?? center?.lon ?? ''),
    hours: hoursToText(p?.hours),
    services: p?.services ?? [],
    phone: p?.phone ?? '',
    confirmed: { hours: false, accessibility: false },
  };
}

/** The API's input, or the fields that do not read (the server checks everything again). */
export function pointInputOf(d: Draft): { input: Omit<CreateInput, 'commune'>; invalid: string[] } {
  const invalid: string[] = [];
  const lat = Number(d.lat.trim().replace(',', '.'));
  const lon = Number(d.lon.trim().replace(',', '.'));
  if (!d.lat.trim() || !d.lon.trim() || !Number.isFinite(lat) || !Number.isFinite(lon)) invalid.push('location');
  const hours = parseHours(d.hours);
  if (!hours) invalid.push('hours');
  return {
    invalid,
    input: {
      code: d.code.trim(),
      kind: d.kind,
      names: trimmed(d.names),
      address: orNull(d.address),
      directions: orNull(d.directions),
      location: { lat, lon },
      hours: hours ?? [],
      services: d.services,
      accessibility: orNull(d.accessibility),
      phone: d.phone.trim() || null,
    },
  };
}

/** Three inputs, one per language, for one multilingual field (`names.ar`…: the schema's errors land on each). */
function LangFields({
  form,
  name,
  required = true,
}: {
  form: KitFormApi<Draft>;
  name: 'names' | 'address' | 'directions' | 'accessibility';
  required?: boolean;
}) {
  const { t } = useProceduresI18n();
  const label = name === 'names' ? 'name' : name;
  return (
    <>
      {LANGS.map((l) => (
        <form.AppField key={l} name={`${name}.${l}`}>
          {(field) => (
            <field.TextField
              label={t(`procedures.points.field.${label}${Cap[l]}`)}
              lang={l}
              dir={l === 'ar' ? 'rtl' : 'ltr'}
              required={required}
            />
          )}
        </form.AppField>
      ))}
    </>
  );
}

/**
 * An optional field in three languages, as one group: its name, what to write (and what not
 * to), then a box per language. Left empty, citizens see nothing for it.
 */
function OptionalLangGroup({
  form,
  name,
  children,
}: {
  form: KitFormApi<Draft>;
  name: 'address' | 'directions' | 'accessibility';
  children?: ReactNode;
}) {
  const { t } = useProceduresI18n();
  const hintId = useId();
  return (
    <fieldset className="pr-slot" aria-describedby={hintId}>
      <legend>{t(`procedures.points.group.${name}`)}</legend>
      <p id={hintId} className="shb-hint">
        {t(`procedures.points.hint.${name}`)}
      </p>
      <LangFields form={form} name={name} required={false} />
      {children}
    </fieldset>
  );
}

/**
 * A seeded guess beside its field: who must check it and that citizens do not see it yet,
 * and the box staff tick once they have checked it on site and keep it as it is.
 */
function GuessCheck({ form, field }: { form: KitFormApi<Draft>; field: ServicePointGuess }) {
  const { t } = useProceduresI18n();
  return (
    <>
      <Alert tone="warning">{t(`procedures.points.guess.${field}`)}</Alert>
      <form.AppField name={`confirmed.${field}`}>
        {(check) => <check.CheckField label={t(`procedures.points.confirm.${field}`)} />}
      </form.AppField>
    </>
  );
}

/** A decimal degree as typed (a comma for a dot). */
const reads = (value: string) => value.trim() !== '' && Number.isFinite(Number(value.trim().replace(',', '.')));

function PointForm({ point, onSaved }: { point?: ServicePoint; onSaved: (p: { id: string }) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  const procedures = useQuery(trpc.procedures.list.queryOptions({ commune: slug }));
  const [saved, setSaved] = useState(0);
  const savedRef = useRef<HTMLDivElement>(null);
  const create = useMutation(trpc.servicePoints.create.mutationOptions());
  const update = useMutation(trpc.servicePoints.update.mutationOptions());
  const servicesId = useId();
  // Seeded guesses citizens do not see until someone checks them on site.
  const guessed = (f: ServicePointGuess) => point?.toVerify.includes(f) ?? false;

  // A point's code is fixed once created: an update's patch carries everything else.
  const send = (d: Draft) => {
    const { code: _code, ...patch } = pointInputOf(d).input;
    const confirmed = GUESSES.filter((f) => d.confirmed[f]);
    return point ? { id: point.id, patch: { ...patch, confirmed } } : pointInputOf(d).input;
  };
  const describe = { router: 'servicePoints', ...(point ? { within: 'patch' } : {}), slot } as const;
  const schema = schemaCheck(point ? servicePointUpdateInput : servicePointCreateInput, send, i18n, describe);
  const { form, props } = useKitForm<Draft>({
    defaultValues: draftOf(point, undefined),
    i18n,
    check: (d) => {
      // What does not read as a value (the hours, a point) is said here; the rest, by the API's schema.
      const found = schema(d);
      for (const f of pointInputOf(d).invalid) {
        const key = `procedures.error.field.${f}`;
        const text = t(i18n.has(key) ? key : 'portal.error.field.generic');
        if (f !== 'location') found[f] ??= text;
        else for (const c of ['lat', 'lon'] as const) if (!reads(d[c])) found[c] ??= text;
      }
      return found;
    },
    describe,
    submit: async (d) => {
      const input = send(d);
      const result =
        'patch' in input
          ? await update.mutateAsync({ commune: slug, ...input })
          : await create.mutateAsync({ commune: slug, ...input });
      await Promise.all([
        queryClient.invalidateQueries(trpc.servicePoints.pathFilter()),
        queryClient.invalidateQueries(trpc.procedures.pathFilter()),
      ]);
      if (point) {
        setSaved((n) => n + 1);
        requestAnimationFrame(() => savedRef.current?.focus());
      }
      onSaved(result);
    },
  });

  // A new point starts at the commune's centre, once it is known.
  const center = commune.data ? { lat: commune.data.lat, lon: commune.data.lon } : undefined;
  useEffect(() => {
    if (point || !center) return;
    form.setFieldValue('lat', (lat) => lat || String(center.lat));
    form.setFieldValue('lon', (lon) => lon || String(center.lon));
  }, [point, center?.lat, center?.lon]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <KitForm {...props} busy={create.isPending || update.isPending}>
      <div ref={savedRef} tabIndex={-1}>
        {saved > 0 && <Alert tone="success">{t('procedures.points.saved')}</Alert>}
      </div>
      {!point && (
        <form.AppField name="code">
          {(field) => <field.TextField label={t('procedures.points.field.code')} dir="ltr" required />}
        </form.AppField>
      )}
      <form.AppField name="kind">
        {(field) => (
          <field.SelectField label={t('procedures.points.col.kind')}>
            {SERVICE_POINT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`procedures.kind.${k}`)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <LangFields form={form} name="names" />
      <OptionalLangGroup form={form} name="address" />
      <OptionalLangGroup form={form} name="directions" />
      <form.AppField name="phone">
        {(field) => (
          <field.TextField
            label={t('procedures.point.phone')}
            hint={t('procedures.points.hint.phone')}
            dir="ltr"
            type="tel"
            autoComplete="off"
          />
        )}
      </form.AppField>
      <form.AppField name="hours">
        {(field) => (
          <field.TextField label={t('procedures.field.hours')} dir="ltr" hint={t('procedures.points.hint.hours')} />
        )}
      </form.AppField>
      {guessed('hours') && <GuessCheck form={form} field="hours" />}
      <OptionalLangGroup form={form} name="accessibility">
        {guessed('accessibility') && <GuessCheck form={form} field="accessibility" />}
      </OptionalLangGroup>
      <div className="pr-actions">
        <form.AppField name="lat">
          {(field) => (
            <field.TextField label={t('procedures.points.field.lat')} dir="ltr" inputMode="decimal" required />
          )}
        </form.AppField>
        <form.AppField name="lon">
          {(field) => (
            <field.TextField label={t('procedures.points.field.lon')} dir="ltr" inputMode="decimal" required />
          )}
        </form.AppField>
      </div>
      <form.Field name="services">
        {(field) => {
          const error = errorOf('services', field.state.meta.errors, props.serverFields);
          const services = field.state.value;
          return (
            <fieldset
              className="pr-slot"
              aria-describedby={error ? `${servicesId}-error` : undefined}
              aria-invalid={error ? true : undefined}
            >
              <legend>{t('procedures.points.field.services')}</legend>
              {procedures.data?.map((p) => (
                <CheckField
                  key={p.code}
                  label={inLang(p.names, lang)}
                  checked={services.includes(p.code)}
                  onChange={(e) =>
                    field.handleChange(e.target.checked ? [...services, p.code] : services.filter((c) => c !== p.code))
                  }
                />
              ))}
              {error && (
                <p id={`${servicesId}-error`} className="shb-field-error">
                  {error}
                </p>
              )}
            </fieldset>
          );
        }}
      </form.Field>
      <div>
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {t('procedures.points.save')}
        </Button>
      </div>
    </KitForm>
  );
}

/** Where the form shows a path of the API's input: a point's parts under their boxes. */
const slot = (path: string) => (path === 'location.lat' ? 'lat' : path === 'location.lon' ? 'lon' : path);

function RemovePoint({ point }: { point: ServicePoint }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const [, navigate] = useLocation();
  const remove = useMutation(trpc.servicePoints.remove.mutationOptions());
  const input = (v: { reason: string }) => ({ id: point.id, reason: v.reason });
  const { form, props } = useKitForm({
    defaultValues: { reason: '' },
    i18n,
    check: schemaCheck(servicePointRemoveInput, input, i18n, { router: 'servicePoints' }),
    submit: async (v) => {
      await remove.mutateAsync({ commune: slug, ...input(v) });
      await Promise.all([
        queryClient.invalidateQueries(trpc.servicePoints.pathFilter()),
        queryClient.invalidateQueries(trpc.procedures.pathFilter()),
      ]);
      flash.text = t('procedures.points.removed', { name: inLang(point.names, lang) });
      navigate('/places');
    },
  });

  return (
    <Card title={t('procedures.points.removeTitle')}>
      <KitForm {...props} busy={remove.isPending}>
        <form.AppField name="reason">
          {(field) => (
            <field.TextAreaField
              className="desk-textarea"
              label={t('procedures.points.removeReason')}
              rows={2}
              required
            />
          )}
        </form.AppField>
        <div>
          <Button type="submit" variant="secondary" disabled={remove.isPending}>
            {t('procedures.points.remove')}
          </Button>
        </div>
      </KitForm>
    </Card>
  );
}

/** /staff/procedures/places — the commune's service points. */
export function PlacesDeskList() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang, formatList } = i18n;
  usePageTitle(t('procedures.points.title'));
  const [notice] = useState(() => {
    const text = flash.text;
    flash.text = null;
    return text;
  });
  const points = useQuery(trpc.servicePoints.staffList.queryOptions({ commune: slug }));
  return (
    <section className="shb-stack">
      <p>
        <Link href="/">{t('procedures.desk.back')}</Link>
      </p>
      <ScreenHeading>{t('procedures.points.title')}</ScreenHeading>
      <p>{t('procedures.points.intro')}</p>
      {notice && <Alert tone="success">{notice}</Alert>}
      <div>
        <Link className="shb-button shb-button--primary" href="/places/new">
          {t('procedures.points.new')}
        </Link>
      </div>
      <Loaded
        query={points}
        describe={(e) => describeError(e, i18n).message}
        empty={t('procedures.places.empty')}
        isEmpty={(d) => d.length === 0}
      >
        {(data) => (
          <DataTable
            caption={t('procedures.points.caption')}
            columns={[
              t('procedures.points.col.name'),
              t('procedures.points.col.kind'),
              t('procedures.point.address'),
              t('procedures.points.col.services'),
              t('procedures.points.col.toCheck'),
            ]}
          >
            {data.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link href={`/places/${p.id}`}>{inLang(p.names, lang)}</Link>
                </th>
                <td>{t(`procedures.kind.${p.kind}`)}</td>
                <td>{inLang(p.address, lang) || t('procedures.points.notGiven')}</td>
                <td>{p.services.length}</td>
                <td>{formatList(p.toVerify.map((f) => t(`procedures.points.guessName.${f}`)))}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </Loaded>
    </section>
  );
}

/** /staff/procedures/places/new and /places/:id — create, edit or remove a service point. */
export function PlaceDeskEdit({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const [, navigate] = useLocation();
  const isNew = id === 'new';
  const points = useQuery({ ...trpc.servicePoints.staffList.queryOptions({ commune: slug }), enabled: !isNew });
  const point = points.data?.find((p) => p.id === id);
  const title = isNew
    ? t('procedures.points.newTitle')
    : t('procedures.points.editTitle', { name: point ? inLang(point.names, lang) : '' });
  usePageTitle(title);

  return (
    <section className="shb-stack">
      <p>
        <Link href="/places">{t('procedures.points.back')}</Link>
      </p>
      {!isNew && points.isPending ? (
        <Spinner />
      ) : !isNew && points.isError ? (
        <QueryError error={points.error} retry={points.refetch} message={describeError(points.error, i18n).message} />
      ) : !isNew && !point ? (
        <EmptyState title={t('procedures.error.reason.unknown_service_point')} />
      ) : (
        <>
          <ScreenHeading>{title}</ScreenHeading>
          <PointForm
            point={point}
            onSaved={() => {
              if (!isNew) return;
              flash.text = t('procedures.points.created');
              navigate('/places');
            }}
          />
          {point && <RemovePoint point={point} />}
        </>
      )}
    </section>
  );
}
