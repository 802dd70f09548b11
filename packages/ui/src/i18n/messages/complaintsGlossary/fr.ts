import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Labels of the complaints' enums, shared by the citizen screens and the staff desk (one wording:
 * the citizens'). Dynamic keys: complaintsGlossary.stage.<stage>, complaintsGlossary.kind.<kind>.
 */
export default {
  'complaintsGlossary.stage.received': 'Reçue',
  'complaintsGlossary.stage.processing': 'En cours de traitement',
  'complaintsGlossary.stage.final': 'En voie de clôture',
  'complaintsGlossary.stage.resolved': 'Résolue',
  'complaintsGlossary.stage.rejected': 'Rejetée',
  'complaintsGlossary.stage.duplicate': 'Doublon',
  'complaintsGlossary.stage.referred': 'Transmise à un autre organisme',
  'complaintsGlossary.kind.complaint': 'Réclamation',
  'complaintsGlossary.kind.observation': 'Observation',
  'complaintsGlossary.kind.suggestion': 'Suggestion',
} satisfies TranslationOf<typeof ar>;
