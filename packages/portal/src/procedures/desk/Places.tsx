import { SERVICE_POINT_KINDS } from '@shabaka/db/enums';
import type { RouterInputs } from '@shabaka/client';
import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, SelectField, Spinner, TextField } from '@shabaka/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { DataTable, Loaded } from '../../desk/List';
import { CheckField, ScreenHeading, TextAreaField } from '../../desk/shared';
import { QueryError } from '../../QueryError';
import { useProceduresI18n } from '../i18n';
import { hoursToText, inLang, parseHours, type ServicePoint, type ServicePointKind } from '../model';
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
  address: Triple;
  accessibility: Triple;
  lat: string;
  lon: string;
  hours: string;
  services: string[];
  phone: string;
}

const triple = (t: Triple | null | undefined): Triple => ({ ar: t?.ar ?? '', fr: t?.fr ?? '', es: t?.es ?? '' });
const trimmed = (t: Triple): Triple => ({ ar: t.ar.trim(), fr: t.fr.trim(), es: t.es.trim() });

function draftOf(p: ServicePoint | undefined, center: { lat: number; lon: number } | undefined): Draft {
  return {
    code: p?.code ?? '',
    kind: p?.kind ?? 'counter',
    names: triple(p?.names),
    address: triple(p?.address),
    accessibility: triple(p?.accessibility),
    lat: String(p?.location.lat ?? center?.lat ?? ''),
    lon: String(p?.location.lon ?? center?.lon ?? ''),
    hours: hoursToText(p?.hours),
    services: p?.services ?? [],
    phone: p?.phone ?? '',
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
  const access = trimmed(d.accessibility);
  return {
    invalid,
    input: {
      code: d.code.trim(),
      kind: d.kind,
      names: trimmed(d.names),
      address: trimmed(d.address),
      location: { lat, lon },
      hours: hours ?? [],
      services: d.services,
      // Three empty languages mean "no note"; a partial note is refused by the server, on this field.
      accessibility: access.ar || access.fr || access.es ? access : null,
      phone: d.phone.trim() || null,
    },
  };
}

/** Three inputs, one per language, for one multilingual field; its error sits on the first empty one. */
function LangFields({
  field,
  value,
  onChange,
  error,
  required = true,
}: {
  field: 'name' | 'address' | 'accessibility';
  value: Triple;
  onChange: (v: Triple) => void;
  error?: string;
  required?: boolean;
}) {
  const { t } = useProceduresI18n();
  const errorOn = error ? (LANGS.find((l) => !value[l].trim()) ?? 'ar') : null;
  return (
    <>
      {LANGS.map((l) => (
        <TextField
          key={l}
          label={t(`procedures.points.field.${field}${Cap[l]}`)}
          lang={l}
          dir={l === 'ar' ? 'rtl' : 'ltr'}
          value={value[l]}
          onChange={(e) => onChange({ ...value, [l]: e.target.value })}
          error={errorOn === l ? error : undefined}
          required={required}
        />
      ))}
    </>
  );
}

function PointForm({ point, onSaved }: { point?: ServicePoint; onSaved: (p: { id: string }) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  const procedures = useQuery(trpc.procedures.list.queryOptions({ commune: slug }));
  const [draft, setDraft] = useState<Draft>(() => draftOf(point, undefined));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);
  const create = useMutation(trpc.servicePoints.create.mutationOptions());
  const update = useMutation(trpc.servicePoints.update.mutationOptions());
  const servicesId = useId();

  // A new point starts at the commune's centre, once it is known.
  const center = commune.data ? { lat: commune.data.lat, lon: commune.data.lon } : undefined;
  useEffect(() => {
    if (!point && center && !draft.lat && !draft.lon)
      setDraft((d) => ({ ...d, lat: String(center.lat), lon: String(center.lon) }));
  }, [point, center?.lat, center?.lon]); // eslint-disable-line react-hooks/exhaustive-deps

  const say = (m: typeof message) => {
    setMessage(m);
    requestAnimationFrame(() => messageRef.current?.focus());
  };
  const fieldError = (f: string, key = `procedures.error.field.${f}`) =>
    i18n.has(key) ? t(key) : t('portal.error.field.generic');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const { input, invalid } = pointInputOf(draft);
    if (invalid.length) {
      setErrors(Object.fromEntries(invalid.map((f) => [f, fieldError(f)])));
      say({ tone: 'error', text: t('portal.error.form') });
      return;
    }
    setErrors({});
    try {
      // A point's code is fixed once created: the patch carries everything else.
      const { code: _code, ...patch } = input;
      const saved = point
        ? await update.mutateAsync({ commune: slug, id: point.id, patch })
        : await create.mutateAsync({ commune: slug, ...input });
      await Promise.all([
        queryClient.invalidateQueries(trpc.servicePoints.pathFilter()),
        queryClient.invalidateQueries(trpc.procedures.pathFilter()),
      ]);
      if (point) say({ tone: 'success', text: t('procedures.points.saved') });
      onSaved(saved);
    } catch (error) {
      const d = describeError(error, i18n);
      setErrors(d.fields);
      say({ tone: 'error', text: d.message });
    }
  }

  return (
    <form className="shb-stack" onSubmit={submit} noValidate>
      <div ref={messageRef} tabIndex={-1}>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
      </div>
      {!point && (
        <TextField
          label={t('procedures.points.field.code')}
          dir="ltr"
          value={draft.code}
          onChange={(e) => setDraft({ ...draft, code: e.target.value })}
          error={errors.code}
          required
        />
      )}
      <SelectField
        label={t('procedures.points.col.kind')}
        value={draft.kind}
        onChange={(e) => setDraft({ ...draft, kind: e.target.value as ServicePointKind })}
        error={errors.kind}
      >
        {SERVICE_POINT_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`procedures.kind.${k}`)}
          </option>
        ))}
      </SelectField>
      <LangFields
        field="name"
        value={draft.names}
        onChange={(names) => setDraft({ ...draft, names })}
        error={errors.names}
      />
      <LangFields
        field="address"
        value={draft.address}
        onChange={(address) => setDraft({ ...draft, address })}
        error={errors.address}
      />
      <div className="pr-actions">
        <TextField
          label={t('procedures.points.field.lat')}
          dir="ltr"
          inputMode="decimal"
          value={draft.lat}
          onChange={(e) => setDraft({ ...draft, lat: e.target.value })}
          error={errors.location}
          required
        />
        <TextField
          label={t('procedures.points.field.lon')}
          dir="ltr"
          inputMode="decimal"
          value={draft.lon}
          onChange={(e) => setDraft({ ...draft, lon: e.target.value })}
          error={errors.location}
          required
        />
      </div>
      <TextField
        label={t('procedures.field.hours')}
        dir="ltr"
        hint={t('procedures.desk.hoursHint')}
        value={draft.hours}
        onChange={(e) => setDraft({ ...draft, hours: e.target.value })}
        error={errors.hours}
      />
      <TextField
        label={t('procedures.point.phone')}
        dir="ltr"
        type="tel"
        value={draft.phone}
        onChange={(e) => setDraft({ ...draft, phone: e.target.value })}
        error={errors.phone}
      />
      <LangFields
        field="accessibility"
        value={draft.accessibility}
        onChange={(accessibility) => setDraft({ ...draft, accessibility })}
        error={errors.accessibility}
        required={false}
      />
      <fieldset className="pr-slot" aria-describedby={errors.services ? `${servicesId}-error` : undefined}>
        <legend>{t('procedures.points.field.services')}</legend>
        {procedures.data?.map((p) => (
          <CheckField
            key={p.code}
            label={inLang(p.names, lang)}
            checked={draft.services.includes(p.code)}
            onChange={(e) =>
              setDraft({
                ...draft,
                services: e.target.checked ? [...draft.services, p.code] : draft.services.filter((c) => c !== p.code),
              })
            }
          />
        ))}
        {errors.services && (
          <p id={`${servicesId}-error`} className="shb-field-error">
            {errors.services}
          </p>
        )}
      </fieldset>
      <div>
        <Button type="submit" disabled={create.isPending || update.isPending}>
          {t('procedures.points.save')}
        </Button>
      </div>
    </form>
  );
}

