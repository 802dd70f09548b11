import { ANSWER_COMPLETENESS, HEAD_COMPLAINT_OUTCOMES } from '@shabaka/db/enums';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import {
  informationAnswerInput,
  informationExtendInput,
  informationHeadAnswerInput,
  informationHeadComplaintInput,
  informationPublishInput,
  informationRefuseInput,
  informationStaffWithdrawInput,
  informationStartInput,
  informationTransferInput,
  informationUnpublishInput,
} from '@shabaka/api/schemas';
import { Alert, Button, Card, type TextAreaFieldProps, type TextFieldProps, type TranslationKey } from '@shabaka/ui';
import { useRef, useState, type ReactNode } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { Entry, ScreenHeading } from '../../desk/shared';
import { KitForm, schemaCheck, useKitForm, useStore, useTypedAppFormContext, type Schema } from '../../forms/kit';
import { errorCode, describeError } from '../../errors';
import { CaseTimeline } from '../../cases/CaseTimeline';
import { NoticeLog } from '../../cases/NoticeLog';
import { useExceptionName, useExceptions } from '../exceptions';
import { useInformationI18n } from '../i18n';
import { localDateTime, timelineText, type StaffDetail } from '../model';
import { BackToQueue } from '../../cases/queueMemory';
import { DeadlineBadges, StateBadge } from './shared';

/** Every action form's values (each action shows and sends its own fields): one shape for the fields below. */
interface ActionValues {
  publicNote: string;
  internalNote: string;
  reason: string;
  completeness: string;
  answer: string;
  publish: boolean;
  redactedSubject: string;
  redactedAnswer: string;
  exception: string;
  body: string;
  text: string;
  receivedAt: string;
  outcome: string;
}
type TextName = Exclude<keyof ActionValues, 'publish'>;

const EMPTY: ActionValues = {
  publicNote: '',
  internalNote: '',
  reason: '',
  completeness: 'full',
  answer: '',
  publish: false,
  redactedSubject: '',
  redactedAnswer: '',
  exception: '',
  body: '',
  text: '',
  receivedAt: '',
  outcome: '',
};

/** A typed text, trimmed; empty is absent. */
const optional = (value: string) => value.trim() || undefined;

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

interface ActionProps<I> {
  action: StaffAction;
  /** Instead of `…<action>.title`. */
  title?: string;
  /** The text that explains the action (`…<action>.intro`), if it needs one. */
  intro?: TranslationKey;
  /** The fields the form starts with (most start empty). */
  initial?: Partial<ActionValues>;
  /** The procedure's input schema: the form is checked with it before sending. */
  schema: Schema;
  /** The procedure's input from the form's values. */
  input: (v: ActionValues) => I;
  run: { mutateAsync: (input: I) => Promise<unknown>; isPending: boolean };
  /** The action's fields (they find the form around them). */
  children: ReactNode;
}

/** One staff action, folded: the allowed actions read as a short list; each opens its own form. */
function ActionCard<I>(props: ActionProps<I>) {
  const { t } = useInformationI18n();
  // A new form after each success: emptied, and ready for the next time the action is allowed.
  const [round, setRound] = useState(0);
  return (
    <details className="shb-card ir-action">
      <summary>{props.title ?? t(`information.action.${props.action}.title`)}</summary>
      {props.intro && <p className="shb-hint">{t(props.intro)}</p>}
      <ActionForm key={round} {...props} onSent={() => setRound((r) => r + 1)} />
    </details>
  );
}

/** An action's form on the kit: checked with the procedure's schema, the server's refusal on its fields. */
function ActionForm<I>({
  action,
  initial,
  schema,
  input,
  run,
  children,
  onSent,
}: ActionProps<I> & { onSent: () => void }) {
  const i18n = useInformationI18n();
  const { props } = useKitForm<ActionValues>({
    defaultValues: { ...EMPTY, ...initial },
    i18n,
    check: schemaCheck(schema, input, i18n, { router: 'informationRequests' }),
    submit: async (v) => {
      await run.mutateAsync(input(v));
      onSent();
    },
  });
  return (
    <KitForm {...props} className="" busy={run.isPending}>
      {children}
      <Button type="submit" busy={run.isPending}>
        {i18n.t(`information.action.${action}.submit`)}
      </Button>
    </KitForm>
  );
}

