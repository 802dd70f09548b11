import { scopedI18n } from '../i18n';

/** `useI18n()` plus the `information.*` keys (and the shared `cases.*`), which travel with this section's lazy chunks. */
export const useInformationI18n = scopedI18n(['information', 'cases']);
