import { COMPLAINT_COUNTER_CHANNELS, COMPLAINT_KINDS, REPLY_CHANNELS } from '@shabaka/db/enums';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, SelectField, TextField } from '@shabaka/ui';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { MAX_SCANS, newIdempotencyKey, prepareScan, ScanError, type PreparedScan } from './files';
import { useDesk } from './i18n';
import { oneOf, receiptHref, ScreenHeading, TextAreaField } from './shared';
import { describeError } from '../errors';

type Receipt = RouterOutputs['complaints']['register'];

const text = (data: FormData, name: string) => String(data.get(name) ?? '').trim();

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
        <input
          id={id}
          type="file"
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

interface LocalErrors {
  categoryId?: string;
  description?: string;
  address?: string;
  lat?: string;
  lon?: string;
}

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
  const [scans, setScans] = useState<PreparedScan[]>([]);
  // Previews are object URLs: released when the form goes (registered, or another tab).
  const previews = useRef(scans);
  previews.current = scans;
  useEffect(
    () => () => {
      for (const s of previews.current) if (s.previewUrl) URL.revokeObjectURL(s.previewUrl);
    },
    [],
  );
  const [local, setLocal] = useState<LocalErrors>({});
  const register = useMutation(
    trpc.complaints.register.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.complaints.pathFilter());
      },
    }),
  );
  const error = register.error ? describeError(register.error, i18n, { section: 'desk' }) : null;
  const fields = error?.fields ?? {};
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (register.error || Object.keys(local).length) errorRef.current?.focus();
  }, [register.error, local]);

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const lat = degrees(text(data, 'lat'));
    const lon = degrees(text(data, 'lon'));
    const address = text(data, 'address');
    const problems: LocalErrors = {};
    if (!text(data, 'categoryId')) problems.categoryId = t('desk.error.field.categoryId');
    if (text(data, 'description').length < 10) problems.description = t('desk.error.field.description');
    if (lat !== undefined && !(Math.abs(lat) <= 90)) problems.lat = t('desk.error.field.lat');
    if (lon !== undefined && !(Math.abs(lon) <= 180)) problems.lon = t('desk.error.field.lon');
    if ((lat === undefined) !== (lon === undefined))
      problems[lat === undefined ? 'lat' : 'lon'] = t('desk.counter.pointBoth');
    if (!address && lat === undefined && lon === undefined) problems.address = t('desk.error.field.location');
    setLocal(problems);
    if (Object.keys(problems).length) return;
    register.reset();
    register.mutate(
      {
        commune: slug,
        channel: oneOf(COMPLAINT_COUNTER_CHANNELS, text(data, 'channel')) ?? 'counter',
        kind: oneOf(COMPLAINT_KINDS, text(data, 'kind')) ?? 'complaint',
        categoryId: text(data, 'categoryId'),
        description: text(data, 'description'),
        ...(address ? { address } : {}),
        ...(lat !== undefined && lon !== undefined ? { location: { lat, lon } } : {}),
        contact: {
          name: text(data, 'contactName'),
          phone: text(data, 'contactPhone'),
          email: text(data, 'contactEmail'),
        },
        replyChannel: oneOf(REPLY_CHANNELS, text(data, 'replyChannel')) ?? 'portal',
        publicDescription: data.get('publicDescription') === 'on',
        photos: [],
        scans: scans.map((s) => ({ name: s.name, dataBase64: s.dataBase64 })),
        idempotencyKey,
      },
      { onSuccess: (receipt) => onRegistered(receipt) },
    );
  };

  // "Register another": the new, empty form takes the focus.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (focusFirst) formRef.current?.querySelector('select')?.focus();
  }, [focusFirst]);

  const hasLocal = Object.keys(local).length > 0;
  return (
    <form ref={formRef} onSubmit={submit} noValidate className="desk-counter-form">
      <div ref={errorRef} tabIndex={-1}>
        {error && <Alert tone="error">{error.message}</Alert>}
        {!error && hasLocal && <Alert tone="error">{t('portal.error.form')}</Alert>}
      </div>
      <fieldset className="desk-fieldset">
        <legend>{t('desk.counter.about')}</legend>
        <SelectField
          label={t('desk.counter.channel')}
          name="channel"
          defaultValue="counter"
          required
          error={fields.channel}
        >
          {COMPLAINT_COUNTER_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`desk.channel.${c}`)}
            </option>
          ))}
        </SelectField>
        <SelectField label={t('desk.field.kind')} name="kind" defaultValue="complaint" error={fields.kind}>
          {COMPLAINT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`complaintsGlossary.kind.${k}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('desk.field.category')}
          name="categoryId"
          defaultValue=""
          required
          error={local.categoryId ?? fields.categoryId}
        >
          <option value="">{categories.isPending ? t('common.loading') : t('desk.counter.chooseCategory')}</option>
          {categories.data?.map((c) => (
            <option key={c.id} value={c.id}>
              {c.names[lang]}
            </option>
          ))}
        </SelectField>
        <TextAreaField
          label={t('desk.detail.description')}
          hint={t('desk.counter.descriptionHint')}
          name="description"
          rows={5}
          minLength={10}
          maxLength={4000}
          required
          error={local.description ?? fields.description}
        />
        {/* The citizen's choice, asked aloud at the counter: off unless they agree. */}
        <label className="desk-check">
          <input type="checkbox" name="publicDescription" aria-describedby={`${hintId}-public`} />{' '}
          {t('desk.counter.publicDescription')}
        </label>
        <p id={`${hintId}-public`} className="shb-hint">
          {t('desk.counter.publicDescriptionHint')}
        </p>
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('desk.counter.where')}</legend>
        <p className="shb-hint">{t('desk.counter.whereHint')}</p>
        <TextField
          label={t('desk.field.address')}
          name="address"
          maxLength={300}
          autoComplete="off"
          error={local.address ?? fields.location ?? fields.address}
        />
        <div className="desk-pair">
          <TextField
            label={t('desk.field.lat')}
            name="lat"
            inputMode="decimal"
            dir="ltr"
            placeholder="35.5785"
            error={local.lat ?? fields['location.lat']}
          />
          <TextField
            label={t('desk.field.lon')}
            name="lon"
            inputMode="decimal"
            dir="ltr"
            placeholder="-5.3684"
            error={local.lon ?? fields['location.lon']}
          />
        </div>
      </fieldset>
      <fieldset className="desk-fieldset">
        <legend>{t('desk.counter.citizen')}</legend>
        <TextField
          label={t('desk.field.contactName')}
          name="contactName"
          maxLength={120}
          autoComplete="off"
          error={fields['contact.name']}
        />
        <TextField
          label={t('desk.field.phone')}
          name="contactPhone"
          type="tel"
          dir="ltr"
          autoComplete="off"
          error={fields['contact.phone']}
        />
        <TextField
          label={t('desk.field.email')}
          name="contactEmail"
          type="email"
          dir="ltr"
          autoComplete="off"
          error={fields['contact.email']}
        />
        <SelectField
          label={t('desk.field.replyChannel')}
          hint={t('desk.counter.replyHint')}
          name="replyChannel"
          defaultValue="portal"
          error={
            fields.contact && !fields['contact.phone'] && !fields['contact.email']
              ? fields.contact
              : fields.replyChannel
          }
        >
          {REPLY_CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`desk.reply.${c}`)}
            </option>
          ))}
        </SelectField>
      </fieldset>
      <Scans scans={scans} setScans={setScans} error={fields.scans} />
      <Button type="submit" busy={register.isPending}>
        {register.isPending ? t('desk.counter.submitting') : t('desk.counter.submit')}
      </Button>
    </form>
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
