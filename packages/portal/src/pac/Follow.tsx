import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { Link } from 'wouter';
import { useMe } from '../auth';
import { usePortal } from '../config';
import { describeError } from '../errors';
import { usePacI18n } from './i18n';

/**
 * Follow the plan: its phases opening and closing reach the account (the bell, and email as the account's
 * preferences allow — notifications/preferences.ts). A visitor is offered to sign in instead.
 */
export function FollowPlan() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { me } = useMe();
  const i18n = usePacI18n();
  const { t } = i18n;
  const state = useQuery({ ...trpc.pac.following.queryOptions({ commune: slug }), enabled: !!me });
  const follow = useMutation(
    trpc.pac.follow.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.following.pathFilter()),
    }),
  );
  if (!me)
    return (
      <p>
        <Link href={`/sign-in?next=${encodeURIComponent('/pac')}`}>{t('pac.follow.signIn')}</Link>
      </p>
    );
  if (!state.data?.planId) return null;
  const on = state.data.following;
  return (
    <div className="shb-stack">
      <p role="status">{t(on ? 'pac.follow.on' : 'pac.follow.off')}</p>
      <div>
        <Button
          type="button"
          variant="secondary"
          busy={follow.isPending}
          aria-pressed={on}
          onClick={() => follow.mutate({ commune: slug, on: !on })}
        >
          {t(on ? 'pac.follow.stop' : 'pac.follow.start')}
        </Button>
      </div>
      {follow.error && <Alert tone="error">{describeError(follow.error, i18n, { section: 'pac' }).message}</Alert>}
    </div>
  );
}
