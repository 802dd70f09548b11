import { COMPLAINT_COUNTER_CHANNELS, COMPLAINT_KINDS, REPLY_CHANNELS } from '@shabaka/db/enums';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { complaintRegisterInput } from '@shabaka/api/schemas';
import { Button, Card, FilePicker } from '@shabaka/ui';
import { useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { MAX_SCANS, newIdempotencyKey, prepareScan, ScanError, type PreparedScan } from './files';
import { useDesk } from './i18n';
import { errorOf, KitForm, schemaCheck, useKitForm, useStore } from '../forms/kit';
import { oneOf, receiptHref, ScreenHeading } from './shared';

type Receipt = RouterOutputs['complaints']['register'];

/** Decimal degrees typed with a dot or a comma; undefined when empty, NaN when not a number. */
const degrees = (value: string) => (value ? Number(value.replace(',', '.')) : undefined);

function Scans({
  scans,
  setScans,
  error,
}: {
  scans: PreparedScan[];
  setScans: (next: PreparedScan[]) => void;
  error?: string | undefined;
}) {
  const { t, formatNumber } = useDesk();
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const add = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const files = Array.from(input.files ?? []);
    input.value = '';
    if (!files.length) return;
    setProblem(null);
    const room = MAX_SCANS - scans.length;
    if (files.length > room) {
      setProblem(t('desk.counter.scans.tooMany', { max: MAX_SCANS }));
      return;
    }
    setBusy(true);
    const added: PreparedScan[] = [];
    try {
      for (const file of files) added.push(await prepareScan(file));
      setScans([...scans, ...added]);
      setStatus(t('desk.counter.scans.added', { count: added.length }));
    } catch (err) {
      for (const a of added) if (a.previewUrl) URL.revokeObjectURL(a.previewUrl);
      const name = err instanceof ScanError ? err.fileName : '';
      setProblem(t(`desk.counter.scans.${err instanceof ScanError ? err.problem : 'unreadable'}`, { name }));
    } finally {
      setBusy(false);
    }
  };

  const remove = (scan: PreparedScan) => {
    if (scan.previewUrl) URL.revokeObjectURL(scan.previewUrl);
    setScans(scans.filter((s) => s.key !== scan.key));
    setStatus(t('desk.counter.scans.removed', { name: scan.name }));
  };

  const shownError = problem ?? error;
  return (
    <fieldset className="desk-fieldset">
      <legend>{t('desk.counter.scans.legend')}</legend>
      <div className="shb-field">
        <label htmlFor={id} className="shb-label">
          {t('desk.counter.scans.label')}
        </label>
        <p id={`${id}-hint`} className="shb-hint">
          {t('desk.counter.scans.hint', { max: MAX_SCANS })}
        </p>
        <FilePicker
          id={id}
          button={t('desk.counter.scans.choose')}
          accept="image/*,application/pdf"
          multiple
          disabled={busy || scans.length >= MAX_SCANS}
          onChange={add}
          aria-describedby={[`${id}-hint`, shownError ? `${id}-error` : null].filter(Boolean).join(' ')}
          aria-invalid={shownError ? true : undefined}
        />
        {shownError && (
          <p id={`${id}-error`} className="shb-field-error">
            {shownError}
          </p>
        )}
      </div>
      <p role="status" className="desk-live">
        {busy ? t('desk.counter.scans.preparing') : status}
      </p>
      {scans.length > 0 && (
        <ol className="desk-scan-list">
          {scans.map((s, i) => (
            <li key={s.key}>
              {s.previewUrl ? (
                <img src={s.previewUrl} alt="" width={48} height={64} />
              ) : (
                <span className="desk-pdf" aria-hidden="true">
                  PDF
                </span>
              )}
              <span>
                {t('desk.counter.scans.page', { n: i + 1 })} — <bdi>{s.name}</bdi> (
                {formatNumber(Math.ceil(s.bytes / 1024))} KB)
              </span>
              <Button
                variant="link"
                onClick={() => remove(s)}
                aria-label={t('desk.counter.scans.remove', { name: s.name })}
              >
                {t('desk.counter.scans.removeShort')}
              </Button>
            </li>
          ))}
        </ol>
      )}
    </fieldset>
  );
}

