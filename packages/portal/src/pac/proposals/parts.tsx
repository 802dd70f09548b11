import { usePacProposalsI18n } from './i18n';
import type { Proposal } from './model';

const CRITERIA = ['competence', 'cost', 'legality'] as const;

/** A proposal as anyone reads it: what, where, its decision and the published reason — never who proposed it. */
export function ProposalItem({ p }: { p: Omit<Proposal, 'id' | 'submittedAt' | 'reviewedAt'> }) {
  const { t, formatNumber } = usePacProposalsI18n();
  return (
    <div className="pp-item">
      <p>
        <strong>
          <bdi>{p.title}</bdi>
        </strong>{' '}
        · <bdi dir="ltr">{p.code}</bdi> · <bdi>{p.neighbourhood}</bdi>
      </p>
      <p className="pp-text">
        <bdi>{p.description}</bdi>
      </p>
      <p>
        {p.estimatedCostMad === null
          ? t('pacProposals.proposal.noCost')
          : t('pacProposals.proposal.cost', { amount: formatNumber(p.estimatedCostMad) })}
      </p>
      <p>
        <strong>{t(`pacProposals.proposal.state.${p.state}`)}</strong>
      </p>
      {p.criteria && (
        <ul className="pp-criteria">
          {CRITERIA.map((c) => (
            <li key={c}>
              {t(p.criteria![c] ? 'pacProposals.criteria.met' : 'pacProposals.criteria.failed', {
                criterion: t(`pacProposals.criteria.${c}`),
              })}
            </li>
          ))}
        </ul>
      )}
      {p.reason && (
        <p className="pp-text">
          {t('pacProposals.proposal.reason', { reason: '' })}
          <bdi>{p.reason}</bdi>
        </p>
      )}
    </div>
  );
}