function RemovePoint({ point }: { point: ServicePoint }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  const [, navigate] = useLocation();
  const [reason, setReason] = useState('');
  const remove = useMutation(trpc.servicePoints.remove.mutationOptions());
  const error = remove.isError ? describeError(remove.error, i18n) : null;

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await remove.mutateAsync({ commune: slug, id: point.id, reason });
      await Promise.all([
        queryClient.invalidateQueries(trpc.servicePoints.pathFilter()),
        queryClient.invalidateQueries(trpc.procedures.pathFilter()),
      ]);
      flash.text = t('procedures.points.removed', { name: inLang(point.names, lang) });
      navigate('/places');
    } catch {
      // Shown from `remove.error`, on the reason field when it is the cause.
    }
  }

  return (
    <Card title={t('procedures.points.removeTitle')}>
      <form className="shb-stack" onSubmit={submit} noValidate>
        {error && !error.fields.reason && <Alert tone="error">{error.message}</Alert>}
        <TextAreaField
          label={t('procedures.points.removeReason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={error?.fields.reason}
          rows={2}
          required
        />
        <div>
          <Button type="submit" variant="secondary" disabled={remove.isPending}>
            {t('procedures.points.remove')}
          </Button>
        </div>
      </form>
    </Card>
  );
}

/** /staff/procedures/places — the commune's service points. */
export function PlacesDeskList() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useProceduresI18n();
  const { t, lang } = i18n;
  usePageTitle(t('procedures.points.title'));
  const [notice] = useState(() => {
    const text = flash.text;
    flash.text = null;
    return text;
  });
  const points = useQuery(trpc.servicePoints.list.queryOptions({ commune: slug }));
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
            ]}
          >
            {data.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link href={`/places/${p.id}`}>{inLang(p.names, lang)}</Link>
                </th>
                <td>{t(`procedures.kind.${p.kind}`)}</td>
                <td>{inLang(p.address, lang)}</td>
                <td>{p.services.length}</td>
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
  const points = useQuery({ ...trpc.servicePoints.list.queryOptions({ commune: slug }), enabled: !isNew });
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
