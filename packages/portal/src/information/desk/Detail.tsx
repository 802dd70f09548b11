import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, SelectField, Spinner, TextField } from '@shabaka/ui';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'wouter';
import { usePageTitle, usePortal } from '../../config';
import { CheckField, Entry, ScreenHeading, TextAreaField } from '../../desk/shared';
import { errorCode } from '../../errors';
import { describeInformationError } from '../errors';
import { useExceptionName, useExceptions } from '../exceptions';
import { useInformationI18n } from '../i18n';
import { COMPLETENESS, HEAD_OUTCOMES, localDateTime, type StaffDetail } from '../model';
import { DeadlineBadges, queueMemory, StateBadge } from './shared';

const text = (d: FormData, name: string) => String(d.get(name) ?? '').trim();
const optional = (d: FormData, name: string) => text(d, name) || undefined;

/** What every action form needs from its mutation. */
interface Runner<I> {
  mutate: (input: I) => void;
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
}

/**
 * One staff action: a form read with FormData (what was typed stays on error), the
 * server's field errors on their inputs (named by the API's field names), focus on the
 * first one; emptied after success.
 */
function ActionCard<I>({
  title,
  intro,
  submit,
  run,
  build,
  children,
}: {
  title: string;
  intro?: ReactNode;
  submit: string;
  run: Runner<I>;
  build: (data: FormData) => I;
  children?: (errors: Record<string, string>) => ReactNode;
}) {
  const i18n = useInformationI18n();
  const formRef = useRef<HTMLFormElement>(null);
  const error = run.error ? describeInformationError(run.error, i18n) : null;
  useEffect(() => {
    if (run.error) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [run.error]);
  useEffect(() => {
    if (run.isSuccess) formRef.current?.reset();
  }, [run.isSuccess]);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!run.isPending) run.mutate(build(new FormData(e.currentTarget)));
  };
  // Folded: the allowed actions read as a short list; each opens its own form.
  return (
    <details className="shb-card ir-action">
      <summary>{title}</summary>
      {intro && <p className="shb-hint">{intro}</p>}
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        {error && <Alert tone="error">{error.message}</Alert>}
        {children?.(error?.fields ?? {})}
        <Button type="submit" busy={run.isPending}>
          {submit}
        </Button>
      </form>
    </details>
  );
}

function InternalNote({ errors }: { errors: Record<string, string> }) {
  const { t } = useInformationI18n();
  return (
    <TextAreaField
      label={t('information.action.internalNote')}
      hint={t('information.action.internalNoteHint')}
      name="internalNote"
      rows={2}
      maxLength={2000}
      error={errors.internalNote}
    />
  );
}

