import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Labels of the complaints' enums, shared by the citizen screens and the staff desk (one wording:
 * the citizens'). Dynamic keys: complaintsGlossary.stage.<stage>, complaintsGlossary.kind.<kind>.
 */
export default {
  'complaintsGlossary.stage.received': 'Recibida',
  'complaintsGlossary.stage.processing': 'En tramitación',
  'complaintsGlossary.stage.final': 'En vías de cierre',
  'complaintsGlossary.stage.resolved': 'Resuelta',
  'complaintsGlossary.stage.rejected': 'Rechazada',
  'complaintsGlossary.stage.duplicate': 'Duplicada',
  'complaintsGlossary.stage.referred': 'Remitida a otro organismo',
  'complaintsGlossary.kind.complaint': 'Queja',
  'complaintsGlossary.kind.observation': 'Observación',
  'complaintsGlossary.kind.suggestion': 'Sugerencia',
} satisfies TranslationOf<typeof ar>;
