import { COMPLAINT_KINDS, REPLY_CHANNELS } from '@shabaka/db/enums';
import { useTRPC } from '@shabaka/client/react';
import type { RouterOutputs } from '@shabaka/client';
import { Button, FilePicker } from '@shabaka/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { rememberCase, withSecret } from '../cases/owner';
import { usePageTitle, usePortal } from '../config';
import { LazyMap } from '../MapFallback';
import { QueryError } from '../QueryError';
import { errorOf, KitForm, useKitForm, useStore } from '../forms/kit';
import { useComplaintsI18n } from './i18n';
import { COMMUNE_ZOOM, FALLBACK_CENTER } from './mapConfig';
import {
  ADDRESS_MAX,
  contactNeeded,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  limitsOf,
  MAX_PHOTOS,
  randomId,
  submitErrors,
  type Kind,
  type ReplyChannel,
} from './model';
import { PhotoError, preparePhoto, type PreparedPhoto } from './photos';
import '../page.css';
import './complaints.css';

const MapPicker = lazy(() => import('./map/MapPicker'));
/** The checks are the API's schemas (zod, phone metadata): fetched after the form shows, not before. */
const loadValidator = () => import('./validate').then((m) => m.validateDraft);

type Point = { lat: number; lon: number };
type SubmitResult = RouterOutputs['complaints']['submit'];

function useCommuneCenter() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  if (commune.data) return { lat: commune.data.lat, lon: commune.data.lon };
  return commune.isError ? FALLBACK_CENTER : null;
}

interface Values {
  kind: Kind;
  categoryId: string;
  description: string;
  publicDescription: boolean;
  location: Point | null;
  address: string;
  photos: PreparedPhoto[];
  replyChannel: ReplyChannel;
  contact: { name: string; phone: string; email: string };
}

const EMPTY: Values = {
  kind: 'complaint',
  categoryId: '',
  description: '',
  // Off by default: the citizen's words are published only if they say so.
  publicDescription: false,
  location: null,
  address: '',
  photos: [],
  replyChannel: 'portal',
  contact: { name: '', phone: '', email: '' },
};

