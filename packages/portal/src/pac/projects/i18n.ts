import { scopedI18n } from '../../i18n';

/** The PAC projects' screens: their own words and the complaints' stage names (linked complaints). */
export const usePacProjectsI18n = scopedI18n(['pacProjects', 'complaintsGlossary']);