function Registered({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const { t, formatDate } = useDesk();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <Card>
      <h3 ref={heading} tabIndex={-1} className="desk-heading">
        {t('desk.counter.done.title')}
      </h3>
      <p>
        {t('desk.counter.done.code')}{' '}
        <strong className="desk-big-code" data-testid="complaint-code">
          <bdi>{receipt.code}</bdi>
        </strong>
      </p>
      {receipt.secret && (
        <p>
          {t('desk.counter.done.secret')}{' '}
          <strong className="desk-big-code" data-testid="complaint-secret">
            <bdi dir="ltr">{receipt.secret}</bdi>
          </strong>
        </p>
      )}
      <p>{t('desk.counter.done.body', { date: formatDate(receipt.answerDueAt) })}</p>
      <p>{t('desk.counter.done.secretHint')}</p>
      <div className="desk-actions-row">
        {/* The paper receipt prints the secret: the link carries it (it exists only now). */}
        <a
          className="shb-button shb-button--primary"
          href={receiptHref(receipt.code, receipt.secret)}
          target="_blank"
          rel="noopener"
        >
          {t('desk.counter.done.print')}
          <span className="shb-sr-only"> {t('desk.newTab')}</span>
        </a>
        <Link href={`/complaints/${receipt.id}`} className="shb-button shb-button--secondary">
          {t('desk.counter.done.open')}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t('desk.counter.done.another')}
        </Button>
      </div>
    </Card>
  );
}

interface Values {
  channel: string;
  kind: string;
  categoryId: string;
  description: string;
  publicDescription: boolean;
  address: string;
  lat: string;
  lon: string;
  contact: { name: string; phone: string; email: string };
  /** The walk-in's consent to engagement messages per contact (recorded with the agent and the time). */
  consent: { email: boolean; sms: boolean };
  replyChannel: string;
  scans: PreparedScan[];
}

const EMPTY: Values = {
  channel: 'counter',
  kind: 'complaint',
  categoryId: '',
  description: '',
  // The citizen's choice, asked aloud at the counter: off unless they agree.
  publicDescription: false,
  address: '',
  lat: '',
  lon: '',
  contact: { name: '', phone: '', email: '' },
  // Asked aloud like the publication: unticked unless the citizen agrees.
  consent: { email: false, sms: false },
  replyChannel: 'portal',
  scans: [],
};

/** The values as `complaints.register` takes them (the commune and the key are added when sending). */
function inputOf(v: Values) {
  const lat = degrees(v.lat.trim());
  const lon = degrees(v.lon.trim());
  const address = v.address.trim();
  return {
    channel: oneOf(COMPLAINT_COUNTER_CHANNELS, v.channel) ?? 'counter',
    kind: oneOf(COMPLAINT_KINDS, v.kind) ?? 'complaint',
    categoryId: v.categoryId,
    description: v.description.trim(),
    ...(address ? { address } : {}),
    ...(lat !== undefined && lon !== undefined ? { location: { lat, lon } } : {}),
    contact: { name: v.contact.name.trim(), phone: v.contact.phone.trim(), email: v.contact.email.trim() },
    replyChannel: oneOf(REPLY_CHANNELS, v.replyChannel) ?? 'portal',
    consent: v.consent,
    publicDescription: v.publicDescription,
    photos: [],
    scans: v.scans.map((s) => ({ name: s.name, dataBase64: s.dataBase64 })),
  };
}

/** Where the form shows a path of the API's input: the point's parts under their boxes, the place under the address. */
const counterSlot = (path: string) =>
  path === 'location.lat'
    ? 'lat'
    : path === 'location.lon'
      ? 'lon'
      : path === 'location'
        ? 'address'
        : path === 'contact'
          ? 'replyChannel'
          : path.split('.')[0]!;

