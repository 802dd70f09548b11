import type { CommuneRole, NetworkRole } from '@shabaka/db/enums';
import { useTRPC } from '@shabaka/client/react';
import { authChangePasswordInput } from '@shabaka/api/schemas';
import { Alert, Button, Card, Spinner, useI18n } from '@shabaka/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle } from '../config';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';
import { portalModules } from '../modules';
import { scopedI18n } from '../i18n';
import { useNotificationSettingsI18n } from '../notifications/i18n';

/** Role names come from the staff glossary, shared with the staff area and the dashboard. */
const useStaffGlossary = scopedI18n(['staffGlossary']);

function ChangePassword() {
  const { t } = useI18n();
  // A new, empty form after each change; the message says it was done.
  const [changed, setChanged] = useState(0);
  return (
    <Card title={t('portal.account.password')}>
      <p>{t('portal.account.passwordNote')}</p>
      {changed > 0 && <Alert tone="success">{t('portal.account.passwordChanged')}</Alert>}
      <ChangePasswordForm key={changed} onChanged={() => setChanged((n) => n + 1)} />
    </Card>
  );
}

function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t } = i18n;
  const change = useMutation(trpc.auth.changePassword.mutationOptions({ onSuccess: onChanged }));
  const { form, props } = useKitForm({
    defaultValues: { currentPassword: '', newPassword: '' },
    i18n,
    check: schemaCheck(authChangePasswordInput, (v) => v, i18n),
    submit: (v) => change.mutateAsync(v),
  });
  return (
    <KitForm {...props} className="portal-form" busy={change.isPending}>
      <form.AppField name="currentPassword">
        {(field) => (
          <field.TextField
            label={t('portal.field.currentPassword')}
            type="password"
            autoComplete="current-password"
            required
          />
        )}
      </form.AppField>
      <form.AppField name="newPassword">
        {(field) => <field.NewPasswordField label={t('portal.field.newPassword')} />}
      </form.AppField>
      <Button type="submit" busy={change.isPending}>
        {change.isPending ? t('portal.account.passwordSubmitting') : t('portal.account.passwordSubmit')}
      </Button>
    </KitForm>
  );
}

/** Roles in every commune of the network, named in the current language. */
function MyRoles({
  memberships,
  networkRoles,
}: {
  memberships: { commune: string; role: string }[];
  networkRoles: string[];
}) {
  const trpc = useTRPC();
  const { t, lang, formatList } = useStaffGlossary();
  const communes = useQuery(trpc.communes.list.queryOptions());
  const nameOf = (slug: string) => communes.data?.find((c) => c.slug === slug)?.names[lang] ?? slug;
  const bySlug = new Map<string, string[]>();
  for (const m of memberships)
    bySlug.set(m.commune, [...(bySlug.get(m.commune) ?? []), t(`staffGlossary.role.${m.role as CommuneRole}`)]);

  return (
    <Card title={t('portal.account.roles')}>
      {bySlug.size === 0 ? (
        <p>{t('portal.account.rolesNone')}</p>
      ) : (
        <ul>
          {[...bySlug].map(([slug, roles]) => (
            <li key={slug}>{t('portal.account.roleIn', { commune: nameOf(slug), roles: formatList(roles) })}</li>
          ))}
        </ul>
      )}
      {networkRoles.length > 0 && (
        <>
          <h3>{t('portal.account.networkRoles')}</h3>
          <p>{formatList(networkRoles.map((r) => t(`staffGlossary.role.${r as NetworkRole}`)))}</p>
        </>
      )}
    </Card>
  );
}

export function AccountScreen() {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { query, me } = useMe();
  const afterSignOut = {
    onSuccess: async () => {
      // Nothing a signed-in account could read may stay in the cache, whichever module read it.
      queryClient.clear();
      navigate('/');
    },
  };
  const signOut = useMutation(trpc.auth.signOut.mutationOptions(afterSignOut));
  // A lost phone or a shared computer: end every session of the account at once.
  const signOutEverywhere = useMutation(trpc.auth.signOutEverywhere.mutationOptions(afterSignOut));
  usePageTitle(t('portal.account.heading'));

  if (query.isPending) return <Spinner />;
  if (!me) {
    return (
      <div>
        <h1>{t('portal.account.heading')}</h1>
        <Alert tone="info" action={<Link href="/sign-in?next=/account">{t('portal.nav.signIn')}</Link>}>
          {t('portal.auth.signInRequired')}
        </Alert>
      </div>
    );
  }

  return (
    <div className="shb-stack">
      <h1>{t('portal.account.heading')}</h1>
      <p>{t('portal.account.signedInAs', { name: me.displayName, email: me.email })}</p>
      {/* Each module's own items of this account (modules.ts). */}
      <Suspense fallback={<Spinner />}>{portalModules.map((m) => m.mine && <m.mine key={m.name} />)}</Suspense>
      <NotificationsCard />
      <MyRoles memberships={me.memberships} networkRoles={me.networkRoles} />
      <ChangePassword />
      {signOut.error && <Alert tone="error">{describeError(signOut.error, i18n).message}</Alert>}
      {signOutEverywhere.error && <Alert tone="error">{describeError(signOutEverywhere.error, i18n).message}</Alert>}
      <div className="shb-row">
        <Button variant="secondary" busy={signOut.isPending} onClick={() => signOut.mutate()}>
          {signOut.isPending ? t('portal.account.signingOut') : t('portal.account.signOut')}
        </Button>
        <Button variant="secondary" busy={signOutEverywhere.isPending} onClick={() => signOutEverywhere.mutate()}>
          {t('portal.account.signOutEverywhere')}
        </Button>
      </div>
    </div>
  );
}

/** The way to the notification settings (its words in their namespace, loaded with this page). */
function NotificationsCard() {
  const { t } = useNotificationSettingsI18n();
  return (
    <Card title={t('notificationSettings.account.title')}>
      <p>{t('notificationSettings.account.note')}</p>
      <p>
        <Link href="/account/notifications">{t('notificationSettings.account.link')}</Link>
      </p>
    </Card>
  );
}
