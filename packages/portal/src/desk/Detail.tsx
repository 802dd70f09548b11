import { isComplaintOpen, type IntakeChannel } from '@shabaka/db/enums';
import type { RouterOutputs } from '@shabaka/client';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, EmptyState, Spinner } from '@shabaka/ui';
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { usePageTitle, usePortal } from '../config';
import { errorCode, describeError } from '../errors';
import { QueryError } from '../QueryError';
import { NoticeLog } from '../cases/NoticeLog';
import { BackToQueue } from '../cases/queueMemory';
import { ComplaintActions } from './Actions';
import { ConfirmStep } from './Confirm';
import { useDesk } from './i18n';
import { useMe } from '../auth';
import {
  Entry,
  OverdueBadge,
  receiptHref,
  ScreenHeading,
  StageBadge,
  TextAreaField,
  type Detail,
  type Stage,
} from './shared';

type Overview = RouterOutputs['staff']['overview'];
type TimelineEntry = Detail['timeline'][number];
type Attachment = Detail['attachments'][number];

function useNames(overview: Overview | undefined) {
  const { lang } = useDesk();
  return {
    department: (id: unknown) =>
      typeof id === 'string' ? overview?.departments.find((d) => d.id === id)?.names[lang] : undefined,
    member: (id: unknown) =>
      typeof id === 'string' ? overview?.members.find((m) => m.userId === id)?.displayName : undefined,
  };
}

/** A status line that is always in the page, so each new message is announced. */
function LiveStatus({ message }: { message: string | null }) {
  return (
    <div role="status" className="desk-live">
      {message && <div className="shb-alert shb-alert--success">{message}</div>}
    </div>
  );
}

function NewTab({ href, children }: { href: string; children: ReactNode }) {
  const { t } = useDesk();
  return (
    <a href={href} target="_blank" rel="noopener">
      {children}
      <span className="shb-sr-only"> {t('desk.newTab')}</span>
    </a>
  );
}

// ——— What staff see ———

function Summary({ c, overview }: { c: Detail; overview: Overview | undefined }) {
  const { t, lang, formatDate, formatNumber } = useDesk();
  const names = useNames(overview);
  const when = (d: Date | string | null) => (d ? formatDate(d, { dateStyle: 'medium', timeStyle: 'short' }) : null);
  return (
    <Card title={t('desk.detail.summary')} headingLevel={3}>
      <dl className="desk-dl">
        <Entry term={t('desk.field.stage')}>
          <StageBadge stage={c.stage} />
          {c.overdue && (
            <>
              {' '}
              <OverdueBadge />
            </>
          )}
        </Entry>
        <Entry term={t('desk.field.kind')}>{t(`complaintsGlossary.kind.${c.kind}`)}</Entry>
        <Entry term={t('desk.field.category')}>{c.category?.names[lang]}</Entry>
        <Entry term={t('desk.field.channel')}>{t(`cases.channel.${c.channel}`)}</Entry>
        <Entry term={t('desk.field.received')}>{when(c.createdAt)}</Entry>
        <Entry term={t('desk.field.ackDue')}>{c.acknowledgedAt ? null : when(c.ackDueAt)}</Entry>
        <Entry term={t('desk.field.acknowledged')}>{when(c.acknowledgedAt)}</Entry>
        <Entry term={t('desk.field.answerDue')}>{isComplaintOpen(c.stage) ? when(c.answerDueAt) : null}</Entry>
        <Entry term={t('desk.field.closed')}>{when(c.closedAt)}</Entry>
        <Entry term={t('desk.field.department')}>{names.department(c.departmentId) ?? t('desk.none')}</Entry>
        <Entry term={t('desk.field.assignee')}>{names.member(c.assigneeId) ?? t('desk.unassigned')}</Entry>
        <Entry term={t('desk.field.registeredBy')}>
          {c.registeredBy ? (names.member(c.registeredBy) ?? t('desk.formerStaff')) : null}
        </Entry>
        <Entry term={t('desk.field.duplicateOf')}>{c.duplicateOfCode ? <bdi>{c.duplicateOfCode}</bdi> : null}</Entry>
        <Entry term={t('desk.field.referredTo')}>{c.referredTo ? <bdi>{c.referredTo}</bdi> : null}</Entry>
        <Entry term={t('desk.field.reopened')}>
          {c.reopenCount ? t('desk.detail.reopenCount', { count: c.reopenCount }) : null}
        </Entry>
        <Entry term={t('desk.field.rating')}>
          {c.rating
            ? `${t('desk.detail.rating', { rating: formatNumber(c.rating) })}${c.ratingComment ? ` — ${c.ratingComment}` : ''}`
            : null}
        </Entry>
      </dl>
    </Card>
  );
}

