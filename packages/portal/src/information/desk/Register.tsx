import { INFORMATION_STAFF_INTAKE_CHANNELS } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { ScreenHeading } from '../../desk/shared';
import { KitForm, useKitForm } from '../../forms/kit';
import { emptyDraft, registerCheck, registrationOf, RequestFields, type Draft } from '../fields';
import { useInformationI18n } from '../i18n';
import { receiptPdfHref, type Receipt } from '../model';

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

function RegisterForm({
  channel,
  onRegistered,
}: {
  /** The channel of the request registered before (a pile of letters comes by post); none on the first. */
  channel: Draft['channel'] | null;
  onRegistered: (r: Receipt, channel: Draft['channel']) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useInformationI18n();
  const { t } = i18n;
  // One key per form: a double click or a retry after a lost answer never registers twice.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const register = useMutation(
    trpc.informationRequests.register.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.informationRequests.queue.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Draft>({
    defaultValues: { ...emptyDraft(), channel: channel ?? 'counter' },
    i18n,
    check: registerCheck(i18n),
    submit: async (v) =>
      onRegistered(await register.mutateAsync({ commune: slug, ...registrationOf(v), idempotencyKey }), v.channel),
  });
  // "Register another": the new, empty form takes the focus.
  useEffect(() => {
    if (channel) props.formRef.current?.querySelector('select')?.focus();
  }, [channel, props.formRef]);

  return (
    <KitForm {...props} busy={register.isPending}>
      <form.AppField name="channel">
        {(field) => (
          <field.SelectField label={t('information.field.channel')} required>
            {INFORMATION_STAFF_INTAKE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {t(`cases.channel.${c}`)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <form.AppField name="receivedAt">
        {(field) => (
          <field.TextField
            label={t('information.field.receivedAt')}
            hint={t('information.field.receivedAtHint')}
            type="datetime-local"
          />
        )}
      </form.AppField>
      <RequestFields form={form} staff />
      <div className="cx-row">
        <Button type="submit" busy={register.isPending}>
          {t('information.desk.registerSubmit')}
        </Button>
      </div>
    </KitForm>
  );
}

/** Counter mode: a request handed in at the counter, by post or by email, with its date of receipt. */
export function RegisterScreen() {
  const { t } = useInformationI18n();
  usePageTitle(`${t('information.desk.register')} · ${t('portal.staff.heading')}`);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [round, setRound] = useState(0);
  const [channel, setChannel] = useState<Draft['channel'] | null>(null);
  return (
    <div className="shb-stack">
      <p>
        <Link href="/">{t('information.desk.backToQueue')}</Link>
      </p>
      <ScreenHeading>{t('information.desk.register')}</ScreenHeading>
      {receipt ? (
        <Registered
          receipt={receipt}
          onAnother={() => {
            setReceipt(null);
            setRound((r) => r + 1);
          }}
        />
      ) : (
        <RegisterForm
          key={round}
          channel={channel}
          onRegistered={(r, c) => {
            setReceipt(r);
            setChannel(c);
          }}
        />
      )}
    </div>
  );
}
