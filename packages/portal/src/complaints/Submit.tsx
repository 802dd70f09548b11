import { COMPLAINT_KINDS, REPLY_CHANNELS } from '@shabaka/db/enums';
import { useTRPC } from '@shabaka/client/react';
import type { RouterOutputs } from '@shabaka/client';
import { Alert, Button, SelectField, TextField } from '@shabaka/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { rememberCase, withSecret } from '../cases/owner';
import { usePageTitle, usePortal } from '../config';
import { Fallback } from '../MapFallback';
import { QueryError } from '../QueryError';
import { RadioGroup } from '../RadioGroup';
import { TextAreaField } from './fields';
import { useComplaintsI18n } from './i18n';
import { COMMUNE_ZOOM, FALLBACK_CENTER } from './mapConfig';
import {
  ADDRESS_MAX,
  contactNeeded,
  DESCRIPTION_MAX,
  DESCRIPTION_MIN,
  firstInvalid,
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
type Validator = Awaited<ReturnType<typeof loadValidator>>;

type Point = { lat: number; lon: number };
type SubmitResult = RouterOutputs['complaints']['submit'];

/** Moves focus to a named control of the form (the first radio of a group). */
function focusField(form: HTMLFormElement | null, name: string) {
  const target = name === 'location' ? 'address' : name;
  const item = form?.elements.namedItem(target);
  const el = item instanceof RadioNodeList ? item[0] : item;
  if (el instanceof HTMLElement) el.focus();
}

function useCommuneCenter() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const commune = useQuery(trpc.communes.get.queryOptions({ commune: slug }));
  if (commune.data) return { lat: commune.data.lat, lon: commune.data.lon };
  return commune.isError ? FALLBACK_CENTER : null;
}

