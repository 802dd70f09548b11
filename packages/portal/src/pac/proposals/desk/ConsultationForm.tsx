import { pacConsultationFieldsInput } from '@shabaka/api/schemas';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button, Spinner } from '@shabaka/ui';
import { useState } from 'react';
import { useLocation } from 'wouter';
import { usePageTitle, usePortal } from '../../../config';
import { Loaded } from '../../../desk/List';
import { ScreenHeading } from '../../../desk/shared';
import { describeError } from '../../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../../forms/kit';
import { inLanguage } from '../../model';
import { usePacProposalsI18n } from '../i18n';
import { SECTION, type StaffConsultation } from '../model';

interface Values {
  planId: string;
  title: { ar: string; fr: string };
  question: { ar: string; fr: string };
  method: string;
  maxChoices: string;
  proposalsOpenOn: string;
  proposalsCloseOn: string;
  votesOpenOn: string;
  votesCloseOn: string;
  eligiblePopulation: string;
  eligibleSource: string;
  minAge: string;
  residenceCheck: string;
}
const num = (v: string) => (v.trim() === '' ? undefined : Number(v.trim().replace(/\s/g, '')));
const toInput = (v: Values) => ({
  ...v,
  maxChoices: num(v.maxChoices),
  eligiblePopulation: num(v.eligiblePopulation),
  minAge: num(v.minAge),
});

/**
 * The desk's consultation form: a new one (prefilled with the commune's voting age, eligible population and
 * residence check from its settings), or one edited until its vote opens.
 */
export default function ConsultationForm({ id }: { id?: string | undefined }) {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t } = i18n;
  usePageTitle(t('pacProposals.desk.form.heading'));
  const overview = useQuery(trpc.pac.staffOverview.queryOptions({ commune: slug }));
  const settings = useQuery(trpc.pac.proposals.staffSettings.queryOptions({ commune: slug }));
  const list = useQuery(trpc.pac.proposals.staffConsultations.queryOptions({ commune: slug }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('pacProposals.desk.form.heading')}</ScreenHeading>
      <Loaded query={overview} describe={(e) => describeError(e, i18n, SECTION).message}>
        {(o) => {
          if (!settings.data || !list.data) return <Spinner />;
          const plans = o.plans.filter((p) => p.phases.some((ph) => ph.kind === 'prioritisation'));
          if (plans.length === 0) return <p>{t('pacProposals.desk.form.noPlan')}</p>;
          const existing = id ? list.data.find((k) => k.id === id) : undefined;
          return <Form key={id ?? 'new'} id={id} plans={plans} existing={existing} settings={settings.data} />;
        }}
      </Loaded>
    </section>
  );
}

