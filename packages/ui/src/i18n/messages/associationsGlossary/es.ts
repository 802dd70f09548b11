import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Labels of the associations registry's enums, shared by the portal and the dashboard.
 * Dynamic keys: associationsGlossary.sector.<sector>, associationsGlossary.document.<kind>.
 */
export default {
  'associationsGlossary.sector.social': 'Acción social',
  'associationsGlossary.sector.education': 'Educación',
  'associationsGlossary.sector.health': 'Salud',
  'associationsGlossary.sector.culture': 'Cultura y artes',
  'associationsGlossary.sector.sport': 'Deporte',
  'associationsGlossary.sector.environment': 'Medio ambiente',
  'associationsGlossary.sector.women': 'Derechos de las mujeres',
  'associationsGlossary.sector.youth': 'Juventud',
  'associationsGlossary.sector.disability': 'Personas con discapacidad',
  'associationsGlossary.sector.development': 'Desarrollo local',
  'associationsGlossary.sector.heritage': 'Patrimonio',
  'associationsGlossary.sector.neighbourhood': 'Asociaciones de barrio',
  'associationsGlossary.document.statutes': 'Estatutos',
  'associationsGlossary.document.general_assembly_minutes': 'Acta de la última asamblea general',
  'associationsGlossary.document.provisional_receipt': 'Recibo provisional',
  'associationsGlossary.document.definitive_receipt': 'Recibo definitivo',
} satisfies TranslationOf<typeof ar>;