function ContactCard({ c }: { c: Detail }) {
  const { t, formatCoordinates } = useDesk();
  const hasContact = c.contactName || c.contactPhone || c.contactEmail;
  return (
    <Card title={t('desk.detail.contactAndPlace')} headingLevel={3}>
      <dl className="desk-dl">
        <Entry term={t('desk.field.contactName')}>{c.contactName ? <bdi>{c.contactName}</bdi> : null}</Entry>
        <Entry term={t('desk.field.phone')}>
          {c.contactPhone ? (
            <a href={`tel:${c.contactPhone.replace(/[^+0-9]/g, '')}`} dir="ltr">
              {c.contactPhone}
            </a>
          ) : null}
        </Entry>
        <Entry term={t('desk.field.email')}>
          {c.contactEmail ? (
            <a href={`mailto:${c.contactEmail}`}>
              <bdi>{c.contactEmail}</bdi>
            </a>
          ) : null}
        </Entry>
        {!hasContact && <Entry term={t('desk.field.contact')}>{t('desk.detail.noContact')}</Entry>}
        <Entry term={t('desk.field.replyChannel')}>{t(`desk.reply.${c.replyChannel}`)}</Entry>
        <Entry term={t('desk.field.address')}>{c.address ? <bdi>{c.address}</bdi> : null}</Entry>
        <Entry term={t('desk.field.coordinates')}>
          {c.lat !== null && c.lon !== null ? (
            <>
              {/* In the page's language, hemispheres and all, as the citizen's form shows the point. */}
              <span data-testid="complaint-coordinates">{formatCoordinates({ lat: c.lat, lon: c.lon })}</span> (
              <NewTab href={`https://www.openstreetmap.org/?mlat=${c.lat}&mlon=${c.lon}#map=18/${c.lat}/${c.lon}`}>
                {t('desk.detail.openMap')}
              </NewTab>
              )
            </>
          ) : null}
        </Entry>
      </dl>
    </Card>
  );
}