function Form({
  id,
  plans,
  existing,
  settings,
}: {
  id: string | undefined;
  plans: { id: string; title: { ar: string; fr: string } }[];
  existing: StaffConsultation | undefined;
  settings: { minAge: number; eligible: { value: number; source: string } | null; residenceCheck: string };
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacProposalsI18n();
  const { t, lang } = i18n;
  const [, navigate] = useLocation();
  const [saved, setSaved] = useState(false);
  const save = useMutation(
    trpc.pac.proposals.saveConsultation.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.pac.proposals.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Values>({
    defaultValues: existing
      ? {
          planId: existing.planId,
          title: { ...existing.title },
          question: { ...existing.question },
          method: existing.method,
          maxChoices: String(existing.maxChoices),
          proposalsOpenOn: existing.proposalsOpenOn,
          proposalsCloseOn: existing.proposalsCloseOn,
          votesOpenOn: existing.votesOpenOn,
          votesCloseOn: existing.votesCloseOn,
          eligiblePopulation: String(existing.eligiblePopulation),
          eligibleSource: existing.eligibleSource,
          minAge: String(existing.minAge),
          residenceCheck: existing.residenceCheck,
        }
      : {
          planId: plans[0]!.id,
          title: { ar: '', fr: '' },
          question: { ar: '', fr: '' },
          method: 'ranking',
          maxChoices: '3',
          proposalsOpenOn: '',
          proposalsCloseOn: '',
          votesOpenOn: '',
          votesCloseOn: '',
          eligiblePopulation: settings.eligible ? String(settings.eligible.value) : '',
          eligibleSource: settings.eligible?.source ?? '',
          minAge: String(settings.minAge),
          residenceCheck: settings.residenceCheck,
        },
    i18n,
    check: schemaCheck(pacConsultationFieldsInput, toInput, i18n, SECTION),
    submit: async (v) => {
      setSaved(false);
      const r = await save.mutateAsync({
        commune: slug,
        id,
        consultation: pacConsultationFieldsInput.parse(toInput(v)),
      });
      setSaved(true);
      if (!id) navigate(`/${r.id}`);
    },
    describe: { ...SECTION, within: 'consultation' },
  });
  const date = (name: 'proposalsOpenOn' | 'proposalsCloseOn' | 'votesOpenOn' | 'votesCloseOn') => (
    <form.AppField name={name}>
      {(f) => <f.TextField type="date" label={t(`pacProposals.desk.form.${name}`)} required />}
    </form.AppField>
  );
  return (
    <>
      <div>{saved && <Alert tone="success">{t('pacProposals.desk.form.saved')}</Alert>}</div>
      <KitForm {...props} busy={save.isPending}>
        <form.AppField name="planId">
          {(f) => (
            <f.SelectField label={t('pacProposals.desk.form.plan')} required>
              {plans.map((p) => (
                <option key={p.id} value={p.id}>
                  {inLanguage(p.title, lang)}
                </option>
              ))}
            </f.SelectField>
          )}
        </form.AppField>
        {(['title', 'question'] as const).flatMap((name) =>
          (['ar', 'fr'] as const).map((l) => (
            <form.AppField key={`${name}.${l}`} name={`${name}.${l}`}>
              {(f) =>
                name === 'title' ? (
                  <f.TextField label={t(`pacProposals.desk.form.${name}.${l}`)} required maxLength={200} />
                ) : (
                  <f.TextAreaField label={t(`pacProposals.desk.form.${name}.${l}`)} required maxLength={1000} />
                )
              }
            </form.AppField>
          )),
        )}
        <form.AppField name="method">
          {(f) => (
            <f.RadioField
              legend={t('pacProposals.desk.form.method')}
              choices={(['ranking', 'support'] as const).map((m) => ({
                value: m,
                label: t(`pacProposals.desk.form.method.${m}`),
              }))}
            />
          )}
        </form.AppField>
        <form.AppField name="maxChoices">
          {(f) => (
            <f.TextField
              label={t('pacProposals.desk.form.maxChoices')}
              inputMode="numeric"
              dir="ltr"
              required
              maxLength={2}
            />
          )}
        </form.AppField>
        {date('proposalsOpenOn')}
        {date('proposalsCloseOn')}
        {date('votesOpenOn')}
        {date('votesCloseOn')}
        <form.AppField name="eligiblePopulation">
          {(f) => (
            <f.TextField
              label={t('pacProposals.desk.form.eligiblePopulation')}
              inputMode="numeric"
              dir="ltr"
              required
              maxLength={12}
            />
          )}
        </form.AppField>
        <form.AppField name="eligibleSource">
          {(f) => (
            <f.TextField
              label={t('pacProposals.desk.form.eligibleSource')}
              hint={t('pacProposals.desk.form.eligibleHint')}
              required
              maxLength={300}
            />
          )}
        </form.AppField>
        <form.AppField name="minAge">
          {(f) => (
            <f.TextField
              label={t('pacProposals.desk.form.minAge')}
              inputMode="numeric"
              dir="ltr"
              required
              maxLength={2}
            />
          )}
        </form.AppField>
        <form.AppField name="residenceCheck">
          {(f) => (
            <f.RadioField
              legend={t('pacProposals.desk.form.residenceCheck')}
              choices={(['self_declared', 'agent_verified'] as const).map((m) => ({
                value: m,
                label: t(`pacProposals.desk.form.residence.${m}`),
              }))}
            />
          )}
        </form.AppField>
        <Button type="submit" busy={save.isPending}>
          {t('pacProposals.desk.form.save')}
        </Button>
      </KitForm>
    </>
  );
}
