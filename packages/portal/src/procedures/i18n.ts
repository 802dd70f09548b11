import { scopedI18n } from '../i18n';

/** `useI18n()` plus the `procedures.*` keys, which travel with this section's lazy chunks. */
export const useProceduresI18n = scopedI18n(['procedures']);
