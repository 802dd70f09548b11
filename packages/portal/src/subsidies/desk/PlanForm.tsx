import { SUBSIDY_REPORT_KINDS, type SubsidyReportKind } from '@shabaka/db/enums';
import { useMutation, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import type { ReactNode } from 'react';
import { subsidyPrepareInput } from '@shabaka/api/schemas';
import { usePortal } from '../../config';
import { errorOf, KitForm, schemaCheck, useKitForm, useServerFields, type FieldTexts } from '../../forms/kit';
import { useSubsidiesI18n } from '../i18n';
import type { StaffSubsidy } from '../model';

interface Draft {
  deliverablesFr: string;
  deliverablesAr: string;
  tranches: { amountMad: string; dueOn: string; afterReport: SubsidyReportKind | '' }[];
  reports: { kind: SubsidyReportKind; dueOn: string }[];
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

const toInput = (id: string) => (v: Draft) => {
  const fr = lines(v.deliverablesFr);
  const ar = lines(v.deliverablesAr);
  return {
    id,
    deliverables: fr.map((f, i) => ({ fr: f, ar: ar[i] ?? '' })),
    tranches: v.tranches.map((tr) => ({
      amountMad: tr.amountMad.trim() === '' ? NaN : Number(tr.amountMad),
      dueOn: tr.dueOn,
      afterReport: tr.afterReport || null,
    })),
    reports: v.reports,
  };
};

/** The deliverables, the tranches (adding up to the amount) and the reports the signed text will print. */
export function PlanForm({ subsidy, onDone }: { subsidy: StaffSubsidy; onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t } = i18n;
  const prepare = useMutation(
    trpc.subsidies.prepare.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.subsidies.pathFilter()),
    }),
  );
  const convert = toInput(subsidy.id);
  const schema = schemaCheck(subsidyPrepareInput, convert, i18n, { section: 'subsidies' });
  const check = (v: Draft): FieldTexts => {
    const out: FieldTexts = {};
    // The deliverables travel as pairs; the two text areas say which language is wrong.
    for (const [path, text] of Object.entries(schema(v)))
      out[path.startsWith('deliverables') ? (path.endsWith('.ar') ? 'deliverablesAr' : 'deliverablesFr') : path] ??=
        text;
    if (lines(v.deliverablesFr).length !== lines(v.deliverablesAr).length)
      out.deliverablesAr = t('subsidies.plan.deliverablesMismatch');
    return out;
  };
  const { form, props } = useKitForm<Draft>({
    defaultValues: {
      deliverablesFr: subsidy.deliverables.map((d) => d.fr).join('\n'),
      deliverablesAr: subsidy.deliverables.map((d) => d.ar).join('\n'),
      tranches: subsidy.tranches.length
        ? subsidy.tranches.map((tr) => ({
            amountMad: String(tr.amountMad),
            dueOn: tr.dueOn,
            afterReport: tr.afterReport ?? '',
          }))
        : [{ amountMad: String(subsidy.amountMad), dueOn: '', afterReport: '' }],
      reports: subsidy.reports.length
        ? subsidy.reports.map((r) => ({ kind: r.kind, dueOn: r.dueOn }))
        : [{ kind: 'final', dueOn: '' }],
    },
    i18n,
    check,
    submit: async (v) => {
      await prepare.mutateAsync({ commune: slug, ...convert(v) });
      onDone(t('subsidies.plan.saved'));
    },
    describe: { section: 'subsidies' },
  });
  return (
    <Card title={t('subsidies.plan.title')} headingLevel={3}>
      <p>{t('subsidies.plan.intro')}</p>
      <KitForm {...props} busy={prepare.isPending}>
        <form.AppField name="deliverablesFr">
          {(field) => <field.TextAreaField label={t('subsidies.plan.deliverablesFr')} dir="ltr" lang="fr" required />}
        </form.AppField>
        <form.AppField name="deliverablesAr">
          {(field) => <field.TextAreaField label={t('subsidies.plan.deliverablesAr')} dir="rtl" lang="ar" required />}
        </form.AppField>
        <form.Field name="tranches" mode="array">
          {(list) => (
            <Rows
              name="tranches"
              list={list}
              legend={(n) => t('subsidies.plan.tranche', { n })}
              remove={(n) => t('subsidies.plan.removeTranche', { n })}
              add={t('subsidies.plan.addTranche')}
              empty={{ amountMad: '', dueOn: '', afterReport: '' }}
            >
              {(i) => (
                <>
                  <form.AppField name={`tranches[${i}].amountMad`}>
                    {(field) => <field.TextField label={t('subsidies.plan.amount')} inputMode="numeric" required />}
                  </form.AppField>
                  <form.AppField name={`tranches[${i}].dueOn`}>
                    {(field) => <field.TextField label={t('subsidies.plan.dueOn')} type="date" required />}
                  </form.AppField>
                  <form.AppField name={`tranches[${i}].afterReport`}>
                    {(field) => (
                      <field.SelectField label={t('subsidies.plan.afterReport')}>
                        <option value="">{t('subsidies.plan.afterNothing')}</option>
                        <ReportKinds />
                      </field.SelectField>
                    )}
                  </form.AppField>
                </>
              )}
            </Rows>
          )}
        </form.Field>
        <form.Field name="reports" mode="array">
          {(list) => (
            <Rows
              name="reports"
              list={list}
              legend={(n) => t('subsidies.plan.report', { n })}
              remove={(n) => t('subsidies.plan.removeReport', { n })}
              add={t('subsidies.plan.addReport')}
              empty={{ kind: 'interim', dueOn: '' }}
            >
              {(i) => (
                <>
                  <form.AppField name={`reports[${i}].kind`}>
                    {(field) => (
                      <field.SelectField label={t('subsidies.plan.reportKind')}>
                        <ReportKinds />
                      </field.SelectField>
                    )}
                  </form.AppField>
                  <form.AppField name={`reports[${i}].dueOn`}>
                    {(field) => <field.TextField label={t('subsidies.plan.dueOn')} type="date" required />}
                  </form.AppField>
                </>
              )}
            </Rows>
          )}
        </form.Field>
        <Button type="submit" busy={prepare.isPending}>
          {t('subsidies.plan.submit')}
        </Button>
      </KitForm>
    </Card>
  );
}

