import { INFORMATION_STAFF_INTAKE_CHANNELS } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, SelectField, TextField } from '@shabaka/ui';
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ScreenHeading } from '../../desk/shared';
import { firstInvalid, focusField } from '../../forms/focus';
import { emptyDraft, FIELD_ORDER, RequestFields, requestOf, type Draft } from '../fields';
import { useInformationI18n } from '../i18n';
import { localDateTime, oneOf, receiptPdfHref, type Receipt } from '../model';
import { describeError } from '../../errors';

type Channel = (typeof INFORMATION_STAFF_INTAKE_CHANNELS)[number];
const ORDER = ['channel', 'receivedAt', ...FIELD_ORDER];

function Registered({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const { t, formatDate } = useInformationI18n();
  return (
    <Card title={t('information.desk.registered')} headingLevel={3}>
      <dl className="desk-dl">
        <div className="desk-entry">
          <dt>{t('information.field.code')}</dt>
          <dd data-testid="information-code">
            <bdi dir="ltr">{receipt.code}</bdi>
          </dd>
        </div>
        {receipt.secret && (
          <div className="desk-entry">
            <dt>{t('cases.secret.label')}</dt>
            <dd className="ir-key">
              <code dir="ltr" data-testid="information-secret">
                {receipt.secret}
              </code>
            </dd>
          </div>
        )}
        <div className="desk-entry">
          <dt>{t('information.fact.dueAt')}</dt>
          <dd>{formatDate(receipt.dueAt, { dateStyle: 'full' })}</dd>
        </div>
      </dl>
      <p>{t('information.desk.registeredKey')}</p>
      <div className="cx-row">
        {/* The paper receipt prints the secret: the link carries it (staff could open it without). */}
        <a
          className="shb-button shb-button--primary"
          href={receiptPdfHref(receipt.code, receipt.secret ?? undefined)}
          target="_blank"
          rel="noopener"
        >
          {t('information.desk.printReceipt')}
          <span className="shb-sr-only"> {t('information.newTab')}</span>
        </a>
        <Link className="shb-button shb-button--secondary" href={`/${receipt.id}`}>
          {t('information.desk.open')}
        </Link>
        <Button variant="secondary" onClick={onAnother}>
          {t('information.desk.registerAnother')}
        </Button>
      </div>
    </Card>
  );
}

/** Counter mode: a request handed in at the counter, by post or by email, with its date of receipt. */
export function RegisterScreen() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useInformationI18n();
  const { t } = i18n;
  usePageTitle(`${t('information.desk.register')} · ${t('portal.staff.heading')}`);
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<Draft>(() => emptyDraft());
  const [channel, setChannel] = useState<Channel | ''>('counter');
  const [receivedAt, setReceivedAt] = useState('');
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());
  const register = useMutation(
    trpc.informationRequests.register.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.informationRequests.queue.pathFilter()),
      onError: (error) => {
        const first = firstInvalid(describeError(error, i18n).fields, ORDER);
        requestAnimationFrame(() => first && focusField(formRef.current, first));
      },
    }),
  );
  const error = register.error ? describeError(register.error, i18n) : null;
  const errors = error?.fields ?? {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (register.isPending) return;
    register.mutate({
      commune: slug,
      ...requestOf(draft),
      channel: channel as Channel,
      receivedAt: localDateTime(receivedAt),
      idempotencyKey,
    });
  };

  return (
    <div className="shb-stack">
      <p>
        <Link href="/">{t('information.desk.backToQueue')}</Link>
      </p>
      <ScreenHeading>{t('information.desk.register')}</ScreenHeading>
      {register.data ? (
        <Registered
          receipt={register.data}
          onAnother={() => {
            register.reset();
            setDraft(emptyDraft());
            setReceivedAt('');
            setIdempotencyKey(crypto.randomUUID());
          }}
        />
      ) : (
        <form ref={formRef} onSubmit={submit} noValidate className="shb-stack">
          {error && <Alert tone="error">{error.message}</Alert>}
          <SelectField
            label={t('information.field.channel')}
            name="channel"
            required
            value={channel}
            onChange={(e) => setChannel(oneOf(INFORMATION_STAFF_INTAKE_CHANNELS, e.target.value) ?? '')}
            error={errors.channel}
          >
            {INFORMATION_STAFF_INTAKE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`information.channel.${c}`)}
              </option>
            ))}
          </SelectField>
          <TextField
            label={t('information.field.receivedAt')}
            hint={t('information.field.receivedAtHint')}
            name="receivedAt"
            type="datetime-local"
            value={receivedAt}
            onChange={(e) => setReceivedAt(e.target.value)}
            error={errors.receivedAt}
          />
          <RequestFields
            draft={draft}
            set={(changes) => setDraft((d) => ({ ...d, ...changes }))}
            errors={errors}
            staff
          />
          <div className="cx-row">
            <Button type="submit" busy={register.isPending}>
              {t('information.desk.registerSubmit')}
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
