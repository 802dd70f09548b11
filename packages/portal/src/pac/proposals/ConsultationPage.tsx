import { pacSubmitProposalInput, pacVoteInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { useMe } from '../../auth';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { describeError } from '../../errors';
import { errorOf, KitForm, schemaCheck, useKitForm, useServerFields, useStore } from '../../forms/kit';
import { inLanguage } from '../model';
import { usePacProposalsI18n } from './i18n';
import { SECTION, stageText, useDay, type Consultation, type Results } from './model';
import { ProposalItem } from './parts';
import { ProposalFields, proposalOf, type ProposalValues } from './ProposalFields';
import './proposals.css';

/**
 * /pac/priorities/:id — one consultation: its question, method and who may vote; the proposals with each
 * admissibility decision and reason; the proposal form while proposals are taken; the ballot while the vote is
 * open (with only the number of voters, no running tally); the ranked results and participation once closed.
 */
export default function ConsultationPage() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const { id } = useParams<{ id: string }>();
  const i18n = usePacProposalsI18n();
  const { t, lang } = i18n;
  const k = useQuery(trpc.pac.proposals.consultation.queryOptions({ commune: slug, consultationId: id }));
  usePageTitle(k.data ? inLanguage(k.data.title, lang) : t('pacProposals.title'));
  return (
    <div className="shb-stack">
      <p>
        <Link href="/pac/priorities">{t('pacProposals.back')}</Link>
      </p>
      <Loaded query={k} describe={(e) => describeError(e, i18n, SECTION).message}>
        {(data) => <ConsultationView k={data} />}
      </Loaded>
    </div>
  );
}