function Attachments({ c }: { c: Detail }) {
  const { t } = useDesk();
  const { can } = useMe();
  const number = (a: Attachment) => a.position + 1;
  return (
    <Card title={t('desk.detail.attachments', { count: c.attachments.length })} headingLevel={3}>
      {c.attachments.length === 0 ? (
        <p>{t('desk.detail.noAttachments')}</p>
      ) : (
        <ul className="desk-thumbs">
          {c.attachments.map((a) => {
            const name = t(a.kind === 'photo' ? 'desk.attachment.photo' : 'desk.attachment.scan', { n: number(a) });
            // Removed photos are served to moderators only.
            const viewable = a.state !== 'removed' || can('moderation:act');
            return (
              <li key={a.id} className={`desk-thumb desk-thumb--${a.kind} desk-thumb--${a.state}`}>
                {viewable && a.thumbUrl ? (
                  <a href={a.url} target="_blank" rel="noopener">
                    <img
                      src={a.thumbUrl}
                      alt={`${name} — ${t('desk.newTab')}`}
                      loading="lazy"
                      width={160}
                      height={120}
                    />
                  </a>
                ) : viewable ? (
                  <NewTab href={a.url}>{t('desk.attachment.openPdf', { name })}</NewTab>
                ) : null}
                <p className="desk-thumb-caption">
                  <span>{name}</span>
                  {a.kind === 'photo' && (
                    <span className={`desk-badge desk-badge--${a.state}`}>{t(`desk.attachment.state.${a.state}`)}</span>
                  )}
                  {a.reportCount > 0 && <span>{t('desk.attachment.reports', { count: a.reportCount })}</span>}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}

function EventTitle({ e, names }: { e: TimelineEntry; names: ReturnType<typeof useNames> }) {
  const { t, has, formatNumber } = useDesk();
  const data = (e.data ?? {}) as Record<string, unknown>;
  const stage = (s: Stage | null) => (s ? t(`complaintsGlossary.stage.${s}`) : '');
  switch (e.kind) {
    case 'submitted':
      return (
        <>
          {t('desk.event.submitted', { channel: t(`cases.channel.${String(data.channel ?? 'web') as IntakeChannel}`) })}
        </>
      );
    case 'assigned': {
      const parts: string[] = [];
      if ('departmentId' in data)
        parts.push(t('desk.event.toDepartment', { name: names.department(data.departmentId) ?? t('desk.none') }));
      if ('assigneeId' in data)
        parts.push(t('desk.event.toAssignee', { name: names.member(data.assigneeId) ?? t('desk.unassigned') }));
      return (
        <>
          {t('desk.event.assigned')}
          {parts.length ? ` — ${parts.join(' · ')}` : ''}
          {e.toStage && e.fromStage !== e.toStage
            ? ` — ${t('desk.event.stage_changed', { from: stage(e.fromStage), to: stage(e.toStage) })}`
            : ''}
        </>
      );
    }
    case 'stage_changed':
      return (
        <>
          {t('desk.event.stage_changed', { from: stage(e.fromStage), to: stage(e.toStage) })}
          {typeof data.referredTo === 'string' ? ` — ${t('desk.event.referredTo', { where: data.referredTo })}` : ''}
        </>
      );
    case 'reopened':
      return <>{t('desk.event.reopened')}</>;
    case 'rated':
      return <>{t('desk.event.rated', { rating: formatNumber(Number(data.rating ?? 0)) })}</>;
    case 'merged':
      return <>{t('desk.event.merged', { code: String(data.duplicate ?? '') })}</>;
    default: {
      const key = `desk.event.${e.kind}`;
      return <>{has(key) ? t(key) : t('desk.event.other', { kind: e.kind })}</>;
    }
  }
}

function Timeline({ c, overview }: { c: Detail; overview: Overview | undefined }) {
  const { t, formatDate } = useDesk();
  const names = useNames(overview);
  const citizenKinds = ['submitted', 'reopened', 'rated'];
  const actorOf = (e: TimelineEntry) =>
    e.actorName ??
    (citizenKinds.includes(e.kind) && !c.registeredBy ? t('desk.timeline.citizen') : t('desk.timeline.system'));
  return (
    <Card title={t('desk.detail.timeline')} headingLevel={3}>
      <ol className="desk-timeline">
        {c.timeline.map((e) => (
          <li key={e.id} className={e.internalNote && !e.publicNote ? 'desk-event desk-event--internal' : 'desk-event'}>
            <p className="desk-event-head">
              <strong>
                <EventTitle e={e} names={names} />
              </strong>
              <span className="desk-event-meta">
                <time dateTime={new Date(e.at).toISOString()}>
                  {formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })}
                </time>
                {' · '}
                {actorOf(e)}
              </span>
            </p>
            {e.publicNote && (
              <div className="desk-note desk-note--public">
                <p className="desk-note-label">{t('desk.timeline.public')}</p>
                <p className="desk-note-text" dir="auto">
                  {e.publicNote}
                </p>
              </div>
            )}
            {e.internalNote && (
              <div className="desk-note desk-note--internal">
                <p className="desk-note-label">{t('desk.timeline.internal')}</p>
                <p className="desk-note-text" dir="auto">
                  {e.internalNote}
                </p>
              </div>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}

// ——— What staff do (the action area is Actions.tsx) ———

/**
 * The citizen's description, whether the public sees it (their choice at intake; a redaction
 * by staff hides it again), and the redaction itself: a reason, then a confirm step.
 */
function Description({ c, onDone }: { c: Detail; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t, formatDate } = i18n;
  const id = useId();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const redact = useMutation(
    trpc.complaints.redactDescription.mutationOptions({
      onSuccess: async () => {
        setOpen(false);
        setConfirming(false);
        setReason('');
        onDone(t('desk.redact.done'));
        await queryClient.invalidateQueries(trpc.complaints.pathFilter());
      },
    }),
  );
  const error = redact.error ? describeError(redact.error, i18n, { section: 'desk' }) : null;
  const redacted = c.descriptionRedactedAt;
  // Keyboard users land in the form it opens, and back on its button when they cancel.
  const panel = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLDivElement>(null);
  const [moved, setMoved] = useState(false);
  useEffect(() => {
    if (!moved) return;
    if (open) panel.current?.querySelector('textarea')?.focus();
    else opener.current?.querySelector('button')?.focus();
  }, [open, moved]);
  const toggle = (next: boolean) => {
    setMoved(true);
    setOpen(next);
  };
  const status = redacted
    ? t('desk.redact.statusRedacted', {
        date: formatDate(redacted, { dateStyle: 'medium' }),
        reason: c.descriptionRedactionReason ?? '',
      })
    : c.publicDescription
      ? t('desk.redact.statusPublic')
      : t('desk.redact.statusPrivate');
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reason.trim().length < 5) {
      setMissing(true);
      e.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    setMissing(false);
    setConfirming(true);
  };
  return (
    <Card title={t('desk.detail.description')} headingLevel={3}>
      <p className="desk-description" dir="auto">
        {c.description}
      </p>
      <p className="shb-hint" data-testid="description-visibility">
        {status}
      </p>
      <div ref={opener}>
        {c.publicDescription && !redacted && !open && (
          <Button variant="secondary" onClick={() => toggle(true)} aria-controls={id}>
            {t('desk.redact.open')}
          </Button>
        )}
      </div>
      <div id={id} ref={panel}>
        {open && !redacted && (
          <form onSubmit={submit} noValidate>
            {error && <Alert tone="error">{error.message}</Alert>}
            <TextAreaField
              label={t('desk.redact.reason')}
              hint={t('desk.redact.reasonHint')}
              name="redactReason"
              rows={2}
              maxLength={500}
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
              error={missing && reason.trim().length < 5 ? t('desk.redact.reasonMissing') : error?.fields.reason}
            />
            {confirming ? (
              <ConfirmStep
                question={t('desk.redact.confirm')}
                yes={t('desk.redact.yes')}
                no={t('desk.redact.no')}
                pending={redact.isPending}
                onYes={() => redact.mutate({ commune: slug, id: c.id, reason: reason.trim() })}
                onNo={() => setConfirming(false)}
              />
            ) : (
              <div className="desk-actions-row">
                <Button type="submit">{t('desk.redact.submit')}</Button>
                <Button variant="link" onClick={() => toggle(false)}>
                  {t('desk.redact.cancel')}
                </Button>
              </div>
            )}
          </form>
        )}
      </div>
    </Card>
  );
}

type PendingText = Detail['pendingCitizenText'][number];

/** Text a citizen added after intake (reopen reason, rating comment): public only once accepted here. */
function PendingTexts({ c, onDone }: { c: Detail; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t, has, formatDate } = i18n;
  const review = useMutation(
    trpc.complaints.reviewCitizenText.mutationOptions({
      onSuccess: async (_, input) => {
        onDone(t(input.publish ? 'desk.pending.accepted' : 'desk.pending.rejected'));
        await queryClient.invalidateQueries(trpc.complaints.pathFilter());
      },
    }),
  );
  if (!c.pendingCitizenText.length) return null;
  const kindOf = (p: PendingText) => {
    const key = `desk.pending.kind.${p.kind}`;
    return has(key) ? t(key) : t('desk.pending.kind.other');
  };
  return (
    <Card title={t('desk.pending.title', { count: c.pendingCitizenText.length })} headingLevel={3}>
      <p className="shb-hint">{t('desk.pending.intro')}</p>
      {review.error && <Alert tone="error">{describeError(review.error, i18n, { section: 'desk' }).message}</Alert>}
      <ul className="desk-pending" data-testid="pending-texts">
        {c.pendingCitizenText.map((p) => (
          <li key={p.entryId}>
            <p className="shb-hint">
              {kindOf(p)} · {formatDate(p.at, { dateStyle: 'medium', timeStyle: 'short' })}
            </p>
            <p className="desk-description" dir="auto">
              {p.text}
            </p>
            <div className="desk-actions-row" role="group" aria-label={t('desk.pending.actions', { kind: kindOf(p) })}>
              <Button
                variant="secondary"
                busy={review.isPending && review.variables?.entryId === p.entryId && review.variables.publish}
                onClick={() => review.mutate({ commune: slug, id: c.id, entryId: p.entryId, publish: true })}
              >
                {t('desk.pending.accept')}
              </Button>
              <Button
                variant="secondary"
                busy={review.isPending && review.variables?.entryId === p.entryId && !review.variables.publish}
                onClick={() => review.mutate({ commune: slug, id: c.id, entryId: p.entryId, publish: false })}
              >
                {t('desk.pending.reject')}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </Card>
  );
}

export function DetailScreen({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useDesk();
  const { t } = i18n;
  const detail = useQuery(trpc.complaints.detail.queryOptions({ commune: slug, id }, { retry: false }));
  const overview = useQuery(trpc.staff.overview.queryOptions({ commune: slug }));
  const [status, setStatus] = useState<string | null>(null);
  const c = detail.data;
  usePageTitle(`${c ? c.code : t('desk.detail.loading')} · ${t('portal.staff.heading')}`);

  let body;
  if (detail.isPending) body = <Spinner />;
  else if (detail.isError) {
    const code = errorCode(detail.error);
    body =
      code === 'NOT_FOUND' || code === 'BAD_REQUEST' ? (
        <EmptyState title={t('desk.detail.notFound')} />
      ) : (
        <QueryError
          error={detail.error}
          retry={detail.refetch}
          message={describeError(detail.error, i18n, { section: 'desk' }).message}
        />
      );
  } else if (c) {
    body = (
      <>
        <p className="desk-detail-links">
          <NewTab href={receiptHref(c.code)}>{t('desk.receipt.print')}</NewTab>
        </p>
        <div className="desk-detail">
          <div className="desk-detail-main">
            <Summary c={c} overview={overview.data} />
            <Description c={c} onDone={setStatus} />
            <PendingTexts c={c} onDone={setStatus} />
            <ContactCard c={c} />
            <Attachments c={c} />
            <Timeline c={c} overview={overview.data} />
            <NoticeLog subject="complaint" id={c.id} />
          </div>
          <section className="desk-detail-actions" aria-labelledby="desk-actions-heading">
            <h3 id="desk-actions-heading" className="shb-sr-only">
              {t('desk.detail.actions')}
            </h3>
            <LiveStatus message={status} />
            <ComplaintActions c={c} overview={overview.data} onDone={setStatus} />
          </section>
        </div>
      </>
    );
  }

  return (
    <div className="shb-stack">
      <p>
        <BackToQueue name="complaints" path="/complaints">
          {t('desk.detail.back')}
        </BackToQueue>
      </p>
      <ScreenHeading>{c ? t('desk.detail.title', { code: c.code }) : t('desk.detail.loading')}</ScreenHeading>
      {body}
    </div>
  );
}
