import { FollowBySms } from '../cases/FollowBySms';
import { REPORT_REASONS, type ComplaintStage } from '@shabaka/db/enums';
import { useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card, SelectField, type Translator } from '@shabaka/ui';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { usePortal } from '../config';
import { RadioGroup } from '../RadioGroup';
import { OwnerCard, SecretField, useSecretCheck } from '../cases/CaseParts';
import { CaseTimeline } from '../cases/CaseTimeline';
import { CaseTrackPage } from '../cases/CaseTrackPage';
import { normalizeSecret } from '../cases/owner';
import { complaintCase, receiptPdfHref, TrackForm, type Tracked } from './case';
import { TextAreaField } from './fields';
import { useComplaintsI18n } from './i18n';
import { limitsOf, REOPEN_MIN, stageSteps, type ReportReason } from './model';
import '../page.css';
import './complaints.css';
import { describeError } from '../errors';
import { FollowCard } from '../notifications/Follow';

function StageStepper({ complaint }: { complaint: Tracked }) {
  const { t } = useComplaintsI18n();
  const steps = stageSteps(
    complaint.stage,
    complaint.timeline.map((e) => e.toStage),
  );
  return (
    <ol className="cx-steps" aria-label={t('complaints.track.stepsLabel')}>
      {steps.map((s, i) => (
        <li
          key={s.stage}
          className={`cx-step cx-step--${s.state}`}
          aria-current={s.state === 'current' ? 'step' : undefined}
        >
          <span className="cx-step-dot" aria-hidden="true">
            {s.state === 'done' ? '✓' : i + 1}
          </span>
          <span className="cx-step-name">{t(`complaintsGlossary.stage.${s.stage as ComplaintStage}`)}</span>
          <span className="shb-sr-only"> ({t(`complaints.step.${s.state}`)})</span>
        </li>
      ))}
    </ol>
  );
}

function ReportPhoto({
  commune,
  attachmentId,
  n,
  onHidden,
}: {
  commune: string;
  attachmentId: string;
  n: number;
  onHidden: () => void;
}) {
  const trpc = useTRPC();
  const i18n = useComplaintsI18n();
  const { t } = i18n;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [missing, setMissing] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const report = useMutation(trpc.photos.report.mutationOptions());
  // The form (and the focused button) goes away: focus moves to the thanks that replace it.
  // The report that hides the photo takes the photo away too: the photos' card confirms it.
  const hidNow = report.data ? report.data.hidden && !report.data.alreadyReported : false;
  useEffect(() => {
    if (hidNow) onHidden();
    else if (report.isSuccess) thanks.current?.focus();
  }, [report.isSuccess, hidNow, onHidden]);

  if (report.isSuccess) {
    return (
      <p ref={thanks} tabIndex={-1} role="status" className="cx-thanks">
        {report.data.alreadyReported ? t('complaints.report.already') : t('complaints.report.thanks')}
      </p>
    );
  }

  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!reason) {
      setMissing(true);
      e.currentTarget.querySelector('select')?.focus();
      return;
    }
    setMissing(false);
    report.mutate({ commune, attachmentId, reason });
  };

  return (
    <div className="cx-report">
      <button
        ref={toggle}
        type="button"
        className="shb-button shb-button--link"
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={`${panelId}-photo`}
        onClick={() => setOpen(!open)}
      >
        {t('complaints.report.open')}
      </button>
      <span id={`${panelId}-photo`} className="shb-sr-only">
        {t('complaints.photos.thumbAlt', { n })}
      </span>
      <div id={panelId} hidden={!open}>
        {open && (
          <form onSubmit={submit} noValidate>
            <p className="shb-hint">{t('complaints.report.intro')}</p>
            {report.error && <Alert tone="error">{describeError(report.error, i18n).message}</Alert>}
            <SelectField
              label={t('complaints.report.reason')}
              name="reason"
              required
              value={reason}
              onChange={(e) => setReason(e.target.value as ReportReason)}
              error={missing && !reason ? t('complaints.report.reasonMissing') : undefined}
            >
              <option value="">{t('complaints.report.choose')}</option>
              {REPORT_REASONS.map((r) => (
                <option key={r} value={r}>
                  {t(`complaints.report.reason.${r}`)}
                </option>
              ))}
            </SelectField>
            <div className="cx-row">
              <Button type="submit" busy={report.isPending}>
                {t('complaints.report.submit')}
              </Button>
              <Button
                variant="link"
                onClick={() => {
                  setOpen(false);
                  toggle.current?.focus();
                }}
              >
                {t('complaints.report.cancel')}
              </Button>
            </div>
          </form>
        )}
      </div>
    </div>
  );
}

