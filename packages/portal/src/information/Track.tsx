import { FollowBySms } from '../cases/FollowBySms';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { informationWithdrawInput } from '@shabaka/api/schemas';
import { Button, Card } from '@shabaka/ui';
import { useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { SecretField } from '../cases/CaseParts';
import { CaseTimeline } from '../cases/CaseTimeline';
import { CaseTrackPage } from '../cases/CaseTrackPage';
import { formatSecret, normalizeSecret } from '../cases/owner';
import { informationCase, TrackForm } from './case';
import { useExceptionName } from './exceptions';
import { useInformationI18n } from './i18n';
import { receiptPdfHref, timelineText, type Tracked } from './model';
import { describeError } from '../errors';
import { errorOf, KitForm, schemaCheck, useKitForm } from '../forms/kit';

/** A term and its value; nothing when there is no value. */
function Fact({ term, children, testId }: { term: ReactNode; children: ReactNode; testId?: string }) {
  if (children === null || children === undefined || children === '') return null;
  return (
    <div>
      <dt>{term}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** The requester's own words, in the language and direction they were written in. */
const Words = ({ children, testId }: { children: string; testId?: string }) => (
  <p className="cx-description" dir="auto" data-testid={testId}>
    {children}
  </p>
);

function StateCard({ r }: { r: Tracked }) {
  const { t, formatDate, formatNumber } = useInformationI18n();
  const exceptionName = useExceptionName();
  const day = (d: Date | string | null) => (d ? formatDate(d, { dateStyle: 'full' }) : null);
  const texts = r.requester;
  return (
    <Card title={t('information.track.stateTitle')}>
      <p className="cx-stage-line">
        {t('information.track.stateIs')}{' '}
        <strong data-testid="information-state">{t(`information.state.${r.state}`)}</strong>
        {r.completeness && <> ({t(`information.completeness.${r.completeness}`)})</>}
        {r.overdue && <span className="shb-badge cx-badge--overdue">{t('information.overdue')}</span>}
      </p>
      <p>{t(`information.state.${r.state}.explain`)}</p>
      <dl className="cx-facts">
        <Fact term={t('information.fact.received')}>
          {formatDate(r.receivedAt, { dateStyle: 'full', timeStyle: 'short' })}
        </Fact>
        <Fact term={t('information.fact.firstCountedDay')}>{day(`${r.firstCountedDay}T12:00:00Z`)}</Fact>
        <Fact term={t('information.fact.period')}>
          {t('information.fact.periodValue', { days: formatNumber(r.workingDays) })}
        </Fact>
        {r.extended && <Fact term={t('information.fact.initialDueAt')}>{day(r.initialDueAt)}</Fact>}
        <Fact term={t('information.fact.dueAt')} testId="information-due">
          {day(r.dueAt)}
        </Fact>
        <Fact term={t('information.fact.daysLeft')}>
          {r.workingDaysLeft !== null && !r.overdue
            ? t('information.fact.daysLeftValue', { count: r.workingDaysLeft })
            : null}
        </Fact>
        <Fact term={t('information.fact.extendedAt')}>{day(r.extendedAt)}</Fact>
        <Fact term={t('information.fact.respondedAt')}>{day(r.respondedAt)}</Fact>
        <Fact term={t('information.fact.onTime')}>
          {r.respondedOnTime === null
            ? null
            : t(r.respondedOnTime ? 'information.fact.onTimeYes' : 'information.fact.onTimeNo')}
        </Fact>
        <Fact term={t('information.fact.transferredTo')}>{r.transferredTo ? <bdi>{r.transferredTo}</bdi> : null}</Fact>
        <Fact term={t('information.fact.refusalGround')}>{exceptionName(r.refusalException)}</Fact>
      </dl>
      {r.extended && texts?.extensionReason && (
        <>
          <h3>{t('information.track.extensionReason')}</h3>
          <Words testId="information-extension">{texts.extensionReason}</Words>
        </>
      )}
      {r.extended && !texts && <p data-testid="information-extension">{t('information.track.extendedNoKey')}</p>}
    </Card>
  );
}

/** The texts addressed to the requester (shown with their key or their account only). */
function Texts({ r }: { r: Tracked }) {
  const { t } = useInformationI18n();
  const x = r.requester;
  if (!x) return null;
  return (
    <Card title={t('information.track.yourRequest')}>
      <dl className="cx-facts">
        <Fact term={t('information.field.subject')}>
          <bdi>{x.subject}</bdi>
        </Fact>
        <Fact term={t('information.field.deliveryChannel')}>{t(`information.delivery.${x.deliveryChannel}`)}</Fact>
      </dl>
      <h3>{t('information.field.description')}</h3>
      <Words>{x.description}</Words>
      {x.answer && (
        <>
          <h3>{t('information.track.answer')}</h3>
          <Words testId="information-answer">{x.answer}</Words>
          {x.answerDocument && (
            // The signed PDF the requester chose: a link that works without an account.
            <p className="cx-row" data-testid="information-document">
              <a className="shb-button shb-button--primary" href={x.answerDocument.downloadPath} download>
                {t('information.document.download')}
              </a>
              <a href={x.answerDocument.verifyPath}>
                {t('information.document.verify', { code: x.answerDocument.code })}
              </a>
            </p>
          )}
        </>
      )}
      {x.refusalReason && (
        <>
          <h3>{t('information.track.refusalReason')}</h3>
          <Words>{x.refusalReason}</Words>
        </>
      )}
      {x.withdrawalReason && (
        <>
          <h3>{t('information.track.withdrawalReason')}</h3>
          <Words>{x.withdrawalReason}</Words>
        </>
      )}
    </Card>
  );
}

/** Complaint to the head of the body, then the CDAI appeal: windows computed by the server. */
function Remedies({ r }: { r: Tracked }) {
  const { t, formatDate } = useInformationI18n();
  const { headComplaint: head, cdaiAppeal: cdai } = r.remedies;
  if (!head.basis && !head.filedAt) return null;
  const day = (d: Date | string | null) => (d ? formatDate(d, { dateStyle: 'full' }) : null);
  return (
    <Card title={t('information.remedies.title')}>
      {head.basis && <p>{t(`information.remedies.basis.${head.basis}`)}</p>}
      <h3>{t('information.remedies.headTitle')}</h3>
      <p>{t('information.remedies.headExplain')}</p>
      <dl className="cx-facts">
        <Fact term={t('information.remedies.headDeadline')}>{head.filedAt ? null : day(head.deadline)}</Fact>
        <Fact term={t('information.remedies.headFiledAt')}>{day(head.filedAt)}</Fact>
        <Fact term={t('information.remedies.headAnswerDue')}>{head.answeredAt ? null : day(head.answerDueAt)}</Fact>
        <Fact term={t('information.remedies.headAnsweredAt')}>{day(head.answeredAt)}</Fact>
        <Fact term={t('information.remedies.headOutcome')}>
          {head.outcome ? t(`information.headOutcome.${head.outcome}`) : null}
        </Fact>
      </dl>
      {r.requester?.headAnswerText && <Words>{r.requester.headAnswerText}</Words>}
      {head.basis && !head.filedAt && !head.open && <p>{t('information.remedies.headClosed')}</p>}
      <h3>{t('information.remedies.cdaiTitle')}</h3>
      <p>{t('information.remedies.cdaiExplain')}</p>
      {cdai.deadline ? (
        <dl className="cx-facts">
          <Fact term={t('information.remedies.cdaiOpens')}>{day(cdai.opensAt)}</Fact>
          <Fact term={t('information.remedies.cdaiDeadline')}>{day(cdai.deadline)}</Fact>
        </dl>
      ) : (
        <p>{t('information.remedies.cdaiAfterHead')}</p>
      )}
    </Card>
  );
}

function History({ r }: { r: Tracked }) {
  const { t, has } = useInformationI18n();
  return (
    <CaseTimeline
      title={t('information.track.timeline')}
      events={r.timeline.map((e) => ({ at: e.at, text: timelineText(t, has, e.kind), note: e.note }))}
    />
  );
}

function Withdraw({
  code,
  owner,
  secret,
  adopt,
}: {
  code: string;
  owner: boolean;
  secret: string | undefined;
  adopt: (s: string) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const i18n = useInformationI18n();
  const { t } = i18n;
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation(
    trpc.informationRequests.withdraw.mutationOptions({
      onSuccess: async (_, input) => {
        // A secret typed here worked: the page now shows what is the requester's.
        if (!owner && input.secret) adopt(input.secret);
        await queryClient.invalidateQueries(trpc.informationRequests.track.queryFilter({ code }));
      },
    }),
  );
  const input = (v: { secret: string; reason: string }) => ({
    code,
    secret: owner ? secret : normalizeSecret(v.secret),
    reason: v.reason.trim() || undefined,
  });
  const schema = schemaCheck(informationWithdrawInput, input, i18n, { router: 'informationRequests' });
  const { form, props } = useKitForm({
    defaultValues: { secret: '', reason: '' },
    i18n,
    check: (v) => {
      const found = schema(v);
      // The schema lets a signed-in owner go without; a stranger must prove ownership.
      if (!owner && !v.secret.trim()) found.secret ??= t('information.error.field.secret');
      // A problem to fix first: the confirmation is asked again afterwards.
      if (Object.keys(found).length) setConfirming(false);
      return found;
    },
    // The first press asks to confirm, the second sends.
    submit: async (v) => (confirming ? withdraw.mutateAsync(input(v)) : setConfirming(true)),
  });
  return (
    <Card title={t('information.withdraw.title')}>
      <p>{t('information.withdraw.intro')}</p>
      {!owner && <p className="shb-hint">{t('cases.owner.prove')}</p>}
      <KitForm {...props} className="" busy={withdraw.isPending}>
        {!owner && (
          <form.Field name="secret">
            {(field) => (
              <SecretField
                value={field.state.value}
                onChange={field.handleChange}
                error={errorOf('secret', field.state.meta.errors, props.serverFields)}
              />
            )}
          </form.Field>
        )}
        <form.AppField name="reason">
          {(field) => <field.TextAreaField label={t('information.withdraw.reason')} rows={3} maxLength={1000} />}
        </form.AppField>
        {confirming && (
          <p role="alert" className="shb-hint">
            {t('information.withdraw.confirmText')}
          </p>
        )}
        <div className="cx-row">
          <Button type="submit" variant={confirming ? 'primary' : 'secondary'} busy={withdraw.isPending}>
            {confirming ? t('information.withdraw.confirm') : t('information.withdraw.submit')}
          </Button>
          {confirming && (
            <Button variant="link" onClick={() => setConfirming(false)}>
              {t('information.withdraw.cancel')}
            </Button>
          )}
        </div>
      </KitForm>
    </Card>
  );
}

/** /information/track/:code — state, deadlines, texts, remedies, timeline; live. */
export function TrackScreen() {
  const i18n = useInformationI18n();
  const { t } = i18n;
  return (
    <CaseTrackPage
      spec={informationCase}
      title={(code) => t('information.track.title', { code })}
      back={<Link href="/">{t('information.back')}</Link>}
      heading={t('information.track.heading')}
      malformed={t('information.error.field.code')}
      notFound={(code) => t('information.track.notFound', { code })}
      tooManyAttempts={t('information.error.reason.too_many_attempts')}
      describe={(error) => describeError(error, i18n).message}
      form={(initial) => <TrackForm initialCode={initial} />}
    >
      {(r, { code, secret, setSecret }) => (
        <>
          {!r.owner && (
            <Card title={t('information.track.keyTitle')}>
              <p>{t('information.track.keyIntro')}</p>
              {/* Same code: the secret given here applies to this page at once. */}
              <TrackForm
                initialCode={code}
                onTracked={(c, s) => {
                  if (c !== code || !s) return false;
                  setSecret(formatSecret(s));
                  return true;
                }}
              />
            </Card>
          )}
          <StateCard r={r} />
          <Texts r={r} />
          <Remedies r={r} />
          <History r={r} />
          {r.owner && (
            <p>
              <a href={receiptPdfHref(r.code, secret)} target="_blank" rel="noopener">
                {t('information.receipt.pdf')}
                <span className="shb-sr-only"> {t('information.newTab')}</span>
              </a>
            </p>
          )}
          {r.canWithdraw && <Withdraw code={r.code} owner={r.owner} secret={secret} adopt={setSecret} />}
          {r.owner && <FollowBySms kind="information_request" code={r.code} secret={secret} />}
        </>
      )}
    </CaseTrackPage>
  );
}

export default TrackScreen;