/** The answer form: publishing at once shows the redacted fields. */
function AnswerFields({ errors }: { errors: Record<string, string> }) {
  const { t } = useInformationI18n();
  const [publish, setPublish] = useState(false);
  return (
    <>
      <SelectField label={t('information.action.answer.completeness')} name="completeness" required defaultValue="full" error={errors.completeness}>
        {COMPLETENESS.map((c) => (
          <option key={c} value={c}>
            {t(`information.completeness.${c}`)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        label={t('information.action.answer.text')}
        hint={t('information.action.answer.textHint')}
        name="answer"
        required
        rows={6}
        maxLength={20000}
        error={errors.answer}
      />
      <InternalNote errors={errors} />
      <CheckField label={t('information.action.answer.publish')} name="publish" checked={publish} onChange={(e) => setPublish(e.target.checked)} />
      {publish && <RedactedFields errors={errors} />}
    </>
  );
}

function RedactedFields({ errors, subject, answer }: { errors: Record<string, string>; subject?: string; answer?: string }) {
  const { t } = useInformationI18n();
  return (
    <>
      <TextField label={t('information.action.publish.subject')} name="redactedSubject" maxLength={200} defaultValue={subject} error={errors.redactedSubject} />
      <TextAreaField
        label={t('information.action.publish.answer')}
        hint={t('information.action.publish.answerHint')}
        name="redactedAnswer"
        required
        rows={6}
        maxLength={20000}
        defaultValue={answer}
        error={errors.redactedAnswer}
      />
    </>
  );
}

/** The actions the request's state allows (the server decides again). */
function Actions({ r, onDone }: { r: StaffDetail; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, lang } = useInformationI18n();
  const { slug } = usePortal();
  const exceptions = useExceptions();
  const done = (what: string) => ({
    onSuccess: async () => {
      await queryClient.invalidateQueries(trpc.informationRequests.pathFilter());
      onDone(t(`information.action.${what}.done`));
    },
  });
  const start = useMutation(trpc.informationRequests.start.mutationOptions(done('start')));
  const extend = useMutation(trpc.informationRequests.extend.mutationOptions(done('extend')));
  const answer = useMutation(trpc.informationRequests.answer.mutationOptions(done('answer')));
  const refuse = useMutation(trpc.informationRequests.refuse.mutationOptions(done('refuse')));
  const transfer = useMutation(trpc.informationRequests.transfer.mutationOptions(done('transfer')));
  const withdraw = useMutation(trpc.informationRequests.recordWithdrawal.mutationOptions(done('withdraw')));
  const headComplaint = useMutation(trpc.informationRequests.recordHeadComplaint.mutationOptions(done('headComplaint')));
  const headAnswer = useMutation(trpc.informationRequests.answerHeadComplaint.mutationOptions(done('headAnswer')));
  const publish = useMutation(trpc.informationRequests.publish.mutationOptions(done('publish')));
  const unpublish = useMutation(trpc.informationRequests.unpublish.mutationOptions(done('unpublish')));
  const base = { commune: slug, id: r.id };
  const can = (a: StaffDetail['actions'][number]) => r.actions.includes(a);
  const published = r.publication && !r.publication.unpublishedAt;
  const none = !r.actions.length && !r.canRecordHeadComplaint && !r.canAnswerHeadComplaint && !r.canPublish;

  return (
    <div className="ir-actions">
      {none && <p>{t('information.action.none')}</p>}
      {can('start') && (
        <ActionCard
          title={t('information.action.start.title')}
          submit={t('information.action.start.submit')}
          run={start}
          build={(d) => ({ ...base, publicNote: optional(d, 'publicNote'), internalNote: optional(d, 'internalNote') })}
        >
          {(errors) => (
            <>
              <TextAreaField
                label={t('information.action.publicNote')}
                hint={t('information.action.publicNoteHint')}
                name="publicNote"
                rows={2}
                maxLength={2000}
                error={errors.publicNote}
              />
              <InternalNote errors={errors} />
            </>
          )}
        </ActionCard>
      )}
      {can('extend') && (
        <ActionCard
          title={t('information.action.extend.title')}
          intro={t('information.action.extend.intro')}
          submit={t('information.action.extend.submit')}
          run={extend}
          build={(d) => ({ ...base, reason: text(d, 'reason'), internalNote: optional(d, 'internalNote') })}
        >
          {(errors) => (
            <>
              <TextAreaField
                label={t('information.action.extend.reason')}
                hint={t('information.action.extend.reasonHint')}
                name="reason"
                required
                rows={3}
                maxLength={2000}
                error={errors.reason}
              />
              <InternalNote errors={errors} />
            </>
          )}
        </ActionCard>
      )}
      {can('answer') && (
        <ActionCard
          title={t('information.action.answer.title')}
          submit={t('information.action.answer.submit')}
          run={answer}
          build={(d) => ({
            ...base,
            completeness: text(d, 'completeness') as (typeof COMPLETENESS)[number],
            answer: text(d, 'answer'),
            internalNote: optional(d, 'internalNote'),
            publish: d.get('publish') === 'on',
            redactedSubject: optional(d, 'redactedSubject'),
            redactedAnswer: optional(d, 'redactedAnswer'),
          })}
        >
          {(errors) => <AnswerFields errors={errors} />}
        </ActionCard>
      )}
      {can('refuse') && (
        <ActionCard
          title={t('information.action.refuse.title')}
          intro={t('information.action.refuse.intro')}
          submit={t('information.action.refuse.submit')}
          run={refuse}
          build={(d) => ({ ...base, exception: text(d, 'exception') as never, reason: text(d, 'reason'), internalNote: optional(d, 'internalNote') })}
        >
          {(errors) => (
            <>
              <SelectField label={t('information.action.refuse.exception')} name="exception" required defaultValue="" error={errors.exception}>
                <option value="">{t('information.action.choose')}</option>
                {exceptions.data?.map((e) => (
                  <option key={e.code} value={e.code}>
                    {e.names[lang]}
                    {e.article ? ` (${t('information.article', { article: e.article })})` : ''}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                label={t('information.action.refuse.reason')}
                hint={t('information.action.refuse.reasonHint')}
                name="reason"
                required
                rows={4}
                maxLength={4000}
                error={errors.reason}
              />
              <InternalNote errors={errors} />
            </>
          )}
        </ActionCard>
      )}
      {can('transfer') && (
        <ActionCard
          title={t('information.action.transfer.title')}
          submit={t('information.action.transfer.submit')}
          run={transfer}
          build={(d) => ({ ...base, body: text(d, 'body'), publicNote: optional(d, 'publicNote'), internalNote: optional(d, 'internalNote') })}
        >
          {(errors) => (
            <>
              <TextField label={t('information.action.transfer.body')} name="body" required maxLength={300} error={errors.body} />
              <TextAreaField
                label={t('information.action.publicNote')}
                hint={t('information.action.publicNoteHint')}
                name="publicNote"
                rows={2}
                maxLength={2000}
                error={errors.publicNote}
              />
              <InternalNote errors={errors} />
            </>
          )}
        </ActionCard>
      )}
      {can('withdraw') && (
        <ActionCard
          title={t('information.action.withdraw.title')}
          intro={t('information.action.withdraw.intro')}
          submit={t('information.action.withdraw.submit')}
          run={withdraw}
          build={(d) => ({ ...base, reason: optional(d, 'reason'), internalNote: optional(d, 'internalNote') })}
        >
          {(errors) => (
            <>
              <TextAreaField label={t('information.action.withdraw.reason')} name="reason" rows={2} maxLength={1000} error={errors.reason} />
              <InternalNote errors={errors} />
            </>
          )}
        </ActionCard>
      )}
      {r.canRecordHeadComplaint && (
        <ActionCard
          title={t('information.action.headComplaint.title')}
          intro={t('information.action.headComplaint.intro')}
          submit={t('information.action.headComplaint.submit')}
          run={headComplaint}
          build={(d) => ({ ...base, text: text(d, 'text'), receivedAt: localDateTime(text(d, 'receivedAt')) })}
        >
          {(errors) => (
            <>
              <TextAreaField label={t('information.action.headComplaint.text')} name="text" required rows={4} maxLength={4000} error={errors.text} />
              <TextField
                label={t('information.field.receivedAt')}
                hint={t('information.field.receivedAtHint')}
                name="receivedAt"
                type="datetime-local"
                error={errors.receivedAt}
              />
            </>
          )}
        </ActionCard>
      )}
      {r.canAnswerHeadComplaint && (
        <ActionCard
          title={t('information.action.headAnswer.title')}
          submit={t('information.action.headAnswer.submit')}
          run={headAnswer}
          build={(d) => ({ ...base, outcome: text(d, 'outcome') as never, answer: text(d, 'answer') })}
        >
          {(errors) => (
            <>
              <SelectField label={t('information.remedies.headOutcome')} name="outcome" required defaultValue="" error={errors.outcome}>
                <option value="">{t('information.action.choose')}</option>
                {HEAD_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`information.headOutcome.${o}`)}
                  </option>
                ))}
              </SelectField>
              <TextAreaField label={t('information.action.headAnswer.text')} name="answer" required rows={4} maxLength={4000} error={errors.answer} />
            </>
          )}
        </ActionCard>
      )}
      {r.canPublish && (
        <ActionCard
          title={published ? t('information.action.publish.titleAgain') : t('information.action.publish.title')}
          intro={t('information.action.publish.intro')}
          submit={t('information.action.publish.submit')}
          run={publish}
          build={(d) => ({ ...base, redactedSubject: optional(d, 'redactedSubject'), redactedAnswer: text(d, 'redactedAnswer') })}
        >
          {(errors) => <RedactedFields errors={errors} subject={r.publication?.subject ?? undefined} answer={r.publication?.answer ?? r.answerText ?? undefined} />}
        </ActionCard>
      )}
      {published && (
        <ActionCard
          title={t('information.action.unpublish.title')}
          submit={t('information.action.unpublish.submit')}
          run={unpublish}
          build={(d) => ({ ...base, reason: text(d, 'reason') })}
        >
          {(errors) => <TextAreaField label={t('information.action.unpublish.reason')} name="reason" required rows={2} maxLength={1000} error={errors.reason} />}
        </ActionCard>
      )}
    </div>
  );
}

function Facts({ r }: { r: StaffDetail }) {
  const { t, formatDate, formatNumber } = useInformationI18n();
  const exceptionName = useExceptionName();
  const when = (d: Date | string | null) => (d ? formatDate(d, { dateStyle: 'medium', timeStyle: 'short' }) : null);
  const day = (d: Date | string | null) => (d ? formatDate(d, { dateStyle: 'full' }) : null);
  const { headComplaint: head, cdaiAppeal: cdai } = r.remedies;
  return (
    <>
      <Card title={t('information.desk.summary')} headingLevel={3}>
        <dl className="desk-dl">
          <Entry term={t('information.col.state')}>
            <span data-testid="information-state">
              <StateBadge state={r.state} />
            </span>{' '}
            {r.completeness && t(`information.completeness.${r.completeness}`)}{' '}
            <DeadlineBadges overdue={r.overdue} dueSoon={r.dueSoon} urgent={r.urgent} />
          </Entry>
          <Entry term={t('information.field.channel')}>{t(`information.channel.${r.channel}`)}</Entry>
          <Entry term={t('information.field.deliveryChannel')}>{t(`information.delivery.${r.deliveryChannel}`)}</Entry>
          <Entry term={t('information.fact.received')}>{when(r.receivedAt)}</Entry>
          <Entry term={t('information.fact.firstCountedDay')}>{day(`${r.firstCountedDay}T12:00:00Z`)}</Entry>
          <Entry term={t('information.fact.period')}>{t('information.fact.periodValue', { days: formatNumber(r.periodWorkingDays) })}</Entry>
          <Entry term={t('information.fact.initialDueAt')}>{r.extendedAt ? day(r.initialDueAt) : null}</Entry>
          <Entry term={t('information.fact.dueAt')}>{day(r.dueAt)}</Entry>
          <Entry term={t('information.fact.daysLeft')}>{r.workingDaysLeft !== null && !r.overdue ? t('information.fact.daysLeftValue', { count: r.workingDaysLeft }) : null}</Entry>
          <Entry term={t('information.fact.extendedAt')}>{when(r.extendedAt)}</Entry>
          <Entry term={t('information.fact.respondedAt')}>{when(r.respondedAt)}</Entry>
          <Entry term={t('information.fact.onTime')}>{r.respondedOnTime === null ? null : t(r.respondedOnTime ? 'information.fact.onTimeYes' : 'information.fact.onTimeNo')}</Entry>
          <Entry term={t('information.fact.transferredTo')}>{r.transferredTo ? <bdi>{r.transferredTo}</bdi> : null}</Entry>
          <Entry term={t('information.fact.refusalGround')}>{exceptionName(r.refusalException)}</Entry>
        </dl>
      </Card>
      <Card title={t('information.desk.requester')} headingLevel={3}>
        <dl className="desk-dl">
          <Entry term={t('information.field.name')}>{r.requesterName ? <bdi>{r.requesterName}</bdi> : t('information.desk.anonymous')}</Entry>
          <Entry term={t('information.field.cin')}>{r.requesterCin ? <bdi dir="ltr">{r.requesterCin}</bdi> : null}</Entry>
          <Entry term={t('information.field.phone')}>
            {r.requesterPhone ? (
              <a href={`tel:${r.requesterPhone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                {r.requesterPhone}
              </a>
            ) : null}
          </Entry>
          <Entry term={t('information.field.email')}>{r.requesterEmail ? <a href={`mailto:${r.requesterEmail}`}><bdi>{r.requesterEmail}</bdi></a> : null}</Entry>
          <Entry term={t('information.field.address')}>{r.requesterAddress ? <bdi>{r.requesterAddress}</bdi> : null}</Entry>
        </dl>
      </Card>
      <Card title={t('information.desk.texts')} headingLevel={3}>
        <h4>
          <bdi>{r.subject}</bdi>
        </h4>
        <p className="desk-description" dir="auto">
          {r.description}
        </p>
        {[
          ['information.field.urgencyReason', r.urgencyReason],
          ['information.track.extensionReason', r.extensionReason],
          ['information.track.answer', r.answerText],
          ['information.track.refusalReason', r.refusalReason],
          ['information.track.withdrawalReason', r.withdrawalReason],
          ['information.action.headComplaint.text', r.headComplaintText],
          ['information.action.headAnswer.text', r.headAnswerText],
        ].map(([key, value]) =>
          value ? (
            <div key={key}>
              <h4>{t(key!)}</h4>
              <p className="desk-description" dir="auto">
                {value}
              </p>
            </div>
          ) : null,
        )}
      </Card>
      {(head.basis || head.filedAt) && (
        <Card title={t('information.remedies.title')} headingLevel={3}>
          <dl className="desk-dl">
            <Entry term={t('information.remedies.headDeadline')}>{day(head.deadline)}</Entry>
            <Entry term={t('information.remedies.headFiledAt')}>{when(head.filedAt)}</Entry>
            <Entry term={t('information.remedies.headAnswerDue')}>
              {head.answerDueAt && !head.answeredAt ? (
                <>
                  {day(head.answerDueAt)} {head.answerOverdue && <span className="desk-badge desk-badge--overdue">{t('information.overdue')}</span>}
                </>
              ) : null}
            </Entry>
            <Entry term={t('information.remedies.headAnsweredAt')}>{when(head.answeredAt)}</Entry>
            <Entry term={t('information.remedies.headOutcome')}>{head.outcome ? t(`information.headOutcome.${head.outcome}`) : null}</Entry>
            <Entry term={t('information.remedies.cdaiDeadline')}>{day(cdai.deadline)}</Entry>
          </dl>
        </Card>
      )}
      {r.publication && (
        <Card title={t('information.desk.publication')} headingLevel={3}>
          <p>
            {r.publication.unpublishedAt
              ? t('information.desk.unpublishedOn', { date: when(r.publication.unpublishedAt)!, reason: r.publication.unpublishReason ?? '' })
              : t('information.published.publishedOn', { date: when(r.publication.publishedAt)! })}
          </p>
        </Card>
      )}
    </>
  );
}

function Timeline({ r }: { r: StaffDetail }) {
  const { t, has, formatDate } = useInformationI18n();
  return (
    <Card title={t('information.track.timeline')} headingLevel={3}>
      <ol className="cx-timeline">
        {r.timeline.map((e) => {
          const key = `information.timeline.${e.kind}`;
          return (
            <li key={e.id}>
              <p>
                <time dateTime={new Date(e.at).toISOString()}>{formatDate(e.at, { dateStyle: 'medium', timeStyle: 'short' })}</time>
                {' — '}
                <strong>{has(key) ? t(key) : t('information.timeline.other')}</strong>
                {e.actorName && <> ({e.actorName})</>}
              </p>
              {e.publicNote && (
                <blockquote className="cx-note-text" dir="auto">
                  {e.publicNote}
                </blockquote>
              )}
              {e.internalNote && (
                <p className="desk-muted" dir="auto">
                  {t('information.desk.internal')} {e.internalNote}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}

/** /staff/information/:id — the request, its deadlines and remedies, and the actions its state allows. */
export function DetailScreen({ id }: { id: string }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useInformationI18n();
  const { t } = i18n;
  const [status, setStatus] = useState('');
  const statusRef = useRef<HTMLDivElement>(null);
  const detail = useQuery(trpc.informationRequests.detail.queryOptions({ commune: slug, id }, { retry: (n, e) => n < 1 && errorCode(e) !== 'NOT_FOUND' }));
  usePageTitle(`${detail.data?.code ?? t('information.desk.title')} · ${t('portal.staff.heading')}`);

  let body;
  if (detail.isPending) body = <Spinner />;
  else if (detail.isError)
    body = (
      <Alert tone="error" action={<Button variant="secondary" onClick={() => detail.refetch()}>{t('common.retry')}</Button>}>
        {describeInformationError(detail.error, i18n).message}
      </Alert>
    );
  else {
    const r = detail.data;
    body = (
      <div className="desk-detail">
        <div className="desk-detail-main">
          <Facts r={r} />
          <Timeline r={r} />
        </div>
        <div className="desk-detail-actions">
          <h3 className="shb-sr-only">{t('information.desk.actions')}</h3>
          <div ref={statusRef} tabIndex={-1} role="status" className="desk-live">
            {status && <div className="shb-alert shb-alert--success">{status}</div>}
          </div>
          <Actions
            r={r}
            onDone={(message) => {
              setStatus(message);
              // The form may be gone (the state moved on): the focus goes to the message.
              statusRef.current?.focus();
            }}
          />
        </div>
      </div>
    );
  }

  return (
    <div className="shb-stack">
      <p>
        <Link href={queueMemory.href}>{t('information.desk.backToQueue')}</Link>
      </p>
      <ScreenHeading>
        {t('information.desk.detailTitle')} <bdi dir="ltr">{detail.data?.code ?? ''}</bdi>
      </ScreenHeading>
      {body}
    </div>
  );
}
