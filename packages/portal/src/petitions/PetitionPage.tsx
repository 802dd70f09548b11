import { petitionSignerInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { useMe } from '../auth';
import { usePageTitle, usePortal } from '../config';
import { Loaded } from '../desk/List';
import { describeError } from '../errors';
import { KitForm, schemaCheck, useKitForm, useStore } from '../forms/kit';
import { inLanguage } from '../subsidies/model';
import { usePetitionsI18n } from './i18n';
import { usePetitionDates, type Petition, type PublicEvent, type Rules } from './model';
import { SignatureCount, useTrackEffect } from './parts';
import './petitions.css';

/** /petitions/:id — one petition as the public reads it, its outcome, and the signing form while it collects. */
export default function PetitionPage() {
  const { id } = useParams<{ id: string }>();
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  const petition = useQuery(trpc.petitions.detail.queryOptions({ commune: slug, id }));
  usePageTitle(petition.data?.subject ?? t('petitions.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/petitions">{t('petitions.back')}</Link>
      </p>
      <Loaded query={petition} describe={(e) => describeError(e, i18n, { section: 'petitions' }).message}>
        {(p) => <PetitionView p={p} />}
      </Loaded>
    </div>
  );
}

function PetitionView({ p }: { p: Petition }) {
  const { t, lang } = usePetitionsI18n();
  const { day, at } = usePetitionDates();
  const effect = useTrackEffect();
  return (
    <>
      <h1>
        <bdi>{p.subject}</bdi>
      </h1>
      <p className="pt-meta">
        {t('petitions.code', { code: p.code })} · {t(`petitions.track.${p.track}`)} ·{' '}
        <strong>{t(`petitions.state.${p.state}`)}</strong>
      </p>
      {effect && <p>{effect(p.track)}</p>}
      {p.association && <p>{t('petitions.byAssociation', { name: inLanguage(p.association.names, lang) })}</p>}
      <section aria-labelledby="pt-reasons" className="shb-stack">
        <h2 id="pt-reasons">{t('petitions.section.reasons')}</h2>
        <p>
          <bdi>{p.reasons}</bdi>
        </p>
        <h2>{t('petitions.section.request')}</h2>
        <p>
          <bdi>{p.request}</bdi>
        </p>
      </section>
      <section aria-labelledby="pt-support" className="shb-stack">
        <h2 id="pt-support">{t('petitions.section.support')}</h2>
        <p>
          <strong>
            <SignatureCount p={p} />
          </strong>{' '}
          ({t('petitions.support.online', { online: p.signaturesOnline, paper: p.signaturesPaper })})
        </p>
        {p.neighbourhoods.length > 0 && (
          <div className="pt-table-wrap" tabIndex={0} role="region" aria-label={t('petitions.support.caption')}>
            <table className="shb-table">
              <caption>{t('petitions.support.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('petitions.support.neighbourhood')}</th>
                  <th scope="col">{t('petitions.support.count')}</th>
                </tr>
              </thead>
              <tbody>
                {p.neighbourhoods.map((n) => (
                  <tr key={n.neighbourhood}>
                    <td>
                      <bdi>{n.neighbourhood}</bdi>
                    </td>
                    <td>{n.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {p.state === 'collecting' && <Sign p={p} />}
      <Outcome p={p} day={day} at={at} />
      {p.timeline.length > 0 && (
        <section aria-labelledby="pt-timeline" className="shb-stack">
          <h2 id="pt-timeline">{t('petitions.section.timeline')}</h2>
          <ol>
            {p.timeline.map((e, i) => (
              <li key={i}>
                <time dateTime={new Date(e.at).toISOString()}>{at(e.at)}</time> —{' '}
                {t(`petitions.event.${e.kind as PublicEvent}`)}
                {e.publicNote && (
                  <>
                    {' '}
                    : <bdi>{e.publicNote}</bdi>
                  </>
                )}
              </li>
            ))}
          </ol>
        </section>
      )}
    </>
  );
}

function Outcome({ p, day, at }: { p: Petition; day: (d: string) => string; at: (d: Date | string) => string }) {
  const { t } = usePetitionsI18n();
  if (!p.receivedAt) return null;
  return (
    <section aria-labelledby="pt-outcome" className="shb-stack">
      <h2 id="pt-outcome">{t('petitions.section.outcome')}</h2>
      {p.state === 'filed' && p.answerDueAt && (
        <p>{t('petitions.outcome.received', { date: at(p.receivedAt), due: at(p.answerDueAt) })}</p>
      )}
      {p.overdue && <Alert tone="warning">{t('petitions.late')}</Alert>}
      {p.bureauText && (
        <Card
          title={t(p.track === 'proposal' ? 'petitions.outcome.answer' : 'petitions.outcome.bureau')}
          headingLevel={3}
        >
          <p>
            <bdi>{p.bureauText}</bdi>
          </p>
        </Card>
      )}
      {p.committee && <p>{t('petitions.outcome.committee', { committee: p.committee })}</p>}
      {p.sessionOn && <p>{t('petitions.outcome.session', { date: day(p.sessionOn) })}</p>}
      {p.decisionText && (
        <Card title={t('petitions.outcome.decision')} headingLevel={3}>
          <p>
            <bdi>{p.decisionText}</bdi>
          </p>
          {p.vote && (
            <p>{t('petitions.outcome.vote', { for: p.vote.for, against: p.vote.against, abstain: p.vote.abstain })}</p>
          )}
          {p.decisionRecord && <p>{t('petitions.outcome.record', { record: p.decisionRecord })}</p>}
        </Card>
      )}
      {p.followUp && (
        <Card title={t('petitions.outcome.followUp')} headingLevel={3}>
          <p>
            <bdi>{p.followUp}</bdi>
          </p>
        </Card>
      )}
      {p.eparticipationRef && <p>{t('petitions.outcome.reference', { reference: p.eparticipationRef })}</p>}
    </section>
  );
}

interface SignValues {
  name: string;
  cin: string;
  address: string;
  neighbourhood: string;
  basis: 'resident' | 'activity';
  activity: string;
  registeredVoter: boolean;
}
const toSigner = (v: SignValues) => ({ ...v, activity: v.basis === 'activity' ? v.activity : undefined });

/** The signing form for a signed-in person; the mandataire is sent to the petition's own page instead. */
function Sign({ p }: { p: Petition }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { me } = useMe();
  const { t } = usePetitionsI18n();
  const mine = useQuery({ ...trpc.petitions.mine.queryOptions({ commune: slug }), enabled: !!me });
  const rules = useQuery(trpc.petitions.rules.queryOptions({ commune: slug }));
  const [done, setDone] = useState<{ signatures: number; threshold: number } | null>(null);
  if (!me)
    return (
      <p>
        <Link href={`/sign-in?next=${encodeURIComponent(`/petitions/${p.id}`)}`}>{t('petitions.sign.signIn')}</Link>
      </p>
    );
  if (mine.data?.own.some((x) => x.id === p.id))
    return (
      <p>
        {t('petitions.sign.mine')} <Link href={`/petitions/${p.id}/manage`}>{t('petitions.sign.manage')}</Link>
      </p>
    );
  if (done)
    return (
      <Alert tone="success">{t('petitions.sign.done', { count: done.signatures, threshold: done.threshold })}</Alert>
    );
  if (!rules.data) return null;
  return <SignForm id={p.id} rules={rules.data} onDone={setDone} />;
}

function SignForm({
  id,
  rules,
  onDone,
}: {
  id: string;
  rules: Rules;
  onDone: (r: { signatures: number; threshold: number }) => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePetitionsI18n();
  const { t } = i18n;
  const sign = useMutation(
    trpc.petitions.sign.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.petitions.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<SignValues>({
    defaultValues: {
      name: '',
      cin: '',
      address: '',
      neighbourhood: '',
      basis: rules.signerBases[0] ?? 'resident',
      activity: '',
      registeredVoter: false,
    },
    i18n,
    check: schemaCheck(petitionSignerInput, toSigner, i18n, { section: 'petitions' }),
    submit: async (v) => onDone(await sign.mutateAsync({ commune: slug, id, signer: toSigner(v) })),
    describe: { section: 'petitions', within: 'signer' },
  });
  const basis = useStore(form.store, (s) => s.values.basis);
  return (
    <Card title={t('petitions.sign.title')} headingLevel={2}>
      <p>{t('petitions.sign.intro')}</p>
      <KitForm {...props} busy={sign.isPending}>
        <form.AppField name="name">
          {(field) => <field.TextField label={t('petitions.sign.name')} required autoComplete="name" maxLength={120} />}
        </form.AppField>
        <form.AppField name="cin">
          {(field) => <field.TextField label={t('petitions.sign.cin')} required dir="ltr" maxLength={12} />}
        </form.AppField>
        <form.AppField name="address">
          {(field) => (
            <field.TextField
              label={t('petitions.sign.address')}
              required
              autoComplete="street-address"
              maxLength={300}
            />
          )}
        </form.AppField>
        <form.AppField name="neighbourhood">
          {(field) => <field.TextField label={t('petitions.sign.neighbourhood')} required maxLength={80} />}
        </form.AppField>
        {rules.signerBases.length > 1 && (
          <form.AppField name="basis">
            {(field) => (
              <field.RadioField
                legend={t('petitions.sign.basis')}
                choices={rules.signerBases.map((b) => ({ value: b, label: t(`petitions.basisChoice.${b}`) }))}
              />
            )}
          </form.AppField>
        )}
        {basis === 'activity' && (
          <form.AppField name="activity">
            {(field) => <field.TextField label={t('petitions.sign.activity')} required maxLength={200} />}
          </form.AppField>
        )}
        {rules.registeredVoterRequired && (
          <form.AppField name="registeredVoter">
            {(field) => <field.CheckField label={t('petitions.sign.voter')} />}
          </form.AppField>
        )}
        <Button type="submit" busy={sign.isPending}>
          {t('petitions.sign.submit')}
        </Button>
      </KitForm>
    </Card>
  );
}
