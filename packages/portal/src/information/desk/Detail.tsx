import { ANSWER_COMPLETENESS, HEAD_COMPLAINT_OUTCOMES } from '@shabaka/db/enums';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, SelectField, TextField, type TranslationKey } from '@shabaka/ui';
import {
  createContext,
  useContext,
  useEffect,
  useRef,
  useState,
  type ComponentType,
  type FormEvent,
  type ReactNode,
} from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { CheckField, Entry, ScreenHeading, TextAreaField } from '../../desk/shared';
import { errorCode, describeError } from '../../errors';
import { CaseTimeline } from '../../cases/CaseTimeline';
import { useExceptionName, useExceptions } from '../exceptions';
import { useInformationI18n } from '../i18n';
import { localDateTime, timelineText, type StaffDetail } from '../model';
import { BackToQueue } from '../../cases/queueMemory';
import { DeadlineBadges, StateBadge } from './shared';

const text = (d: FormData, name: string) => String(d.get(name) ?? '').trim();
const optional = (d: FormData, name: string) => text(d, name) || undefined;

/** What every action form needs from its mutation. */
interface Runner<I> {
  mutate: (input: I) => void;
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
}

/** The server's field errors of the action form around (keyed by the API's field names). */
const FieldErrors = createContext<Record<string, string>>({});

/** A field of an action form: its server error is found by its name, not passed in. */
function withError<P extends { name?: string; error?: ReactNode }>(Field: ComponentType<P>) {
  return function ActionField(props: Omit<P, 'error'> & { name: string }) {
    const errors = useContext(FieldErrors);
    return <Field {...(props as unknown as P)} error={errors[props.name]} />;
  };
}
const Area = withError(TextAreaField);
const Text = withError(TextField);
const Select = withError(SelectField);

/** The staff's actions on a request, each with its `information.action.<action>.*` texts. */
type StaffAction =
  | 'start'
  | 'extend'
  | 'answer'
  | 'refuse'
  | 'transfer'
  | 'withdraw'
  | 'headComplaint'
  | 'headAnswer'
  | 'publish'
  | 'unpublish';

/**
 * One staff action: a form read with FormData (what was typed stays on error), the
 * server's field errors on their inputs (named by the API's field names), focus on the
 * first one; emptied after success. Its texts are `information.action.<action>.*`.
 */
function ActionCard<I>({
  action,
  title,
  intro,
  run,
  build,
  children,
}: {
  action: StaffAction;
  /** Instead of `…<action>.title`. */
  title?: string;
  /** The text that explains the action (`…<action>.intro`), if it needs one. */
  intro?: TranslationKey;
  run: Runner<I>;
  build: (data: FormData) => I;
  children?: ReactNode;
}) {
  const i18n = useInformationI18n();
  const { t } = i18n;
  const formRef = useRef<HTMLFormElement>(null);
  const error = run.error ? describeError(run.error, i18n) : null;
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
      <summary>{title ?? t(`information.action.${action}.title`)}</summary>
      {intro && <p className="shb-hint">{t(intro)}</p>}
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        {error && <Alert tone="error">{error.message}</Alert>}
        <FieldErrors.Provider value={error?.fields ?? {}}>{children}</FieldErrors.Provider>
        <Button type="submit" busy={run.isPending}>
          {t(`information.action.${action}.submit`)}
        </Button>
      </form>
    </details>
  );
}

/** The two notes most actions take: one the requester sees, one kept inside the commune. */
function Note({ visibility }: { visibility: 'public' | 'internal' }) {
  const { t } = useInformationI18n();
  return (
    <Area
      label={t(`information.action.${visibility}Note`)}
      hint={t(`information.action.${visibility}NoteHint`)}
      name={`${visibility}Note`}
      rows={2}
      maxLength={2000}
    />
  );
}

/** The answer form: publishing at once shows the redacted fields. */
function AnswerFields() {
  const { t } = useInformationI18n();
  const [publish, setPublish] = useState(false);
  return (
    <>
      <Select label={t('information.action.answer.completeness')} name="completeness" required defaultValue="full">
        {ANSWER_COMPLETENESS.map((c) => (
          <option key={c} value={c}>
            {t(`information.completeness.${c}`)}
          </option>
        ))}
      </Select>
      <Area
        label={t('information.action.answer.text')}
        hint={t('information.action.answer.textHint')}
        name="answer"
        required
        rows={6}
        maxLength={20000}
      />
      <Note visibility="internal" />
      <CheckField
        label={t('information.action.answer.publish')}
        name="publish"
        checked={publish}
        onChange={(e) => setPublish(e.target.checked)}
      />
      {publish && <RedactedFields />}
    </>
  );
}

