import { useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { useMe } from '../auth';
import { useComplaintsI18n } from '../complaints/i18n';
import { describeError } from '../errors';

/**
 * Following a complaint that is not one's own (its tracking page): its news then reaches the
 * follower as engagement messages, by the choices of their notification settings.
 */
export function FollowCard({ code, following }: { code: string; following: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const i18n = useComplaintsI18n();
  const { t } = i18n;
  const { me } = useMe();
  const [said, setSaid] = useState<'on' | 'off' | null>(null);
  const options = (now: 'on' | 'off') => ({
    onSuccess: async () => {
      setSaid(now);
      await queryClient.invalidateQueries({ queryKey: trpc.complaints.track.queryKey() });
    },
  });
  const follow = useMutation(trpc.complaints.follow.mutationOptions(options('on')));
  const unfollow = useMutation(trpc.complaints.unfollow.mutationOptions(options('off')));
  const error = follow.error ?? unfollow.error;
  return (
    <Card title={t('complaints.follow.title')}>
      <p>{t('complaints.follow.intro')}</p>
      {!me ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(`/track/${code}`)}`}>{t('complaints.follow.signIn')}</Link>
        </p>
      ) : (
        <>
          <div role="status">{said && <p>{t(`complaints.follow.${said}`)}</p>}</div>
          {error && <Alert tone="error">{describeError(error, i18n).message}</Alert>}
          <div className="shb-row">
            {following ? (
              <Button variant="secondary" busy={unfollow.isPending} onClick={() => unfollow.mutate({ code })}>
                {t('complaints.follow.stop')}
              </Button>
            ) : (
              <Button busy={follow.isPending} onClick={() => follow.mutate({ code })}>
                {t('complaints.follow.start')}
              </Button>
            )}
            <Link href="/account/notifications">{t('complaints.follow.settings')}</Link>
          </div>
        </>
      )}
    </Card>
  );
}
