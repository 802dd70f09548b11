import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Staff roles, one wording for the portal (account page, staff area) and the network dashboard.
 * Dynamic keys: staffGlossary.role.<commune or network role>.
 */
export default {
  'staffGlossary.role.agent': 'Agent',
  'staffGlossary.role.department_head': 'Chef de service',
  'staffGlossary.role.moderator': 'Modérateur',
  'staffGlossary.role.commune_admin': 'Administrateur communal',
  'staffGlossary.role.coordinator': 'Coordinateur du réseau',
  'staffGlossary.role.network_admin': 'Administrateur du réseau',
} satisfies TranslationOf<typeof ar>;
