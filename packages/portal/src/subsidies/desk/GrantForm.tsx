import { useMutation, useQuery, useQueryClient, useTRPC } from '@shabaka/client/react';
import { Button, Card } from '@shabaka/ui';
import { subsidyGrantInput } from '@shabaka/api/schemas';
import { usePortal } from '../../config';
import { KitForm, schemaCheck, useKitForm } from '../../forms/kit';
import { useSubsidiesI18n } from '../i18n';
import { inLanguage } from '../model';

interface Draft {
  associationId: string;
  project: { ar: string; fr: string };
  amountMad: string;
  year: string;
  deliberation: string;
}

const toInput = (v: Draft) => ({
  associationId: v.associationId,
  project: v.project,
  // An unreadable number goes as NaN: the schema names the field.
  amountMad: v.amountMad.trim() === '' ? NaN : Number(v.amountMad),
  year: Number(v.year),
  deliberation: v.deliberation,
});

/** Staff record a subsidy the council decided by deliberation (those of calls come from their results). */
export function GrantForm({ onDone }: { onDone: (said: string) => void }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug } = usePortal();
  const i18n = useSubsidiesI18n();
  const { t, lang } = i18n;
  const associations = useQuery(trpc.associations.staffList.queryOptions({ commune: slug }));
  const grant = useMutation(
    trpc.subsidies.grant.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.subsidies.pathFilter()),
    }),
  );
  const { form, props } = useKitForm<Draft>({
    defaultValues: {
      associationId: '',
      project: { ar: '', fr: '' },
      amountMad: '',
      year: String(new Date().getFullYear()),
      deliberation: '',
    },
    i18n,
    check: schemaCheck(subsidyGrantInput, toInput, i18n, { section: 'subsidies' }),
    submit: async (v) => {
      const g = await grant.mutateAsync({ commune: slug, ...toInput(v) });
      onDone(t('subsidies.grant.done', { kind: g.kind }));
      form.reset();
    },
    describe: { section: 'subsidies' },
  });
  const choices = associations.data ?? [];
  return (
    <Card title={t('subsidies.grant.title')} headingLevel={3}>
      <p>{t('subsidies.grant.intro')}</p>
      {associations.isSuccess && choices.length === 0 ? (
        <p>{t('subsidies.grant.noAssociation')}</p>
      ) : (
        <KitForm {...props} busy={grant.isPending}>
          <form.AppField name="associationId">
            {(field) => (
              <field.SelectField label={t('subsidies.grant.association')} required>
                <option value="" />
                {choices.map((a) => (
                  <option key={a.id} value={a.id}>
                    {inLanguage(a.names, lang)}
                  </option>
                ))}
              </field.SelectField>
            )}
          </form.AppField>
          <form.AppField name="project.ar">
            {(field) => (
              <field.TextField label={t('subsidies.grant.projectAr')} dir="rtl" lang="ar" required maxLength={200} />
            )}
          </form.AppField>
          <form.AppField name="project.fr">
            {(field) => (
              <field.TextField label={t('subsidies.grant.projectFr')} dir="ltr" lang="fr" required maxLength={200} />
            )}
          </form.AppField>
          <div className="sb-row">
            <form.AppField name="amountMad">
              {(field) => <field.TextField label={t('subsidies.grant.amount')} inputMode="numeric" required />}
            </form.AppField>
            <form.AppField name="year">
              {(field) => <field.TextField label={t('subsidies.grant.year')} inputMode="numeric" required />}
            </form.AppField>
          </div>
          <form.AppField name="deliberation">
            {(field) => (
              <field.TextField
                label={t('subsidies.grant.deliberation')}
                hint={t('subsidies.grant.deliberationHint')}
                required
                maxLength={120}
              />
            )}
          </form.AppField>
          <Button type="submit" busy={grant.isPending}>
            {t('subsidies.grant.submit')}
          </Button>
        </KitForm>
      )}
    </Card>
  );
}
