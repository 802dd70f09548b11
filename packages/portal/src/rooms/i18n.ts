import { scopedI18n } from '../i18n';

/** `useI18n()` once the `rooms` namespace is loaded in the active language (this section's lazy chunk). */
export const useRoomsI18n = scopedI18n(['rooms']);