function Photos({ complaint }: { complaint: Tracked }) {
  const { t } = useComplaintsI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [hidden, setHidden] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  const onHidden = useCallback(() => setHidden(true), []);
  // Focus moves to the confirmation before the hidden photo (and its focused form) leaves the list.
  useEffect(() => {
    if (!hidden) return;
    notice.current?.focus();
    void queryClient.invalidateQueries(trpc.complaints.track.queryFilter({ code: complaint.code }));
  }, [hidden, queryClient, trpc, complaint.code]);
  if (!complaint.photos.length && !hidden) return null;
  return (
    <Card title={t('complaints.track.photos')}>
      {hidden && (
        <p ref={notice} tabIndex={-1} role="status" className="cx-thanks">
          {t('complaints.report.hidden')}
        </p>
      )}
      <ul className="cx-photos">
        {complaint.photos.map((p, i) => (
          <li key={p.id}>
            {/* Files are served at the site root, not under the portal's path. */}
            <a href={p.url} target="_blank" rel="noopener">
              <img src={p.thumbUrl} alt={t('complaints.photos.fullAlt', { n: i + 1 })} loading="lazy" />
              <span className="shb-sr-only"> {t('complaints.newTab')}</span>
            </a>
            <ReportPhoto commune={complaint.commune} attachmentId={p.id} n={i + 1} onHidden={onHidden} />
          </li>
        ))}
      </ul>
    </Card>
  );
}

function timelineText(t: Translator['t'], has: Translator['has'], e: Tracked['timeline'][number]) {
  const stage = e.toStage ? t(`complaintsGlossary.stage.${e.toStage as ComplaintStage}`) : '';
  const key = `complaints.timeline.${e.kind}`;
  return has(key) ? t(key, { stage }) : t('complaints.timeline.other');
}

function History({ complaint }: { complaint: Tracked }) {
  const { t, has } = useComplaintsI18n();
  return (
    <CaseTimeline
      title={t('complaints.track.timeline')}
      events={complaint.timeline.map((e) => ({
        at: e.at,
        text: timelineText(t, has, e),
        actorName: e.actorName,
        // The owner sees their own text (reopen reason, comment) and whether the commune published it.
        note: e.note ?? e.citizenText,
        extra:
          e.citizenTextStatus === 'pending' || e.citizenTextStatus === 'rejected' ? (
            <p className="shb-hint">{t(`complaints.timeline.${e.citizenTextStatus}`)}</p>
          ) : undefined,
      }))}
    />
  );
}

/** What reopen and rate need to prove the owner: the page's secret, or one typed in the form. */
interface Proof {
  owner: boolean;
  secret: string | undefined;
  /** A secret typed in a form worked: the page adopts it (owner-only parts appear). */
  adopt: (secret: string) => void;
}

/** The secret input of an owner-only form, shown when the page has no proof yet; its value and check. */
function useOwnerSecret(proof: Proof) {
  const check = useSecretCheck();
  const [typed, setTyped] = useState('');
  const [checked, setChecked] = useState(false);
  const error = !proof.owner && checked ? check(typed) : undefined;
  return {
    /** The secret to send, or null when the typed one is malformed (focus goes to it). */
    take(form: HTMLFormElement): string | undefined | null {
      if (proof.owner) return proof.secret;
      setChecked(true);
      if (check(typed)) {
        form.querySelector<HTMLInputElement>('input[name=secret]')?.focus();
        return null;
      }
      return normalizeSecret(typed);
    },
    field: proof.owner ? null : <SecretField value={typed} onChange={setTyped} error={error} />,
    /** After success with a typed secret, the page uses it. */
    done(sent: string | null | undefined) {
      if (!proof.owner && sent) proof.adopt(sent);
    },
  };
}

