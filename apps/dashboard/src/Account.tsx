import { errorReason } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, INTL_LOCALES, Spinner, TextField, useI18n, type TranslationKey } from '@shabaka/ui';
import { lazy, Suspense, useState, type FormEvent } from 'react';
import { LoadError } from './LoadError';

/** Loaded only for accounts with a network role: the public page stays light. */
const Coordinators = lazy(() => import('./Coordinators'));
const Calendar = lazy(() => import('./Calendar'));

const ACCOUNT_SECTION_ID = 'account';
const ACCOUNT_HEADING_ID = 'account-heading';

/** Signing in or out removes the control that had focus: send focus to the account heading. */
const focusAccountHeading = () => document.getElementById(ACCOUNT_HEADING_ID)?.focus();

function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions());
}

function useSignOut() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.signOut.mutationOptions({
      onSuccess: async () => {
        // The detailed figures must not outlive the session in the cache.
        queryClient.removeQueries(trpc.network.details.queryFilter());
        await queryClient.invalidateQueries(trpc.auth.pathFilter());
        focusAccountHeading();
      },
    }),
  );
}

/** Header: who is signed in and a sign-out button, or a link to the sign-in form. */
export function HeaderAccount() {
  const { t } = useI18n();
  const me = useMe();
  const signOut = useSignOut();
  if (me.isPending || me.isError) return null;
  if (!me.data) {
    return <a href={`#${ACCOUNT_SECTION_ID}`}>{t('dashboard.signIn.heading')}</a>;
  }
  return (
    <div className="dash-header-account">
      <span>{t('dashboard.account.signedInAs', { name: me.data.displayName })}</span>
      <Button variant="link" busy={signOut.isPending} onClick={() => signOut.mutate()}>
        {t('dashboard.account.signOut')}
      </Button>
      {signOut.isError && <span role="alert">{t('dashboard.account.signOutFailed')}</span>}
    </div>
  );
}

/** Sign-in for everybody; the coordinators' detailed view for network roles only. */
export function AccountSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const me = useMe();

  let body;
  if (me.isPending) {
    body = <Spinner />;
  } else if (me.isError) {
    body = <LoadError retry={me.refetch} />;
  } else if (!me.data) {
    body = (
      <>
        <p>{t('dashboard.account.publicNote')}</p>
        {/* After signing in the form disappears: focus moves to this section's heading. */}
        <SignInForm onSignedIn={focusAccountHeading} />
      </>
    );
  } else {
    const roles = me.data.networkRoles;
    body = (
      <>
        <p>{t('dashboard.account.signedInAs', { name: me.data.displayName })}</p>
        {roles.length > 0 && (
          <p>
            {t('dashboard.account.roles', {
              roles: new Intl.ListFormat(INTL_LOCALES[i18n.lang], { type: 'conjunction' }).format(
                roles.map((r) => t(`staffGlossary.role.${r}`)),
              ),
            })}
          </p>
        )}
        {roles.length > 0 ? (
          <Suspense fallback={<Spinner />}>
            <Coordinators />
            <Calendar canEdit={roles.includes('network_admin')} />
          </Suspense>
        ) : (
          <Alert tone="info">{t('dashboard.account.notCoordinator')}</Alert>
        )}
      </>
    );
  }

  return (
    <section id={ACCOUNT_SECTION_ID} className="dash-section" aria-labelledby={ACCOUNT_HEADING_ID}>
      <h2 id={ACCOUNT_HEADING_ID} tabIndex={-1}>
        {t('dashboard.account.heading')}
      </h2>
      {body}
    </section>
  );
}

function signInError(error: unknown): TranslationKey {
  const reason = errorReason(error);
  if (reason === 'wrong_credentials' || reason === 'UNAUTHORIZED') return 'dashboard.signIn.error.credentials';
  if (reason === 'invalid_input' || reason === 'BAD_REQUEST') return 'dashboard.signIn.error.invalid';
  if (reason === 'TOO_MANY_REQUESTS' || reason === 'rate_limited') return 'dashboard.signIn.error.rateLimited';
  return 'dashboard.signIn.error.generic';
}

function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { t } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useMutation(
    trpc.auth.signIn.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.auth.pathFilter());
        onSignedIn();
      },
    }),
  );

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    signIn.mutate({ email, password });
  };

  return (
    <form className="dash-sign-in" onSubmit={submit}>
      <h3>{t('dashboard.signIn.heading')}</h3>
      {signIn.isError && <Alert tone="error">{t(signInError(signIn.error))}</Alert>}
      <TextField
        label={t('dashboard.signIn.email')}
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label={t('dashboard.signIn.password')}
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" busy={signIn.isPending}>
        {signIn.isPending ? t('dashboard.signIn.submitting') : t('dashboard.signIn.submit')}
      </Button>
    </form>
  );
}