/** A field's own props: the kit binds the rest (and `form`, the HTML attribute, would name the wrong thing). */
type Own<P> = Omit<P, 'form' | 'name' | 'value' | 'onChange' | 'onBlur' | 'error'>;

/** The action form around a field. */
const useActionForm = () => useTypedAppFormContext({ defaultValues: EMPTY });

/** A text area of an action form (the desk's style). */
function Area({ name, ...props }: Own<TextAreaFieldProps> & { name: TextName }) {
  const form = useActionForm();
  return (
    <form.AppField name={name}>{(field) => <field.TextAreaField className="desk-textarea" {...props} />}</form.AppField>
  );
}

/** A text input of an action form. */
function Text({ name, ...props }: Own<TextFieldProps> & { name: TextName }) {
  const form = useActionForm();
  return <form.AppField name={name}>{(field) => <field.TextField {...props} />}</form.AppField>;
}

/** The two notes most actions take: one the requester sees, one kept inside the commune. */
function Note({ visibility }: { visibility: 'public' | 'internal' }) {
  const { t } = useInformationI18n();
  return (
    <Area
      name={`${visibility}Note`}
      label={t(`information.action.${visibility}Note`)}
      hint={t(`information.action.${visibility}NoteHint`)}
      rows={2}
      maxLength={2000}
    />
  );
}

/** The answer form: publishing at once shows the redacted fields. */
function AnswerFields() {
  const { t } = useInformationI18n();
  const form = useActionForm();
  const publish = useStore(form.store, (s) => s.values.publish);
  return (
    <>
      <form.AppField name="completeness">
        {(field) => (
          <field.SelectField label={t('information.action.answer.completeness')} required>
            {ANSWER_COMPLETENESS.map((c) => (
              <option key={c} value={c}>
                {t(`information.completeness.${c}`)}
              </option>
            ))}
          </field.SelectField>
        )}
      </form.AppField>
      <Area
        name="answer"
        label={t('information.action.answer.text')}
        hint={t('information.action.answer.textHint')}
        required
        rows={6}
        maxLength={20000}
      />
      <Note visibility="internal" />
      <form.AppField name="publish">
        {(field) => <field.CheckField label={t('information.action.answer.publish')} />}
      </form.AppField>
      {publish && <RedactedFields />}
    </>
  );
}

function RedactedFields() {
  const { t } = useInformationI18n();
  return (
    <>
      <Text name="redactedSubject" label={t('information.action.publish.subject')} maxLength={200} />
      <Area
        name="redactedAnswer"
        label={t('information.action.publish.answer')}
        hint={t('information.action.publish.answerHint')}
        required
        rows={6}
        maxLength={20000}
      />
    </>
  );
}