function RedactedFields({ subject, answer }: { subject?: string; answer?: string }) {
  const { t } = useInformationI18n();
  return (
    <>
      <Text
        label={t('information.action.publish.subject')}
        name="redactedSubject"
        maxLength={200}
        defaultValue={subject}
      />
      <Area
        label={t('information.action.publish.answer')}
        hint={t('information.action.publish.answerHint')}
        name="redactedAnswer"
        required
        rows={6}
        maxLength={20000}
        defaultValue={answer}
      />
    </>
  );
}

/** A "choose…" select over a list (the server names the field when nothing is chosen). */
function ChoiceSelect({
  label,
  name,
  options,
}: {
  label: string;
  name: string;
  options: { value: string; label: ReactNode }[];
}) {
  const { t } = useInformationI18n();
  return (
    <Select label={label} name={name} required defaultValue="">
      <option value="">{t('information.action.choose')}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </Select>
  );
}

/** The actions the request's state allows (the server decides again). */
function Actions({ r, onDone }: { r: StaffDetail; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, lang } = useInformationI18n();
  const { slug } = usePortal();
  const exceptions = useExceptions();
  const done = (what: StaffAction) => ({
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
  const headComplaint = useMutation(
    trpc.informationRequests.recordHeadComplaint.mutationOptions(done('headComplaint')),
  );
  const headAnswer = useMutation(trpc.informationRequests.answerHeadComplaint.mutationOptions(done('headAnswer')));
  const publish = useMutation(trpc.informationRequests.publish.mutationOptions(done('publish')));
  const unpublish = useMutation(trpc.informationRequests.unpublish.mutationOptions(done('unpublish')));
  const base = { commune: slug, id: r.id };
  const notes = (d: FormData) => ({ ...base, internalNote: optional(d, 'internalNote') });
  const can = (a: StaffDetail['actions'][number]) => r.actions.includes(a);
  const published = r.publication && !r.publication.unpublishedAt;
  const none = !r.actions.length && !r.canRecordHeadComplaint && !r.canAnswerHeadComplaint && !r.canPublish;

  return (
    <div className="ir-actions">
      {none && <p>{t('information.action.none')}</p>}
      {can('start') && (
        <ActionCard action="start" run={start} build={(d) => ({ ...notes(d), publicNote: optional(d, 'publicNote') })}>
          <Note visibility="public" />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {can('extend') && (
        <ActionCard
          action="extend"
          intro="information.action.extend.intro"
          run={extend}
          build={(d) => ({ ...notes(d), reason: text(d, 'reason') })}
        >
          <Area
            label={t('information.action.extend.reason')}
            hint={t('information.action.extend.reasonHint')}
            name="reason"
            required
            rows={3}
            maxLength={2000}
          />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {can('answer') && (
        <ActionCard
          action="answer"
          run={answer}
          build={(d) => ({
            ...notes(d),
            completeness: text(d, 'completeness') as (typeof ANSWER_COMPLETENESS)[number],
            answer: text(d, 'answer'),
            publish: d.get('publish') === 'on',
            redactedSubject: optional(d, 'redactedSubject'),
            redactedAnswer: optional(d, 'redactedAnswer'),
          })}
        >
          <AnswerFields />
        </ActionCard>
      )}
      {can('refuse') && (
        <ActionCard
          action="refuse"
          intro="information.action.refuse.intro"
          run={refuse}
          build={(d) => ({ ...notes(d), exception: text(d, 'exception') as never, reason: text(d, 'reason') })}
        >
          <ChoiceSelect
            label={t('information.action.refuse.exception')}
            name="exception"
            options={(exceptions.data ?? []).map((e) => ({
              value: e.code,
              label: `${e.names[lang]}${e.article ? ` (${t('information.article', { article: e.article })})` : ''}`,
            }))}
          />
          <Area
            label={t('information.action.refuse.reason')}
            hint={t('information.action.refuse.reasonHint')}
            name="reason"
            required
            rows={4}
            maxLength={4000}
          />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {can('transfer') && (
        <ActionCard
          action="transfer"
          run={transfer}
          build={(d) => ({ ...notes(d), body: text(d, 'body'), publicNote: optional(d, 'publicNote') })}
        >
          <Text label={t('information.action.transfer.body')} name="body" required maxLength={300} />
          <Note visibility="public" />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {can('withdraw') && (
        <ActionCard
          action="withdraw"
          intro="information.action.withdraw.intro"
          run={withdraw}
          build={(d) => ({ ...notes(d), reason: optional(d, 'reason') })}
        >
          <Area label={t('information.action.withdraw.reason')} name="reason" rows={2} maxLength={1000} />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {r.canRecordHeadComplaint && (
        <ActionCard
          action="headComplaint"
          intro="information.action.headComplaint.intro"
          run={headComplaint}
          build={(d) => ({ ...base, text: text(d, 'text'), receivedAt: localDateTime(text(d, 'receivedAt')) })}
        >
          <Area label={t('information.action.headComplaint.text')} name="text" required rows={4} maxLength={4000} />
          <Text
            label={t('information.field.receivedAt')}
            hint={t('information.field.receivedAtHint')}
            name="receivedAt"
            type="datetime-local"
          />
        </ActionCard>
      )}
      {r.canAnswerHeadComplaint && (
        <ActionCard
          action="headAnswer"
          run={headAnswer}
          build={(d) => ({ ...base, outcome: text(d, 'outcome') as never, answer: text(d, 'answer') })}
        >
          <ChoiceSelect
            label={t('information.remedies.headOutcome')}
            name="outcome"
            options={HEAD_COMPLAINT_OUTCOMES.map((o) => ({ value: o, label: t(`information.headOutcome.${o}`) }))}
          />
          <Area label={t('information.action.headAnswer.text')} name="answer" required rows={4} maxLength={4000} />
        </ActionCard>
      )}
      {r.canPublish && (
        <ActionCard
          action="publish"
          title={published ? t('information.action.publish.titleAgain') : undefined}
          intro="information.action.publish.intro"
          run={publish}
          build={(d) => ({
            ...base,
            redactedSubject: optional(d, 'redactedSubject'),
            redactedAnswer: text(d, 'redactedAnswer'),
          })}
        >
          <RedactedFields
            subject={r.publication?.subject ?? undefined}
            answer={r.publication?.answer ?? r.answerText ?? undefined}
          />
        </ActionCard>
      )}
      {published && (
        <ActionCard action="unpublish" run={unpublish} build={(d) => ({ ...base, reason: text(d, 'reason') })}>
          <Area label={t('information.action.unpublish.reason')} name="reason" required rows={2} maxLength={1000} />
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
          <Entry term={t('information.fact.period')}>
            {t('information.fact.periodValue', { days: formatNumber(r.periodWorkingDays) })}
          </Entry>
          <Entry term={t('information.fact.initialDueAt')}>{r.extendedAt ? day(r.initialDueAt) : null}</Entry>
          <Entry term={t('information.fact.dueAt')}>{day(r.dueAt)}</Entry>
          <Entry term={t('information.fact.daysLeft')}>
            {r.workingDaysLeft !== null && !r.overdue
              ? t('information.fact.daysLeftValue', { count: r.workingDaysLeft })
              : null}
          </Entry>
          <Entry term={t('information.fact.extendedAt')}>{when(r.extendedAt)}</Entry>
          <Entry term={t('information.fact.respondedAt')}>{when(r.respondedAt)}</Entry>
          <Entry term={t('information.fact.onTime')}>
            {r.respondedOnTime === null
              ? null
              : t(r.respondedOnTime ? 'information.fact.onTimeYes' : 'information.fact.onTimeNo')}
          </Entry>
          <Entry term={t('information.fact.transferredTo')}>
            {r.transferredTo ? <bdi>{r.transferredTo}</bdi> : null}
          </Entry>
          <Entry term={t('information.fact.refusalGround')}>{exceptionName(r.refusalException)}</Entry>
        </dl>
      </Card>
      <Card title={t('information.desk.requester')} headingLevel={3}>
        <dl className="desk-dl">
          <Entry term={t('information.field.name')}>
            {r.requesterName ? <bdi>{r.requesterName}</bdi> : t('information.desk.anonymous')}
          </Entry>
          <Entry term={t('information.field.cin')}>
            {r.requesterCin ? <bdi dir="ltr">{r.requesterCin}</bdi> : null}
          </Entry>
          <Entry term={t('information.field.phone')}>
            {r.requesterPhone ? (
              <a href={`tel:${r.requesterPhone.replace(/[^+0-9]/g, '')}`} dir="ltr">
                {r.requesterPhone}
              </a>
            ) : null}
          </Entry>
          <Entry term={t('information.field.email')}>
            {r.requesterEmail ? (
              <a href={`mailto:${r.requesterEmail}`}>
                <bdi>{r.requesterEmail}</bdi>
              </a>
            ) : null}
          </Entry>
          <Entry term={t('information.field.address')}>
            {r.requesterAddress ? <bdi>{r.requesterAddress}</bdi> : null}
          </Entry>
        </dl>
      </Card>
      <Card title={t('information.desk.texts')} headingLevel={3}>
        <h4>
          <bdi>{r.subject}</bdi>
        </h4>
        <p className="desk-description" dir="auto">
          {r.description}
        </p>
        {(
          [
            ['information.field.urgencyReason', r.urgencyReason],
            ['information.track.extensionReason', r.extensionReason],
            ['information.track.answer', r.answerText],
            ['information.track.refusalReason', r.refusalReason],
            ['information.track.withdrawalReason', r.withdrawalReason],
            ['information.action.headComplaint.text', r.headComplaintText],
            ['information.action.headAnswer.text', r.headAnswerText],
          ] as const
        ).map(([key, value]) =>
          value ? (
            <div key={key}>
              <h4>{t(key)}</h4>
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
                  {day(head.answerDueAt)}{' '}
                  {head.answerOverdue && (
                    <span className="desk-badge desk-badge--overdue">{t('information.overdue')}</span>
                  )}
                </>
              ) : null}
            </Entry>
            <Entry term={t('information.remedies.headAnsweredAt')}>{when(head.answeredAt)}</Entry>
            <Entry term={t('information.remedies.headOutcome')}>
              {head.outcome ? t(`information.headOutcome.${head.outcome}`) : null}
            </Entry>
            <Entry term={t('information.remedies.cdaiDeadline')}>{day(cdai.deadline)}</Entry>
          </dl>
        </Card>
      )}
      {r.publication && (
        <Card title={t('information.desk.publication')} headingLevel={3}>
          <p>
            {r.publication.unpublishedAt
              ? t('information.desk.unpublishedOn', {
                  date: when(r.publication.unpublishedAt)!,
                  reason: r.publication.unpublishReason ?? '',
                })
              : t('information.published.publishedOn', { date: when(r.publication.publishedAt)! })}
          </p>
        </Card>
      )}
    </>
  );
}

/**
 * The signed answer of a request whose requester chose an electronic document: issued with
 * the answer; if signing failed then, the agent issues it here (the same document, once).
 */
function AnswerDocument({ r, onDone }: { r: StaffDetail; onDone: (message: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const i18n = useInformationI18n();
  const { t } = i18n;
  const { slug } = usePortal();
  const issue = useMutation(
    trpc.informationRequests.reissueAnswerDocument.mutationOptions({
      onSuccess: async (d) => {
        await queryClient.invalidateQueries(trpc.informationRequests.detail.pathFilter());
        onDone(t('information.document.issued', { code: d.code }));
      },
    }),
  );
  if (r.deliveryChannel !== 'electronic_document' || r.state !== 'answered') return null;
  const d = r.answerDocument;
  return (
    <Card title={t('information.document.title')} headingLevel={3}>
      {d ? (
        <p className="cx-row">
          <bdi dir="ltr">{d.code}</bdi>
          <a href={d.downloadPath}>{t('information.document.download')}</a>
          <a href={d.verifyPath}>{t('information.document.verify', { code: d.code })}</a>
        </p>
      ) : (
        <>
          <Alert tone="warning">{t('information.document.missing')}</Alert>
          {issue.error && <Alert tone="error">{describeError(issue.error, i18n).message}</Alert>}
          <Button busy={issue.isPending} onClick={() => issue.mutate({ commune: slug, id: r.id })}>
            {t('information.document.issue')}
          </Button>
        </>
      )}
    </Card>
  );
}

function History({ r }: { r: StaffDetail }) {
  const { t, has } = useInformationI18n();
  return (
    <CaseTimeline
      title={t('information.track.timeline')}
      headingLevel={3}
      events={r.timeline.map((e) => ({
        key: e.id,
        at: e.at,
        text: timelineText(t, has, e.kind),
        actorName: e.actorName,
        note: e.publicNote,
        extra: e.internalNote && (
          <p className="desk-muted" dir="auto">
            {t('information.desk.internal')} {e.internalNote}
          </p>
        ),
      }))}
    />
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
  const detail = useQuery(
    trpc.informationRequests.detail.queryOptions(
      { commune: slug, id },
      { retry: (n, e) => n < 1 && errorCode(e) !== 'NOT_FOUND' },
    ),
  );
  usePageTitle(`${detail.data?.code ?? t('information.desk.title')} · ${t('portal.staff.heading')}`);

  return (
    <div className="shb-stack">
      <p>
        <BackToQueue name="information" path="/">
          {t('information.desk.backToQueue')}
        </BackToQueue>
      </p>
      <ScreenHeading>
        {t('information.desk.detailTitle')} <bdi dir="ltr">{detail.data?.code ?? ''}</bdi>
      </ScreenHeading>
      <Loaded query={detail} describe={(e) => describeError(e, i18n).message}>
        {(r) => (
          <div className="desk-detail">
            <div className="desk-detail-main">
              <Facts r={r} />
              <History r={r} />
            </div>
            <div className="desk-detail-actions">
              <h3 className="shb-sr-only">{t('information.desk.actions')}</h3>
              <div ref={statusRef} tabIndex={-1} role="status" className="desk-live">
                {status && <div className="shb-alert shb-alert--success">{status}</div>}
              </div>
              <AnswerDocument
                r={r}
                onDone={(message) => {
                  setStatus(message);
                  statusRef.current?.focus();
                }}
              />
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
        )}
      </Loaded>
    </div>
  );
}
