import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Staff roles, one wording for the portal (account page, staff area) and the network dashboard.
 * Dynamic keys: staffGlossary.role.<commune or network role>.
 */
export default {
  'staffGlossary.role.agent': 'Agente',
  'staffGlossary.role.department_head': 'Jefe de servicio',
  'staffGlossary.role.moderator': 'Moderador',
  'staffGlossary.role.commune_admin': 'Administrador municipal',
  'staffGlossary.role.coordinator': 'Coordinador de la red',
  'staffGlossary.role.network_admin': 'Administrador de la red',
} satisfies TranslationOf<typeof ar>;
