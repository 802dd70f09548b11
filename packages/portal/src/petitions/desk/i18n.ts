import { scopedI18n } from '../../i18n';

/**
 * `useI18n()` once the desk's words (`petitionsDesk`) and the section's (`petitions`: its error reasons) are
 * loaded in the active language, with the desk's lazy chunk.
 */
export const usePetitionsDeskI18n = scopedI18n(['petitions', 'petitionsDesk']);
