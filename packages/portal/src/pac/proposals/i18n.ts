import { scopedI18n } from '../../i18n';

/** `useI18n()` once the `pacProposals` namespace is loaded in the active language (these screens' chunks). */
export const usePacProposalsI18n = scopedI18n(['pacProposals']);
