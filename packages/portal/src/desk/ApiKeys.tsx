import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { createApiKeyInput } from '@shabaka/api/schemas';
import { Alert, Button, Card } from '@shabaka/ui';
import { useEffect, useId, useRef, useState } from 'react';
import { usePageTitle, usePortal } from '../config';
import { ConfirmStep } from './Confirm';
import { useDesk } from './i18n';
import { DataTable, Loaded } from './List';
import { ScreenHeading } from './shared';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';

type Key = RouterOutputs['apiKeys']['list'][number];
type Created = RouterOutputs['apiKeys']['create'];

/** The new key, shown once: copy button, and the warning that it cannot be shown again. */
function NewKey({ created, onClose }: { created: Created; onClose: () => void }) {
  const { t } = useDesk();
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const id = useId();
  useEffect(() => heading.current?.focus(), []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied('yes');
    } catch {
      // No clipboard (plain http, permissions): select the text for Ctrl+C instead.
      field.current?.select();
      setCopied('no');
    }
  };

  return (
    <section className="shb-card desk-new-key" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className="desk-heading">
        {t('desk.apiKeys.created', { label: created.label })}
      </h3>
      <Alert tone="warning">{t('desk.apiKeys.onceWarning')}</Alert>
      <div className="shb-field">
        <label htmlFor={id} className="shb-label">
          {t('desk.apiKeys.key')}
        </label>
        <div className="desk-copy">
          <input
            ref={field}
            id={id}
            className="shb-input desk-mono"
            readOnly
            value={created.key}
            dir="ltr"
            onFocus={(e) => e.currentTarget.select()}
          />
          <Button variant="secondary" onClick={copy}>
            {t('desk.apiKeys.copy')}
          </Button>
        </div>
      </div>
      <p role="status" className="desk-live">
        {copied === 'yes' ? t('desk.apiKeys.copied') : copied === 'no' ? t('desk.apiKeys.copyManually') : ''}
      </p>
      <Button onClick={onClose}>{t('desk.apiKeys.done')}</Button>
    </section>
  );
}

function RevokeButton({ item, onDone }: { item: Key; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(
    trpc.apiKeys.revoke.mutationOptions({
      onSuccess: async () => {
        onDone(t('desk.apiKeys.revokedDone', { label: item.label }));
        await queryClient.invalidateQueries(trpc.apiKeys.pathFilter());
      },
    }),
  );
  if (revoke.error)
    return <span className="shb-field-error">{describeError(revoke.error, i18n, { section: 'desk' }).message}</span>;
  if (!confirming)
    return (
      <Button
        variant="secondary"
        className="desk-danger-outline"
        onClick={() => setConfirming(true)}
        aria-label={t('desk.apiKeys.revokeNamed', { label: item.label })}
      >
        {t('desk.apiKeys.revoke')}
      </Button>
    );
  return (
    <ConfirmStep
      inline
      question={t('desk.apiKeys.revokeQuestion', { label: item.label })}
      yes={t('desk.apiKeys.revokeYes')}
      no={t('desk.apiKeys.revokeNo')}
      pending={revoke.isPending}
      onYes={() => revoke.mutate({ commune: slug, id: item.id })}
      onNo={() => setConfirming(false)}
    />
  );
}

function CreateKey({ onCreated }: { onCreated: (created: Created) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t } = i18n;
  const create = useMutation(
    trpc.apiKeys.create.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.apiKeys.pathFilter());
      },
    }),
  );
  const describe = { section: 'desk' } as const;
  const { form, props } = useKitForm({
    defaultValues: { label: '' },
    i18n,
    check: schemaCheck(createApiKeyInput, (v) => v, i18n, describe),
    describe,
    // The form goes with the new key on screen; "done" brings an empty one.
    submit: async (v) => onCreated(await create.mutateAsync({ commune: slug, label: v.label.trim() })),
  });
  return (
    <Card title={t('desk.apiKeys.createTitle')} headingLevel={3}>
      <p>{t('desk.apiKeys.createIntro')}</p>
      <KitForm {...props} className="portal-form" busy={create.isPending}>
        <form.AppField name="label">
          {(field) => (
            <field.TextField
              label={t('desk.apiKeys.label')}
              hint={t('desk.apiKeys.labelHint')}
              required
              minLength={2}
              maxLength={100}
              autoComplete="off"
            />
          )}
        </form.AppField>
        <Button type="submit" busy={create.isPending}>
          {t('desk.apiKeys.create')}
        </Button>
      </KitForm>
    </Card>
  );
}

export function ApiKeysScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t, formatDate } = i18n;
  usePageTitle(`${t('desk.tab.apiKeys')} · ${t('portal.staff.heading')}`);
  const keys = useQuery(trpc.apiKeys.list.queryOptions({ commune: slug }));
  const [created, setCreated] = useState<Created | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const list = (
    <Loaded
      query={keys}
      describe={(e) => describeError(e, i18n, { section: 'desk' }).message}
      empty={t('desk.apiKeys.empty')}
      isEmpty={(d) => d.length === 0}
    >
      {(data) => (
        <DataTable
          caption={t('desk.apiKeys.caption', { count: data.length })}
          columns={[
            t('desk.apiKeys.label'),
            t('desk.apiKeys.createdCol'),
            t('desk.apiKeys.state'),
            <span className="shb-sr-only">{t('desk.apiKeys.actions')}</span>,
          ]}
        >
          {data.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.label}</th>
              <td>
                {t('desk.apiKeys.createdBy', {
                  date: formatDate(k.createdAt, { dateStyle: 'medium' }),
                  name: k.createdByName ?? t('desk.formerStaff'),
                })}
              </td>
              <td>
                {k.revokedAt ? (
                  <span className="desk-badge desk-badge--removed">
                    {t('desk.apiKeys.revokedOn', { date: formatDate(k.revokedAt, { dateStyle: 'medium' }) })}
                  </span>
                ) : (
                  <span className="desk-badge desk-badge--active">{t('desk.apiKeys.active')}</span>
                )}
              </td>
              <td>{k.revokedAt ? null : <RevokeButton item={k} onDone={setStatus} />}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </Loaded>
  );

  return (
    <div className="shb-stack">
      <ScreenHeading>{t('desk.apiKeys.title')}</ScreenHeading>
      <p>{t('desk.apiKeys.intro')}</p>
      <div role="status" className="desk-live">
        {status && <div className="shb-alert shb-alert--success">{status}</div>}
      </div>
      {created ? <NewKey created={created} onClose={() => setCreated(null)} /> : <CreateKey onCreated={setCreated} />}
      {list}
    </div>
  );
}
