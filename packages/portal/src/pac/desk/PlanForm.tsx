import { pacPlanFieldsInput } from '@shabaka/api/schemas';
import { PAC_PHASE_KINDS, type PacPhaseKind } from '@shabaka/db/enums';
import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Alert, Button } from '@shabaka/ui';
import { useState } from 'react';
import { usePageTitle, usePortal } from '../../config';
import { Loaded } from '../../desk/List';
import { ScreenHeading } from '../../desk/shared';
import { describeError } from '../../errors';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { Part, Rows } from '../../forms/rows';
import { usePacI18n } from '../i18n';
import type { Plan } from '../model';

type Bilingual = { ar: string; fr: string };
interface PhaseValues {
  kind: PacPhaseKind;
  startsOn: string;
  endsOn: string;
  legalBasis: Bilingual;
  ieecagRequired: boolean;
  /** Always in the form; sent as null while empty (no opinion yet). */
  ieecagOpinion: { text: Bilingual; givenOn: string };
}
interface Values {
  title: Bilingual;
  mandateStart: string;
  mandateEnd: string;
  phases: PhaseValues[];
}

const empty = (): Bilingual => ({ ar: '', fr: '' });
const emptyPhase = (kind: PacPhaseKind): PhaseValues => ({
  kind,
  startsOn: '',
  endsOn: '',
  legalBasis: empty(),
  ieecagRequired: false,
  ieecagOpinion: { text: empty(), givenOn: '' },
});
const valuesOf = (p: Plan | null, year: number): Values =>
  p
    ? {
        title: { ...p.title },
        mandateStart: String(p.mandateStart),
        mandateEnd: String(p.mandateEnd),
        phases: p.phases.map((x) => ({
          kind: x.kind,
          startsOn: x.startsOn,
          endsOn: x.endsOn,
          legalBasis: { ...x.legalBasis },
          ieecagRequired: x.ieecagRequired,
          ieecagOpinion: x.ieecagOpinion
            ? { text: { ...x.ieecagOpinion.text }, givenOn: x.ieecagOpinion.givenOn }
            : { text: empty(), givenOn: '' },
        })),
      }
    : {
        title: empty(),
        mandateStart: String(year),
        mandateEnd: String(year + 6),
        phases: PAC_PHASE_KINDS.map(emptyPhase),
      };

// An unreadable number goes as NaN: the schema names the field.
const num = (s: string) => (s.trim() === '' ? NaN : Number(s));
const toInput = (v: Values) => ({
  title: v.title,
  mandateStart: num(v.mandateStart),
  mandateEnd: num(v.mandateEnd),
  phases: v.phases.map((p) => ({
    kind: p.kind,
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    legalBasis: p.legalBasis,
    ieecagRequired: p.ieecagRequired,
    // An opinion is recorded once its text or its day is written (the schema then asks for the rest).
    ieecagOpinion:
      p.ieecagOpinion.text.ar || p.ieecagOpinion.text.fr || p.ieecagOpinion.givenOn ? p.ieecagOpinion : null,
  })),
});
/** A phase's box whatever its row ("phases.2.endsOn" is worded as "phases.endsOn"). */
const slot = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/** The desk's plan: the latest mandate's plan edited (phases, the IEECAG's opinion once given), or a first one written. */
export default function PlanScreen() {
  const trpc = useTRPC();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  // Said by the screen: a first plan's form is replaced by the saved plan's.
  const [saved, setSaved] = useState(false);
  usePageTitle(t('pac.desk.plan.heading'));
  const overview = useQuery(trpc.pac.staffOverview.queryOptions({ commune: slug }));
  return (
    <section className="shb-stack">
      <ScreenHeading>{t('pac.desk.plan.heading')}</ScreenHeading>
      <p>{t('pac.desk.plan.intro')}</p>
      <Loaded query={overview} describe={(e) => describeError(e, i18n, { section: 'pac' }).message}>
        {(data) => (
          <PlanForm key={data.plans[0]?.id ?? 'new'} plan={data.plans[0] ?? null} onSaved={() => setSaved(true)} />
        )}
      </Loaded>
      {saved && <Alert tone="success">{t('pac.desk.plan.saved')}</Alert>}
    </section>
  );
}

