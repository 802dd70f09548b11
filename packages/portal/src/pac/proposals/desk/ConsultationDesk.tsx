import { pacAdmissibilityInput, pacPaperBallotsInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Card } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { ScreenHeading } from '../../../desk/shared';
import { describeError } from '../../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../../forms/kit';
import { inLanguage } from '../../model';
import { usePacProposalsI18n } from '../i18n';
import { SECTION, slot, stageText, useDay, type Proposal } from '../model';
import { ProposalItem } from '../parts';

type Staff = ReturnType<typeof useStaff>['data'];
const useStaff = (id: string) => {
  const trpc = useTRPC();
  const { slug } = usePortal();
  return useQuery(trpc.pac.proposals.staffProposals.queryOptions({ commune: slug, consultationId: id }));
};

/**
 * One consultation at the desk: its proposals, those waiting with the admissibility form (until the vote
 * opens and fixes the ballot), and the paper ballots keyed while the vote is open.
 */
export default function ConsultationDesk({ id }: { id: string }) {
  const i18n = usePacProposalsI18n();
  const { t, lang } = i18n;
  const day = useDay();
  const staff = useStaff(id);
  const [done, setDone] = useState<string | null>(null);
  usePageTitle(t('pacProposals.desk.proposals'));
  return (
    <section className="shb-stack">
      <Loaded query={staff} describe={(e) => describeError(e, i18n, SECTION).message}>
        {(d) => {
          const k = d.consultation;
          const reviewing = k.stage === 'upcoming' || k.stage === 'collecting' || k.stage === 'review';
          return (
            <>
              <ScreenHeading>
                <bdi>{inLanguage(k.title, lang)}</bdi>
              </ScreenHeading>
              <p>
                <strong>{stageText(t, day, k)}</strong>
              </p>
              {k.stage === 'voting' && <Paper d={d} />}
              <h2>{t('pacProposals.proposals.heading')}</h2>
              <div>{done && <Alert tone="success">{t('pacProposals.desk.review.done', { code: done })}</Alert>}</div>
              {!reviewing && <p>{t('pacProposals.desk.review.locked')}</p>}
              {d.proposals.length === 0 ? (
                <p>{t('pacProposals.proposals.none')}</p>
              ) : (
                <ul className="pp-list">
                  {d.proposals.map((p) => (
                    <li key={p.id}>
                      <Card title={<bdi dir="ltr">{p.code}</bdi>} headingLevel={3}>
                        <ProposalItem p={p} />
                        {reviewing && p.state === 'submitted' && <Review p={p} onDone={setDone} />}
                      </Card>
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

interface ReviewValues {
  admissible: string;
  competence: boolean;
  cost: boolean;
  legality: boolean;
  reason: string;
}
const reviewInput = (id: string, v: ReviewValues) => ({
  id,
  // No choice goes as nothing: the schema names the field.
  admissible: v.admissible === '' ? undefined : v.admissible === 'yes',
  criteria: { competence: v.competence, cost: v.cost, legality: v.legality },
  reason: v.reason,
});

/** The admissibility decision: admissible or not, the criteria met, and the reason the public reads. */
function Review({ p, onDone }: { p: Proposal; onDone: (code: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t } = i18n;
  const review = useMutation(
    trpc.pac.proposals.review.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.proposals.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<ReviewValues>({
    defaultValues: { admissible: '', competence: true, cost: true, legality: true, reason: '' },
    i18n,
    check: schemaCheck(pacAdmissibilityInput, (v: ReviewValues) => reviewInput(p.id, v), i18n, SECTION),
    submit: async (v) => {
      await review.mutateAsync({ commune: slug, ...pacAdmissibilityInput.parse(reviewInput(p.id, v)) });
      onDone(p.code);
    },
    describe: SECTION,
  });
  return (
    <section aria-label={t('pacProposals.desk.review.legend', { code: p.code })}>
      <KitForm {...props} busy={review.isPending}>
        <form.AppField name="admissible">
          {(f) => (
            <f.RadioField
              legend={t('pacProposals.desk.review.legend', { code: p.code })}
              inline
              choices={[
                { value: 'yes', label: t('pacProposals.desk.review.admissible') },
                { value: 'no', label: t('pacProposals.desk.review.inadmissible') },
              ]}
            />
          )}
        </form.AppField>
        <fieldset className="pp-fieldset">
          <legend className="pp-legend">{t('pacProposals.desk.review.criteria')}</legend>
          {(['competence', 'cost', 'legality'] as const).map((c) => (
            <form.AppField key={c} name={c}>
              {(f) => <f.CheckField label={t(`pacProposals.criteria.${c}`)} />}
            </form.AppField>
          ))}
        </fieldset>
        <form.AppField name="reason">
          {(f) => (
            <f.TextAreaField
              label={t('pacProposals.desk.review.reason')}
              hint={t('pacProposals.desk.review.reasonHint')}
              required
              maxLength={2000}
            />
          )}
        </form.AppField>
        <Button type="submit" busy={review.isPending}>
          {t('pacProposals.desk.review.submit')}
        </Button>
      </KitForm>
    </section>
  );
}

interface Sheet {
  sheet: string;
  ballots: { cin: string; choices: string[] }[];
}
const MAX = 100;
const toPaper = (consultationId: string) => (v: Sheet) => ({
  consultationId,
  sheet: v.sheet,
  ballots: v.ballots.map((b) => ({ cin: b.cin, choices: b.choices.filter(Boolean) })),
});

/**
 * Paper ballots keyed from the counter while the vote is open: every ballot checked before anything is stored
 * (a bad one's box says what is wrong), then each person counted once — who already voted online, on an earlier
 * sheet or higher on this one is a duplicate, said by ballot number.
 */
function Paper({ d }: { d: NonNullable<Staff> }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t, formatNumber, formatList } = i18n;
  const k = d.consultation;
  const ballot = d.proposals.filter((p) => p.state === 'admissible');
  const slots = Math.min(k.maxChoices, ballot.length);
  const empty = () => ({ cin: '', choices: Array<string>(slots).fill('') });
  const [saved, setSaved] = useState<{ accepted: number; duplicates: number[] } | null>(null);
  const key = useMutation(
    trpc.pac.proposals.paperBallots.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.proposals.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Sheet>({
    defaultValues: { sheet: '', ballots: [empty()] },
    i18n,
    check: schemaCheck(pacPaperBallotsInput, toPaper(k.id), i18n, { ...SECTION, slot }),
    submit: async (v) => {
      setSaved(null);
      // Checked already: parsing gives the procedure's own input (a CIN's spaces and dashes dropped).
      setSaved(await key.mutateAsync({ commune: slug, ...pacPaperBallotsInput.parse(toPaper(k.id)(v)) }));
      form.reset();
    },
    describe: { ...SECTION, slot },
  });
  return (
    <section aria-labelledby="pp-paper" className="shb-stack">
      <h2 id="pp-paper">{t('pacProposals.desk.paper.heading')}</h2>
      <p>{t('pacProposals.desk.paper.intro')}</p>
      <div>
        {saved && (
          <Alert tone="success" title={t('pacProposals.desk.paper.saved', { n: saved.accepted })}>
            <p>
              {saved.duplicates.length === 0
                ? t('pacProposals.desk.paper.noDuplicate')
                : t('pacProposals.desk.paper.duplicates', {
                    lines: formatList(saved.duplicates.map((l) => formatNumber(l + 1))),
                  })}
            </p>
          </Alert>
        )}
      </div>
      <KitForm {...props} busy={key.isPending}>
        <form.AppField name="sheet">
          {(f) => <f.TextField label={t('pacProposals.desk.paper.sheet')} required maxLength={60} />}
        </form.AppField>
        <form.Field name="ballots" mode="array">
          {(list) => (
            <div className="shb-stack">
              {list.state.value.map((_, i) => (
                <fieldset key={i} className="pp-fieldset">
                  <legend className="pp-legend">{t('pacProposals.desk.paper.ballot', { n: i + 1 })}</legend>
                  <form.AppField name={`ballots[${i}].cin`}>
                    {(f) => (
                      <f.TextField
                        label={t('pacProposals.desk.paper.cin', { n: i + 1 })}
                        dir="ltr"
                        autoComplete="off"
                        required
                        maxLength={12}
                      />
                    )}
                  </form.AppField>
                  {Array.from({ length: slots }, (_, c) => (
                    <form.AppField key={c} name={`ballots[${i}].choices[${c}]`}>
                      {(f) => (
                        <f.SelectField label={t('pacProposals.desk.paper.choice', { n: i + 1, c: c + 1 })}>
                          <option value="" />
                          {ballot.map((p) => (
                            <option key={p.id} value={p.id}>
                              {p.title} ({p.code})
                            </option>
                          ))}
                        </f.SelectField>
                      )}
                    </form.AppField>
                  ))}
                  {list.state.value.length > 1 && (
                    <Button variant="secondary" onClick={() => list.removeValue(i)}>
                      {t('pacProposals.desk.paper.remove', { n: i + 1 })}
                    </Button>
                  )}
                </fieldset>
              ))}
              {list.state.value.length < MAX && (
                <Button variant="secondary" onClick={() => list.pushValue(empty())}>
                  {t('pacProposals.desk.paper.add')}
                </Button>
              )}
            </div>
          )}
        </form.Field>
        <Button type="submit" busy={key.isPending}>
          {t('pacProposals.desk.paper.submit')}
        </Button>
      </KitForm>
    </section>
  );
}
