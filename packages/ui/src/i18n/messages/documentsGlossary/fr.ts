import type { TranslationOf } from '../../types';
import type ar from './ar';

/**
 * Kinds of signed documents, one wording for the staff desk, the citizen's documents and the
 * verification page. Dynamic keys: documentsGlossary.type.<template>.
 */
export default {
  'documentsGlossary.type.residence_certificate': 'Certificat de résidence',
  'documentsGlossary.type.administrative_certificate': 'Attestation administrative',
  'documentsGlossary.type.information_answer': 'Réponse à une demande d’accès à l’information',
  'documentsGlossary.type.subsidy_convention': 'Convention de partenariat et de subvention',
  'documentsGlossary.type.subsidy_decision': 'Décision d’octroi de subvention',
  'documentsGlossary.type.petition_receipt': 'Récépissé de dépôt d’une pétition',
  'documentsGlossary.type.pac_report': 'Rapport annuel de suivi du programme d’action de la commune',
  'documentsGlossary.type.pac_workshop_minutes': 'Procès-verbal d’un atelier du programme d’action',
  'documentsGlossary.type.results_bulletin': 'Bulletin des résultats de gestion',
  'documentsGlossary.type.instance_rules': 'Règlement intérieur d’une instance consultative',
  'documentsGlossary.type.instance_minutes': 'Procès-verbal de réunion d’une instance consultative',
} satisfies TranslationOf<typeof ar>;