function SubmitForm({ onDone }: { onDone: (result: SubmitResult) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useComplaintsI18n();
  const { t, lang, formatNumber } = i18n;
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const fileRef = useRef<HTMLInputElement>(null);
  const ids = useId();
  const center = useCommuneCenter();

  // One key per form, kept across retries: a double tap or a resent request is one complaint.
  const [idempotencyKey] = useState(randomId);
  const [validator, setValidator] = useState<Validator | null>(null);
  useEffect(() => {
    let live = true;
    void loadValidator().then((v) => live && setValidator(() => v));
    return () => {
      live = false;
    };
  }, []);
  const [kind, setKind] = useState<Kind>('complaint');
  const [categoryId, setCategoryId] = useState('');
  const [description, setDescription] = useState('');
  const [location, setLocation] = useState<Point | null>(null);
  const [address, setAddress] = useState('');
  const [photos, setPhotos] = useState<PreparedPhoto[]>([]);
  const [preparing, setPreparing] = useState(0);
  const [photoStatus, setPhotoStatus] = useState('');
  const [photoProblem, setPhotoProblem] = useState('');
  const [contact, setContact] = useState({ name: '', phone: '', email: '' });
  const [replyChannel, setReplyChannel] = useState<ReplyChannel>('portal');
  // Off by default: the citizen's words are published only if they say so.
  const [publicDescription, setPublicDescription] = useState(false);
  // After a first attempt, the checks run on every change: a fixed field loses its error at once.
  const [attempted, setAttempted] = useState(false);
  const [geo, setGeo] = useState<{ busy: boolean; message: string; tone: 'ok' | 'error' }>({
    busy: false,
    message: '',
    tone: 'ok',
  });

  const categories = useQuery(trpc.complaints.categories.queryOptions({ commune: slug }));
  const submit = useMutation(
    trpc.complaints.submit.mutationOptions({
      onSuccess: (result) => onDone(result),
      onError: (error) => {
        const fields = submitErrors(error, i18n, replyChannel).fields;
        const first = firstInvalid(fields);
        if (first) focusField(formRef.current, first);
        else summaryRef.current?.focus();
      },
    }),
  );

  // Thumbnails are object URLs: freed when the form goes away.
  const photosRef = useRef(photos);
  photosRef.current = photos;
  useEffect(() => () => photosRef.current.forEach((p) => p.previewUrl && URL.revokeObjectURL(p.previewUrl)), []);

  const draft = { kind, categoryId, description, location, address, photos: photos.length, contact, replyChannel };
  const clientErrors = attempted && validator ? validator(draft) : {};
  const serverError = submit.error ? submitErrors(submit.error, i18n, replyChannel) : null;
  const errors: Record<string, string> = {
    ...Object.fromEntries(Object.entries(clientErrors).map(([field, key]) => [field, t(key, limitsOf(field))])),
    ...serverError?.fields,
  };
  const summary = Object.keys(clientErrors).length ? t('portal.error.form') : serverError?.message;
  const needed = contactNeeded(replyChannel);

  const onSubmit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (submit.isPending || preparing > 0) return;
    const found = (validator ?? (await loadValidator()))(draft);
    setAttempted(true);
    if (Object.keys(found).length) {
      submit.reset();
      const first = firstInvalid(found);
      if (first) focusField(formRef.current, first);
      return;
    }
    submit.mutate({
      commune: slug,
      kind,
      categoryId,
      description: description.trim(),
      location: location ?? undefined,
      address: address.trim() || undefined,
      photos: photos.map((p) => ({ name: p.name.slice(0, 200), dataBase64: p.dataBase64 })),
      contact: { name: contact.name.trim() || undefined, phone: contact.phone.trim(), email: contact.email.trim() },
      replyChannel,
      publicDescription,
      idempotencyKey,
    });
  };

  const addPhotos = async (e: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(e.target.files ?? []);
    e.target.value = ''; // the same file can be chosen again after a removal
    if (!files.length) return;
    setPhotoProblem('');
    const room = MAX_PHOTOS - photosRef.current.length - preparing;
    if (room <= 0) {
      setPhotoProblem(t('complaints.photos.full', { max: MAX_PHOTOS }));
      return;
    }
    const accepted = files.slice(0, room);
    if (files.length > room) setPhotoProblem(t('complaints.photos.limit', { max: MAX_PHOTOS, count: room }));
    setPreparing((n) => n + accepted.length);
    setPhotoStatus(t('complaints.photos.preparing', { count: accepted.length }));
    // One at a time: a cheap phone has little memory for several decoded photos.
    for (const file of accepted) {
      try {
        const photo = await preparePhoto(file, randomId());
        setPhotos((list) => (list.length < MAX_PHOTOS ? [...list, photo] : list));
        setPhotoStatus(t('complaints.photos.added', { name: file.name }));
      } catch (err) {
        const reason = err instanceof PhotoError ? err.reason : 'unreadable';
        setPhotoProblem(t(`complaints.photos.error.${reason}`, { name: file.name }));
        setPhotoStatus('');
      } finally {
        setPreparing((n) => n - 1);
      }
    }
  };

  const removePhoto = (index: number) => {
    const photo = photos[index];
    if (!photo) return;
    if (photo.previewUrl) URL.revokeObjectURL(photo.previewUrl);
    setPhotos((list) => list.filter((p) => p.id !== photo.id));
    setPhotoProblem('');
    setPhotoStatus(t('complaints.photos.removed', { n: index + 1 }));
    fileRef.current?.focus();
  };

  const locate = () => {
    if (!('geolocation' in navigator)) {
      setGeo({ busy: false, message: t('complaints.location.geoUnsupported'), tone: 'error' });
      return;
    }
    setGeo({ busy: true, message: t('complaints.location.geoLocating'), tone: 'ok' });
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        setLocation({
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

  const coords = (p: Point) =>
    `${formatNumber(p.lat, { maximumFractionDigits: 5 })}, ${formatNumber(p.lon, { maximumFractionDigits: 5 })}`;
  const locHintId = `${ids}-loc-hint`;
  const locErrorId = `${ids}-loc-error`;
  const addressId = `${ids}-address`;
  const photosId = `${ids}-photos`;
  const busy = submit.isPending || preparing > 0;

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate className="cx-form">
      <div ref={summaryRef} tabIndex={-1}>
        {summary && <Alert tone="error">{summary}</Alert>}
      </div>
      <p className="shb-hint">{t('complaints.new.requiredNote')}</p>

      <RadioGroup
        legend={t('complaints.field.kind')}
        name="kind"
        value={kind}
        onChange={(v) => setKind(v as Kind)}
        choices={COMPLAINT_KINDS.map((k) => ({
          value: k,
          label: t(`complaintsGlossary.kind.${k}`),
          hint: t(`complaints.kind.${k}.hint`),
        }))}
        error={errors.kind}
      />

      {categories.isError ? (
        <QueryError
          error={categories.error}
          retry={categories.refetch}
          message={t('complaints.new.categoriesFailed')}
        />
      ) : (
        <SelectField
          label={t('complaints.field.category')}
          name="categoryId"
          required
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
          error={errors.categoryId}
          disabled={categories.isPending}
          hint={categories.isPending ? t('common.loading') : undefined}
        >
          <option value="">{t('complaints.field.categoryChoose')}</option>
          {categories.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.names[lang] || c.names.fr}
            </option>
          ))}
        </SelectField>
      )}

      <TextAreaField
        label={t('complaints.field.description')}
        hint={t('complaints.field.descriptionHint', { min: DESCRIPTION_MIN })}
        name="description"
        required
        rows={6}
        maxLength={DESCRIPTION_MAX}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        counter={t('complaints.field.descriptionCounter', { count: description.length, max: DESCRIPTION_MAX })}
        error={errors.description}
      />

      <PublicNotice checked={publicDescription} onChange={setPublicDescription} />

      <fieldset
        className="cx-fieldset"
        aria-describedby={[locHintId, errors.location ? locErrorId : null].filter(Boolean).join(' ')}
      >
        <legend className="shb-label">
          {t('complaints.field.location')}
          <span className="shb-required" aria-hidden="true" title={t('common.required')}>
            {' *'}
          </span>
        </legend>
        <p id={locHintId} className="shb-hint">
          {t('complaints.field.locationHint')}
        </p>
        {errors.location && (
          <p id={locErrorId} className="shb-field-error">
            {errors.location}
          </p>
        )}
        {center ? (
          <Fallback fallback={<p className="cx-note">{t('complaints.map.unavailable')}</p>}>
            <Suspense fallback={<div className="cx-map cx-map--placeholder">{t('complaints.map.loading')}</div>}>
              <MapPicker
                value={location}
                onChange={setLocation}
                center={center}
                zoom={COMMUNE_ZOOM}
                describedBy={errors.location ? locErrorId : undefined}
              />
            </Suspense>
          </Fallback>
        ) : (
          <div className="cx-map cx-map--placeholder">{t('complaints.map.loading')}</div>
        )}
        <div className="cx-row">
          <Button variant="secondary" onClick={locate} busy={geo.busy}>
            {t('complaints.location.useMyPosition')}
          </Button>
          {location && (
            <Button variant="link" onClick={() => setLocation(null)}>
              {t('complaints.location.clear')}
            </Button>
          )}
        </div>
        <p role="status" className={geo.tone === 'error' ? 'shb-field-error' : 'shb-hint'}>
          {geo.message}
        </p>
        <p className="cx-point" aria-live="polite">
          {location ? t('complaints.location.chosen', { coords: coords(location) }) : t('complaints.location.none')}
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
            onChange={(e) => setAddress(e.target.value)}
            aria-invalid={errors.location || errors.address ? true : undefined}
            aria-describedby={[
              `${addressId}-hint`,
              errors.location ? locErrorId : null,
              errors.address ? `${addressId}-error` : null,
            ]
              .filter(Boolean)
              .join(' ')}
          />
          {errors.address && (
            <p id={`${addressId}-error`} className="shb-field-error">
              {errors.address}
            </p>
          )}
        </div>
      </fieldset>

      <div className="shb-field">
        <label htmlFor={photosId} className="shb-label">
          {t('complaints.field.photos')}
        </label>
        <p id={`${photosId}-hint`} className="shb-hint">
          {t('complaints.field.photosHint', { max: MAX_PHOTOS, count: photos.length })}
        </p>
        <input
          ref={fileRef}
          id={photosId}
          name="photos"
          type="file"
          accept="image/*"
          multiple
          className="cx-file"
          onChange={addPhotos}
          aria-invalid={errors.photos || photoProblem ? true : undefined}
          aria-describedby={[
            `${photosId}-hint`,
            photoProblem ? `${photosId}-problem` : null,
            errors.photos ? `${photosId}-error` : null,
          ]
            .filter(Boolean)
            .join(' ')}
        />
        <p role="status" className="shb-hint">
          {preparing > 0 ? t('complaints.photos.preparing', { count: preparing }) : photoStatus}
        </p>
        {photoProblem && (
          <p id={`${photosId}-problem`} className="shb-field-error" role="alert">
            {photoProblem}
          </p>
        )}
        {errors.photos && (
          <p id={`${photosId}-error`} className="shb-field-error">
            {errors.photos}
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

      <SelectField
        label={t('complaints.field.replyChannel')}
        hint={t('complaints.field.replyChannelHint')}
        name="replyChannel"
        value={replyChannel}
        onChange={(e) => setReplyChannel(e.target.value as ReplyChannel)}
        error={errors.replyChannel}
      >
        {REPLY_CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`complaints.channel.${c}`)}
          </option>
        ))}
      </SelectField>

      <fieldset className="cx-fieldset">
        <legend className="shb-label">{t('complaints.field.contact')}</legend>
        <p className="shb-hint">{t('complaints.field.contactHint')}</p>
        <TextField
          label={t('complaints.field.contactName')}
          name="contact.name"
          autoComplete="name"
          maxLength={120}
          value={contact.name}
          onChange={(e) => setContact({ ...contact, name: e.target.value })}
          error={errors['contact.name']}
        />
        <TextField
          label={t('complaints.field.contactPhone')}
          name="contact.phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          dir="ltr"
          required={needed === 'phone'}
          value={contact.phone}
          onChange={(e) => setContact({ ...contact, phone: e.target.value })}
          error={errors['contact.phone']}
        />
        <TextField
          label={t('complaints.field.contactEmail')}
          name="contact.email"
          type="email"
          autoComplete="email"
          required={needed === 'email'}
          value={contact.email}
          onChange={(e) => setContact({ ...contact, email: e.target.value })}
          error={errors['contact.email']}
        />
      </fieldset>

      {/* The label stays the same while sending (disabled, aria-busy; the status below says it):
          a button that shrinks under a double tap would let the second tap land elsewhere. */}
      <Button type="submit" busy={busy} className="cx-submit">
        {t('complaints.new.submit')}
      </Button>
      <p role="status" className="shb-hint">
        {submit.isPending ? t('complaints.new.sending') : preparing > 0 ? t('complaints.new.waitPhotos') : ''}
      </p>
      <p className="cx-cancel">
        <Link href="/complaints">{t('complaints.new.cancel')}</Link>
      </p>
    </form>
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