function Reopen({ code, proof, onReopened }: { code: string; proof: Proof; onReopened: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const i18n = useComplaintsI18n();
  const { t } = i18n;
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const owner = useOwnerSecret(proof);
  const reopen = useMutation(
    trpc.complaints.reopen.mutationOptions({
      onSuccess: async (_, input) => {
        setReason('');
        owner.done(input.secret);
        // This form goes away with the new stage: the page keeps the confirmation.
        onReopened();
        await queryClient.invalidateQueries(trpc.complaints.track.queryFilter({ code }));
      },
    }),
  );
  const error = reopen.error ? describeError(reopen.error, i18n, { values: limitsOf }) : null;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (reason.trim().length < REOPEN_MIN) {
      setShort(true);
      e.currentTarget.querySelector('textarea')?.focus();
      return;
    }
    setShort(false);
    const secret = owner.take(e.currentTarget);
    if (secret === null) return;
    reopen.mutate({ code, secret, reason: reason.trim() });
  };
  return (
    <Card title={t('complaints.reopen.title')}>
      <p>{t('complaints.reopen.intro')}</p>
      {!proof.owner && <p className="shb-hint">{t('cases.owner.prove')}</p>}
      <form onSubmit={submit} noValidate>
        {error && !error.fields.reason && <Alert tone="error">{error.message}</Alert>}
        {owner.field}
        <TextAreaField
          label={t('complaints.reopen.reason')}
          name="reason"
          required
          rows={4}
          maxLength={2000}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={
            short && reason.trim().length < REOPEN_MIN
              ? t('complaints.error.field.reason', { min: REOPEN_MIN })
              : error?.fields.reason
          }
        />
        <Button type="submit" busy={reopen.isPending}>
          {t('complaints.reopen.submit')}
        </Button>
      </form>
    </Card>
  );
}

function Rate({ code, current, proof }: { code: string; current: number | null; proof: Proof }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const i18n = useComplaintsI18n();
  const { t } = i18n;
  const [rating, setRating] = useState(current ? String(current) : '');
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState(false);
  const owner = useOwnerSecret(proof);
  const rate = useMutation(
    trpc.complaints.rate.mutationOptions({
      onSuccess: async (_, input) => {
        owner.done(input.secret);
        await queryClient.invalidateQueries(trpc.complaints.track.queryFilter({ code }));
      },
    }),
  );
  const error = rate.error ? describeError(rate.error, i18n, { values: limitsOf }) : null;
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!rating) {
      setMissing(true);
      (e.currentTarget.querySelector('input[type=radio]') as HTMLInputElement | null)?.focus();
      return;
    }
    setMissing(false);
    const secret = owner.take(e.currentTarget);
    if (secret === null) return;
    rate.mutate({ code, secret, rating: Number(rating), comment: comment.trim() || undefined });
  };
  return (
    <Card title={t('complaints.rate.title')}>
      {current !== null && <p>{t('complaints.rate.current', { rating: current })}</p>}
      {!proof.owner && <p className="shb-hint">{t('cases.owner.prove')}</p>}
      <form onSubmit={submit} noValidate>
        {error && <Alert tone="error">{error.message}</Alert>}
        {rate.isSuccess && (
          <Alert tone="success">
            {t(rate.variables?.comment ? 'complaints.rate.thanksPending' : 'complaints.rate.thanks')}
          </Alert>
        )}
        {owner.field}
        <RadioGroup
          legend={t('complaints.rate.legend')}
          name="rating"
          inline
          value={rating}
          onChange={setRating}
          choices={[1, 2, 3, 4, 5].map((n) => ({
            value: String(n),
            label: t(`complaints.rate.value.${n as 1 | 2 | 3 | 4 | 5}`),
          }))}
          error={missing && !rating ? t('complaints.rate.missing') : error?.fields.rating}
        />
        <TextAreaField
          label={t('complaints.rate.comment')}
          name="comment"
          rows={3}
          maxLength={1000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          error={error?.fields.comment}
        />
        <Button type="submit" busy={rate.isPending}>
          {current !== null ? t('complaints.rate.change') : t('complaints.rate.submit')}
        </Button>
      </form>
    </Card>
  );
}

