import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { callAdmissibilityInput, callProposeInput } from '@shabaka/api/schemas';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { Entry, ScreenHeading } from '../../desk/shared';
import { describeError, type ErrorText } from '../../errors';
import { KitForm, useKitForm, type FieldTexts } from '../../forms/kit';
import { useCallsDeskI18n } from './i18n';
import { deskCheck, FRESH, inLanguage, refusalText, saveFile, useMad, type Dossier, type StaffCall } from './model';
import { Refusal } from './parts';

/**
 * The dossiers of a call for staff: each one's facts, the committee's marks and declared conflicts, its documents;
 * the admissibility check, the proposal (select with an amount, or refuse with a reason) and, for a head of
 * department once the call has closed, the publication of the ranked results.
 */
export default function DossiersScreen({ call }: { call: StaffCall }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t, lang } = i18n;
  const { can } = useMe();
  const mad = useMad();
  const title = inLanguage(call.title, lang);
  usePageTitle(t('callsDesk.dossiers.pageTitle', { title }));
  const [said, setSaid] = useState('');
  const queue = useQuery(trpc.calls.queue.queryOptions({ commune: slug, callId: call.id }, FRESH));
  return (
    <section className="shb-stack">
      <ScreenHeading>
        {t('callsDesk.dossiers.title')} — <bdi>{title}</bdi>
      </ScreenHeading>
      <div role="status">{said && <Alert tone="success">{said}</Alert>}</div>
      <Loaded query={queue} describe={(e) => describeError(e, i18n, { section: 'calls' }).message}>
        {(q) => {
          const proposed = q.dossiers.reduce(
            (s, d) => s + (d.state === 'admissible' && d.proposal === 'select' ? (d.proposedMad ?? 0) : 0),
            0,
          );
          return (
            <>
              <p>
                {t('callsDesk.dossiers.summary', {
                  proposed: mad(proposed),
                  envelope: mad(q.call.envelopeMad),
                  min: q.minScorers,
                  members: q.members.length,
                })}
              </p>
              {call.state === 'open' && can('calls:publish') && <Publish call={call} onDone={setSaid} />}
              {q.dossiers.length === 0 ? (
                <p>{t('callsDesk.dossiers.empty')}</p>
              ) : (
                <ul className="cd-list">
                  {q.dossiers.map((d) => (
                    <li key={d.id}>
                      <DossierCard call={call} dossier={d} onDone={setSaid} />
                    </li>
                  ))}
                </ul>
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}

function useRefresh() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries(trpc.calls.pathFilter());
}

function DossierCard({
  call,
  dossier: d,
  onDone,
}: {
  call: StaffCall;
  dossier: Dossier;
  onDone: (said: string) => void;
}) {
  const i18n = useCallsDeskI18n();
  const { t, lang, formatDate, formatNumber } = i18n;
  const mad = useMad();
  const score = (n: number) => t('callsDesk.dossier.scoreValue', { score: formatNumber(n) });
  return (
    <Card
      title={
        <>
          <bdi dir="ltr">{d.code}</bdi> — <bdi>{inLanguage(d.project, lang)}</bdi>
        </>
      }
      headingLevel={3}
    >
      <dl className="cd-facts">
        <Entry term={t('callsDesk.dossier.association')}>
          <bdi>{inLanguage(d.association.names, lang)}</bdi>
        </Entry>
        <Entry term={t('callsDesk.dossier.requested')}>{mad(d.requestedMad)}</Entry>
        <Entry term={t('callsDesk.dossier.state')}>{t(`callsDesk.dossierState.${d.state}`)}</Entry>
        <Entry term={t('callsDesk.dossier.channel')}>{t(`callsDesk.channel.${d.channel}`)}</Entry>
        <Entry term={t('callsDesk.dossier.received')}>
          {formatDate(d.receivedAt, { dateStyle: 'medium', timeStyle: 'short' })}
        </Entry>
        <Entry term={t('callsDesk.dossier.mean')}>
          {d.mean === null ? t('callsDesk.dossier.notScored') : score(d.mean)}
        </Entry>
        <Entry term={t('callsDesk.dossier.proposal')}>
          {d.proposal === 'select'
            ? t('callsDesk.proposal.select', { amount: mad(d.proposedMad ?? 0) })
            : d.proposal === 'refuse'
              ? t('callsDesk.proposal.refuse')
              : null}
        </Entry>
        <Entry term={t('callsDesk.dossier.reason')}>{d.reason && <bdi>{d.reason}</bdi>}</Entry>
        <Entry term={t('callsDesk.dossier.granted')}>{d.grantedMad === null ? null : mad(d.grantedMad)}</Entry>
        <Entry term={t('callsDesk.dossier.rank')}>{d.rank}</Entry>
      </dl>
      <h4 className="cd-subheading">{t('callsDesk.dossier.scores')}</h4>
      {d.scores.length ? (
        <ul>
          {d.scores.map((s, i) => (
            <li key={i}>
              <bdi>{s.member}</bdi>: {score(s.total)}
              {s.comment && (
                <>
                  {' — '}
                  <bdi>{s.comment}</bdi>
                </>
              )}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('callsDesk.dossier.noScore')}</p>
      )}
      {d.conflicts.length > 0 && (
        <>
          <h4 className="cd-subheading">{t('callsDesk.dossier.conflicts')}</h4>
          <ul>
            {d.conflicts.map((c, i) => (
              <li key={i}>
                <bdi>{c.member}</bdi>: <bdi>{c.note}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
      <Documents call={call} dossier={d} />
      {d.state === 'submitted' && <Admissibility dossier={d} onDone={onDone} />}
      {d.state === 'admissible' && call.state === 'open' && <Propose dossier={d} onDone={onDone} />}
    </Card>
  );
}

/** The dossier's documents, each fetched when asked for (never public: the API checks who asks). */
function Documents({ call, dossier }: { call: StaffCall; dossier: Dossier }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t, lang } = i18n;
  const detail = useQuery(trpc.calls.application.queryOptions({ commune: slug, id: dossier.id }));
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string[] | null>(null);
  const get = async (item: string) => {
    setBusy(item);
    setFailed(null);
    try {
      const f = await queryClient.fetchQuery(
        trpc.calls.document.queryOptions({ commune: slug, applicationId: dossier.id, item }),
      );
      saveFile(f, `${dossier.code}-${item}`);
    } catch (error) {
      setFailed(refusalText(error, i18n));
    } finally {
      setBusy(null);
    }
  };
  const label = (item: string) => {
    const c = call.checklist.find((x) => x.key === item);
    return c ? inLanguage(c.label, lang) : item;
  };
  return (
    <>
      <h4 className="cd-subheading">{t('callsDesk.dossier.documents')}</h4>
      <Loaded
        query={detail}
        describe={(e) => describeError(e, i18n, { section: 'calls' }).message}
        empty={t('callsDesk.dossier.noDocument')}
        isEmpty={(a) => a.documents.length === 0}
      >
        {(a) => (
          <ul className="cd-list">
            {a.documents.map((doc) => (
              <li key={doc.item}>
                <Button
                  variant="secondary"
                  busy={busy === doc.item}
                  aria-label={t('callsDesk.dossier.downloadNamed', { document: label(doc.item), code: dossier.code })}
                  onClick={() => void get(doc.item)}
                >
                  {t('callsDesk.dossier.download', { document: label(doc.item) })}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <Refusal lines={failed} />
    </>
  );
}

/**
 * The admissibility check: the checklist and the rules. "Admissible" is one press; "not admissible" is a form of its
 * own, whose reason (required) the association and the public read. Two forms, not one with two submit buttons: a
 * refusal's "say why" must not hold back the other decision.
 */
function Admissibility({ dossier, onDone }: { dossier: Dossier; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t } = i18n;
  const refresh = useRefresh();
  const decide = useMutation(trpc.calls.admissibility.mutationOptions({ onSuccess: refresh }));
  const said = (admissible: boolean) =>
    onDone(
      t(admissible ? 'callsDesk.admissibility.doneYes' : 'callsDesk.admissibility.doneNo', { code: dossier.code }),
    );
  const toInput = (v: { reason: string }) => ({
    applicationId: dossier.id,
    admissible: false,
    reason: v.reason.trim(),
  });
  const { form, props } = useKitForm({
    defaultValues: { reason: '' },
    i18n,
    check: deskCheck(callAdmissibilityInput, toInput, i18n),
    describe: { section: 'calls' },
    submit: async (v) => {
      await decide.mutateAsync({ commune: slug, ...toInput(v) });
      said(false);
    },
  });
  const yes = useMutation(
    trpc.calls.admissibility.mutationOptions({
      onSuccess: async () => {
        said(true);
        await refresh();
      },
    }),
  );
  return (
    <fieldset className="cd-fieldset shb-stack">
      <legend className="cd-legend">
        {t('callsDesk.admissibility.legend', { code: `\u2068${dossier.code}\u2069` })}
      </legend>
      <Refusal lines={yes.error ? refusalText(yes.error, i18n) : null} />
      <Button
        busy={yes.isPending}
        aria-label={t('callsDesk.admissibility.yesNamed', { code: dossier.code })}
        onClick={() => yes.mutate({ commune: slug, applicationId: dossier.id, admissible: true })}
      >
        {t('callsDesk.admissibility.yes')}
      </Button>
      <KitForm {...props} busy={decide.isPending}>
        <form.AppField name="reason">
          {(field) => (
            <field.TextAreaField
              label={t('callsDesk.admissibility.reason')}
              hint={t('callsDesk.admissibility.reasonHint')}
              maxLength={500}
            />
          )}
        </form.AppField>
        <Button
          type="submit"
          variant="secondary"
          busy={decide.isPending}
          aria-label={t('callsDesk.admissibility.noNamed', { code: dossier.code })}
        >
          {t('callsDesk.admissibility.no')}
        </Button>
      </KitForm>
    </fieldset>
  );
}

/**
 * Staff's proposal on a scored dossier (internal until the results are published): select with an amount, or refuse
 * with a reason published with the results; a form each, so one's error never blocks the other.
 */
function Propose({ dossier, onDone }: { dossier: Dossier; onDone: (said: string) => void }) {
  // The boxes are named alike on every dossier; the legend says whose they are.
  const { t } = useCallsDeskI18n();
  return (
    <fieldset className="cd-fieldset shb-stack">
      <legend className="cd-legend">{t('callsDesk.propose.legend', { code: `\u2068${dossier.code}\u2069` })}</legend>
      <ProposeForm dossier={dossier} proposal="select" onDone={onDone} />
      <ProposeForm dossier={dossier} proposal="refuse" onDone={onDone} />
    </fieldset>
  );
}

function ProposeForm({
  dossier,
  proposal,
  onDone,
}: {
  dossier: Dossier;
  proposal: 'select' | 'refuse';
  onDone: (said: string) => void;
}) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t } = i18n;
  const refresh = useRefresh();
  const propose = useMutation(trpc.calls.propose.mutationOptions({ onSuccess: refresh }));
  const toInput = (v: { value: string }) => ({
    applicationId: dossier.id,
    proposal,
    ...(proposal === 'select'
      ? { amountMad: v.value.trim() === '' ? undefined : Number(v.value) }
      : { reason: v.value.trim() || undefined }),
  });
  const field = proposal === 'select' ? 'amountMad' : 'reason';
  const { form, props } = useKitForm({
    defaultValues: {
      value:
        proposal === 'select'
          ? String(dossier.proposedMad ?? dossier.requestedMad)
          : dossier.proposal === 'refuse'
            ? (dossier.reason ?? '')
            : '',
    },
    i18n,
    // The procedure names `amountMad` or `reason`: shown under this form's one box.
    check: (v): FieldTexts => {
      const texts = deskCheck(callProposeInput, toInput, i18n)(v);
      return texts[field] ? { value: texts[field] } : {};
    },
    describe: (error): ErrorText => {
      const said = describeError(error, i18n, { section: 'calls' });
      return said.fields[field]
        ? { message: said.message, fields: { value: said.fields[field] } }
        : { message: refusalText(error, i18n).join(' '), fields: {} };
    },
    submit: async (v) => {
      await propose.mutateAsync({ commune: slug, ...toInput(v) });
      onDone(
        t(proposal === 'select' ? 'callsDesk.propose.doneSelect' : 'callsDesk.propose.doneRefuse', {
          code: dossier.code,
        }),
      );
    },
  });
  return (
    <KitForm {...props} busy={propose.isPending}>
      <form.AppField name="value">
        {(f) =>
          proposal === 'select' ? (
            <f.TextField
              label={t('callsDesk.propose.amount')}
              hint={t('callsDesk.propose.amountHint')}
              inputMode="numeric"
            />
          ) : (
            <f.TextAreaField
              label={t('callsDesk.propose.reason')}
              hint={t('callsDesk.propose.reasonHint')}
              maxLength={500}
            />
          )
        }
      </form.AppField>
      <Button
        type="submit"
        variant={proposal === 'select' ? 'primary' : 'secondary'}
        busy={propose.isPending}
        aria-label={t(proposal === 'select' ? 'callsDesk.propose.selectNamed' : 'callsDesk.propose.refuseNamed', {
          code: dossier.code,
        })}
      >
        {t(proposal === 'select' ? 'callsDesk.propose.select' : 'callsDesk.propose.refuse')}
      </Button>
    </KitForm>
  );
}

/** A head of department publishes the ranked results at once; a refusal says what is missing and for which dossiers. */
function Publish({ call, onDone }: { call: StaffCall; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = useCallsDeskI18n();
  const { t } = i18n;
  const refresh = useRefresh();
  const publish = useMutation(
    trpc.calls.publishResults.mutationOptions({
      onSuccess: async (r) => {
        onDone(t('callsDesk.publish.done', { n: r.published }));
        await refresh();
      },
    }),
  );
  return (
    <Card title={t('callsDesk.publish.title')} headingLevel={3}>
      <p>{t('callsDesk.publish.intro')}</p>
      <Refusal lines={publish.error ? refusalText(publish.error, i18n) : null} />
      <Button busy={publish.isPending} onClick={() => publish.mutate({ commune: slug, id: call.id })}>
        {t('callsDesk.publish.submit')}
      </Button>
    </Card>
  );
}