function PlanForm({ plan, onSaved }: { plan: Plan | null; onSaved: () => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = usePacI18n();
  const { t } = i18n;
  const save = useMutation(
    trpc.pac.savePlan.mutationOptions({ onSuccess: () => queryClient.invalidateQueries(trpc.pac.pathFilter()) }),
  );
  const options = { section: 'pac' as const, slot, within: 'plan' };
  const { form, props } = useKitForm<Values>({
    defaultValues: valuesOf(plan, new Date().getFullYear()),
    i18n,
    check: schemaCheck(pacPlanFieldsInput, toInput, i18n, options),
    describe: options,
    submit: async (v) => {
      await save.mutateAsync({ commune: slug, ...(plan ? { id: plan.id } : {}), plan: toInput(v) });
      onSaved();
    },
  });
  const bilingual = (name: string, key: 'title' | 'basis' | 'opinion', n?: number, area = false) =>
    (['ar', 'fr'] as const).map((lang) => (
      <form.AppField key={lang} name={`${name}.${lang}` as 'title.ar'}>
        {(field) =>
          area ? (
            <field.TextAreaField
              label={t(`pac.desk.plan.${key}.${lang}`, { n: n ?? 0 })}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              lang={lang}
              maxLength={4000}
            />
          ) : (
            <field.TextField
              label={t(`pac.desk.plan.${key}.${lang}`, { n: n ?? 0 })}
              dir={lang === 'ar' ? 'rtl' : 'ltr'}
              lang={lang}
              required
              maxLength={1000}
            />
          )
        }
      </form.AppField>
    ));
  return (
    <KitForm {...props} busy={save.isPending}>
      <Part legend={t('pac.desk.plan.part')}>
        {bilingual('title', 'title')}
        <div className="kit-row">
          <form.AppField name="mandateStart">
            {(field) => <field.TextField label={t('pac.desk.plan.mandateStart')} inputMode="numeric" required />}
          </form.AppField>
          <form.AppField name="mandateEnd">
            {(field) => <field.TextField label={t('pac.desk.plan.mandateEnd')} inputMode="numeric" required />}
          </form.AppField>
        </div>
      </Part>
      <form.Field name="phases" mode="array">
        {(list) => (
          <Rows
            name="phases"
            legendText={t('pac.desk.plan.phases')}
            list={list}
            legend={(n) => t('pac.desk.plan.phase', { n })}
            remove={(n) => t('pac.desk.plan.removePhase', { n })}
            add={t('pac.desk.plan.addPhase')}
            empty={emptyPhase('monitoring')}
            min={1}
          >
            {(i) => (
              <>
                <form.AppField name={`phases[${i}].kind`}>
                  {(field) => (
                    <field.SelectField label={t('pac.desk.plan.kind', { n: i + 1 })} required>
                      {PAC_PHASE_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`pac.phase.${k}`)}
                        </option>
                      ))}
                    </field.SelectField>
                  )}
                </form.AppField>
                <form.AppField name={`phases[${i}].startsOn`}>
                  {(field) => (
                    <field.TextField label={t('pac.desk.plan.startsOn', { n: i + 1 })} type="date" required />
                  )}
                </form.AppField>
                <form.AppField name={`phases[${i}].endsOn`}>
                  {(field) => <field.TextField label={t('pac.desk.plan.endsOn', { n: i + 1 })} type="date" required />}
                </form.AppField>
                {bilingual(`phases[${i}].legalBasis`, 'basis', i + 1)}
                <form.AppField name={`phases[${i}].ieecagRequired`}>
                  {(field) => <field.CheckField label={t('pac.desk.plan.ieecagRequired', { n: i + 1 })} />}
                </form.AppField>
                <form.Subscribe selector={(s) => s.values.phases[i]?.ieecagRequired}>
                  {(required) =>
                    required && (
                      <>
                        {bilingual(`phases[${i}].ieecagOpinion.text`, 'opinion', i + 1, true)}
                        <form.AppField name={`phases[${i}].ieecagOpinion.givenOn`}>
                          {(field) => (
                            <field.TextField
                              label={t('pac.desk.plan.opinionOn', { n: i + 1 })}
                              hint={t('pac.desk.plan.opinionHint')}
                              type="date"
                            />
                          )}
                        </form.AppField>
                      </>
                    )
                  }
                </form.Subscribe>
              </>
            )}
          </Rows>
        )}
      </form.Field>
      <Button type="submit" busy={save.isPending}>
        {plan ? t('pac.desk.plan.save') : t('pac.desk.plan.create')}
      </Button>
    </KitForm>
  );
}