/** A "choose…" select over a list (the schema names the field when nothing is chosen). */
function ChoiceSelect({
  label,
  name,
  options,
}: {
  label: string;
  name: TextName;
  options: { value: string; label: ReactNode }[];
}) {
  const { t } = useInformationI18n();
  const form = useActionForm();
  return (
    <form.AppField name={name}>
      {(field) => (
        <field.SelectField label={label} required>
          <option value="">{t('information.action.choose')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </field.SelectField>
      )}
    </form.AppField>
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
  const notes = (v: ActionValues) => ({ ...base, internalNote: optional(v.internalNote) });
  const can = (a: StaffDetail['actions'][number]) => r.actions.includes(a);
  const published = r.publication && !r.publication.unpublishedAt;
  const none = !r.actions.length && !r.canRecordHeadComplaint && !r.canAnswerHeadComplaint && !r.canPublish;

  return (
    <div className="ir-actions">
      {none && <p>{t('information.action.none')}</p>}
      {can('start') && (
        <ActionCard
          action="start"
          schema={informationStartInput}
          input={(v) => ({ ...notes(v), publicNote: optional(v.publicNote) })}
          run={start}
        >
          <Note visibility="public" />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {can('extend') && (
        <ActionCard
          action="extend"
          intro="information.action.extend.intro"
          schema={informationExtendInput}
          input={(v) => ({ ...notes(v), reason: v.reason.trim() })}
          run={extend}
        >
          <Area
            name="reason"
            label={t('information.action.extend.reason')}
            hint={t('information.action.extend.reasonHint')}
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
          schema={informationAnswerInput}
          input={(v) => ({
            ...notes(v),
            completeness: v.completeness as (typeof ANSWER_COMPLETENESS)[number],
            answer: v.answer.trim(),
            publish: v.publish,
            redactedSubject: v.publish ? optional(v.redactedSubject) : undefined,
            redactedAnswer: v.publish ? optional(v.redactedAnswer) : undefined,
          })}
          run={answer}
        >
          <AnswerFields />
        </ActionCard>
      )}
      {can('refuse') && (
        <ActionCard
          action="refuse"
          intro="information.action.refuse.intro"
          schema={informationRefuseInput}
          input={(v) => ({ ...notes(v), exception: v.exception as never, reason: v.reason.trim() })}
          run={refuse}
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
            name="reason"
            label={t('information.action.refuse.reason')}
            hint={t('information.action.refuse.reasonHint')}
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
          schema={informationTransferInput}
          input={(v) => ({ ...notes(v), body: v.body.trim(), publicNote: optional(v.publicNote) })}
          run={transfer}
        >
          <Text name="body" label={t('information.action.transfer.body')} required maxLength={300} />
          <Note visibility="public" />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {can('withdraw') && (
        <ActionCard
          action="withdraw"
          intro="information.action.withdraw.intro"
          schema={informationStaffWithdrawInput}
          input={(v) => ({ ...notes(v), reason: optional(v.reason) })}
          run={withdraw}
        >
          <Area name="reason" label={t('information.action.withdraw.reason')} rows={2} maxLength={1000} />
          <Note visibility="internal" />
        </ActionCard>
      )}
      {r.canRecordHeadComplaint && (
        <ActionCard
          action="headComplaint"
          intro="information.action.headComplaint.intro"
          schema={informationHeadComplaintInput}
          input={(v) => ({ ...base, text: v.text.trim(), receivedAt: localDateTime(v.receivedAt) })}
          run={headComplaint}
        >
          <Area name="text" label={t('information.action.headComplaint.text')} required rows={4} maxLength={4000} />
          <Text
            name="receivedAt"
            label={t('information.field.receivedAt')}
            hint={t('information.field.receivedAtHint')}
            type="datetime-local"
          />
        </ActionCard>
      )}
      {r.canAnswerHeadComplaint && (
        <ActionCard
          action="headAnswer"
          schema={informationHeadAnswerInput}
          input={(v) => ({ ...base, outcome: v.outcome as never, answer: v.answer.trim() })}
          run={headAnswer}
        >
          <ChoiceSelect
            label={t('information.remedies.headOutcome')}
            name="outcome"
            options={HEAD_COMPLAINT_OUTCOMES.map((o) => ({ value: o, label: t(`information.headOutcome.${o}`) }))}
          />
          <Area name="answer" label={t('information.action.headAnswer.text')} required rows={4} maxLength={4000} />
        </ActionCard>
      )}
      {r.canPublish && (
        <ActionCard
          action="publish"
          title={published ? t('information.action.publish.titleAgain') : undefined}
          intro="information.action.publish.intro"
          initial={{
            redactedSubject: r.publication?.subject ?? '',
            redactedAnswer: r.publication?.answer ?? r.answerText ?? '',
          }}
          schema={informationPublishInput}
          input={(v) => ({
            ...base,
            redactedSubject: optional(v.redactedSubject),
            redactedAnswer: v.redactedAnswer.trim(),
          })}
          run={publish}
        >
          <RedactedFields />
        </ActionCard>
      )}
      {published && (
        <ActionCard
          action="unpublish"
          schema={informationUnpublishInput}
          input={(v) => ({ ...base, reason: v.reason.trim() })}
          run={unpublish}
        >
          <Area name="reason" label={t('information.action.unpublish.reason')} required rows={2} maxLength={1000} />
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
          <Entry term={t('information.field.channel')}>{t(`cases.channel.${r.channel}`)}</Entry>
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
              <NoticeLog subject="information_request" id={r.id} />
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
