import { scopedI18n } from '../../i18n';

/**
 * `useI18n()` once the desk's words (`callsDesk`) and the section's (`calls`: its error reasons) are loaded in the
 * active language, with the desk's lazy chunk.
 */
export const useCallsDeskI18n = scopedI18n(['calls', 'callsDesk']);
