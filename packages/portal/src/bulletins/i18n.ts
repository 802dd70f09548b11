import { scopedI18n } from '../i18n';

/** `useI18n()` once the `bulletins` namespace is loaded in the active language (this section's lazy chunk). */
export const useBulletinsI18n = scopedI18n(['bulletins']);
