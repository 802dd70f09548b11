import { ENGAGEMENT_FREQUENCIES, PREFERENCE_CHANNELS, type PreferenceChannel } from '@shabaka/db/enums';
import { notificationSetPreferencesInput } from '@shabaka/api/schemas';
import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, Spinner } from '@shabaka/ui';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle } from '../config';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';
import { useNotificationSettingsI18n } from './i18n';
import './notifications.css';

type Choice = { consent: boolean; frequency: string };
type Values = Record<PreferenceChannel, Choice>;

/** The form's values as `notifications.setPreferences` takes them: every channel, as shown. */
const inputOf = (v: Values) => ({
  channels: PREFERENCE_CHANNELS.map((channel) => ({ channel, ...v[channel] })),
});

function SettingsForm({ initial, email, onSaved }: { initial: Values; email: string; onSaved: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const i18n = useNotificationSettingsI18n();
  const { t } = i18n;
  const save = useMutation(
    trpc.notifications.setPreferences.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.notifications.preferences.queryKey() });
        onSaved();
      },
    }),
  );
  const { form, props } = useKitForm({
    defaultValues: initial,
    i18n,
    check: schemaCheck(notificationSetPreferencesInput, inputOf, i18n),
    submit: (v) => save.mutateAsync(inputOf(v) as Parameters<typeof save.mutateAsync>[0]),
  });
  return (
    <KitForm {...props} className="shb-stack" busy={save.isPending}>
      {PREFERENCE_CHANNELS.map((channel) => (
        <fieldset key={channel} className="notif-channel">
          <legend>{t(`notificationSettings.channel.${channel}`)}</legend>
          {channel === 'email' && <p className="shb-hint">{t('notificationSettings.emailAddress', { email })}</p>}
          {channel === 'sms' && <p className="shb-hint">{t('notificationSettings.smsNone')}</p>}
          <form.AppField name={`${channel}.consent`}>
            {(field) => <field.CheckField label={t('notificationSettings.consent')} className="notif-check" />}
          </form.AppField>
          <form.AppField name={`${channel}.frequency`}>
            {(field) => (
              <field.RadioField
                legend={t('notificationSettings.frequency')}
                choices={ENGAGEMENT_FREQUENCIES.map((f) => ({
                  value: f,
                  label: t(`notificationSettings.frequency.${f}`),
                }))}
              />
            )}
          </form.AppField>
        </fieldset>
      ))}
      <Button type="submit" busy={save.isPending}>
        {save.isPending ? t('notificationSettings.saving') : t('notificationSettings.save')}
      </Button>
    </KitForm>
  );
}

/** /account/notifications — the signed-in person's engagement choices and consent history. */
export function NotificationSettingsScreen() {
  const trpc = useTRPC();
  const { t, formatDate } = useNotificationSettingsI18n();
  const { query: meQuery, me } = useMe();
  const prefs = useQuery({ ...trpc.notifications.preferences.queryOptions(), enabled: !!me });
  const [saved, setSaved] = useState(0);
  usePageTitle(t('notificationSettings.title'));

  if (meQuery.isPending) return <Spinner />;
  if (!me) {
    return (
      <div>
        <h1>{t('notificationSettings.title')}</h1>
        <Alert tone="info" action={<Link href="/sign-in?next=/account/notifications">{t('portal.nav.signIn')}</Link>}>
          {t('notificationSettings.signIn')}
        </Alert>
      </div>
    );
  }
  if (!prefs.data) return prefs.isError ? <Alert tone="error">{prefs.error.message}</Alert> : <Spinner />;
  const initial = Object.fromEntries(
    prefs.data.channels.map((c) => [c.channel, { consent: c.consent, frequency: c.frequency }]),
  ) as Values;
  return (
    <div className="shb-stack">
      <p>
        <Link href="/account">{t('portal.account.heading')}</Link>
      </p>
      <h1>{t('notificationSettings.title')}</h1>
      <p>{t('notificationSettings.intro')}</p>
      <Alert tone="info">{t('notificationSettings.legal')}</Alert>
      {/* One live region, present before the save, so the confirmation is announced. */}
      <div role="status">{saved > 0 && <p className="notif-saved">{t('notificationSettings.saved')}</p>}</div>
      <SettingsForm key={saved} initial={initial} email={prefs.data.email} onSaved={() => setSaved((n) => n + 1)} />
      <Card title={t('notificationSettings.history')}>
        {prefs.data.history.length === 0 ? (
          <p>{t('notificationSettings.historyNone')}</p>
        ) : (
          <ul>
            {prefs.data.history.map((h, i) => (
              <li key={i}>
                {t('notificationSettings.historyItem', {
                  date: formatDate(new Date(h.at), { dateStyle: 'medium', timeStyle: 'short' }),
                  channel: t(`notificationSettings.channel.${h.channel as PreferenceChannel}`),
                  granted: String(h.granted),
                  source: h.source,
                })}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

export default NotificationSettingsScreen;
