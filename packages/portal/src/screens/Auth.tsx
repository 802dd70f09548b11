import { useTRPC } from '@shabaka/client/react';
import { authSignInInput, authSignUpInput } from '@shabaka/api/schemas';
import { Alert, Button, LANGUAGE_NAMES, LANGUAGES, useI18n } from '@shabaka/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useSearch } from 'wouter';
import { safeNext } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { KitForm, schemaCheck, useKitForm } from '../forms/kit';

/** Signing in or up changes who we are: refetch `auth.*` (me, memberships) before moving on. */
function useAfterAuth() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const search = useSearch();
  return async () => {
    await queryClient.invalidateQueries(trpc.auth.pathFilter());
    navigate(safeNext(search, '/account'));
  };
}

/** Sign-in words its fields itself: an empty password is asked for, not measured against the rule of a new one. */
const SIGN_IN = { form: 'signIn' } as const;

export function SignInScreen() {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t } = i18n;
  const search = useSearch();
  const { slug } = usePortal();
  const afterAuth = useAfterAuth();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess: afterAuth }));
  usePageTitle(t('portal.signIn.heading'));
  // The portal signed in at: a sign-in from a new device is told to the owner under its name.
  const input = (v: { email: string; password: string }) => ({ ...v, commune: slug });
  const { form, props } = useKitForm({
    defaultValues: { email: new URLSearchParams(search).get('email') ?? '', password: '' },
    i18n,
    check: schemaCheck(authSignInInput, input, i18n, SIGN_IN),
    describe: SIGN_IN,
    submit: (v) => signIn.mutateAsync(input(v)),
  });

  return (
    <div className="portal-form">
      <h1>{t('portal.signIn.heading')}</h1>
      <p>{t('portal.signIn.intro')}</p>
      <KitForm {...props} className="" busy={signIn.isPending}>
        <form.AppField name="email">
          {(field) => <field.TextField label={t('portal.field.email')} type="email" autoComplete="email" required />}
        </form.AppField>
        <form.AppField name="password">
          {(field) => (
            <field.TextField
              label={t('portal.field.password')}
              type="password"
              autoComplete="current-password"
              required
            />
          )}
        </form.AppField>
        <Button type="submit" busy={signIn.isPending}>
          {signIn.isPending ? t('portal.signIn.submitting') : t('portal.signIn.submit')}
        </Button>
      </KitForm>
      <p className="portal-form-footer">
        <Link href="/forgot-password">{t('portal.signIn.forgot')}</Link>
      </p>
      <p className="portal-form-footer">
        {t('portal.signIn.noAccount')}{' '}
        <Link href={`/sign-up${search ? `?${search}` : ''}`}>{t('portal.nav.signUp')}</Link>
      </p>
    </div>
  );
}

export function SignUpScreen() {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t, lang } = i18n;
  const search = useSearch();
  const { slug } = usePortal();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());
  usePageTitle(t('portal.signUp.heading'));
  const input = (v: { displayName: string; email: string; password: string; locale: string }) => ({
    ...v,
    commune: slug,
    locale: LANGUAGES.find((l) => l === v.locale) ?? lang,
  });
  const { form, props } = useKitForm({
    defaultValues: { displayName: '', email: '', password: '', locale: lang },
    i18n,
    check: schemaCheck(authSignUpInput, input, i18n),
    submit: (v) => signUp.mutateAsync(input(v)),
  });

  if (signUp.isSuccess) {
    // The same words whether or not the address had an account: the email says which.
    return (
      <div className="portal-form">
        <h1>{t('portal.signUp.heading')}</h1>
        <Alert tone="success" title={t('portal.signUp.checkEmail.title')}>
          <p>{t('portal.signUp.checkEmail.body', { email: signUp.variables.email.trim().toLowerCase() })}</p>
        </Alert>
        <p>{t('portal.signUp.checkEmail.spam')}</p>
      </div>
    );
  }

  return (
    <div className="portal-form">
      <h1>{t('portal.signUp.heading')}</h1>
      <p>{t('portal.signIn.intro')}</p>
      <KitForm {...props} className="" busy={signUp.isPending}>
        <form.AppField name="displayName">
          {(field) => <field.TextField label={t('portal.field.displayName')} autoComplete="name" required />}
        </form.AppField>
        <form.AppField name="email">
          {(field) => <field.TextField label={t('portal.field.email')} type="email" autoComplete="email" required />}
        </form.AppField>
        <form.AppField name="password">
          {(field) => <field.NewPasswordField label={t('portal.field.password')} />}
        </form.AppField>
        <form.AppField name="locale">
          {(field) => (
            <field.SelectField label={t('portal.field.locale')}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l} lang={l}>
                  {LANGUAGE_NAMES[l]}
                </option>
              ))}
            </field.SelectField>
          )}
        </form.AppField>
        <Button type="submit" busy={signUp.isPending}>
          {signUp.isPending ? t('portal.signUp.submitting') : t('portal.signUp.submit')}
        </Button>
      </KitForm>
      <p className="portal-form-footer">
        {t('portal.signUp.haveAccount')}{' '}
        <Link href={`/sign-in${search ? `?${search}` : ''}`}>{t('portal.nav.signIn')}</Link>
      </p>
    </div>
  );
}
