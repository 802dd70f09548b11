import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Labels of the associations registry's enums, shared by the portal and the dashboard.
 * Dynamic keys: associationsGlossary.sector.<sector>, associationsGlossary.document.<kind>.
 */
export default {
  'associationsGlossary.sector.social': 'Action sociale',
  'associationsGlossary.sector.education': 'Éducation',
  'associationsGlossary.sector.health': 'Santé',
  'associationsGlossary.sector.culture': 'Culture et arts',
  'associationsGlossary.sector.sport': 'Sport',
  'associationsGlossary.sector.environment': 'Environnement',
  'associationsGlossary.sector.women': 'Droits des femmes',
  'associationsGlossary.sector.youth': 'Jeunesse',
  'associationsGlossary.sector.disability': 'Personnes en situation de handicap',
  'associationsGlossary.sector.development': 'Développement local',
  'associationsGlossary.sector.heritage': 'Patrimoine',
  'associationsGlossary.sector.neighbourhood': 'Associations de quartier',
  'associationsGlossary.document.statutes': 'Statuts',
  'associationsGlossary.document.general_assembly_minutes': 'Procès-verbal de la dernière assemblée générale',
  'associationsGlossary.document.provisional_receipt': 'Récépissé provisoire',
  'associationsGlossary.document.definitive_receipt': 'Récépissé définitif',
} satisfies TranslationOf<typeof ar>;