function SubmitForm({ onDone }: { onDone: (result: SubmitResult) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useComplaintsI18n();
  const { t, lang } = i18n;
  const center = useCommuneCenter();
  // One key per form, kept across retries: a double tap or a resent request is one complaint.
  const [idempotencyKey] = useState(randomId);
  const categories = useQuery(trpc.complaints.categories.queryOptions({ commune: slug }));
  const submit = useMutation(trpc.complaints.submit.mutationOptions({ onSuccess: onDone }));
  const [preparing, setPreparing] = useState(0);

  const { form, props } = useKitForm<Values>({
    defaultValues: EMPTY,
    i18n,
    check: async (v) => {
      const found = (await loadValidator())({ ...v, photos: v.photos.length });
      return Object.fromEntries(Object.entries(found).map(([field, key]) => [field, t(key, limitsOf(field))]));
    },
    describe: (error, v) => submitErrors(error, i18n, v.replyChannel),
    submit: (v) =>
      submit.mutateAsync({
        commune: slug,
        kind: v.kind,
        categoryId: v.categoryId,
        description: v.description.trim(),
        location: v.location ?? undefined,
        address: v.address.trim() || undefined,
        photos: v.photos.map((p) => ({ name: p.name.slice(0, 200), dataBase64: p.dataBase64 })),
        contact: {
          name: v.contact.name.trim() || undefined,
          phone: v.contact.phone.trim(),
          email: v.contact.email.trim(),
        },
        replyChannel: v.replyChannel,
        publicDescription: v.publicDescription,
        idempotencyKey,
      }),
  });
  // The checks (the API's schemas: zod and the phone metadata) load when the citizen first
  // touches the form, not while the page is first becoming usable on a slow phone; a submit
  // before they arrive waits for them.
  useEffect(() => {
    const el = props.formRef.current;
    if (!el) return;
    const load = () => void loadValidator();
    el.addEventListener('focusin', load, { once: true });
    el.addEventListener('pointerdown', load, { once: true });
    return () => {
      el.removeEventListener('focusin', load);
      el.removeEventListener('pointerdown', load);
    };
  }, [props.formRef]);
  const needed = contactNeeded(useStore(form.store, (s) => s.values.replyChannel));

  return (
    <KitForm {...props} className="cx-form" busy={submit.isPending || preparing > 0}>
      <p className="shb-hint">{t('complaints.new.requiredNote')}</p>

      <form.AppField name="kind">
        {(field) => (
          <field.RadioField
            legend={t('complaints.field.kind')}
            choices={COMPLAINT_KINDS.map((k) => ({
              value: k,
              label: t(`complaintsGlossary.kind.${k}`),
              hint: t(`complaints.kind.${k}.hint`),
            }))}
          />
        )}
      </form.AppField>

      {categories.isError ? (
        <QueryError
          error={categories.error}
          retry={categories.refetch}
          message={t('complaints.new.categoriesFailed')}
        />
      ) : (
        <form.AppField name="categoryId">
          {(field) => (
            <field.SelectField
              label={t('complaints.field.category')}
              required
              disabled={categories.isPending}
              hint={categories.isPending ? t('common.loading') : undefined}
            >
              <option value="">{t('complaints.field.categoryChoose')}</option>
              {categories.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.names[lang] || c.names.fr}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
      )}

      <form.AppField name="description">
        {(field) => (
          <field.TextAreaField
            className="cx-textarea"
            label={t('complaints.field.description')}
            hint={t('complaints.field.descriptionHint', { min: DESCRIPTION_MIN })}
            required
            rows={6}
            maxLength={DESCRIPTION_MAX}
            counter={t('complaints.field.descriptionCounter', {
              count: field.state.value.length,
              max: DESCRIPTION_MAX,
            })}
          />
        )}
      </form.AppField>

      <form.Field name="publicDescription">
        {(field) => <PublicNotice checked={field.state.value} onChange={field.handleChange} />}
      </form.Field>

      <form.Field name="location">
        {(location) => (
          <form.Field name="address">
            {(address) => (
              <LocationFields
                center={center}
                value={location.state.value}
                onChange={location.handleChange}
                error={errorOf('location', location.state.meta.errors, props.serverFields)}
                address={address.state.value}
                onAddress={address.handleChange}
                addressError={errorOf('address', address.state.meta.errors, props.serverFields)}
              />
            )}
          </form.Field>
        )}
      </form.Field>

      <form.Field name="photos">
        {(field) => (
          <PhotosField
            photos={field.state.value}
            update={(change) => field.handleChange(change)}
            onPreparing={setPreparing}
            error={errorOf('photos', field.state.meta.errors, props.serverFields)}
          />
        )}
      </form.Field>

      <form.AppField name="replyChannel">
        {(field) => (
          <field.SelectField label={t('complaints.field.replyChannel')} hint={t('complaints.field.replyChannelHint')}>
            {REPLY_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`complaints.channel.${c}`)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>

      <fieldset className="cx-fieldset">
        <legend className="shb-label">{t('complaints.field.contact')}</legend>
        <p className="shb-hint">{t('complaints.field.contactHint')}</p>
        <form.AppField name="contact.name">
          {(field) => <field.TextField label={t('complaints.field.contactName')} autoComplete="name" maxLength={120} />}
        </form.AppField>
        <form.AppField name="contact.phone">
          {(field) => (
            <field.TextField
              label={t('complaints.field.contactPhone')}
              type="tel"
              inputMode="tel"
              autoComplete="tel"
              dir="ltr"
              required={needed === 'phone'}
            />
          )}
        </form.AppField>
        <form.AppField name="contact.email">
          {(field) => (
            <field.TextField
              label={t('complaints.field.contactEmail')}
              type="email"
              autoComplete="email"
              required={needed === 'email'}
            />
          )}
        </form.AppField>
      </fieldset>

      {/* The label stays the same while sending (disabled, aria-busy; the status below says it):
          a button that shrinks under a double tap would let the second tap land elsewhere. */}
      <Button type="submit" busy={submit.isPending || preparing > 0} className="cx-submit">
        {t('complaints.new.submit')}
      </Button>
      <p role="status" className="shb-hint">
        {submit.isPending ? t('complaints.new.sending') : preparing > 0 ? t('complaints.new.waitPhotos') : ''}
      </p>
      <p className="cx-cancel">
        <Link href="/complaints">{t('complaints.new.cancel')}</Link>
      </p>
    </KitForm>
  );
}

/** The place: a point on the map (or the device's position), and an address that can stand in for it. */
function LocationFields({
  center,
  value,
  onChange,
  error,
  address,
  onAddress,
  addressError,
}: {
  center: Point | null;
  value: Point | null;
  onChange: (p: Point | null) => void;
  error: string | undefined;
  address: string;
  onAddress: (a: string) => void;
  addressError: string | undefined;
}) {
  const { t, formatNumber, formatCoordinates } = useComplaintsI18n();
  const ids = useId();
  const [geo, setGeo] = useState<{ busy: boolean; message: string; tone: 'ok' | 'error' }>({
    busy: false,
    message: '',
    tone: 'ok',
  });
  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGeo({ busy: false, message: t('complaints.location.geoUnsupported'), tone: 'error' });
      return;
    }
    setGeo({ busy: true, message: t('complaints.location.geoLocating'), tone: 'ok' });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        onChange({
          lat: Math.round(pos.coords.latitude * 1e6) / 1e6,
          lon: Math.round(pos.coords.longitude * 1e6) / 1e6,
        });
        setGeo({
          busy: false,
          message: t('complaints.location.geoFound', { accuracy: formatNumber(Math.round(pos.coords.accuracy)) }),
          tone: 'ok',
        });
      },
      (err) => {
        const key = err.code === 1 ? 'geoDenied' : err.code === 3 ? 'geoTimeout' : 'geoUnavailable';
        setGeo({ busy: false, message: t(`complaints.location.${key}`), tone: 'error' });
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 60_000 },
    );
  };
  const coords = (p: Point) => formatCoordinates(p);
  const hintId = `${ids}-loc-hint`;
  const errorId = `${ids}-loc-error`;
  const addressId = `${ids}-address`;
  return (
    <fieldset className="cx-fieldset" aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(' ')}>
      <legend className="shb-label">
        {t('complaints.field.location')}
        <span className="shb-required" aria-hidden="true" title={t('common.required')}>
          {' *'}
        </span>
      </legend>
      <p id={hintId} className="shb-hint">
        {t('complaints.field.locationHint')}
      </p>
      {error && (
        <p id={errorId} className="shb-field-error">
          {error}
        </p>
      )}
      {center ? (
        <LazyMap
          loading={t('complaints.map.loading')}
          unavailable={<p className="cx-note">{t('complaints.map.unavailable')}</p>}
        >
          <MapPicker
            value={value}
            onChange={onChange}
            center={center}
            zoom={COMMUNE_ZOOM}
            describedBy={error ? errorId : undefined}
          />
        </LazyMap>
      ) : (
        <div className="shb-map-placeholder">{t('complaints.map.loading')}</div>
      )}
      <div className="cx-row">
        <Button variant="secondary" onClick={locate} busy={geo.busy}>
          {t('complaints.location.useMyPosition')}
        </Button>
        {value && (
          <Button variant="link" onClick={() => onChange(null)}>
            {t('complaints.location.clear')}
          </Button>
        )}
      </div>
      <p role="status" className={geo.tone === 'error' ? 'shb-field-error' : 'shb-hint'}>
        {geo.message}
      </p>
      <p className="cx-point" aria-live="polite">
        {value ? t('complaints.location.chosen', { coords: coords(value) }) : t('complaints.location.none')}
      </p>
      <div className="shb-field">
        <label htmlFor={addressId} className="shb-label">
          {t('complaints.field.address')}
        </label>
        <p id={`${addressId}-hint`} className="shb-hint">
          {t('complaints.field.addressHint')}
        </p>
        <input
          id={addressId}
          name="address"
          className="shb-input"
          autoComplete="street-address"
          maxLength={ADDRESS_MAX}
          value={address}
          onChange={(e) => onAddress(e.target.value)}
          aria-invalid={error || addressError ? true : undefined}
          aria-describedby={[`${addressId}-hint`, error ? errorId : null, addressError ? `${addressId}-error` : null]
            .filter(Boolean)
            .join(' ')}
        />
        {addressError && (
          <p id={`${addressId}-error`} className="shb-field-error">
            {addressError}
          </p>
        )}
      </div>
    </fieldset>
  );
}