function ConsultationView({ k }: { k: Consultation }) {
  const { t, lang, formatNumber } = usePacProposalsI18n();
  const day = useDay();
  return (
    <>
      <h1>
        <bdi>{inLanguage(k.title, lang)}</bdi>
      </h1>
      <p className="pp-text">
        <bdi>{inLanguage(k.question, lang)}</bdi>
      </p>
      <p>
        <strong>{stageText(t, day, k)}</strong>
      </p>
      <ul>
        <li>{t('pacProposals.dates.proposals', { from: day(k.proposalsOpenOn), to: day(k.proposalsCloseOn) })}</li>
        <li>{t('pacProposals.dates.votes', { from: day(k.votesOpenOn), to: day(k.votesCloseOn) })}</li>
      </ul>
      <p>{t(`pacProposals.method.${k.method}`, { n: k.maxChoices })}</p>
      <p>{t('pacProposals.who', { age: k.minAge })}</p>
      <p>{t(`pacProposals.residence.${k.residenceCheck}`)}</p>
      {k.stage === 'voting' && (
        <>
          <p role="status">{t('pacProposals.voters.open', { n: formatNumber(k.voters), date: day(k.votesCloseOn) })}</p>
          {k.residenceCheck === 'self_declared' && <Vote k={k} />}
        </>
      )}
      {k.results && <ResultsView results={k.results} />}
      {k.stage === 'collecting' && <Propose k={k} />}
      <section aria-labelledby="pp-proposals" className="shb-stack">
        <h2 id="pp-proposals">{t('pacProposals.proposals.heading')}</h2>
        {k.proposals.length === 0 ? (
          <p>{t('pacProposals.proposals.none')}</p>
        ) : (
          <ul className="pp-list">
            {k.proposals.map((p) => (
              <li key={p.id}>
                <Card title={<bdi>{p.title}</bdi>} headingLevel={3}>
                  <ProposalItem p={p} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function ResultsView({ results }: { results: Results }) {
  const { t, formatNumber } = usePacProposalsI18n();
  const p = results.participation;
  const caption = t('pacProposals.results.caption');
  return (
    <section aria-labelledby="pp-results" className="shb-stack">
      <h2 id="pp-results">{t('pacProposals.results.heading')}</h2>
      <p>
        <strong>
          {t('pacProposals.results.participation', {
            rate: formatNumber(p.rate, { maximumFractionDigits: 2 }),
            voters: formatNumber(p.voters),
            eligible: formatNumber(p.eligiblePopulation),
            age: p.minAge,
          })}
        </strong>
      </p>
      <p>
        {t('pacProposals.results.source', { source: '' })}
        <bdi>{p.eligibleSource}</bdi>
      </p>
      <p>{t('pacProposals.results.split', { online: formatNumber(p.online), paper: formatNumber(p.paper) })}</p>
      {/* Scrolls sideways on a phone: focusable and named so keyboards can scroll it too. */}
      <div className="shb-table-wrap" tabIndex={0} role="region" aria-label={caption}>
        <table className="shb-table">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('pacProposals.results.rank')}</th>
              <th scope="col">{t('pacProposals.results.proposal')}</th>
              <th scope="col">{t('pacProposals.results.points')}</th>
              <th scope="col">{t('pacProposals.results.supporters')}</th>
              <th scope="col">{t('pacProposals.results.online')}</th>
              <th scope="col">{t('pacProposals.results.paper')}</th>
            </tr>
          </thead>
          <tbody>
            {results.ranked.map((r) => (
              <tr key={r.proposalId}>
                <td>{formatNumber(r.rank)}</td>
                <th scope="row">
                  <bdi>{r.title}</bdi> (<bdi dir="ltr">{r.code}</bdi>)
                </th>
                <td>{formatNumber(r.points)}</td>
                <td>{formatNumber(r.supporters)}</td>
                <td>{formatNumber(r.pointsOnline)}</td>
                <td>{formatNumber(r.pointsPaper)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

const proposalInput = (consultationId: string, v: ProposalValues) => ({
  consultationId,
  ...proposalOf(v),
});

/** The proposal form while proposals are taken (a signed-in citizen; the others are asked to sign in). */
function Propose({ k }: { k: Consultation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { me } = useMe();
  const i18n = usePacProposalsI18n();
  const { t } = i18n;
  const [done, setDone] = useState<string | null>(null);
  const submit = useMutation(
    trpc.pac.proposals.submit.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.proposals.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<ProposalValues>({
    defaultValues: { title: '', description: '', neighbourhood: '', estimatedCostMad: '' },
    i18n,
    check: schemaCheck(pacSubmitProposalInput, (v: ProposalValues) => proposalInput(k.id, v), i18n, SECTION),
    submit: async (v) => {
      const r = await submit.mutateAsync({ commune: slug, ...proposalInput(k.id, v) });
      setDone(r.code);
      form.reset();
    },
    describe: SECTION,
  });
  return (
    <section aria-labelledby="pp-propose" className="shb-stack">
      <h2 id="pp-propose">{t('pacProposals.form.heading')}</h2>
      {!me ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(`/pac/priorities/${k.id}`)}`}>
            {t('pacProposals.form.signIn')}
          </Link>
        </p>
      ) : (
        <>
          <div>{done && <Alert tone="success">{t('pacProposals.form.done', { code: done })}</Alert>}</div>
          <KitForm {...props} busy={submit.isPending}>
            <ProposalFields form={form} />
            <Button type="submit" busy={submit.isPending}>
              {t('pacProposals.form.submit')}
            </Button>
          </KitForm>
        </>
      )}
    </section>
  );
}

interface VoteValues {
  choices: string[];
  cin: string;
  residence: boolean;
}
const voteInput = (consultationId: string, v: VoteValues) => ({
  consultationId,
  choices: v.choices.filter(Boolean),
  cin: v.cin,
  residence: v.residence,
});

/** The online ballot: up to N choices in order (ranked, or supported), the CIN and the residence declaration. */
function Vote({ k }: { k: Consultation }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const { me } = useMe();
  const i18n = usePacProposalsI18n();
  const { t } = i18n;
  const mine = useQuery({
    ...trpc.pac.proposals.myVote.queryOptions({ commune: slug, consultationId: k.id }),
    enabled: !!me,
  });
  const [done, setDone] = useState(false);
  const vote = useMutation(
    trpc.pac.proposals.vote.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.proposals.pathFilter()),
    }),
  );
  const slots = Math.min(k.maxChoices, k.ballot.length);
  const { form, props } = useKitForm<VoteValues>({
    defaultValues: { choices: Array<string>(slots).fill(''), cin: '', residence: false },
    i18n,
    check: schemaCheck(pacVoteInput, (v: VoteValues) => voteInput(k.id, v), i18n, SECTION),
    submit: async (v) => {
      await vote.mutateAsync({
        commune: slug,
        ...(voteInput(k.id, v) as ReturnType<typeof voteInput> & { residence: true }),
      });
      setDone(true);
    },
    describe: SECTION,
  });
  return (
    <section aria-labelledby="pp-vote" className="shb-stack">
      <h2 id="pp-vote">{t('pacProposals.vote.heading')}</h2>
      <div>{done && <Alert tone="success">{t('pacProposals.vote.done')}</Alert>}</div>
      {done ? null : !me ? (
        <p>
          <Link href={`/sign-in?next=${encodeURIComponent(`/pac/priorities/${k.id}`)}`}>
            {t('pacProposals.vote.signIn')}
          </Link>
        </p>
      ) : mine.data?.voted ? (
        <p>{t('pacProposals.vote.already')}</p>
      ) : k.ballot.length === 0 ? (
        <p>{t('pacProposals.vote.empty')}</p>
      ) : (
        <KitForm {...props} busy={vote.isPending}>
          <fieldset className="pp-fieldset">
            <legend className="pp-legend">
              {k.method === 'support'
                ? t('pacProposals.vote.supports', { n: k.maxChoices })
                : t('pacProposals.method.ranking', { n: k.maxChoices })}
            </legend>
            {Array.from({ length: slots }, (_, i) => (
              <form.AppField key={i} name={`choices[${i}]`}>
                {(f) => (
                  <f.SelectField label={t('pacProposals.vote.choice', { n: i + 1 })}>
                    <option value="" />
                    {k.ballot.map((p) => (
                      <option key={p.id} value={p.id}>
                        {p.title} ({p.code})
                      </option>
                    ))}
                  </f.SelectField>
                )}
              </form.AppField>
            ))}
          </fieldset>
          <form.AppField name="cin">
            {(f) => (
              <f.TextField
                label={t('pacProposals.vote.cin')}
                hint={t('pacProposals.vote.cinHint')}
                dir="ltr"
                autoComplete="off"
                required
                maxLength={12}
              />
            )}
          </form.AppField>
          <form.AppField name="residence">
            {(f) => <f.CheckField label={t('pacProposals.vote.residence', { age: k.minAge })} />}
          </form.AppField>
          <CheckError form={form} name="residence" />
          <Button type="submit" busy={vote.isPending}>
            {t('pacProposals.vote.submit')}
          </Button>
        </KitForm>
      )}
    </section>
  );
}

/** A checkbox's error (the kit's checkbox shows none): its check's text, else the server's. */
function CheckError({ form, name }: { form: ReturnType<typeof useKitForm<VoteValues>>['form']; name: 'residence' }) {
  const errors = useStore(form.store, (st) => st.fieldMeta[name]?.errors ?? []);
  const text = errorOf(name, errors, useServerFields());
  return text ? <p className="shb-field-error">{text}</p> : null;
}
