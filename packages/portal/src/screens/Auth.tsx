import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, LANGUAGE_NAMES, LANGUAGES, SelectField, TextField, useI18n } from '@shabaka/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useLocation, useSearch } from 'wouter';
import { safeNext } from '../auth';
import { usePageTitle } from '../config';
import { describeError } from '../errors';

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

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

export function SignInScreen() {
  const trpc = useTRPC();
  const i18n = useI18n();
  const { t } = i18n;
  const search = useSearch();
  const afterAuth = useAfterAuth();
  const signIn = useMutation(trpc.auth.signIn.mutationOptions({ onSuccess: afterAuth }));
  const error = signIn.error ? describeError(signIn.error, i18n) : null;
  usePageTitle(t('portal.signIn.heading'));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    signIn.mutate({ email: field(form, 'email'), password: field(form, 'password') });
  };

  return (
    <div className="portal-form">
      <h1>{t('portal.signIn.heading')}</h1>
      <p>{t('portal.signIn.intro')}</p>
      {/* noValidate: the server's checks come back translated into the page's language,
          unlike the browser's bubbles, which follow the browser's language. */}
      <form onSubmit={submit} noValidate>
        {error && <Alert tone="error">{error.message}</Alert>}
        <TextField
          label={t('portal.field.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={error?.fields.email}
        />
        <TextField
          label={t('portal.field.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          error={error?.fields.password}
        />
        <Button type="submit" busy={signIn.isPending}>
          {signIn.isPending ? t('portal.signIn.submitting') : t('portal.signIn.submit')}
        </Button>
      </form>
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
  const afterAuth = useAfterAuth();
  const signUp = useMutation(trpc.auth.signUp.mutationOptions({ onSuccess: afterAuth }));
  const error = signUp.error ? describeError(signUp.error, i18n) : null;
  usePageTitle(t('portal.signUp.heading'));

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const locale = LANGUAGES.find((l) => l === form.get('locale')) ?? lang;
    signUp.mutate({
      displayName: field(form, 'displayName'),
      email: field(form, 'email'),
      password: field(form, 'password'),
      locale,
    });
  };

  return (
    <div className="portal-form">
      <h1>{t('portal.signUp.heading')}</h1>
      <p>{t('portal.signIn.intro')}</p>
      <form onSubmit={submit} noValidate>
        {error && <Alert tone="error">{error.message}</Alert>}
        <TextField
          label={t('portal.field.displayName')}
          name="displayName"
          autoComplete="name"
          required
          error={error?.fields.displayName}
        />
        <TextField
          label={t('portal.field.email')}
          name="email"
          type="email"
          autoComplete="email"
          required
          error={error?.fields.email}
        />
        <TextField
          label={t('portal.field.password')}
          hint={t('portal.field.passwordHint')}
          name="password"
          type="password"
          autoComplete="new-password"
          minLength={10}
          required
          error={error?.fields.password}
        />
        <SelectField label={t('portal.field.locale')} name="locale" defaultValue={lang} error={error?.fields.locale}>
          {LANGUAGES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANGUAGE_NAMES[l]}
            </option>
          ))}
        </SelectField>
        <Button type="submit" busy={signUp.isPending}>
          {signUp.isPending ? t('portal.signUp.submitting') : t('portal.signUp.submit')}
        </Button>
      </form>
      <p className="portal-form-footer">
        {t('portal.signUp.haveAccount')}{' '}
        <Link href={`/sign-in${search ? `?${search}` : ''}`}>{t('portal.nav.signIn')}</Link>
      </p>
    </div>
  );
}