/** An error the checks or the server give a whole list (`tranches`: their sum; `reports`: the final one), under it. */
function ListError({ name, errors }: { name: string; errors: readonly unknown[] }) {
  const text = errorOf(name, errors, useServerFields());
  return text ? (
    <p className="shb-field-error" role="alert">
      {text}
    </p>
  ) : null;
}

/** The options of a report's kind, in the reader's language. */
function ReportKinds() {
  const { t } = useSubsidiesI18n();
  return (
    <>
      {SUBSIDY_REPORT_KINDS.map((k) => (
        <option key={k} value={k}>
          {t(`subsidies.report.kind.${k}`)}
        </option>
      ))}
    </>
  );
}

/** A list of rows of the plan (tranches, reports): each a fieldset with its legend and a remove button, then add. */
function Rows<T>({
  name,
  list,
  legend,
  remove,
  add,
  empty,
  children,
}: {
  name: string;
  list: {
    state: { value: T[]; meta: { errors: readonly unknown[] } };
    removeValue: (i: number) => unknown;
    pushValue: (v: T) => unknown;
  };
  legend: (n: number) => string;
  remove: (n: number) => string;
  add: string;
  empty: T;
  children: (i: number) => ReactNode;
}) {
  return (
    <fieldset className="shb-stack">
      {list.state.value.map((_, i) => (
        <fieldset key={i} className="sb-row">
          <legend>{legend(i + 1)}</legend>
          {children(i)}
          {list.state.value.length > 1 && (
            <Button variant="secondary" onClick={() => list.removeValue(i)}>
              {remove(i + 1)}
            </Button>
          )}
        </fieldset>
      ))}
      <ListError name={name} errors={list.state.meta.errors} />
      <Button variant="secondary" onClick={() => list.pushValue(empty)}>
        {add}
      </Button>
    </fieldset>
  );
}
