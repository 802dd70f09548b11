import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { useId, useRef, useState, useEffect } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../config';
import { ConfirmStep } from './Confirm';
import { useDesk } from './i18n';
import { useMe } from '../auth';
import { Loaded } from './List';
import { ScreenHeading, StageBadge, TextAreaField } from './shared';
import { describeError } from '../errors';

type Item = RouterOutputs['moderation']['queue']['items'][number];
type Decision = 'restore' | 'confirm' | 'unreport';

const REASONS = [
  'offensive',
  'personal_data',
  'unrelated',
  'spam',
] as const satisfies readonly (keyof Item['reasons'])[];

function ModerationItem({ item, onDone }: { item: Item; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { can } = useMe();
  const i18n = useDesk();
  const { t, formatDate, formatList, formatNumber } = i18n;
  const [note, setNote] = useState('');
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();
  const removeRef = useRef<HTMLButtonElement>(null);
  const refocusRemove = useRef(false);

  // The message is given before the refetch: the decided photo then leaves the list (and this component).
  const onSuccess = (decision: Decision) => async () => {
    onDone(t(`desk.moderation.done.${decision}`, { code: item.code }));
    await Promise.all([
      queryClient.invalidateQueries(trpc.moderation.pathFilter()),
      queryClient.invalidateQueries(trpc.complaints.pathFilter()),
    ]);
  };
  const restore = useMutation(trpc.moderation.restore.mutationOptions({ onSuccess: onSuccess('restore') }));
  const confirm = useMutation(trpc.moderation.confirm.mutationOptions({ onSuccess: onSuccess('confirm') }));
  const unreport = useMutation(trpc.moderation.unreport.mutationOptions({ onSuccess: onSuccess('unreport') }));
  const busy = restore.isPending || confirm.isPending || unreport.isPending;
  const failed = restore.error ?? confirm.error ?? unreport.error;

  // "No" puts the focus back on "remove" (the confirm step focuses its own "yes").
  useEffect(() => {
    if (!confirming && refocusRemove.current) {
      refocusRemove.current = false;
      removeRef.current?.focus();
    }
  }, [confirming]);

  const decide = (decision: Decision) => {
    const mutation = { restore, confirm, unreport }[decision];
    const input = { commune: slug, attachmentId: item.attachmentId, note: note.trim() || undefined };
    for (const m of [restore, confirm, unreport]) m.reset();
    mutation.mutate(input);
  };

  const reasons = REASONS.filter((r) => item.reasons[r]).map((r) =>
    t('desk.moderation.reasonCount', { reason: t(`desk.reason.${r}`), count: formatNumber(item.reasons[r] ?? 0) }),
  );
  const photoName = t('desk.moderation.photoOf', { code: item.code });

  return (
    <li className={`desk-mod-item desk-mod-item--${item.state}`}>
      <article aria-labelledby={titleId}>
        <a href={item.url} target="_blank" rel="noopener" className="desk-mod-photo">
          <img src={item.thumbUrl} alt={`${photoName} — ${t('desk.newTab')}`} loading="lazy" width={200} height={150} />
        </a>
        <div className="desk-mod-body">
          <h3 id={titleId} className="desk-mod-title">
            {can('complaints:process') ? (
              <Link href={`/complaints/${item.complaintId}`}>
                <bdi>{item.code}</bdi>
              </Link>
            ) : (
              <bdi>{item.code}</bdi>
            )}{' '}
            <span className={`desk-badge desk-badge--${item.state}`}>{t(`desk.attachment.state.${item.state}`)}</span>
          </h3>
          <dl className="desk-dl desk-dl--compact">
            <div className="desk-entry">
              <dt>{t('desk.moderation.reports')}</dt>
              <dd>{t('desk.attachment.reports', { count: item.reportCount })}</dd>
            </div>
            <div className="desk-entry">
              <dt>{t('desk.moderation.reporters')}</dt>
              <dd>
                {t('desk.moderation.reporterSplit', {
                  accounts: formatNumber(item.reporters.accounts),
                  anonymous: formatNumber(item.reporters.anonymous),
                })}
              </dd>
            </div>
            {reasons.length > 0 && (
              <div className="desk-entry">
                <dt>{t('desk.moderation.reasons')}</dt>
                <dd>{formatList(reasons)}</dd>
              </div>
            )}
            {item.hiddenAt && (
              <div className="desk-entry">
                <dt>{t('desk.moderation.hiddenAt')}</dt>
                <dd>{formatDate(item.hiddenAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
              </div>
            )}
            {item.lastReportedAt && (
              <div className="desk-entry">
                <dt>{t('desk.moderation.lastReport')}</dt>
                <dd>{formatDate(item.lastReportedAt, { dateStyle: 'medium', timeStyle: 'short' })}</dd>
              </div>
            )}
            <div className="desk-entry">
              <dt>{t('desk.field.stage')}</dt>
              <dd>
                <StageBadge stage={item.stage} />
              </dd>
            </div>
          </dl>
          <TextAreaField
            label={t('desk.moderation.note')}
            hint={t('desk.moderation.noteHint')}
            rows={2}
            maxLength={1000}
            value={note}
            onChange={(e) => setNote(e.target.value)}
          />
          {failed && <Alert tone="error">{describeError(failed, i18n, { section: 'desk' }).message}</Alert>}
          {confirming ? (
            <ConfirmStep
              question={<strong>{t('desk.moderation.confirmQuestion', { code: item.code })}</strong>}
              yes={t('desk.moderation.confirmYes')}
              no={t('desk.moderation.confirmNo')}
              pending={confirm.isPending}
              noDisabled={busy}
              onYes={() => decide('confirm')}
              onNo={() => {
                refocusRemove.current = true;
                setConfirming(false);
              }}
            />
          ) : (
            <div className="desk-actions-row">
              {item.state === 'hidden' ? (
                <Button
                  busy={restore.isPending}
                  disabled={busy}
                  onClick={() => decide('restore')}
                  aria-describedby={titleId}
                >
                  {t('desk.moderation.restore')}
                </Button>
              ) : (
                <Button
                  busy={unreport.isPending}
                  disabled={busy}
                  onClick={() => decide('unreport')}
                  aria-describedby={titleId}
                >
                  {t('desk.moderation.dismiss')}
                </Button>
              )}
              <button
                ref={removeRef}
                type="button"
                className="shb-button shb-button--secondary desk-danger-outline"
                disabled={busy}
                onClick={() => setConfirming(true)}
                aria-describedby={titleId}
              >
                {t('desk.moderation.remove')}
              </button>
            </div>
          )}
        </div>
      </article>
    </li>
  );
}

export function ModerationScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t } = i18n;
  usePageTitle(`${t('desk.tab.moderation')} · ${t('portal.staff.heading')}`);
  const queue = useQuery(trpc.moderation.queue.queryOptions({ commune: slug }));
  const [status, setStatus] = useState<string | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  // The decided photo leaves the list: the focus goes to the message saying what happened.
  const done = (message: string) => {
    setStatus(message);
    requestAnimationFrame(() => statusRef.current?.focus());
  };

  const body = (
    <Loaded
      query={queue}
      describe={(e) => describeError(e, i18n, { section: 'desk' }).message}
      empty={t('desk.moderation.empty')}
      isEmpty={(d) => d.items.length === 0}
    >
      {(data) => (
        <>
          <p>{t('desk.moderation.summary', { count: data.items.length, threshold: data.threshold })}</p>
          <ul className="desk-mod-list">
            {data.items.map((item) => (
              <ModerationItem key={item.attachmentId} item={item} onDone={done} />
            ))}
          </ul>
        </>
      )}
    </Loaded>
  );

  return (
    <div className="shb-stack">
      <ScreenHeading>{t('desk.moderation.title')}</ScreenHeading>
      <p>{t('desk.moderation.intro')}</p>
      <div role="status" className="desk-live" ref={statusRef} tabIndex={-1}>
        {status && <div className="shb-alert shb-alert--success">{status}</div>}
      </div>
      {body}
    </div>
  );
}
