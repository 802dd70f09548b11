import type { RouterOutputs } from '@shabaka/client';
import { useI18n } from '@shabaka/ui';
import type { usePacProposalsI18n } from './i18n';

export type Consultation = RouterOutputs['pac']['proposals']['consultation'];
export type ConsultationSummary = RouterOutputs['pac']['proposals']['consultations'][number];
export type Proposal = Consultation['proposals'][number];
export type Results = NonNullable<Consultation['results']>;
export type StaffConsultation = RouterOutputs['pac']['proposals']['staffConsultations'][number];

/** Describes the portal's screens' errors in this section's words first. */
export const SECTION = { section: 'pacProposals' as const };
/** A paper sheet's fields (`ballots.3.cin`) are worded once for every line (`ballots.cin`). */
export const slot = (path: string) => path.replace(/\.\d+/g, '');

/** The windows are Moroccan days. */
export function useDay() {
  const { formatDate } = useI18n();
  return (d: string) => formatDate(`${d}T12:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
}

/** Where a consultation stands, in one sentence with its next date. */
export function stageText(
  t: ReturnType<typeof usePacProposalsI18n>['t'],
  day: (d: string) => string,
  k: Pick<ConsultationSummary, 'stage' | 'proposalsOpenOn' | 'proposalsCloseOn' | 'votesOpenOn' | 'votesCloseOn'>,
) {
  const date =
    k.stage === 'upcoming'
      ? k.proposalsOpenOn
      : k.stage === 'collecting'
        ? k.proposalsCloseOn
        : k.stage === 'review'
          ? k.votesOpenOn
          : k.votesCloseOn;
  return t(`pacProposals.stage.${k.stage}`, { date: day(date) });
}