/** Photos, each prepared on the device (resized, re-encoded) before it joins the form. */
function PhotosField({
  photos,
  update,
  onPreparing,
  error,
}: {
  photos: PreparedPhoto[];
  update: (change: (list: PreparedPhoto[]) => PreparedPhoto[]) => void;
  onPreparing: (change: (n: number) => number) => void;
  error: string | undefined;
}) {
  const { t } = useComplaintsI18n();
  const fileRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const [preparing, setPreparing] = useState(0);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');
  const preparingBy = (n: number) => {
    setPreparing((p) => p + n);
    onPreparing((p) => p + n);
  };
  // Thumbnails are object URLs: freed when the form goes away.
  const photosRef = useRef(photos);
  photosRef.current = photos;
  useEffect(() => () => photosRef.current.forEach((p) => p.previewUrl && URL.revokeObjectURL(p.previewUrl)), []);

  const addPhotos = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same file can be chosen again after a removal
    if (!files.length) return;
    setProblem('');
    const room = MAX_PHOTOS - photosRef.current.length - preparing;
    if (room <= 0) {
      setProblem(t('complaints.photos.full', { max: MAX_PHOTOS }));
      return;
    }
    const accepted = files.slice(0, room);
    if (files.length > room) setProblem(t('complaints.photos.limit', { max: MAX_PHOTOS, count: room }));
    preparingBy(accepted.length);
    setStatus(t('complaints.photos.preparing', { count: accepted.length }));
    // One at a time: a cheap phone has little memory for several decoded photos.
    for (const file of accepted) {
      try {
        const photo = await preparePhoto(file, randomId());
        update((list) => (list.length < MAX_PHOTOS ? [...list, photo] : list));
        setStatus(t('complaints.photos.added', { name: file.name }));
      } catch (err) {
        const reason = err instanceof PhotoError ? err.reason : 'unreadable';
        setProblem(t(`complaints.photos.error.${reason}`, { name: file.name }));
        setStatus('');
      } finally {
        preparingBy(-1);
      }
    }
  };

  const removePhoto = (index: number) => {
    const photo = photos[index];
    if (!photo) return;
    if (photo.previewUrl) URL.revokeObjectURL(photo.previewUrl);
    update((list) => list.filter((p) => p.id !== photo.id));
    setProblem('');
    setStatus(t('complaints.photos.removed', { n: index + 1 }));
    fileRef.current?.focus();
  };

  return (
    <div className="shb-field">
      <label htmlFor={id} className="shb-label">
        {t('complaints.field.photos')}
      </label>
      <p id={`${id}-hint`} className="shb-hint">
        {t('complaints.field.photosHint', { max: MAX_PHOTOS, count: photos.length })}
      </p>
      <FilePicker
        ref={fileRef}
        id={id}
        button={t('complaints.photos.choose')}
        name="photos"
        accept="image/*"
        multiple
        onChange={addPhotos}
        aria-invalid={error || problem ? true : undefined}
        aria-describedby={[`${id}-hint`, problem ? `${id}-problem` : null, error ? `${id}-error` : null]
          .filter(Boolean)
          .join(' ')}
      />
      <p role="status" className="shb-hint">
        {preparing > 0 ? t('complaints.photos.preparing', { count: preparing }) : status}
      </p>
      {problem && (
        <p id={`${id}-problem`} className="shb-field-error" role="alert">
          {problem}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="shb-field-error">
          {error}
        </p>
      )}
      {photos.length > 0 && (
        <ul className="cx-thumbs" aria-label={t('complaints.photos.listLabel')}>
          {photos.map((p, i) => (
            <li key={p.id}>
              {p.previewUrl ? (
                <img src={p.previewUrl} alt={t('complaints.photos.thumbAlt', { n: i + 1 })} />
              ) : (
                <span className="cx-thumb-name">{p.name}</span>
              )}
              <Button variant="secondary" onClick={() => removePhoto(i)}>
                {t('complaints.photos.remove', { n: i + 1 })}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * What the public will see, said before sending: category, area, stage and the commune's
 * answers always; the description only if ticked (off by default); the exact address and
 * position never (staff only).
 */
function PublicNotice({ checked, onChange }: { checked: boolean; onChange: (v: boolean) => void }) {
  const { t } = useComplaintsI18n();
  const id = useId();
  return (
    <section className="cx-note cx-public" aria-labelledby={`${id}-title`} data-testid="public-notice">
      <h2 id={`${id}-title`} className="shb-label">
        {t('complaints.public.title')}
      </h2>
      <ul>
        <li>{t('complaints.public.always')}</li>
        <li>{t('complaints.public.never')}</li>
        <li>{t('complaints.public.description')}</li>
      </ul>
      <label className="cx-check">
        <input
          type="checkbox"
          name="publicDescription"
          checked={checked}
          onChange={(e) => onChange(e.target.checked)}
          aria-describedby={`${id}-hint`}
        />{' '}
        {t('complaints.public.tick')}
      </label>
      <p id={`${id}-hint`} className="shb-hint">
        {t('complaints.public.tickHint')}
      </p>
    </section>
  );
}

export function SubmitScreen() {
  const { t } = useComplaintsI18n();
  const { slug } = usePortal();
  const [, navigate] = useLocation();
  usePageTitle(t('complaints.new.title'));
  // The receipt has its own address (code in the path, secret in the fragment): a reload shows it again.
  const done = (r: SubmitResult) => {
    rememberCase({ kind: 'complaint', code: r.code, secret: r.secret, commune: slug });
    navigate(withSecret(`/complaints/receipt/${r.code}`, r.secret));
  };
  return (
    <div className="shb-stack">
      <p>
        <Link href="/complaints">{t('complaints.backToComplaints')}</Link>
      </p>
      <h1>{t('complaints.new.title')}</h1>
      <p>{t('complaints.new.intro')}</p>
      <p className="cx-note">{t('complaints.new.privacy')}</p>
      <SubmitForm onDone={done} />
    </div>
  );
}

export default SubmitScreen;
