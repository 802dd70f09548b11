import { useTRPC } from '@shabaka/client/react';
import { authRequestPasswordResetInput, authResetPasswordInput } from '@shabaka/api/schemas';
import { Alert, Button, useI18n } from '@shabaka/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';

/**
 * The secret of an emailed link, after its `#` (never sent to a server, so no log keeps it),
 * read once; the address bar then drops it (it is single-use, and a screenshot should not
 * show it).
 */
function useLinkToken() {
  const [token] = useState(() => {
    const value = decodeURIComponent(window.location.hash.replace(/^#/, ''));
    if (value) window.history.replaceState(window.history.state, '', window.location.pathname);
    return value;
  });
  return token;
}

/** The link's secret is missing or cut: ask for a new one. */
function IncompleteLink({ retry }: { retry: 'sign-in' | 'forgot-password' }) {
  const { t } = useI18n();
  return (
    <Alert tone="error" title={t('portal.link.incomplete')}>
      <p>
        <Link href={`/${retry}`}>{retry === 'sign-in' ? t('portal.link.signInAgain') : t('portal.link.askAgain')}</Link>
      </p>
    </Alert>
  );
}

/**
 * /verify-email#<token>: the link of the sign-up email. It asks for a press rather than
 * confirming on arrival, so a mail scanner opening links confirms nothing; then the person
 * signs in with the password chosen at sign-up.
 */
export function VerifyEmailScreen() {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('portal.verifyEmail.heading'));
  const token = useLinkToken();
  const verify = useMutation(trpc.auth.verifyEmail.mutationOptions());

  return (
    <div className="portal-form">
      <h1>{t('portal.verifyEmail.heading')}</h1>
      {!token ? (
        <IncompleteLink retry="sign-in" />
      ) : verify.isSuccess ? (
        <Alert tone="success" title={t('portal.verifyEmail.done')}>
          <p>
            <Link href={`/sign-in?${new URLSearchParams({ email: verify.data.email })}`}>
              {t('portal.verifyEmail.signIn')}
            </Link>
          </p>
        </Alert>
      ) : (
        <>
          <p>{t('portal.verifyEmail.intro')}</p>
          {verify.isError && (
            <Alert tone="error">
              <p>{describeError(verify.error, i18n).message}</p>
              <p>
                <Link href="/sign-in">{t('portal.link.signInAgain')}</Link>
              </p>
            </Alert>
          )}
          <Button busy={verify.isPending} onClick={() => verify.isPending || verify.mutate({ token })}>
            {t('portal.verifyEmail.submit')}
          </Button>
        </>
      )}
    </div>
  );
}

/** /forgot-password: a link to choose a new password, sent to the address if it has an account (the same answer otherwise). */
export function ForgotPasswordScreen() {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t } = i18n;
  const { slug } = usePortal();
  usePageTitle(t('portal.forgot.heading'));
  const ask = useMutation(trpc.auth.requestPasswordReset.mutationOptions());
  const input = (v: { email: string }) => ({ ...v, commune: slug });
  const { form, props } = useKitForm({
    defaultValues: { email: '' },
    i18n,
    check: schemaCheck(authRequestPasswordResetInput, input, i18n),
    submit: (v) => ask.mutateAsync(input(v)),
  });

  if (ask.isSuccess) {
    return (
      <div className="portal-form">
        <h1>{t('portal.forgot.heading')}</h1>
        <Alert tone="success" title={t('portal.forgot.sent.title')}>
          <p>{t('portal.forgot.sent.body', { email: ask.variables.email.trim().toLowerCase() })}</p>
        </Alert>
        <p>{t('portal.signUp.checkEmail.spam')}</p>
      </div>
    );
  }
  return (
    <div className="portal-form">
      <h1>{t('portal.forgot.heading')}</h1>
      <p>{t('portal.forgot.intro')}</p>
      <KitForm {...props} className="" busy={ask.isPending}>
        <form.AppField name="email">
          {(field) => <field.TextField label={t('portal.field.email')} type="email" autoComplete="email" required />}
        </form.AppField>
        <Button type="submit" busy={ask.isPending}>
          {t('portal.forgot.submit')}
        </Button>
      </KitForm>
      <p className="portal-form-footer">
        <Link href="/sign-in">{t('portal.nav.signIn')}</Link>
      </p>
    </div>
  );
}

/** /reset-password#<token>: the reset email's link; a new password ends every other session and signs in here. */
export function ResetPasswordScreen() {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t } = i18n;
  usePageTitle(t('portal.reset.heading'));
  const token = useLinkToken();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const reset = useMutation(
    trpc.auth.resetPassword.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.auth.pathFilter());
        navigate('/account');
      },
    }),
  );
  const input = (v: { newPassword: string }) => ({ ...v, token });
  const { form, props } = useKitForm({
    defaultValues: { newPassword: '' },
    i18n,
    check: schemaCheck(authResetPasswordInput, input, i18n),
    submit: (v) => reset.mutateAsync(input(v)),
  });

  return (
    <div className="portal-form">
      <h1>{t('portal.reset.heading')}</h1>
      {!token ? (
        <IncompleteLink retry="forgot-password" />
      ) : (
        <>
          <p>{t('portal.reset.intro')}</p>
          <KitForm {...props} className="" busy={reset.isPending}>
            <form.AppField name="newPassword">
              {(field) => <field.NewPasswordField label={t('portal.field.newPassword')} />}
            </form.AppField>
            <Button type="submit" busy={reset.isPending}>
              {t('portal.reset.submit')}
            </Button>
          </KitForm>
          <p className="portal-form-footer">
            <Link href="/forgot-password">{t('portal.link.askAgain')}</Link>
          </p>
        </>
      )}
    </div>
  );
}
