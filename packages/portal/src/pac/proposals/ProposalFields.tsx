import type { useKitForm } from '../../forms/kit';
import { usePacProposalsI18n } from './i18n';

export interface ProposalValues {
  title: string;
  description: string;
  neighbourhood: string;
  estimatedCostMad: string;
}
/** The cost box as the procedure reads it: empty is none, else a number (a bad one is refused under the box). */
const costOf = (v: string) => (v.trim() === '' ? null : Number(v.trim().replace(/\s/g, '')));
/** The boxes as the procedure's proposal fields. */
export const proposalOf = (v: ProposalValues) => ({
  title: v.title,
  description: v.description,
  neighbourhood: v.neighbourhood,
  estimatedCostMad: costOf(v.estimatedCostMad),
});

/** The proposal's boxes, shared by the new proposal and the author's edit. */
export function ProposalFields({ form }: { form: ReturnType<typeof useKitForm<ProposalValues>>['form'] }) {
  const { t } = usePacProposalsI18n();
  return (
    <>
      <form.AppField name="title">
        {(f) => <f.TextField label={t('pacProposals.form.title')} required maxLength={150} />}
      </form.AppField>
      <form.AppField name="description">
        {(f) => <f.TextAreaField label={t('pacProposals.form.description')} required maxLength={4000} />}
      </form.AppField>
      <form.AppField name="neighbourhood">
        {(f) => <f.TextField label={t('pacProposals.form.neighbourhood')} required maxLength={80} />}
      </form.AppField>
      <form.AppField name="estimatedCostMad">
        {(f) => <f.TextField label={t('pacProposals.form.cost')} inputMode="numeric" dir="ltr" maxLength={14} />}
      </form.AppField>
    </>
  );
}