function Details({ complaint, secret }: { complaint: Tracked; secret: string | undefined }) {
  const { t, lang, formatDate } = useComplaintsI18n();
  const { slug } = usePortal();
  const day = (d: Date | string) => formatDate(d, { dateStyle: 'long' });
  const c = complaint;
  return (
    <>
      <Card title={t('complaints.track.stageTitle')}>
        <p className="cx-stage-line">
          {t('complaints.track.stageIs')}{' '}
          <strong className="cx-stage" data-testid="complaint-stage">
            {t(`complaintsGlossary.stage.${c.stage}`)}
          </strong>
          {c.overdue && <span className="shb-badge cx-badge--overdue">{t('complaints.track.overdue')}</span>}
        </p>
        <StageStepper complaint={c} />
        {c.stage === 'duplicate' && c.duplicateOf && (
          <p>
            {t('complaints.track.duplicateOf')} <Link href={`/track/${c.duplicateOf}`}>{c.duplicateOf}</Link>
          </p>
        )}
        {c.stage === 'referred' && c.referredTo && <p>{t('complaints.track.referredTo', { to: c.referredTo })}</p>}
      </Card>
      <Card title={t('complaints.track.deadlines')}>
        <dl className="cx-facts">
          <div>
            <dt>{t('complaints.receipt.submittedOn')}</dt>
            <dd>{formatDate(c.createdAt, { dateStyle: 'long', timeStyle: 'short' })}</dd>
          </div>
          <div>
            <dt>{c.acknowledgedAt ? t('complaints.track.acknowledgedOn') : t('complaints.receipt.ackBy')}</dt>
            <dd>{day(c.acknowledgedAt ?? c.ackDueAt)}</dd>
          </div>
          <div>
            <dt>{t('complaints.receipt.answerBy')}</dt>
            <dd>{day(c.answerDueAt)}</dd>
          </div>
          {c.closedAt && (
            <div>
              <dt>{t('complaints.track.closedOn')}</dt>
              <dd>{day(c.closedAt)}</dd>
            </div>
          )}
        </dl>
      </Card>
      <Card title={t('complaints.track.details')}>
        {c.commune !== slug && (
          <p>
            {t('complaints.track.otherCommune', { commune: c.communeNames[lang] })}{' '}
            <a href={`/${c.commune}/track/${c.code}`}>{t('complaints.track.otherCommuneLink')}</a>
          </p>
        )}
        <dl className="cx-facts">
          <div>
            <dt>{t('complaints.field.kind')}</dt>
            <dd>{t(`complaintsGlossary.kind.${c.kind}`)}</dd>
          </div>
          <div>
            <dt>{t('complaints.field.category')}</dt>
            <dd>{c.category.names[lang] || c.category.names.fr}</dd>
          </div>
          {c.address && (
            <div>
              <dt>{t('complaints.field.address')}</dt>
              <dd dir="auto">{c.address}</dd>
            </div>
          )}
        </dl>
        <h3>{t('complaints.field.description')}</h3>
        {c.description ? (
          <>
            {/* The citizen's own words, in whatever language and direction they wrote them. */}
            <p className="cx-description" dir="auto" data-testid="complaint-description">
              {c.description}
            </p>
            {c.owner && !c.publicDescription && <p className="shb-hint">{t('complaints.track.descriptionPrivate')}</p>}
          </>
        ) : (
          <p className="shb-hint" data-testid="complaint-description-hidden">
            {t('complaints.track.descriptionHidden')}
          </p>
        )}
        {c.owner && (
          <p>
            <a href={receiptPdfHref(c.code, secret)} target="_blank" rel="noopener">
              {t('complaints.receipt.pdf')}
              <span className="shb-sr-only"> {t('complaints.newTab')}</span>
            </a>
          </p>
        )}
      </Card>
    </>
  );
}

/** /track/:code — at the portal's root, so a receipt's QR code lands here. */
export function TrackScreen() {
  const i18n = useComplaintsI18n();
  const { t } = i18n;
  const [reopened, setReopened] = useState(false);
  return (
    <CaseTrackPage
      spec={complaintCase}
      title={(code) => t('complaints.track.title', { code })}
      back={<Link href="/complaints">{t('complaints.backToComplaints')}</Link>}
      heading={t('complaints.track.heading')}
      malformed={t('complaints.error.field.code')}
      notFound={(code) => t('complaints.track.notFound', { code })}
      tooManyAttempts={t('complaints.error.reason.too_many_attempts')}
      describe={(error) => describeError(error, i18n).message}
      form={(initial) => <TrackForm initial={initial} />}
    >
      {(c, { secret, setSecret }) => {
        const proof: Proof = { owner: c.owner, secret, adopt: setSecret };
        return (
          <>
            {reopened && <Alert tone="success">{t('complaints.reopen.done')}</Alert>}
            <Details complaint={c} secret={secret} />
            <Photos complaint={c} />
            <History complaint={c} />
            {c.canReopen && <Reopen code={c.code} proof={proof} onReopened={() => setReopened(true)} />}
            {c.canRate && <Rate code={c.code} current={c.owner ? (c.rating ?? null) : null} proof={proof} />}
            {!c.owner && <FollowCard code={c.code} following={c.following} />}
            {!c.owner && <OwnerCard onSecret={setSecret} />}
            {c.owner && <FollowBySms kind="complaint" code={c.code} secret={secret} />}
          </>
        );
      }}
    </CaseTrackPage>
  );
}

export default TrackScreen;