function CounterForm({ onRegistered, focusFirst }: { onRegistered: (r: Receipt) => void; focusFirst: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t, lang } = i18n;
  const categories = useQuery(trpc.complaints.categories.queryOptions({ commune: slug }));
  const hintId = useId();
  // One key per form: a double click or a retry after a lost answer never registers twice.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const register = useMutation(
    trpc.complaints.register.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.complaints.pathFilter());
      },
    }),
  );
  const describe = { section: 'desk', slot: counterSlot } as const;
  const schema = schemaCheck(complaintRegisterInput, inputOf, i18n, { ...describe, router: 'complaints' });
  const { form, props } = useKitForm<Values>({
    defaultValues: EMPTY,
    i18n,
    describe,
    check: (v) => {
      const found = schema(v);
      // A point is both numbers: one alone is a typing slip, not a place.
      if (!v.lat.trim() !== !v.lon.trim()) found[v.lat.trim() ? 'lon' : 'lat'] ??= t('desk.counter.pointBoth');
      // The schema checks the place only once every field parses: said at once here, as the other problems.
      if (!v.address.trim() && !v.lat.trim() && !v.lon.trim()) found.address ??= t('desk.error.field.location');
      return found;
    },
    submit: async (v) => onRegistered(await register.mutateAsync({ commune: slug, ...inputOf(v), idempotencyKey })),
  });
  // Previews are object URLs: released when the form goes (registered, or another tab).
  const previews = useRef<PreparedScan[]>([]);
  previews.current = useStore(form.store, (s) => s.values.scans);
  useEffect(
    () => () => {
      for (const s of previews.current) if (s.previewUrl) URL.revokeObjectURL(s.previewUrl);
    },
    [],
  );

  // "Register another": the new, empty form takes the focus.
  useEffect(() => {
    if (focusFirst) props.formRef.current?.querySelector('select')?.focus();
  }, [focusFirst, props.formRef]);

  return (
    <KitForm {...props} className="desk-counter-form" busy={register.isPending}>
      <fieldset className="desk-fieldset">
        <legend>{t('desk.counter.about')}</legend>
        <form.AppField name="channel">
          {(field) => (
            <field.SelectField label={t('desk.counter.channel')} required>
              {COMPLAINT_COUNTER_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`cases.channel.${c}`)}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        <form.AppField name="kind">
          {(field) => (
            <field.SelectField label={t('desk.field.kind')}>
              {COMPLAINT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`complaintsGlossary.kind.${k}`)}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        <form.AppField name="categoryId">
          {(field) => (
            <field.SelectField label={t('desk.field.category')} required>
              <option value="">{categories.isPending ? t('common.loading') : t('desk.counter.chooseCategory')}</option>
              {categories.data?.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.names[lang]}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        <form.AppField name="description">
          {(field) => (
            <field.TextAreaField
              className="desk-textarea"
              label={t('desk.detail.description')}
              hint={t('desk.counter.descriptionHint')}
              rows={5}
              minLength={10}
              maxLength={4000}
              required
            />
          )}
        </form.AppField>
        <form.Field name="publicDescription">
          {(field) => (
            <label className="desk-check">
              <input
                type="checkbox"
                name="publicDescription"
                checked={field.state.value}
                onChange={(e) => field.handleChange(e.target.checked)}
                aria-describedby={`${hintId}-public`}
              />{' '}
              {t('desk.counter.publicDescription')}
            </label>
          )}
        </form.Field>
        <p id={`${hintId}-public`} className="shb-hint">
          {t('desk.counter.publicDescriptionHint')}
        </p>
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('desk.counter.where')}</legend>
        <p className="shb-hint">{t('desk.counter.whereHint')}</p>
        <form.AppField name="address">
          {(field) => <field.TextField label={t('desk.field.address')} maxLength={300} autoComplete="off" />}
        </form.AppField>
        <div className="desk-pair">
          <form.AppField name="lat">
            {(field) => (
              <field.TextField label={t('desk.field.lat')} inputMode="decimal" dir="ltr" placeholder="35.5785" />
            )}
          </form.AppField>
          <form.AppField name="lon">
            {(field) => (
              <field.TextField label={t('desk.field.lon')} inputMode="decimal" dir="ltr" placeholder="-5.3684" />
            )}
          </form.AppField>
        </div>
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('desk.counter.citizen')}</legend>
        <form.AppField name="contact.name">
          {(field) => <field.TextField label={t('desk.field.contactName')} maxLength={120} autoComplete="off" />}
        </form.AppField>
        <form.AppField name="contact.phone">
          {(field) => <field.TextField label={t('desk.field.phone')} type="tel" dir="ltr" autoComplete="off" />}
        </form.AppField>
        <form.AppField name="contact.email">
          {(field) => <field.TextField label={t('desk.field.email')} type="email" dir="ltr" autoComplete="off" />}
        </form.AppField>
        <fieldset className="desk-fieldset" aria-describedby={`${hintId}-consent`}>
          <legend>{t('desk.counter.consent')}</legend>
          <p id={`${hintId}-consent`} className="shb-hint">
            {t('desk.counter.consentHint')}
          </p>
          <form.AppField name="consent.sms">
            {(field) => <field.CheckField label={t('desk.counter.consentSms')} />}
          </form.AppField>
          <form.AppField name="consent.email">
            {(field) => <field.CheckField label={t('desk.counter.consentEmail')} />}
          </form.AppField>
        </fieldset>
        <form.AppField name="replyChannel">
          {(field) => (
            <field.SelectField label={t('desk.field.replyChannel')} hint={t('desk.counter.replyHint')}>
              {REPLY_CHANNELS.map((c) => (
                <option key={c} value={c}>
                  {t(`desk.reply.${c}`)}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
      </fieldset>
      <form.Field name="scans">
        {(field) => (
          <Scans
            scans={field.state.value}
            setScans={field.handleChange}
            error={errorOf('scans', field.state.meta.errors, props.serverFields)}
          />
        )}
      </form.Field>
      <Button type="submit" busy={register.isPending}>
        {register.isPending ? t('desk.counter.submitting') : t('desk.counter.submit')}
      </Button>
    </KitForm>
  );
}

export function CounterScreen() {
  const { t } = useDesk();
  usePageTitle(`${t('desk.tab.counter')} · ${t('portal.staff.heading')}`);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [round, setRound] = useState(0);
  return (
    <div className="shb-stack">
      <ScreenHeading>{t('desk.counter.title')}</ScreenHeading>
      <p>{t('desk.counter.intro')}</p>
      {receipt ? (
        <Registered
          receipt={receipt}
          onAnother={() => {
            setReceipt(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <CounterForm key={round} onRegistered={setReceipt} focusFirst={round > 0} />
      )}
    </div>
  );
}
